/** A web address people can open: http or https only (never javascript:, data: or a file). */
export function isWebAddress(value: string): boolean {
	if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}
