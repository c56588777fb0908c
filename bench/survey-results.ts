// npm run bench:surveys: what a large community needs survey costs. One survey of four questions
// (single choice, multiple choice, a 5-point scale, free text) answered 10,000 times through the
// same function as the answer form, on a PostgreSQL server (BENCH_DATABASE_URL, in a database made
// for the run and dropped after). Figures: the time to store an answer, to count the results the
// coordinator sees (small groups hidden), and the nightly shuffle, during which answers wait.
// Progress goes to stderr, the figures to stdout.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createCentre } from '../src/lib/server/centres/centres.service';
import {
	answerSurvey,
	createSurvey,
	saveQuestion,
	setSurveyState,
	shuffleAnswers,
	surveyResults,
	surveyToAnswer
} from '../src/lib/server/governance/surveys';
import { createPerson, type Actor } from '../src/lib/server/identity/identity.service';
import { setLogLevel } from '../src/lib/server/platform/logger';
import { progress, summarise, withBenchPlatform } from './support/bench-kit';

const RESPONSES = 10_000;
const RESULT_RUNS = 20;

setLogLevel('warn');

async function main(): Promise<void> {
	await withBenchPlatform('surveys', async (platform, url) => {
		const { db, secretKey } = platform;
		const centre = await createCentre(db, {
			name: 'Bench centre',
			address: '',
			directions: '',
			timeZone: 'Europe/London',
			defaultLocale: 'pl',
			locales: ['pl', 'en']
		});
		const accountId = await createPerson(db, centre.id, {
			chosenName: 'Bench coordinator',
			passphraseHash: 'x',
			roles: ['member', 'coordinator'],
			languages: []
		});
		const coordinator: Actor = { accountId, centreId: centre.id, roles: ['member', 'coordinator'] };
		const now = new Date();
		const id = await createSurvey(
			db,
			coordinator,
			{ locales: ['pl'], texts: { pl: { title: 'Ankieta', introduction: '' } } },
			now
		);
		const text = (words: string) => ({ pl: { text: words, low: 'Źle', high: 'Dobrze' } });
		const labels = (count: number) =>
			Array.from({ length: count }, (_, index) => ({ pl: `Opcja ${index + 1}` }));
		for (const question of [
			{ kind: 'single' as const, points: 0, texts: text('Kiedy?'), optionLabels: labels(4) },
			{ kind: 'multiple' as const, points: 0, texts: text('Co?'), optionLabels: labels(8) },
			{ kind: 'scale' as const, points: 5, texts: text('Jak?'), optionLabels: [] },
			{ kind: 'text' as const, points: 0, texts: text('Coś jeszcze?'), optionLabels: [] }
		]) {
			await saveQuestion(db, coordinator, id, null, question);
		}
		await setSurveyState(db, coordinator, id, 'open');
		const survey = await surveyToAnswer(db, centre, id);
		const [single, multiple, scale, written] = survey.questions;
		if (!single || !multiple || !scale || !written) throw new Error('The survey was not built');

		progress(`answering ${RESPONSES} times…`);
		const answerTimes: number[] = [];
		for (let index = 0; index < RESPONSES; index += 1) {
			const values: Record<string, string | string[]> = {
				[`q-${single.id}`]: single.options[index % 4]?.id ?? '',
				[`q-${multiple.id}`]: multiple.options
					.filter((_, option) => (index >> option) % 3 === 0)
					.map((option) => option.id),
				[`q-${scale.id}`]: String((index % 5) + 1)
			};
			if (index % 3 === 0) values[`q-${written.id}`] = `Odpowiedź numer ${index}`;
			const start = performance.now();
			await answerSurvey(db, centre, id, values, index % 10 === 0 ? 'paper' : 'link', secretKey);
			answerTimes.push(performance.now() - start);
		}

		// As autovacuum would have done by the time anyone reads the results.
		await sql`analyze`.execute(db);
		progress(`counting the results ${RESULT_RUNS} times…`);
		const resultTimes: number[] = [];
		for (let run = 0; run < RESULT_RUNS; run += 1) {
			const start = performance.now();
			await surveyResults(db, coordinator, id, 'pl');
			resultTimes.push(performance.now() - start);
		}

		progress('shuffling…');
		const shuffleStart = performance.now();
		await shuffleAnswers(db);
		const shuffle = performance.now() - shuffleStart;

		const cpus = os.availableParallelism?.() ?? os.cpus().length;
		process.stdout.write(
			[
				`Hearth survey benchmark (Node ${process.version}, ${cpus} CPUs, ${url.host})`,
				`${RESPONSES} responses of 4 questions, each stored in its own transaction`,
				`store one answer: ${summarise(answerTimes)}`,
				`count the results (small groups hidden): ${summarise(resultTimes)}`,
				`nightly shuffle of all ${RESPONSES} responses: ${shuffle.toFixed(2)} ms`,
				''
			].join('\n')
		);
	});
}

await main();
