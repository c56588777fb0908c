import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
	escapeText,
	foldLine,
	formatUtc,
	PRODUCT_ID,
	writeCalendar,
	type CalendarEntry
} from './ical';

const NOW = new Date('2026-11-21T02:00:00Z');

function entry(fields: Partial<CalendarEntry> = {}): CalendarEntry {
	return {
		uid: 'event-1@hearth',
		summary: 'Film night',
		start: new Date('2026-11-20T22:30:00Z'),
		end: new Date('2026-11-21T01:15:00Z'),
		...fields
	};
}

/** Every physical line of a calendar as RFC 5545 wants it: CRLF-ended, at most 75 octets. */
function expectWellFormed(text: string): void {
	expect(text.endsWith('\r\n')).toBe(true);
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	for (const line of text.slice(0, -2).split('\r\n')) {
		expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
	}
}

// Text with every character that needs care: escapes, line breaks, controls, long UTF-8 sequences.
const awkward = fc.oneof(
	fc.constantFrom('\\', ';', ',', ':', '"', '\n', '\r\n', '\r', '\t', '\u0007', '\u0000'),
	fc.constantFrom('é', 'ł', 'ă', 'ã', 'ع', 'ل', '🎬', '👩🏽‍🍳'),
	fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
);

function events(text: string): ICAL.Component[] {
	return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

describe('iCalendar writer', () => {
	it('writes a calendar a real parser reads, with the required properties', () => {
		const text = writeCalendar({
			name: 'Riverside Workers’ Centre',
			description: 'Events at the centre',
			entries: [
				entry({
					description: 'Popcorn, tea; a film, and a talk.\nStay after.',
					location: 'Big room, upstairs',
					status: 'CONFIRMED',
					sequence: 2,
					lastModified: new Date('2026-11-01T10:00:00Z'),
					url: 'https://hearth.example/c/demo/events/1',
					categories: ['Film night', 'Social, with tea']
				})
			],
			now: NOW
		});
		expectWellFormed(text);
		const calendar = new ICAL.Component(ICAL.parse(text));
		expect(calendar.name).toBe('vcalendar');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toBe(PRODUCT_ID);
		const [vevent] = calendar.getAllSubcomponents('vevent');
		if (!vevent) throw new Error('No event');
		const event = new ICAL.Event(vevent);
		expect(event.uid).toBe('event-1@hearth');
		expect(event.summary).toBe('Film night');
		expect(event.description).toBe('Popcorn, tea; a film, and a talk.\nStay after.');
		expect(event.location).toBe('Big room, upstairs');
		expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-20T22:30:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2026-11-21T01:15:00.000Z');
		expect(event.startDate.zone?.tzid).toBe('UTC');
		expect(event.sequence).toBe(2);
		const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
		expect(stamp.toJSDate().toISOString()).toBe(NOW.toISOString());
		expect(stamp.zone?.tzid).toBe('UTC');
		expect(vevent.getFirstProperty('categories')?.getValues()).toEqual([
			'Film night',
			'Social, with tea'
		]);
	});

	it('ends every line with CRLF and marks a cancelled event', () => {
		const text = writeCalendar({ name: 'C', entries: [entry({ status: 'CANCELLED' })], now: NOW });
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text).toContain('\r\nSTATUS:CANCELLED\r\n');
		expect(text).toContain(`\r\nDTSTAMP:${formatUtc(NOW)}\r\n`);
		expect(formatUtc(NOW)).toBe('20261121T020000Z');
	});

	it('escapes backslashes, semicolons, commas and line breaks', () => {
		expect(escapeText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
		// Control characters cannot be written at all.
		expect(escapeText('bell\u0007 and nul\u0000')).toBe('bell and nul');
	});

	it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
		const line = `SUMMARY:${'ليلة فيلم 🎬 '.repeat(20)}`;
		const folded = foldLine(line);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		for (const [index, part] of parts.entries()) {
			expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
			if (index > 0) expect(part.startsWith(' ')).toBe(true);
			// A split inside a UTF-8 sequence would leave a replacement character.
			expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
		}
		expect(folded.replace(/\r\n /g, '')).toBe(line);
		expect(foldLine('SHORT:line')).toBe('SHORT:line');
	});

	it('gives back any text it was given, through a real parser', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: awkward, maxLength: 200 }),
				fc.string({ unit: awkward, maxLength: 200 }),
				(summary, description) => {
					const text = writeCalendar({
						name: summary,
						entries: [entry({ summary, description })],
						now: NOW
					});
					expectWellFormed(text);
					const [vevent] = events(text);
					if (!vevent) throw new Error('No event');
					const clean = (value: string) =>
						value
							.replace(/\r\n?/g, '\n')
							.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
					expect(vevent.getFirstPropertyValue('summary')).toBe(clean(summary));
					if (clean(description)) {
						expect(vevent.getFirstPropertyValue('description')).toBe(clean(description));
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});
