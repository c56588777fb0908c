import { z } from 'zod';
import { plain, text } from '../forms';
import { isUuid } from '../platform/ids';
import { isWebAddress } from './web-address';

const TEXT_MAX = 2000;

const email = text({ max: 254, tooLong: 'organizations.emailInvalid' }).refine(
	(value) => value === '' || z.email().safeParse(value).success,
	{ message: 'organizations.emailInvalid' }
);

const website = text({ max: TEXT_MAX, tooLong: 'organizations.websiteTooLong' }).refine(
	(value) => value === '' || isWebAddress(value),
	{ message: 'organizations.websiteInvalid' }
);

export const organizationSchema = z.object({
	name: text({
		max: 200,
		required: 'organizations.nameRequired',
		tooLong: 'organizations.nameTooLong'
	}),
	description: text({
		max: TEXT_MAX,
		tooLong: 'organizations.descriptionTooLong',
		multiline: true
	}),
	email,
	website,
	phone: text({ max: TEXT_MAX, tooLong: 'organizations.phoneTooLong' })
});

export type OrganizationInput = z.infer<typeof organizationSchema>;

export const DEFAULT_COUNTRY = 'GB';

export const locationSchema = z.object({
	name: text({ max: 200, required: 'locations.nameRequired', tooLong: 'locations.nameTooLong' }),
	address1: text({ max: TEXT_MAX, tooLong: 'locations.addressTooLong' }),
	city: text({ max: TEXT_MAX, tooLong: 'locations.cityTooLong' }),
	postalCode: text({ max: TEXT_MAX, tooLong: 'locations.postalCodeTooLong' }),
	// ISO 3166-1 alpha-2, as HSDS addresses carry it: 'gb' is read as 'GB'.
	country: text({
		max: 2,
		required: 'locations.countryInvalid',
		tooLong: 'locations.countryInvalid'
	})
		.transform((value) => value.toUpperCase())
		.refine((value) => /^[A-Z]{2}$/.test(value), { message: 'locations.countryInvalid' }),
	transportation: text({
		max: TEXT_MAX,
		tooLong: 'locations.transportationTooLong',
		multiline: true
	}),
	accessibility: text({
		max: TEXT_MAX,
		tooLong: 'locations.accessibilityTooLong',
		multiline: true
	}),
	// Empty means none; whether the organisation exists here is checked with the database.
	organizationId: plain
		.refine((value) => value === '' || isUuid(value), { message: 'locations.organizationUnknown' })
		.transform((value) => value || null)
});

export type LocationInput = z.infer<typeof locationSchema>;
