import { error, fail, redirect } from '@sveltejs/kit';
import {
	applyImport,
	MAX_FILE_BYTES,
	parseHsdsDocument,
	previewImport,
	readHsdsFile,
	readStagedImport,
	stageImport,
	type ImportPreview
} from '$lib/server/directory/hsds-import';
import { expose, requireActor } from '$lib/server/http';
import type { MessageKey } from '$lib/i18n/messages/en';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

/** What the page shows of a preview: names, ids and reasons, not the records' contents. */
function shown(preview: ImportPreview) {
	const { added, updated, unchanged, invalid } = preview;
	return { added, updated, unchanged, invalid };
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, 'coordinator');
	const importId = event.url.searchParams.get('import');
	if (importId === null) return { staged: null };
	const { db } = getPlatform();
	const staged = await expose(readStagedImport(db, actor.centreId, actor.accountId, importId));
	const base = { id: staged.id, fileName: staged.fileName };
	if (staged.appliedAt) return { staged: { ...base, applied: true, preview: null } };
	const parsed = parseHsdsDocument(staged.document);
	// Only documents that parse are staged.
	if (!parsed.ok) error(404, 'errors.notFound');
	const preview = await previewImport(db, actor.centreId, parsed.value);
	return { staged: { ...base, applied: false, preview: shown(preview) } };
};

const problem = (key: MessageKey) => fail(400, { errors: { file: key }, invalid: null });

export const actions: Actions = {
	upload: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const file = (await event.request.formData()).get('file');
		if (!(file instanceof File) || (file.size === 0 && file.name === '')) {
			return problem('import.fileRequired');
		}
		if (file.size > MAX_FILE_BYTES) return problem('import.fileTooLarge');
		const read = readHsdsFile(new Uint8Array(await file.arrayBuffer()));
		if (!read.ok) return problem(read.error);
		const parsed = parseHsdsDocument(read.value);
		if (!parsed.ok) return problem(parsed.error);
		const { db } = getPlatform();
		const preview = await previewImport(db, actor.centreId, parsed.value);
		if (preview.added.length + preview.updated.length + preview.unchanged.length === 0) {
			return fail(400, {
				errors: { file: 'import.nothingImportable' as MessageKey },
				invalid: preview.invalid
			});
		}
		const importId = await stageImport(db, actor.centreId, actor.accountId, file.name, read.value);
		redirect(303, `${event.url.pathname}?import=${importId}`);
	},
	confirm: async (event) => {
		const actor = requireActor(event, 'coordinator');
		const importId = (await event.request.formData()).get('importId');
		if (!isUuid(importId)) error(404, 'errors.notFound');
		try {
			const done = await expose(
				applyImport(getPlatform().db, actor.centreId, actor.accountId, importId)
			);
			return { done };
		} catch (thrown) {
			if (thrown instanceof RuleError) return problem(thrown.code as MessageKey);
			throw thrown;
		}
	}
};
