import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** Open Referral's HSDS 3.0 schemas, as published (see docs/hsds.md). */
export const HSDS_SCHEMA_DIR = path.resolve(import.meta.dirname, '../../standards/hsds-3.0/schema');

export type HsdsSchemaName =
	| 'compiled/service.json'
	| 'compiled/service_list.json'
	| 'compiled/organization.json'
	| 'compiled/organization_list.json'
	| 'compiled/service_at_location.json'
	| 'compiled/service_at_location_list.json'
	| 'taxonomy.json'
	| 'taxonomy_term.json'
	/** The openapi's Page, with every field and `contents` required. */
	| 'page'
	/** The openapi's answer to `/`. */
	| 'root';

function read(name: string): Record<string, unknown> {
	return JSON.parse(fs.readFileSync(path.join(HSDS_SCHEMA_DIR, name), 'utf8'));
}

let ajv: Ajv | undefined;
const validators = new Map<HsdsSchemaName, ValidateFunction>();

function instance(): Ajv {
	if (ajv) return ajv;
	// The schemas are draft-07 style and carry keywords of their own (datapackage_metadata,
	// constraints, core…), which strict mode would refuse.
	ajv = new Ajv({ strict: false, allErrors: true });
	addFormats(ajv);
	// taxonomy_term.json refers to these two by file name.
	ajv.addSchema(read('metadata.json'), 'metadata.json');
	ajv.addSchema(read('taxonomy.json'), 'taxonomy.json');
	return ajv;
}

function openapiSchema(name: 'page' | 'root'): Record<string, unknown> {
	const openapi = read('openapi.json') as {
		paths: {
			'/': { get: { responses: { 200: { content: Record<string, { schema: object }> } } } };
		};
		components: { schemas: { Page: { properties: Record<string, unknown> } } };
	};
	if (name === 'root') {
		const root = openapi.paths['/'].get.responses[200].content['application/json']?.schema;
		return { ...root, required: ['version', 'profile', 'openapi_url'] };
	}
	const page = openapi.components.schemas.Page;
	return {
		...page,
		properties: { ...page.properties, contents: { type: 'array' } },
		required: [...Object.keys(page.properties), 'contents']
	};
}

/** Compiled once per test file: the big schemas take a second or two each. */
export function hsdsValidator(name: HsdsSchemaName): ValidateFunction {
	let validate = validators.get(name);
	if (!validate) {
		const ajv = instance();
		validate =
			name === 'taxonomy.json'
				? ajv.getSchema('taxonomy.json')
				: ajv.compile(name === 'page' || name === 'root' ? openapiSchema(name) : read(name));
		if (!validate) throw new Error(`The schema ${name} did not compile`);
		validators.set(name, validate);
	}
	return validate;
}

/** What is wrong with a document by an HSDS schema: an empty list when it validates. */
export function hsdsErrors(name: HsdsSchemaName, document: unknown): string[] {
	const validate = hsdsValidator(name);
	// Validate what travels as JSON, not the object in memory.
	if (validate(JSON.parse(JSON.stringify(document)))) return [];
	return (validate.errors ?? []).map(
		(error) => `${name}: ${error.instancePath || '/'} ${error.message ?? ''}`
	);
}
