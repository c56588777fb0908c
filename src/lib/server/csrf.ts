const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a request that changes something may come from where it comes from. Browsers say
 * where a request was made (Sec-Fetch-Site); only this site's own pages may post. Browsers that
 * do not say so must send an Origin header naming this site. A request with neither is refused.
 */
export function isSameOriginWrite(request: Request, origin: string): boolean {
	if (!UNSAFE.has(request.method)) return true;
	const site = request.headers.get('sec-fetch-site');
	if (site) return site === 'same-origin';
	const from = request.headers.get('origin');
	return from !== null && from === origin;
}
