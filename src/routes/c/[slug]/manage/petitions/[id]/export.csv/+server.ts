import { translator } from '$lib/i18n/translate';
import { expose, requireActor } from '$lib/server/http';
import { exportCsv, petitionExport } from '$lib/server/organising/petitions';
import { getPlatform } from '$lib/server/platform/runtime';
import { ORGANISERS, petitionId } from '../../ids';
import type { RequestHandler } from './$types';

/** The same as the printable page, for a spreadsheet: shown names and areas, and the count. */
export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event, ...ORGANISERS);
	const locale = event.locals.locale;
	const id = petitionId(event.params.id);
	const exported = await expose(petitionExport(getPlatform().db, actor, id, locale));
	return new Response(exportCsv(exported, translator(locale)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="petition-${id}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
