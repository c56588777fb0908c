import { randomBytes } from 'node:crypto';
import type { Centre } from '../centres/centres.service';
import { instantToLocal } from '../centres/opening-hours';
import { duplicateKey } from '../organising/petitions';
import { uuidv7 } from '../platform/ids';
import { getPlatform, hasPlatform } from '../platform/runtime';
import type { Db } from '../schema';

const TEXTS = {
	pt: {
		title: 'Paguem as horas da noite na Harbour Kitchens',
		body: 'Nós, quem trabalha de noite na Harbour Kitchens, pedimos que todas as horas trabalhadas depois da meia-noite sejam pagas, ao salário mínimo ou mais.'
	},
	en: {
		title: 'Pay the night hours at Harbour Kitchens',
		body: 'We, the night workers of Harbour Kitchens, ask that every hour worked after midnight is paid, at the minimum wage or more.'
	},
	es: {
		title: 'Que paguen las horas de noche en Harbour Kitchens',
		body: 'Quienes trabajamos de noche en Harbour Kitchens pedimos que se pague cada hora trabajada después de medianoche, al salario mínimo o más.'
	}
};

/** Signers of the demo petition; those with `show` agreed to have their name delivered. */
const SIGNERS = [
	{ name: 'Ana', area: 'Docklands', show: true },
	{ name: 'Bilal', area: 'Riverside', show: true },
	{ name: 'Carmen', area: 'Old Town', show: false },
	{ name: 'Dorota', area: 'Riverside', show: true },
	{ name: 'Eli', area: 'Docklands', show: false },
	{ name: 'Florin', area: 'Market Street', show: true },
	{ name: 'Gabi', area: 'Old Town', show: false }
];

/** One open petition in Portuguese, English and Spanish, with a few signatures. */
export async function seedDemoPetitions(db: Db, centre: Centre, now: Date): Promise<void> {
	const key = hasPlatform() ? getPlatform().secretKey : randomBytes(32);
	const id = uuidv7(now.getTime());
	const day = instantToLocal(now, centre.timeZone).date;
	await db
		.insertInto('petitions')
		.values({
			centre_id: centre.id,
			id,
			locales: ['pt', 'en', 'es'],
			texts: TEXTS,
			target: 'Harbour Kitchens Ltd',
			signature_count: SIGNERS.length,
			created_at: now
		})
		.execute();
	await db
		.insertInto('petition_signatures')
		.values(
			SIGNERS.map((signer) => ({
				centre_id: centre.id,
				id: uuidv7(),
				petition_id: id,
				shown_name: signer.show ? signer.name : null,
				shown_area: signer.show ? signer.area : null,
				contact_sealed: null,
				duplicate_key: duplicateKey(key, id, signer.name, signer.area),
				signed_on: day
			}))
		)
		.execute();
}
