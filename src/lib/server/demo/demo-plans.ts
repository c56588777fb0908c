import type { Centre } from '../centres/centres.service';
import { addDays, instantToLocal } from '../centres/opening-hours';
import { seal } from '../platform/crypto';
import { uuidv7 } from '../platform/ids';
import { getPlatform, hasPlatform } from '../platform/runtime';
import type { Db } from '../schema';
import type { Commitment, PlanContent } from '../support/plans.schemas';

async function accountId(db: Db, centre: Centre, chosenName: string): Promise<string | undefined> {
	const row = await db
		.selectFrom('accounts as a')
		.innerJoin('centre_people as p', 'p.account_id', 'a.id')
		.select('a.id')
		.where('p.centre_id', '=', centre.id)
		.where('a.chosen_name', '=', chosenName)
		.executeTakeFirst();
	return row?.id;
}

/**
 * Grace's plan, written with her adviser over two meetings and shared with them: strengths
 * first, a promise of her own she has kept and one not yet, and the centre's promises, one of
 * them late (the plan holds the centre to account, never her). Sealed with the running Hearth's
 * key, so it is seeded only when Hearth is running; a choice of adviser is made for Grace only if
 * the advisers' demo has not made one.
 */
export async function seedDemoPlans(db: Db, centre: Centre, now: Date): Promise<void> {
	if (!hasPlatform()) return;
	const key = getPlatform().secretKey;
	const grace = await accountId(db, centre, 'Grace (demo)');
	const amira = await accountId(db, centre, 'Amira (demo)');
	if (!grace || !amira) return;
	let choice = await db
		.selectFrom('adviser_choices')
		.select(['id', 'adviser_id'])
		.where('centre_id', '=', centre.id)
		.where('member_id', '=', grace)
		.where('ended_at', 'is', null)
		.executeTakeFirst();
	if (!choice) {
		choice = { id: uuidv7(), adviser_id: amira };
		await db
			.insertInto('adviser_choices')
			.values({
				centre_id: centre.id,
				id: choice.id,
				member_id: grace,
				adviser_id: amira,
				chosen_at: new Date(now.getTime() - 21 * 86_400_000),
				ended_at: null
			})
			.execute();
	}

	const today = instantToLocal(now, centre.timeZone).date;
	const parts: PlanContent['parts'] = {
		iCan: 'Look after older people: I was a live-in carer for six years, days and nights.\nCook for a big family.\nSpeak English and Tagalog.',
		iAm: 'A mother of two. Patient, and calm when something goes wrong.',
		iWill: 'Practise for interviews with my adviser.',
		iWant:
			'Day work in a care home near my children’s school, with a proper contract and holiday pay.'
	};
	const commitments: Commitment[] = [
		{ side: 'member', text: 'Bring the references from the families I worked for', done: true },
		{ side: 'member', text: 'Ask my friend about the care home where she works', done: false },
		{
			side: 'centre',
			kind: 'course',
			text: 'A place on the moving and handling course',
			due: addDays(today, 14),
			done: false
		},
		{
			side: 'centre',
			kind: 'introduction',
			text: 'An introduction to the care workers’ union branch',
			due: addDays(today, -3),
			done: false
		},
		{
			side: 'centre',
			kind: 'budget',
			text: 'A budget request for the criminal record check fee',
			due: null,
			done: true
		}
	];
	const versions = [
		{
			writer: grace,
			at: new Date(now.getTime() - 14 * 86_400_000),
			parts,
			commitments: commitments.slice(0, 3)
		},
		{
			writer: choice.adviser_id,
			at: new Date(now.getTime() - 7 * 86_400_000),
			parts: {
				...parts,
				iWill: `${parts.iWill}\nGo to the English conversation club on Thursdays, to be at ease on the phone.`
			},
			commitments
		}
	];
	await db
		.insertInto('plans')
		.values({
			centre_id: centre.id,
			member_id: grace,
			latest_version: versions.length,
			shared_choice_id: choice.id,
			shared_at: versions[0]?.at ?? now,
			created_at: versions[0]?.at ?? now,
			updated_at: versions.at(-1)?.at ?? now
		})
		.execute();
	for (const [index, version] of versions.entries()) {
		await db
			.insertInto('plan_versions')
			.values({
				centre_id: centre.id,
				member_id: grace,
				version: index + 1,
				language: 'en',
				body: seal(JSON.stringify({ parts: version.parts, commitments: version.commitments }), key),
				written_by: version.writer,
				written_at: version.at
			})
			.execute();
	}
}
