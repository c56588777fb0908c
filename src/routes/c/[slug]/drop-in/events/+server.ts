import { translator } from '$lib/i18n/translate';
import { requireCentre } from '$lib/server/http';
import { getPlatform } from '$lib/server/platform/runtime';
import { displayState, type DisplayState } from '$lib/server/support/drop-in';
import { liveQueue } from '$lib/server/support/drop-in-live';
import type { RequestHandler } from './$types';

// How long a browser waits before it tries again after the stream drops.
const RETRY_MS = 3_000;

/**
 * The waiting-room display's live feed: the state now, then the state after every change to the
 * queue, as server-sent events, each with the text in the display's language.
 */
export const GET: RequestHandler = async (event) => {
	const centre = requireCentre(event);
	const t = translator(event.locals.locale);
	const { db, now } = getPlatform();
	const frame = (state: DisplayState) =>
		`event: queue\ndata: ${JSON.stringify({
			calls: state.calls,
			open: state.open,
			status: state.open
				? t('dropIn.waitingCount', { count: state.waiting })
				: t('dropIn.displayClosed')
		})}\n\n`;
	const first = await displayState(db, centre, now());
	const encoder = new TextEncoder();
	let stop = () => {};
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			let ended = false;
			const end = () => {
				if (ended) return;
				ended = true;
				stop();
				try {
					controller.close();
				} catch {
					// Already closed by the browser going away.
				}
			};
			const write = (text: string) => {
				if (ended) return;
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					end();
				}
			};
			write(`retry: ${RETRY_MS}\n\n${frame(first)}`);
			stop = liveQueue().watch(centre, {
				deliver: (state) => write(frame(state)),
				ping: () => write(': still here\n\n'),
				close: end
			});
		},
		cancel() {
			stop();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			// Once the stream ends (the server is stopping), the connection goes with it.
			connection: 'close',
			'x-accel-buffering': 'no'
		}
	});
};
