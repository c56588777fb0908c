import { expose, requireActor } from '$lib/server/http';
import { listPeople } from '$lib/server/identity/identity.service';
import { getPlatform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'adviser', 'coordinator');
	const requested = Number(event.url.searchParams.get('page') ?? '1');
	const number =
		Number.isInteger(requested) && requested > 0 && requested < 100_000 ? requested : 1;
	const { people, total } = await expose(
		listPeople(getPlatform().db, actor, { number, size: PAGE_SIZE })
	);
	return { people, total, page: number, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
};
