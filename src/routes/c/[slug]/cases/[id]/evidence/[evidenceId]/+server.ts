import { error } from '@sveltejs/kit';
import { readEvidence } from '$lib/server/casework/evidence';
import { expose, requireActor } from '$lib/server/http';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

const EXTENSIONS: Record<string, string> = {
	'image/jpeg': 'jpg',
	'image/png': 'png',
	'image/webp': 'webp',
	'application/pdf': 'pdf'
};

/**
 * A piece of evidence, for the member and the case team only, always as a download: a file is
 * never shown inside Hearth's pages, and its type is the one its bytes showed when it was kept.
 */
export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event, 'member', 'adviser');
	const { id, evidenceId } = event.params;
	if (!isUuid(id) || !isUuid(evidenceId)) error(404, 'errors.notFound');
	const { db, secretKey } = getPlatform();
	const file = await expose(readEvidence(db, actor, id, evidenceId, secretKey));
	// The stored name is for people; the download's name is plain so no header can be bent by it.
	const fileName = `evidence-${evidenceId.slice(-12)}.${EXTENSIONS[file.type] ?? 'bin'}`;
	return new Response(new Uint8Array(file.bytes), {
		headers: {
			'content-type': file.type,
			'content-length': String(file.bytes.length),
			'content-disposition': `attachment; filename="${fileName}"`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
