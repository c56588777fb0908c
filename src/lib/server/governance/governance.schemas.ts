import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import { parseIsoDate } from '../centres/centres.schemas';
import { addDays, localToInstant, parseWallTime } from '../centres/opening-hours';
import { oneOf, parsed, someOf, text, type Parsed } from '../forms';
import type { Threshold } from '../membership/mutual';
import { isUuid } from '../platform/ids';
import type { AssemblyInput, ProposalInput } from './assemblies';
import { CHOICES, MAX_SEATS, type BallotContent, type Choice } from './ballots';

const DAY_MS = 86_400_000;
const flag = z.preprocess((value) => value === 'yes', z.boolean());
const plausibleDate = (typed: string) => {
	const date = parseIsoDate(typed);
	return date && date >= '2000-01-01' && date <= '2099-12-31' ? date : null;
};

function wholeNumber(typed: string, min: number, max: number): number | null {
	const value = typed.trim();
	if (!/^\d{1,4}$/.test(value)) return null;
	const number = Number(value);
	return number >= min && number <= max ? number : null;
}

function firstErrors(issues: z.core.$ZodIssue[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message as FieldErrors[string];
	}
	return errors;
}

const meetingFields = {
	title: text({
		max: 120,
		required: 'assemblies.titleRequired',
		tooLong: 'assemblies.titleTooLong'
	}),
	agenda: text({ max: 4000, tooLong: 'assemblies.agendaTooLong', multiline: true }),
	place: text({ max: 200, tooLong: 'assemblies.placeTooLong' }),
	date: parsed(plausibleDate, 'assemblies.dateInvalid'),
	starts: parsed(parseWallTime, 'assemblies.startsInvalid'),
	ends: parsed(parseWallTime, 'assemblies.endsInvalid'),
	endsNextDay: flag
};

const thresholdFields = {
	quorumKind: oneOf(['members', 'percent'], 'assemblies.quorumKindInvalid'),
	quorumValue: parsed((typed) => wholeNumber(typed, 0, 9999), 'assemblies.quorumInvalid')
};

/**
 * Reads the form that calls an assembly (with a quorum) or asks for one (without). It ends the
 * same day unless "ends the next day" is ticked, and lasts at most a day.
 */
export function parseAssemblyForm(
	values: FormValues,
	timeZone: string,
	withQuorum: boolean
): Parsed<AssemblyInput & { quorum: Threshold }> {
	const schema = withQuorum
		? z.object({ ...meetingFields, ...thresholdFields })
		: z.object(meetingFields);
	const result = schema.safeParse(values);
	if (!result.success) return { ok: false, values, errors: firstErrors(result.error.issues) };
	const data = result.data as z.infer<z.ZodObject<typeof meetingFields>> & {
		quorumKind?: Threshold['kind'];
		quorumValue?: number;
	};
	const errors: FieldErrors = {};
	const startsAt = localToInstant(data.date, data.starts, timeZone);
	const endsAt = localToInstant(
		data.endsNextDay ? addDays(data.date, 1) : data.date,
		data.ends,
		timeZone
	);
	if (endsAt <= startsAt) {
		errors.ends = data.endsNextDay
			? 'assemblies.endsBeforeStarts'
			: 'assemblies.endsBeforeStartsSameDay';
	} else if (endsAt.getTime() - startsAt.getTime() > DAY_MS) {
		errors.ends = 'assemblies.longerThanDay';
	}
	const quorum: Threshold = {
		kind: data.quorumKind ?? 'members',
		value: data.quorumValue ?? 0
	};
	if (quorum.kind === 'percent' && quorum.value > 100)
		errors.quorumValue = 'assemblies.quorumInvalid';
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return {
		ok: true,
		values,
		data: {
			title: data.title,
			agenda: data.agenda,
			place: data.place,
			startsAt,
			endsAt,
			quorum
		}
	};
}

export const thresholdSchema = z
	.object({
		kind: oneOf(['members', 'percent'], 'mutual.thresholdKindInvalid'),
		value: parsed((typed) => wholeNumber(typed, 1, 9999), 'mutual.thresholdInvalid')
	})
	.refine((data) => data.kind === 'members' || data.value <= 100, {
		message: 'mutual.thresholdInvalid',
		path: ['value']
	});

export const proposalSchema: z.ZodType<ProposalInput> = z.object({
	title: text({ max: 160, required: 'proposals.titleRequired', tooLong: 'proposals.titleTooLong' }),
	body: text({
		max: 10000,
		required: 'proposals.bodyRequired',
		tooLong: 'proposals.bodyTooLong',
		multiline: true
	})
});

export const commentSchema = z.object({
	comment: text({
		max: 4000,
		required: 'proposals.commentRequired',
		tooLong: 'proposals.commentTooLong',
		multiline: true
	})
});

/** The election form; candidates are checked against the register by the service. */
export function electionSchema(members: readonly string[]) {
	const options = (members.length > 0 ? members : ['none']) as [string, ...string[]];
	return z.object({
		title: text({ max: 120, required: 'ballots.titleRequired', tooLong: 'ballots.titleTooLong' }),
		office: text({ max: 80, required: 'ballots.officeRequired', tooLong: 'ballots.officeTooLong' }),
		seats: parsed((typed) => wholeNumber(typed, 1, MAX_SEATS), 'ballots.seatsInvalid'),
		candidates: someOf(options, 'ballots.unknownCandidate', 'ballots.candidatesRequired')
	});
}

/** When a vote closes, on the centre's clock. */
export function parseClosing(values: FormValues, timeZone: string, now: Date): Parsed<Date> {
	const result = z
		.object({
			date: parsed(plausibleDate, 'ballots.closingDateInvalid'),
			time: parsed(parseWallTime, 'ballots.closingTimeInvalid')
		})
		.safeParse(values);
	if (!result.success) return { ok: false, values, errors: firstErrors(result.error.issues) };
	const closesAt = localToInstant(result.data.date, result.data.time, timeZone);
	if (closesAt <= now) return { ok: false, values, errors: { date: 'ballots.closesInPast' } };
	return { ok: true, values, data: closesAt };
}

const field = (values: FormValues, name: string) => {
	const value = values[name];
	return typeof value === 'string' ? value.trim() : '';
};

/**
 * Reads a ballot paper. On a question, one of yes, no or abstain. In an election, preferences
 * 1st, 2nd, … with no gaps, each candidate once, or a blank ballot asked for on purpose: a blank
 * ballot counts in the turnout and for no one.
 */
export function parseBallot(
	values: FormValues,
	vote: { kind: 'question' | 'election'; candidates: readonly string[] }
): Parsed<BallotContent> {
	if (vote.kind === 'question') {
		const choice = field(values, 'choice');
		if (!(CHOICES as readonly string[]).includes(choice)) {
			return { ok: false, values, errors: { choice: 'ballots.chooseOne' } };
		}
		return { ok: true, values, data: { choice: choice as Choice } };
	}
	const ranking: string[] = [];
	const errors: FieldErrors = {};
	let gapAt: number | null = null;
	for (let place = 1; place <= vote.candidates.length; place++) {
		const id = field(values, `pref${place}`);
		if (id === '') {
			gapAt ??= place;
			continue;
		}
		if (!isUuid(id) || !vote.candidates.includes(id)) {
			errors[`pref${place}`] ??= 'ballots.unknownCandidate';
			continue;
		}
		if (gapAt !== null) errors[`pref${gapAt}`] ??= 'ballots.rankGap';
		if (ranking.includes(id)) errors[`pref${place}`] ??= 'ballots.rankedTwice';
		ranking.push(id);
	}
	const blank = values.blank === 'yes';
	if (blank && ranking.length > 0) errors.blank = 'ballots.blankOrRank';
	if (!blank && ranking.length === 0 && Object.keys(errors).length === 0) {
		errors.pref1 = 'ballots.rankAtLeastOne';
	}
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return { ok: true, values, data: { ranking } };
}
