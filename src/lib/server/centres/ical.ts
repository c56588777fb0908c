/**
 * An iCalendar (RFC 5545) writer for Hearth's feeds: the centre's calendar and a member's own
 * bookings. Times are written in UTC, which every calendar app reads without a VTIMEZONE and
 * shows on the reader's own clock.
 */

export interface CalendarEntry {
	/** Stable across every fetch, so a calendar app updates the entry instead of adding another. */
	uid: string;
	summary: string;
	description?: string;
	location?: string;
	start: Date;
	end: Date;
	status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
	/** Raised on every change of the entry. */
	sequence?: number;
	lastModified?: Date;
	url?: string;
	categories?: string[];
}

export interface CalendarDocument {
	/** Shown by calendar apps as the subscription's name. */
	name: string;
	description?: string;
	entries: CalendarEntry[];
	/** When the feed is made: every entry's DTSTAMP. */
	now: Date;
	/** How often a subscribed app should fetch again, in minutes. */
	refreshMinutes?: number;
}

export const PRODUCT_ID = '-//Hearth//Hearth calendar//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** 20261121T220000Z */
export function formatUtc(instant: Date): string {
	return instant
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '');
}

// Control characters other than a tab are not allowed in a value (RFC 5545, 3.1 and 3.3.11).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A TEXT value: backslash, semicolon and comma escaped, every kind of line break as \n. */
export function escapeText(value: string): string {
	return value
		.replace(/\r\n?/g, '\n')
		.replace(CONTROL, '')
		.replace(/[\\;,]/g, (found) => `\\${found}`)
		.replace(/\n/g, '\\n');
}

/**
 * Folds a content line so that no line is longer than 75 octets, continuing each with a space.
 * A character is never split across lines: UTF-8 sequences stay whole.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	// The first line may hold 75 octets; each continuation starts with a space, so 74 more.
	let limit = MAX_OCTETS;
	for (const character of line) {
		const size = Buffer.byteLength(character, 'utf8');
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
			limit = MAX_OCTETS - 1;
		}
		current += character;
		octets += size;
	}
	parts.push(current);
	return parts.join(`${CRLF} `);
}

function property(name: string, value: string): string {
	return foldLine(`${name}:${value}`);
}

function entryLines(entry: CalendarEntry, now: Date): string[] {
	const lines = [
		'BEGIN:VEVENT',
		property('UID', escapeText(entry.uid)),
		property('DTSTAMP', formatUtc(now)),
		property('DTSTART', formatUtc(entry.start)),
		property('DTEND', formatUtc(entry.end)),
		property('SUMMARY', escapeText(entry.summary))
	];
	if (entry.description) lines.push(property('DESCRIPTION', escapeText(entry.description)));
	if (entry.location) lines.push(property('LOCATION', escapeText(entry.location)));
	if (entry.url) lines.push(property('URL', entry.url.replace(CONTROL, '')));
	if (entry.categories && entry.categories.length > 0) {
		lines.push(property('CATEGORIES', entry.categories.map(escapeText).join(',')));
	}
	lines.push(property('STATUS', entry.status ?? 'CONFIRMED'));
	lines.push(property('SEQUENCE', String(Math.max(0, Math.trunc(entry.sequence ?? 0)))));
	if (entry.lastModified) lines.push(property('LAST-MODIFIED', formatUtc(entry.lastModified)));
	lines.push('TRANSP:OPAQUE', 'END:VEVENT');
	return lines;
}

/** A whole iCalendar object, CRLF line endings throughout, ending with a line break. */
export function writeCalendar(calendar: CalendarDocument): string {
	const refresh = `PT${Math.max(5, Math.trunc(calendar.refreshMinutes ?? 60))}M`;
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		property('PRODID', PRODUCT_ID),
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		property('NAME', escapeText(calendar.name)),
		property('X-WR-CALNAME', escapeText(calendar.name)),
		`REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
		`X-PUBLISHED-TTL:${refresh}`
	];
	if (calendar.description) {
		lines.push(property('DESCRIPTION', escapeText(calendar.description)));
		lines.push(property('X-WR-CALDESC', escapeText(calendar.description)));
	}
	for (const entry of calendar.entries) lines.push(...entryLines(entry, calendar.now));
	lines.push('END:VCALENDAR');
	return lines.join(CRLF) + CRLF;
}

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
