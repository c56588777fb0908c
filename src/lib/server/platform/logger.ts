/**
 * Structured JSON logs, one object a line. Callers pass identifiers and counts, never
 * names, passphrases, tokens or free text a person wrote.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level | 'silent', number> = {
	debug: 10,
	info: 20,
	warn: 30,
	error: 40,
	silent: 99
};

let threshold = order[(process.env.LOG_LEVEL as Level | 'silent' | undefined) ?? 'info'] ?? 20;

export function setLogLevel(level: Level | 'silent'): void {
	threshold = order[level];
}

function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
	if (order[level] < threshold) return;
	const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
	(level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n');
}

export const log = {
	debug: (event: string, fields?: Record<string, unknown>) => write('debug', event, fields),
	info: (event: string, fields?: Record<string, unknown>) => write('info', event, fields),
	warn: (event: string, fields?: Record<string, unknown>) => write('warn', event, fields),
	error: (event: string, fields?: Record<string, unknown>) => write('error', event, fields)
};

/** The parts of an error that are safe to log: its kind, code and stack, not its data. */
export function describeError(error: unknown): Record<string, unknown> {
	if (error instanceof Error) {
		const code = (error as { code?: unknown }).code;
		return { error: error.name, message: error.message, code, stack: error.stack };
	}
	return { error: String(error) };
}
