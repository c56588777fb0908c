/**
 * The categories of need a worker centre's directory sorts services into: one small taxonomy for
 * the whole network, seeded by migration 0005 with these codes. Names live in the language
 * catalogues under `category.<code>`.
 */
export const categoryCodes = [
	'work-and-wages',
	'legal',
	'health',
	'sexual-health',
	'mental-health',
	'drugs-and-alcohol',
	'childcare',
	'housing',
	'food',
	'money-and-benefits',
	'english-and-learning',
	'immigration-advice',
	'rest-and-safety'
] as const;

export type CategoryCode = (typeof categoryCodes)[number];

export function isCategoryCode(value: unknown): value is CategoryCode {
	return typeof value === 'string' && (categoryCodes as readonly string[]).includes(value);
}

/** The taxonomy as HSDS names it; its identifier is fixed so other directories can rely on it. */
export const hearthTaxonomy = {
	id: '0196a3c0-0000-7000-8000-000000000000',
	name: 'Hearth needs',
	description:
		'The needs that bring people to a worker centre, from work and wages to rest and safety.',
	version: '1'
} as const;

/**
 * Facts about access that HSDS has no field for, exported as attributes linking to terms of a
 * second Hearth taxonomy, so another directory can read (and send back) "no ID asked".
 */
export const accessTaxonomy = {
	id: '0196a3c0-0000-7000-8000-000000000100',
	name: 'Hearth access',
	description:
		'What it takes to get through the door: whether ID is asked, walk-ins, interpreters.',
	version: '1'
} as const;

export const accessTerms = {
	'no-id-asked': {
		id: '0196a3c0-0000-7000-8000-000000000101',
		name: 'No ID or immigration status asked',
		description: 'The service asks for no identity document and no immigration status.'
	},
	'walk-in': {
		id: '0196a3c0-0000-7000-8000-000000000102',
		name: 'Walk in',
		description: 'People can come without an appointment.'
	},
	'interpretation-available': {
		id: '0196a3c0-0000-7000-8000-000000000103',
		name: 'Interpretation available',
		description: 'An interpreter can be arranged.'
	}
} as const;

export type AccessCode = keyof typeof accessTerms;
