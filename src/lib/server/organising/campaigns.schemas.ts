import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../form-types';
import { isLocale, type Locale } from '../../i18n/locales';
import { parseIsoDate } from '../centres/centres.schemas';
import { oneOf, parsed, parseForm, text, type Parsed } from '../forms';
import { isUuid } from '../platform/ids';
import {
	CAMPAIGN_STATES,
	CAMPAIGN_TARGETS,
	type CampaignState,
	type CampaignTarget,
	type CampaignTexts
} from './organising.tables';

export const TITLE_MAX = 120;
export const GOAL_MAX = 500;
export const STORY_MAX = 5000;
export const TARGET_NAME_MAX = 200;
export const NOTE_MAX = 2000;

export interface CampaignInput {
	/** The main language first. */
	locales: Locale[];
	texts: CampaignTexts;
	targetKind: CampaignTarget;
	/** Empty when the target is an employer picked from the register: its name is used. */
	targetName: string;
	employerId: string | null;
	/** 'YYYY-MM-DD'. */
	startedOn: string;
	state: CampaignState;
}

export interface EventInput {
	happenedOn: string;
	note: string;
}

/** The campaign's languages in the centre's order, the centre's main language first. */
export function orderLocales(
	chosen: readonly Locale[],
	centreLocales: readonly Locale[],
	main: Locale
): Locale[] {
	const ordered = centreLocales.filter((locale) => chosen.includes(locale));
	return ordered.includes(main) ? [main, ...ordered.filter((locale) => locale !== main)] : ordered;
}

function firstProblem(result: z.ZodSafeParseResult<unknown>): FieldErrors[string] | undefined {
	return result.success ? undefined : (result.error.issues[0]?.message as FieldErrors[string]);
}

const localised = {
	title: text({ max: TITLE_MAX, tooLong: 'campaigns.titleTooLong' }),
	goal: text({ max: GOAL_MAX, tooLong: 'campaigns.goalTooLong', multiline: true }),
	story: text({ max: STORY_MAX, tooLong: 'campaigns.storyTooLong', multiline: true })
};

const isoDate = (message: 'campaigns.startedOnInvalid' | 'campaigns.happenedOnInvalid') =>
	parsed(parseIsoDate, message);

const targetSchema = z.object({
	targetKind: oneOf(CAMPAIGN_TARGETS, 'campaigns.targetKindRequired'),
	targetName: text({ max: TARGET_NAME_MAX, tooLong: 'campaigns.targetNameTooLong' }),
	employerId: z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : ''),
		z
			.string()
			.refine((value) => value === '' || isUuid(value), { message: 'campaigns.employerUnknown' })
			.transform((value) => (value === '' ? null : value))
	),
	startedOn: isoDate('campaigns.startedOnInvalid'),
	state: z.preprocess(
		(value) => (value === undefined || value === '' ? 'active' : value),
		oneOf(CAMPAIGN_STATES, 'campaigns.stateRequired')
	)
});

/**
 * Reads the campaign's form: its languages, its title, goal and story in each, its target and
 * start. The main language needs a title; the others may be filled in later.
 */
export function parseCampaignForm(
	values: FormValues,
	options: { centreLocales: readonly Locale[]; main: Locale }
): Parsed<CampaignInput> {
	const errors: FieldErrors = {};
	const ticked = values.locales;
	const list = Array.isArray(ticked) ? ticked : ticked ? [ticked] : [];
	if (list.some((locale) => !isLocale(locale) || !options.centreLocales.includes(locale))) {
		errors.locales = 'campaigns.languageUnknown';
	}
	const chosen = orderLocales(list.filter(isLocale), options.centreLocales, options.main);
	if (chosen.length === 0) errors.locales ??= 'campaigns.languagesRequired';
	const texts: CampaignTexts = {};
	for (const locale of chosen) {
		const read = (field: keyof typeof localised) => {
			const result = localised[field].safeParse(values[`${field}-${locale}`]);
			const problem = firstProblem(result);
			if (problem) errors[`${field}-${locale}`] = problem;
			return result.success ? result.data : '';
		};
		texts[locale] = { title: read('title'), goal: read('goal'), story: read('story') };
	}
	const main = chosen[0];
	if (main && !errors[`title-${main}`] && !texts[main]?.title) {
		errors[`title-${main}`] = 'campaigns.titleRequired';
	}
	const target = targetSchema.safeParse(values);
	if (!target.success) {
		for (const issue of target.error.issues) {
			errors[String(issue.path[0])] ??= issue.message as FieldErrors[string];
		}
	}
	if (target.success) {
		const { targetKind, targetName, employerId } = target.data;
		const picked = targetKind === 'employer' && employerId !== null;
		if (!picked && !targetName) errors.targetName = 'campaigns.targetNameRequired';
	}
	if (!target.success || Object.keys(errors).length > 0) return { ok: false, values, errors };
	const data = target.data;
	return {
		ok: true,
		values,
		data: {
			locales: chosen,
			texts,
			targetKind: data.targetKind,
			targetName: data.targetName,
			// Only an employer target is an entry of the register.
			employerId: data.targetKind === 'employer' ? data.employerId : null,
			startedOn: data.startedOn,
			state: data.state
		}
	};
}

const eventSchema = z.object({
	happenedOn: isoDate('campaigns.happenedOnInvalid'),
	note: text({
		max: NOTE_MAX,
		required: 'campaigns.noteRequired',
		tooLong: 'campaigns.noteTooLong',
		multiline: true
	})
});

export function parseEventForm(form: FormData): Parsed<EventInput> {
	return parseForm(form, eventSchema);
}

/** An identifier picked from a list, or null when none (or something else) was sent. */
export function pickedId(form: FormData, field: string): string | null {
	const value = form.get(field);
	return typeof value === 'string' && isUuid(value.trim()) ? value.trim() : null;
}
