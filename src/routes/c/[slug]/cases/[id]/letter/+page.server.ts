import { requireActor } from '$lib/server/http';
import { letterPage } from '../../letter-pages.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	letterPage(event, requireActor(event, 'member', 'adviser'));
