import { requireCentre } from '$lib/server/http';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
	requireCentre(event);
	return {};
};
