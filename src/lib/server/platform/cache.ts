/**
 * A small in-process cache with a time limit, for public data that many requests read and few
 * change (a centre's page). Each process keeps its own: after a change made through another app
 * server, a page may be up to `ttlMs` old.
 */
export interface Cache<T> {
	get(key: string): T | undefined;
	set(key: string, value: T): void;
	/** Forgets every entry whose key starts with the prefix (all of them for ''). */
	forget(prefix?: string): void;
}

export function createCache<T>(ttlMs: number, maxEntries = 1000): Cache<T> {
	const entries = new Map<string, { value: T; until: number }>();
	return {
		get(key) {
			const entry = entries.get(key);
			if (!entry) return undefined;
			if (entry.until <= Date.now()) {
				entries.delete(key);
				return undefined;
			}
			return entry.value;
		},
		set(key, value) {
			if (entries.size >= maxEntries) entries.clear();
			entries.set(key, { value, until: Date.now() + ttlMs });
		},
		forget(prefix = '') {
			for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
		}
	};
}
