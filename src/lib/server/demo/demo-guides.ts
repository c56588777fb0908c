import type { Centre } from '../centres/centres.service';
import { ensureLibrary } from '../learning/guides';
import type { Db } from '../schema';

/**
 * A translation as a centre's Romanian-speaking volunteer might make it: marked as translated
 * from English, dated the day it was made, with the same figures as the English guide.
 */
const MINIMUM_WAGE_RO = `Dacă lucrezi pentru un angajator în Regatul Unit, trebuie să fii plătit cel puțin cu salariul minim pentru fiecare oră lucrată. Nu contează ce scrie în contract sau cum ești plătit: cu ora, cu bucata sau cu livrarea.

## Tarifele de la 1 aprilie 2026

Acestea sunt tarifele pe oră în vigoare de la 1 aprilie 2026, așa cum sunt publicate pe GOV.UK (verificate la 22 noiembrie 2026):

- **12,71 £** pe oră dacă ai 21 de ani sau mai mult (National Living Wage)
- **10,85 £** pe oră dacă ai între 18 și 20 de ani
- **8,00 £** pe oră dacă ai 16 sau 17 ani
- **8,00 £** pe oră pentru ucenicii sub 19 ani sau aflați în primul an de ucenicie

Tarifele se schimbă în fiecare an la 1 aprilie. Pentru o perioadă de plată se aplică tariful în vigoare, pentru vârsta ta, în prima zi a acelei perioade.

## Timpul care se plătește

Trebuie să fii plătit pentru tot timpul de lucru, inclusiv:

- timpul în care ești de gardă la locul de muncă
- drumul între locuri de muncă sau între clienți în timpul zilei
- instruirea
- timpul în care aștepți de lucru la locul de muncă

Drumul de acasă până la primul loc de muncă din zi nu se socotește.

## Bani opriți din salariu

Dacă angajatorul îți oprește bani pentru uniformă, unelte sau lipsuri, acești bani nu se socotesc drept plată și te pot aduce sub salariul minim. Acest lucru nu este permis.

Dacă angajatorul îți dă o cameră, poate socoti o sumă mică și fixă pe zi ca parte din plată („accommodation offset”). Dacă îți cere mai mult, diferența îți scade plata.

## Dacă ți se spune că ești independent

Mulți curieri și îngrijitori sunt numiți „self-employed” (independenți). Contează cum se desfășoară munca în realitate, nu cum o numește contractul. Se poate ca legea să te considere lucrător („worker”), cu dreptul la salariul minim. Întreabă la centru.

## Dacă ești plătit mai puțin

- Notează în fiecare zi orele lucrate și păstrează fluturașii de salariu și mesajele.
- Banii care ți se datorează se plătesc la tariful de azi, dacă acesta este mai mare decât cel din momentul în care ai fost plătit prea puțin.
- Poți face o plângere la HMRC, echipa guvernului care se ocupă de salariul minim. Este gratuit și confidențial.
- Acas oferă sfaturi gratuite și confidențiale despre drepturile la muncă: 0300 123 1100.

Centrul te poate ajuta să calculezi cât ți se datorează și ce poți face mai departe. Nu trebuie să decizi nimic singur.`;

/** The demo centre's library: the starter set, and the minimum wage guide in Romanian too. */
export async function seedDemoGuides(trx: Db, centre: Centre, now: Date): Promise<void> {
	void now;
	await ensureLibrary(trx, centre.id);
	const guide = await trx
		.selectFrom('guides')
		.select('id')
		.where('centre_id', '=', centre.id)
		.where('slug', '=', 'minimum-wage')
		.executeTakeFirstOrThrow();
	await trx
		.insertInto('guide_texts')
		.values({
			centre_id: centre.id,
			guide_id: guide.id,
			locale: 'ro',
			title: 'Salariul minim',
			body: MINIMUM_WAGE_RO,
			written_on: '2026-11-22',
			review_by: '2027-03-31',
			translated_from: 'en'
		})
		.execute();
}
