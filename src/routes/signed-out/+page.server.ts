import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
	everywhere: url.searchParams.has('everywhere')
});
