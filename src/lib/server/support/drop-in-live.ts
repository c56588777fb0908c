import pg from 'pg';
import type { Centre } from '../centres/centres.service';
import { log } from '../platform/logger';
import { getPlatform } from '../platform/runtime';
import { DROP_IN_CHANNEL, displayState, type DisplayState } from './drop-in';

/** One open waiting-room display in this process. */
export interface Watcher {
	deliver(state: DisplayState): void;
	/** A comment line that keeps proxies and phones from closing a quiet connection. */
	ping(): void;
	/** The process is stopping: end the stream. */
	close(): void;
}

/** The listening connection's application_name on the database server. */
export const LISTENER_NAME = 'hearth-drop-in-listener';
const KEEP_ALIVE_MS = 25_000;
const RETRY_FIRST_MS = 500;
const RETRY_MOST_MS = 30_000;

/**
 * Carries changes of the queues to this process's displays. Each process holds one connection
 * that LISTENs on the channel; a change anywhere commits with a NOTIFY naming its centre, and
 * the displays of that centre here are sent the new state, read once for all of them. The
 * connection opens with the first display and comes back after it drops.
 */
export class LiveQueue {
	private client: pg.Client | null = null;
	private connecting: Promise<void> | null = null;
	private retryMs = RETRY_FIRST_MS;
	private retryTimer: NodeJS.Timeout | null = null;
	private keepAlive: NodeJS.Timeout | null = null;
	private stopped = false;
	private readonly watchers = new Map<string, { centre: Centre; all: Set<Watcher> }>();
	private readonly reading = new Map<string, 'reading' | 'again'>();

	constructor(
		private readonly connectionString: string,
		private readonly read: (centre: Centre) => Promise<DisplayState>
	) {}

	/** Starts sending a centre's changes to a display; the answer stops it. */
	watch(centre: Centre, watcher: Watcher): () => void {
		if (this.stopped) {
			watcher.close();
			return () => {};
		}
		const entry = this.watchers.get(centre.id) ?? { centre, all: new Set<Watcher>() };
		entry.all.add(watcher);
		this.watchers.set(centre.id, entry);
		this.listen();
		this.keepAlive ??= setInterval(() => {
			for (const { all } of this.watchers.values()) for (const one of all) one.ping();
		}, KEEP_ALIVE_MS);
		return () => {
			entry.all.delete(watcher);
			if (entry.all.size === 0) this.watchers.delete(centre.id);
			if (this.watchers.size === 0 && this.keepAlive) {
				clearInterval(this.keepAlive);
				this.keepAlive = null;
			}
		};
	}

	/** Whether the listening connection is up (for tests and the benchmark). */
	get listening(): boolean {
		return this.client !== null && this.connecting === null;
	}

	/** Resolves once the connection listens, when a display has asked for one. */
	async ready(): Promise<void> {
		await this.connecting;
	}

	private listen(): void {
		if (this.client || this.connecting || this.stopped) return;
		const client = new pg.Client({
			connectionString: this.connectionString,
			// Named, so that an operator can tell it among the server's connections.
			application_name: LISTENER_NAME
		});
		const lost = (error?: Error) => {
			if (this.client !== client) return;
			this.client = null;
			if (this.stopped) return;
			log.warn('drop_in.listener_lost', { code: (error as { code?: string })?.code ?? null });
			this.retryTimer = setTimeout(() => {
				this.retryTimer = null;
				if (this.watchers.size > 0) this.listen();
			}, this.retryMs);
			this.retryMs = Math.min(this.retryMs * 2, RETRY_MOST_MS);
		};
		client.on('error', lost);
		client.on('end', () => lost());
		client.on('notification', (message) => {
			if (message.channel === DROP_IN_CHANNEL && message.payload) this.refresh(message.payload);
		});
		this.client = client;
		this.connecting = (async () => {
			try {
				await client.connect();
				await client.query(`listen ${DROP_IN_CHANNEL}`);
				this.retryMs = RETRY_FIRST_MS;
				// Changes made while the connection was down were not heard: send every display
				// the state as it is now.
				for (const centreId of this.watchers.keys()) this.refresh(centreId);
			} catch (error) {
				lost(error as Error);
				await client.end().catch(() => {});
			} finally {
				this.connecting = null;
			}
		})();
	}

	/**
	 * Reads a centre's state and sends it to its displays. One read at a time per centre: a change
	 * heard during a read asks for one more read after it, so an older state, read slowly, can
	 * never arrive after a newer one.
	 */
	private refresh(centreId: string): void {
		const entry = this.watchers.get(centreId);
		if (!entry) return;
		if (this.reading.has(centreId)) {
			this.reading.set(centreId, 'again');
			return;
		}
		this.reading.set(centreId, 'reading');
		this.read(entry.centre)
			.then(
				(state) => {
					for (const watcher of entry.all) watcher.deliver(state);
				},
				(error: Error) => log.warn('drop_in.refresh_failed', { message: error.message })
			)
			.finally(() => {
				const again = this.reading.get(centreId) === 'again';
				this.reading.delete(centreId);
				if (again) this.refresh(centreId);
			});
	}

	/** Ends every display's stream, and refuses new ones, so the server can finish and stop. */
	closeStreams(): void {
		this.stopped = true;
		for (const { all } of this.watchers.values()) for (const watcher of [...all]) watcher.close();
		this.watchers.clear();
		if (this.keepAlive) clearInterval(this.keepAlive);
		this.keepAlive = null;
	}

	async stop(): Promise<void> {
		this.stopped = true;
		this.closeStreams();
		if (this.retryTimer) clearTimeout(this.retryTimer);
		await this.connecting;
		const client = this.client;
		this.client = null;
		await client?.end().catch(() => {});
	}
}

const GLOBAL_KEY = Symbol.for('hearth.drop-in-live');
type Holder = { [GLOBAL_KEY]?: LiveQueue };

/** This process's one LiveQueue, made with the first display that opens. */
export function liveQueue(): LiveQueue {
	const holder = globalThis as Holder;
	const known = holder[GLOBAL_KEY];
	if (known) return known;
	const { pool, db, now } = getPlatform();
	const live = new LiveQueue(pool.options.connectionString ?? '', (centre) =>
		displayState(db, centre, now())
	);
	holder[GLOBAL_KEY] = live;
	// The HTTP server finishes every request before it stops, and a display's stream never
	// finishes by itself: end the streams as soon as the process is asked to stop.
	const closeStreams = () => live.closeStreams();
	process.once('SIGTERM', closeStreams);
	process.once('SIGINT', closeStreams);
	process.once('sveltekit:shutdown', () => {
		holder[GLOBAL_KEY] = undefined;
		void live.stop();
	});
	return live;
}
