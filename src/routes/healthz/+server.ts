import { json } from '@sveltejs/kit';

/** The process is alive. */
export const GET = () => json({ status: 'ok' });
