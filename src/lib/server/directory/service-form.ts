import type { FormValues } from '../../form-types';
import type { Centre } from '../centres/centres.service';
import { commonLanguages } from './languages';
import type { ServiceRecord } from './records';
import { NEW_EXCEPTION_ROWS, NEW_OPENING_ROWS } from './services.schemas';

const yes = (flag: boolean) => (flag ? 'yes' : '');

/** A saved service as the form's fields, to edit it. */
export function formValuesOf(service: ServiceRecord): FormValues {
	const values: FormValues = {
		name: service.name,
		description: service.description,
		organizationId: service.organizationId ?? '',
		locationId: service.locations[0]?.locationId ?? '',
		status: service.status,
		categories: service.categories,
		eligibility: service.eligibility,
		applicationProcess: service.applicationProcess,
		cost: service.cost,
		feesDescription: service.feesDescription,
		noIdAsked: yes(service.noIdAsked),
		walkIn: yes(service.walkIn),
		documents: service.documents.map((document) => document.document).join('\n'),
		languages: service.languages,
		otherLanguages: '',
		interpretationAvailable: yes(service.interpretationAvailable),
		interpretationNotes: service.interpretationNotes,
		phone: service.phone,
		email: service.email,
		url: service.url,
		isPublic: yes(service.isPublic)
	};
	for (const text of service.texts) {
		values[`name_${text.locale}`] = text.name;
		values[`description_${text.locale}`] = text.description;
	}
	service.weekly.forEach((opening, row) => {
		values[`id_${row}`] = opening.id;
		values[`day_${row}`] = String(opening.weekday);
		values[`opens_${row}`] = opening.opens;
		values[`closes_${row}`] = opening.closes;
		values[`nextDay_${row}`] = yes(opening.closes <= opening.opens);
	});
	service.exceptions.forEach((exception, row) => {
		values[`exId_${row}`] = exception.id;
		values[`exDate_${row}`] = exception.date;
		values[`exKind_${row}`] = exception.kind;
		values[`exOpens_${row}`] = exception.opens ?? '';
		values[`exCloses_${row}`] = exception.closes ?? '';
		values[`exNote_${row}`] = exception.note;
	});
	return values;
}

function rowsIn(values: FormValues, prefix: string): number {
	let rows = 0;
	for (const key of Object.keys(values)) {
		const match = new RegExp(`^${prefix}_(\\d+)$`).exec(key);
		if (match) rows = Math.max(rows, Number(match[1]) + 1);
	}
	return rows;
}

/**
 * How the form is laid out for these values: a row for each opening and date change there is,
 * and, on a form fresh from the database, blank rows to add more. A form sent back with problems
 * already holds its blank rows.
 */
export function formLayout(centre: Centre, values: FormValues, fresh: boolean) {
	const chosen = values.languages;
	const languages = Array.isArray(chosen) ? chosen : chosen ? [chosen] : [];
	return {
		centreLocale: centre.defaultLocale,
		otherLocales: centre.locales.filter((locale) => locale !== centre.defaultLocale),
		languageOptions: [...new Set([...centre.locales, ...commonLanguages, ...languages])],
		weeklyRows: rowsIn(values, 'day') + (fresh ? NEW_OPENING_ROWS : 0),
		exceptionRows: rowsIn(values, 'exDate') + (fresh ? NEW_EXCEPTION_ROWS : 0)
	};
}
