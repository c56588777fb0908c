import { z } from 'zod';
import { oneOf, parseForm, parsed, text, type Parsed } from '../forms';
import { parseIsoDate } from '../centres/centres.schemas';
import { LADDER_STEPS, type LadderStep } from './organising.tables';

export const NOTE_MAX = 2000;
export const QUERY_MAX = 200;

export interface OneToOneInput {
	/** 'YYYY-MM-DD'. */
	heldOn: string;
	issues: string;
	interest: string;
	nextStep: string;
}

export interface StepInput {
	step: LadderStep;
	/** 'YYYY-MM-DD'. */
	reachedOn: string;
}

/** A calendar date that is not after `today` on the centre's clock. */
const pastDate = (today: string) =>
	parsed(parseIsoDate, 'oneToOnes.dateInvalid').refine((date) => date <= today, {
		message: 'oneToOnes.dateFuture'
	});

const note = (required: Parameters<typeof text>[0]['required']) =>
	text({ max: NOTE_MAX, required, tooLong: 'oneToOnes.noteTooLong', multiline: true });

/** A one-to-one as the organiser typed it; `today` is the centre's date, so none is in the future. */
export function parseOneToOneForm(form: FormData, today: string): Parsed<OneToOneInput> {
	return parseForm(
		form,
		z.object({
			heldOn: pastDate(today),
			issues: note('oneToOnes.issuesRequired'),
			interest: note('oneToOnes.interestRequired'),
			nextStep: note('oneToOnes.nextStepRequired')
		})
	);
}

export function parseStepForm(form: FormData, today: string): Parsed<StepInput> {
	return parseForm(
		form,
		z.object({
			step: oneOf(LADDER_STEPS, 'oneToOnes.stepRequired'),
			reachedOn: pastDate(today)
		})
	);
}
