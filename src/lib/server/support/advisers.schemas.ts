import { z } from 'zod';
import { fileType } from '../platform/file-types';
import type { FieldErrors } from '../../form-types';
import type { MessageKey } from '../../i18n/messages/en';
import { parseIsoDate } from '../centres/centres.schemas';
import { commonLanguages } from '../directory/languages';
import { formEntries, oneOf, parsed, someOf, text, type Parsed } from '../forms';
import type { PartOfDay, PhotoType } from './advisers.tables';
import { SUPPORT_TOPICS } from './topics';

/** Languages an adviser can list and a member can ask for: the directory's common list. */
export const supportLanguages = commonLanguages;
export const PARTS_OF_DAY = ['day', 'evening', 'night'] as const satisfies readonly PartOfDay[];
export const ABOUT_MAX = 2000;
export const OWN_WORDS_MAX = 500;
/** A photo is for recognising someone at the door, not for printing: small is enough. */
export const PHOTO_MAX_BYTES = 300 * 1024;

/** A language code from the list: empty and unknown get their own messages. */
export function language(required: MessageKey) {
	return z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : ''),
		z
			.string()
			.refine((value) => value !== '', { message: required, abort: true })
			.refine((value) => (supportLanguages as readonly string[]).includes(value), {
				message: 'advisers.languageUnknown'
			})
	);
}

const profileFields = z.object({
	about: text({ max: ABOUT_MAX, tooLong: 'advisers.aboutTooLong', multiline: true }),
	languages: someOf(supportLanguages, 'advisers.languageUnknown', 'advisers.languagesRequired'),
	helpsWith: someOf(SUPPORT_TOPICS, 'advisers.topicUnknown', 'advisers.helpsWithRequired'),
	works: someOf(PARTS_OF_DAY, 'advisers.partUnknown', 'advisers.worksRequired'),
	removePhoto: z.preprocess((value) => value === 'yes', z.boolean())
});

export interface ProfileInput {
	about: string;
	languages: string[];
	helpsWith: (typeof SUPPORT_TOPICS)[number][];
	works: PartOfDay[];
	photo: { bytes: Buffer; type: PhotoType } | null;
	removePhoto: boolean;
}

/** The image type a file's first bytes show, whatever its name or stated type claim. */
export function photoType(bytes: Buffer): PhotoType | null {
	const type = fileType(bytes);
	return type === 'application/pdf' ? null : type;
}

/** Reads the profile form, its photo checked by content and size. */
export async function parseProfileForm(form: FormData): Promise<Parsed<ProfileInput>> {
	const values = formEntries(form);
	const result = profileFields.safeParse(values);
	const errors: FieldErrors = {};
	if (!result.success) {
		for (const issue of result.error.issues) {
			errors[String(issue.path[0] ?? 'form')] ??= issue.message as MessageKey;
		}
	}
	let photo: ProfileInput['photo'] = null;
	const file = form.get('photo');
	if (file instanceof File && file.size > 0) {
		if (file.size > PHOTO_MAX_BYTES) {
			errors.photo = 'advisers.photoTooLarge';
		} else {
			const bytes = Buffer.from(await file.arrayBuffer());
			const type = photoType(bytes);
			if (type) photo = { bytes, type };
			else errors.photo = 'advisers.photoType';
		}
	}
	if (!result.success || Object.keys(errors).length > 0) return { ok: false, values, errors };
	return { ok: true, values, data: { ...result.data, photo } };
}

// Years a person can mean: a typo such as 0202 is not a visit.
const plausibleDate = (input: string) => {
	const date = parseIsoDate(input);
	return date && date >= '2000-01-01' && date <= '2099-12-31' ? date : null;
};

/** The member's wish to meet three: in which language, for what, and on which visit. */
export const meetingSchema = z.object({
	language: language('advisers.languageRequired'),
	topic: oneOf(SUPPORT_TOPICS, 'advisers.topicRequired'),
	ownWords: text({ max: OWN_WORDS_MAX, tooLong: 'advisers.ownWordsTooLong', multiline: true }),
	date: parsed(plausibleDate, 'advisers.dateInvalid'),
	partOfDay: oneOf(PARTS_OF_DAY, 'advisers.partRequired')
});

export type MeetingInput = z.infer<typeof meetingSchema>;

export const chooseSchema = z.object({
	adviser: z.preprocess(
		(value) => (typeof value === 'string' ? value : ''),
		z.string().regex(/^[0-9a-f-]{36}$/, { message: 'advisers.chooseRequired' })
	)
});
