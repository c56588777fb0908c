// npm run bench:ballots: what secrecy costs. Every ballot cast rewrites its vote's whole box in a
// random order (docs/secret-ballots.md), so casting gets slower as the box fills. This casts
// 1,000 ballots one after another on a PostgreSQL server (BENCH_DATABASE_URL, in a database made
// for the run and dropped after) and prints the time of a cast as the box grows, as a ratio to
// the first, then the time to close and count. Progress goes to stderr, the figures to stdout.
import { performance } from 'node:perf_hooks';
import { createCentre } from '../src/lib/server/centres/centres.service';
import { callAssembly, putProposal } from '../src/lib/server/governance/assemblies';
import {
	castOnline,
	closeVote,
	createQuestionVote,
	openVote
} from '../src/lib/server/governance/ballots';
import { actorAt, createPerson, type Actor } from '../src/lib/server/identity/identity.service';
import { acceptMembership } from '../src/lib/server/membership/mutual';
import { setLogLevel } from '../src/lib/server/platform/logger';
import type { Platform } from '../src/lib/server/platform/runtime';
import { ADMIN_URL, benchDatabaseName, progress, withBenchPlatform } from './support/bench-kit';

const VOTERS = 1000;
const REPORT_AT = [1, 10, 100, 250, 500, 750, 1000];
const CHOICES = ['yes', 'no', 'abstain'] as const;

setLogLevel('warn');

async function run(platform: Platform): Promise<void> {
	const { db } = platform;
	const now = new Date();
	const centre = await createCentre(db, {
		name: 'Ballot bench centre',
		address: '',
		directions: '',
		timeZone: 'Europe/London',
		defaultLocale: 'en',
		locales: ['en']
	});
	progress(`making ${VOTERS} members…`);
	const members: Actor[] = [];
	for (let index = 0; index <= VOTERS; index++) {
		const id = await createPerson(db, centre.id, {
			chosenName: `Bench member ${index}`,
			passphraseHash: 'not used',
			roles: index === 0 ? ['member', 'coordinator'] : ['member'],
			languages: []
		});
		const actor = (await actorAt(db, id, centre.id)) as Actor;
		await acceptMembership(db, actor, now);
		members.push(actor);
	}
	const [coordinator, ...voters] = members as [Actor, ...Actor[]];
	const assemblyId = await callAssembly(
		db,
		coordinator,
		{
			title: 'Bench assembly',
			agenda: '',
			place: '',
			startsAt: now,
			endsAt: new Date(now.getTime() + 3_600_000),
			quorum: { kind: 'members', value: 0 }
		},
		now
	);
	const proposalId = await putProposal(db, coordinator, assemblyId, { title: 'T', body: 'B' }, now);
	const voteId = await createQuestionVote(db, coordinator, proposalId, now);
	const closesAt = new Date(now.getTime() + 86_400_000);
	await openVote(db, coordinator, voteId, closesAt, now);

	progress(`casting ${VOTERS} ballots one after another…`);
	const times: number[] = [];
	for (const [index, voter] of voters.entries()) {
		const started = performance.now();
		await castOnline(
			db,
			voter,
			voteId,
			{ choice: CHOICES[index % 3] as 'yes' },
			platform.secretKey,
			new Date()
		);
		times.push(performance.now() - started);
	}
	const startedClose = performance.now();
	await closeVote(db, coordinator, voteId, platform.secretKey, new Date());
	const closeMs = performance.now() - startedClose;

	// The mean of the ten casts around each size smooths one slow disk write.
	const around = (n: number) => {
		const slice = times.slice(Math.max(0, n - 5), Math.min(times.length, n + 5));
		return slice.reduce((sum, time) => sum + time, 0) / slice.length;
	};
	const first = around(1);
	process.stdout.write(`Casting a ballot on ${new URL(ADMIN_URL).host}, as the box grows:\n`);
	process.stdout.write('ballots in the box  ms per cast  ratio to the first\n');
	for (const n of REPORT_AT) {
		const ms = around(n);
		process.stdout.write(
			`${String(n).padStart(18)}  ${ms.toFixed(1).padStart(11)}  ${(ms / first).toFixed(1).padStart(18)}\n`
		);
	}
	const total = times.reduce((sum, time) => sum + time, 0);
	process.stdout.write(`all ${VOTERS} casts: ${(total / 1000).toFixed(1)} s\n`);
	process.stdout.write(`closing and counting ${VOTERS} ballots: ${closeMs.toFixed(0)} ms\n`);
}

async function main(): Promise<void> {
	const name = benchDatabaseName('ballots');
	try {
		progress(`migrating ${new URL(ADMIN_URL).host}/${name}…`);
		await withBenchPlatform('ballots', run);
	} finally {
		progress(`dropped database ${name}`);
	}
}

await main();
