import { z } from 'zod';
import { oneOf, parseForm, text, type Parsed } from '../forms';
import { PARTNER_KINDS, type PartnerKind } from './organising.tables';

export const PARTNER_NAME_MAX = 200;
export const CONTACT_MAX = 500;

export interface PartnerInput {
	name: string;
	kind: PartnerKind;
	/** The organisation's contact: an office phone, a named officer. */
	contact: string;
}

const partnerSchema = z.object({
	name: text({
		max: PARTNER_NAME_MAX,
		required: 'partners.nameRequired',
		tooLong: 'partners.nameTooLong'
	}),
	kind: oneOf(PARTNER_KINDS, 'partners.kindRequired'),
	contact: text({ max: CONTACT_MAX, tooLong: 'partners.contactTooLong', multiline: true })
});

export function parsePartnerForm(form: FormData): Parsed<PartnerInput> {
	return parseForm(form, partnerSchema);
}
