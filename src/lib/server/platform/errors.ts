/** Thrown by services; routes turn them into HTTP answers through `expose` in $lib/server/http. */
export class NotFoundError extends Error {
	override name = 'NotFoundError';
}

export class ForbiddenError extends Error {
	override name = 'ForbiddenError';
}

/** A rule of the domain refused the request; `code` names a message in the catalogue. */
export class RuleError extends Error {
	override name = 'RuleError';
	constructor(public readonly code: string) {
		super(code);
	}
}
