import { error } from '@sveltejs/kit';
import { readStopToken, stopCentreName, stopChannel } from '$lib/server/messages/stop';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

/** Anyone holding the link may stop the messages it came with: no sign-in, no other question. */
async function stopRequest(token: string) {
	const { db, secretKey } = getPlatform();
	const request = readStopToken(token, secretKey);
	const centre = request ? await stopCentreName(db, request) : null;
	if (!request || centre === null) error(404, 'errors.notFound');
	return { request, centre };
}

export const load: PageServerLoad = async (event) => {
	const { request, centre } = await stopRequest(event.params.token);
	return { centre, channel: request.channel, stopped: false };
};

export const actions: Actions = {
	// List-Unsubscribe-Post sends "List-Unsubscribe=One-Click" here, from the mail program itself.
	default: async (event) => {
		const { request, centre } = await stopRequest(event.params.token);
		await stopChannel(getPlatform().db, request);
		return { centre, channel: request.channel, stopped: true };
	}
};
