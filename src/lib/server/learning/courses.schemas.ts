import { z } from 'zod';
import { parseIsoDate } from '../centres/centres.schemas';
import { parseWallTime } from '../centres/opening-hours';
import { oneOf, parsed, text } from '../forms';
import { isUuid } from '../platform/ids';
import type { CourseKind, EsolLevel } from './courses.tables';

/** The kinds of course a centre runs, in the order members see them. */
export const courseKinds = [
	'esol',
	'know-your-rights',
	'popular-education',
	'digital-skills',
	'training'
] as const satisfies readonly CourseKind[];

/** ESOL levels from the first steps up, as the national curriculum names them. */
export const esolLevels = [
	'pre-entry',
	'entry-1',
	'entry-2',
	'entry-3',
	'level-1',
	'level-2'
] as const satisfies readonly EsolLevel[];

export const TITLE_MAX = 200;
export const TEXT_MAX = 2000;
export const PLACES_MAX = 500;

const asText = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export const courseSchema = z
	.object({
		kind: oneOf(courseKinds, 'courses.kindRequired'),
		level: z.preprocess(asText, z.string()),
		title: text({
			max: TITLE_MAX,
			required: 'courses.titleRequired',
			tooLong: 'courses.titleTooLong'
		}),
		description: text({ max: TEXT_MAX, tooLong: 'courses.textTooLong', multiline: true }),
		places: z.preprocess(
			asText,
			z
				.string()
				.regex(/^\d{1,4}$/, { message: 'courses.placesInvalid' })
				.transform(Number)
				.refine((places) => places >= 1 && places <= PLACES_MAX, {
					message: 'courses.placesInvalid'
				})
		)
	})
	.superRefine((data, ctx) => {
		if (data.kind === 'esol' && !(esolLevels as readonly string[]).includes(data.level)) {
			ctx.addIssue({ code: 'custom', path: ['level'], message: 'courses.levelRequired' });
		}
	})
	.transform((data) => ({
		...data,
		// A level belongs to ESOL only: whatever else was sent with another kind is dropped.
		level: data.kind === 'esol' ? (data.level as EsolLevel) : null
	}));

export type CourseInput = z.infer<typeof courseSchema>;

export const sessionSchema = z
	.object({
		date: parsed(parseIsoDate, 'courses.dateInvalid'),
		starts: parsed(parseWallTime, 'courses.startsInvalid'),
		ends: parsed(parseWallTime, 'courses.endsInvalid'),
		nextDay: z.preprocess((value) => value === 'yes', z.boolean()),
		place: text({ max: TITLE_MAX, tooLong: 'courses.placeTooLong' })
	})
	.superRefine((data, ctx) => {
		// Same day unless ticked, so an end before the start is named rather than guessed at.
		if (!data.nextDay && data.ends <= data.starts) {
			ctx.addIssue({ code: 'custom', path: ['ends'], message: 'courses.endsBeforeStarts' });
		}
		if (data.nextDay && data.ends > data.starts) {
			ctx.addIssue({ code: 'custom', path: ['ends'], message: 'courses.nextDayTooLong' });
		}
	});

export type SessionInput = z.infer<typeof sessionSchema>;

export const attendanceSchema = z.object({
	present: z.preprocess(
		(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
		z
			.array(z.string().refine(isUuid, { message: 'courses.personUnknown' }))
			.transform((ids) => [...new Set(ids)])
	),
	materials: text({ max: TEXT_MAX, tooLong: 'courses.textTooLong', multiline: true })
});

export type AttendanceInput = z.infer<typeof attendanceSchema>;

/** A kind or level from a link or a search form: anything unknown means "all". */
export function courseFilter(params: URLSearchParams): {
	kind: CourseKind | null;
	level: EsolLevel | null;
} {
	const kind = params.get('kind');
	const level = params.get('level');
	const knownKind = (courseKinds as readonly string[]).includes(kind ?? '')
		? (kind as CourseKind)
		: null;
	const knownLevel =
		knownKind === 'esol' && (esolLevels as readonly string[]).includes(level ?? '')
			? (level as EsolLevel)
			: null;
	return { kind: knownKind, level: knownLevel };
}
