import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../tests/support/database';
import { newCentre, serviceFields } from '../../../../tests/support/fixtures';
import type { Centre } from '../centres/centres.service';
import { inCentre } from '../platform/database';
import { uuidv7 } from '../platform/ids';
import { writeService, type ServiceFields } from './records';
import { searchServices, searchWords, tonight, type SearchFilters } from './search';

function service(fields: Partial<ServiceFields> & { name: string }): ServiceFields {
	return serviceFields({ languages: ['en'], ...fields });
}

const nothing: SearchFilters = {
	text: '',
	openNow: false,
	openTonight: false,
	free: false,
	noIdAsked: false,
	walkIn: false,
	language: null,
	category: null,
	page: 1
};

// Saturday 21 November 2026, 01:00 in London (GMT): Friday night's openings are still running.
const saturdayOneAm = new Date('2026-11-21T01:00:00Z');
// Saturday 21 November 2026, 15:00 in London.
const saturdayAfternoon = new Date('2026-11-21T15:00:00Z');

describeEachDatabase('finding help', (database) => {
	let centre: Centre;
	const nightNurse = service({
		name: 'Night nurse for cuts',
		description: 'Wounds cleaned and dressed, through the night.',
		texts: [
			{
				locale: 'es',
				name: 'Clínica nocturna para repartidores',
				description: 'Curamos cortes y heridas toda la noche.'
			}
		],
		categories: ['health'],
		languages: ['en', 'es'],
		noIdAsked: true,
		walkIn: true,
		// Friday 22:00 to Saturday 06:00: one row that crosses midnight.
		weekly: [{ id: uuidv7(), weekday: 5, opens: '22:00', closes: '06:00' }]
	});
	const lawCentre = service({
		name: 'Law centre',
		description: 'Employment and housing law.',
		categories: ['legal', 'housing'],
		cost: 'fee',
		languages: ['en', 'tl'],
		weekly: [{ id: uuidv7(), weekday: 2, opens: '10:00', closes: '16:00' }]
	});
	const foodBank = service({
		name: 'Food bank',
		description: 'Parcels on Saturday afternoons.',
		categories: ['food'],
		noIdAsked: true,
		weekly: [{ id: uuidv7(), weekday: 6, opens: '12:00', closes: '17:00' }]
	});
	const gone = service({ name: 'Old clinic', status: 'defunct' });

	beforeAll(async () => {
		const { db } = database();
		centre = await newCentre(db, 'Search Centre');
		await inCentre(db, centre.id, async (trx) => {
			for (const each of [nightNurse, lawCentre, foodBank, gone]) {
				await writeService(trx, centre.id, each);
			}
		});
	});

	const search = (
		filters: Partial<SearchFilters>,
		locale: 'en' | 'es' = 'en',
		now = saturdayOneAm
	) => searchServices(database().db, centre, { ...nothing, ...filters }, locale, now);
	const names = async (
		filters: Partial<SearchFilters>,
		locale: 'en' | 'es' = 'en',
		now = saturdayOneAm
	) => {
		const answer = await search(filters, locale, now);
		if ('problem' in answer) throw new Error(answer.problem);
		return answer.results.map((result) => result.name);
	};

	it('finds a service in Spanish with a typo and without accents, and shows its Spanish name', async () => {
		expect(await names({ text: 'clinca nocturna' }, 'es')).toEqual([
			'Clínica nocturna para repartidores'
		]);
		expect(await names({ text: 'CLÍNICA' }, 'es')).toEqual(['Clínica nocturna para repartidores']);
	});

	it('finds a service by the name of its category in any language Hearth speaks', async () => {
		expect(await names({ text: 'vivienda' })).toEqual(['Law centre']);
		expect(await names({ text: 'comida' })).toEqual(['Food bank']);
	});

	it('falls back to the centre’s language and says so', async () => {
		const answer = await search({ text: 'law' }, 'es');
		if ('problem' in answer) throw new Error(answer.problem);
		expect(answer.results[0]).toMatchObject({ name: 'Law centre', inCentreLanguage: true });
	});

	it('leaves out defunct services and finds nothing for words nothing holds', async () => {
		expect(await names({ text: 'old clinic' })).toEqual([]);
		expect(await names({ text: 'zzzzqqq' })).toEqual([]);
	});

	it('says at 01:00 on Saturday that Friday night’s service is open, and when it closes', async () => {
		const answer = await search({ openNow: true });
		if ('problem' in answer) throw new Error(answer.problem);
		expect(answer.results.map((result) => result.name)).toEqual(['Night nurse for cuts']);
		expect(answer.results[0]).toMatchObject({
			open: true,
			next: { key: 'openClosesAt', time: '06:00' }
		});
	});

	it('tells each closed result when it next opens', async () => {
		const answer = await search({ text: 'food' });
		if ('problem' in answer) throw new Error(answer.problem);
		expect(answer.results[0]).toMatchObject({
			open: false,
			next: { key: 'opensTodayAt', time: '12:00' }
		});
	});

	it('filters by open tonight, free, no ID asked, walk-in, language and category', async () => {
		expect(await names({ openTonight: true }, 'en', saturdayAfternoon)).toEqual([]);
		expect(await names({ openTonight: true }, 'en', new Date('2026-11-20T15:00:00Z'))).toEqual([
			'Night nurse for cuts'
		]);
		expect(await names({ free: true })).toEqual(['Night nurse for cuts', 'Food bank']);
		expect(await names({ noIdAsked: true, walkIn: true })).toEqual(['Night nurse for cuts']);
		expect(await names({ language: 'tl' })).toEqual(['Law centre']);
		expect(await names({ category: 'food' })).toEqual(['Food bank']);
	});

	it('answers a search that is too long or holds no words with a problem, not an error', async () => {
		await expect(search({ text: 'a'.repeat(10_000) })).resolves.toEqual({
			problem: 'search.tooLong'
		});
		await expect(search({ text: '!!! ??? ***' })).resolves.toEqual({ problem: 'search.noWords' });
		await expect(search({ text: "'; drop table services; --" })).resolves.toMatchObject({
			total: 0
		});
	});

	it('pages through many results', async () => {
		const { db } = database();
		const many = await newCentre(db, 'Many Services Centre');
		await inCentre(db, many.id, async (trx) => {
			for (let i = 0; i < 45; i++) {
				await writeService(
					trx,
					many.id,
					service({ name: `Service ${String(i).padStart(2, '0')}` })
				);
			}
		});
		const page = (number: number) =>
			searchServices(db, many, { ...nothing, page: number }, 'en', saturdayOneAm);
		await expect(page(1)).resolves.toMatchObject({ total: 45, page: 1, pages: 3 });
		const last = await page(99);
		if ('problem' in last) throw new Error(last.problem);
		expect([last.page, last.results.length]).toEqual([3, 5]);
	});
});

it('reads the words of a search in any script', () => {
	expect(searchWords('  médico   nocturno ')).toEqual({ words: ['médico', 'nocturno'] });
	expect(searchWords('طبيب ليلي')).toEqual({ words: ['طبيب', 'ليلي'] });
	expect(searchWords('')).toEqual({ words: [] });
});

it('calls the rest of the night "tonight" before dawn, and 18:00 to 06:00 otherwise', () => {
	expect(tonight(saturdayOneAm, 'Europe/London')).toEqual({
		from: saturdayOneAm,
		to: new Date('2026-11-21T06:00:00Z')
	});
	expect(tonight(saturdayAfternoon, 'Europe/London')).toEqual({
		from: new Date('2026-11-21T18:00:00Z'),
		to: new Date('2026-11-22T06:00:00Z')
	});
});
