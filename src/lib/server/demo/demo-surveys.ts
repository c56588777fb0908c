import type { Kysely } from 'kysely';
import type { Centre } from '../centres/centres.service';
import { answerSurvey } from '../governance/surveys';
import type { QuestionKind } from '../governance/surveys.tables';
import { uuidv7 } from '../platform/ids';
import { getPlatform, hasPlatform } from '../platform/runtime';
import type { Database, Db } from '../schema';

type Words = Record<'en' | 'es' | 'pl' | 'ro' | 'pt' | 'ar', string>;

interface DemoQuestion {
	kind: QuestionKind;
	text: Words;
	options?: Words[];
	low?: Words;
	high?: Words;
	/** What each of the demo's responses answered: option numbers from 1, or nothing. */
	answers: (number[] | null)[];
}

const TITLE: Words = {
	en: 'What should the centre do next?',
	es: '¿Qué debería hacer el centro ahora?',
	pl: 'Co centrum powinno zrobić dalej?',
	ro: 'Ce ar trebui să facă centrul mai departe?',
	pt: 'O que deve o centro fazer a seguir?',
	ar: 'ماذا يجب أن يفعل المركز بعد ذلك؟'
};

const INTRODUCTION: Words = {
	en: 'We are planning the next six months. Tell us what would help you; the members’ assembly will see the results in January.',
	es: 'Estamos planificando los próximos seis meses. Dinos qué te ayudaría; la asamblea de socios verá los resultados en enero.',
	pl: 'Planujemy kolejne sześć miesięcy. Powiedz nam, co by ci pomogło; zgromadzenie członków zobaczy wyniki w styczniu.',
	ro: 'Planificăm următoarele șase luni. Spune-ne ce te-ar ajuta; adunarea membrilor va vedea rezultatele în ianuarie.',
	pt: 'Estamos a planear os próximos seis meses. Diga-nos o que o ajudaria; a assembleia de sócios verá os resultados em janeiro.',
	ar: 'نخطط للأشهر الستة القادمة. أخبرنا بما يساعدك؛ وستطّلع جمعية الأعضاء على النتائج في يناير.'
};

/** Answers for 23 people: `spread([4, 7])` gives four 1s then seven 2s. */
const spread = (counts: number[]): number[][] =>
	counts.flatMap((count, index) => Array.from({ length: count }, () => [index + 1]));

const QUESTIONS: DemoQuestion[] = [
	{
		kind: 'single',
		text: {
			en: 'When can you come to the centre?',
			es: '¿Cuándo puedes venir al centro?',
			pl: 'Kiedy możesz przychodzić do centrum?',
			ro: 'Când poți veni la centru?',
			pt: 'Quando pode vir ao centro?',
			ar: 'متى يمكنك المجيء إلى المركز؟'
		},
		options: [
			{
				en: 'Weekdays, in the day',
				es: 'Entre semana, de día',
				pl: 'W dni powszednie, w dzień',
				ro: 'În zilele lucrătoare, ziua',
				pt: 'Dias úteis, de dia',
				ar: 'أيام الأسبوع نهارًا'
			},
			{
				en: 'Weekday evenings',
				es: 'Entre semana, por la tarde',
				pl: 'W dni powszednie, wieczorem',
				ro: 'În zilele lucrătoare, seara',
				pt: 'Dias úteis, ao fim da tarde',
				ar: 'أيام الأسبوع مساءً'
			},
			{ en: 'At night', es: 'De noche', pl: 'W nocy', ro: 'Noaptea', pt: 'À noite', ar: 'ليلًا' },
			{
				en: 'At weekends',
				es: 'Los fines de semana',
				pl: 'W weekendy',
				ro: 'În weekend',
				pt: 'Aos fins de semana',
				ar: 'في عطلة نهاية الأسبوع'
			}
		],
		answers: [...spread([4, 7, 9, 2]), null]
	},
	{
		kind: 'multiple',
		text: {
			en: 'What would you use if the centre offered it?',
			es: '¿Qué usarías si el centro lo ofreciera?',
			pl: 'Z czego korzystałbyś lub korzystałabyś, gdyby centrum to oferowało?',
			ro: 'Ce ai folosi dacă centrul ar oferi?',
			pt: 'O que usaria se o centro o oferecesse?',
			ar: 'ما الذي ستستخدمه لو قدّمه المركز؟'
		},
		options: [
			{
				en: 'English classes',
				es: 'Clases de inglés',
				pl: 'Lekcje angielskiego',
				ro: 'Cursuri de engleză',
				pt: 'Aulas de inglês',
				ar: 'دروس اللغة الإنجليزية'
			},
			{
				en: 'Help getting unpaid wages',
				es: 'Ayuda para cobrar salarios impagados',
				pl: 'Pomoc w odzyskaniu niewypłaconej pensji',
				ro: 'Ajutor pentru salariile neplătite',
				pt: 'Ajuda para receber salários em atraso',
				ar: 'مساعدة في تحصيل الأجور غير المدفوعة'
			},
			{
				en: 'Childcare',
				es: 'Cuidado infantil',
				pl: 'Opieka nad dziećmi',
				ro: 'Îngrijirea copiilor',
				pt: 'Cuidado infantil',
				ar: 'رعاية الأطفال'
			},
			{
				en: 'A quiet place to rest',
				es: 'Un lugar tranquilo para descansar',
				pl: 'Ciche miejsce do odpoczynku',
				ro: 'Un loc liniștit de odihnă',
				pt: 'Um lugar calmo para descansar',
				ar: 'مكان هادئ للراحة'
			},
			{
				en: 'Legal advice',
				es: 'Asesoría legal',
				pl: 'Porady prawne',
				ro: 'Consiliere juridică',
				pt: 'Aconselhamento jurídico',
				ar: 'استشارة قانونية'
			}
		],
		answers: Array.from({ length: 23 }, (_, index) =>
			[
				index < 14 ? 1 : 0,
				index % 2 === 0 ? 2 : 0,
				index % 8 === 3 ? 3 : 0,
				index >= 12 && index < 21 ? 4 : 0,
				index % 4 === 1 ? 5 : 0
			].filter(Boolean)
		)
	},
	{
		kind: 'scale',
		text: {
			en: 'How welcome do you feel at the centre?',
			es: '¿Cuánto te sientes bienvenido o bienvenida en el centro?',
			pl: 'Na ile czujesz się mile widziany lub widziana w centrum?',
			ro: 'Cât de binevenit te simți la centru?',
			pt: 'Quão bem-vindo se sente no centro?',
			ar: 'إلى أي حد تشعر بالترحيب في المركز؟'
		},
		low: { en: 'Not at all', es: 'Nada', pl: 'Wcale', ro: 'Deloc', pt: 'Nada', ar: 'إطلاقًا' },
		high: {
			en: 'Very welcome',
			es: 'Muy bienvenido',
			pl: 'Bardzo',
			ro: 'Foarte binevenit',
			pt: 'Muito bem-vindo',
			ar: 'مرحَّب بي جدًا'
		},
		answers: spread([0, 2, 5, 7, 9])
	},
	{
		kind: 'text',
		text: {
			en: 'Is there anything else you want the centre to know?',
			es: '¿Hay algo más que quieras que sepa el centro?',
			pl: 'Czy jest coś jeszcze, o czym centrum powinno wiedzieć?',
			ro: 'Mai e ceva ce vrei să știe centrul?',
			pt: 'Há mais alguma coisa que queira que o centro saiba?',
			ar: 'هل هناك شيء آخر تريد أن يعرفه المركز؟'
		},
		answers: []
	}
];

const WRITTEN = [
	'Please open on Sunday afternoons too, that is the only time I am free.',
	'Más clases de inglés por la noche, después del trabajo.',
	'Potrzebujemy pomocy z umowami, agencja nie płaci za nadgodziny.',
	'A place to charge phones and bikes at night would help the riders a lot.',
	'Obrigada pela sopa às sextas. Seria bom ter também apoio com a renda.',
	'دروس لتعلّم قيادة الدراجة بأمان في المدينة.'
];

const LOCALES = ['en', 'es', 'pl', 'ro', 'pt', 'ar'] as const;
const RESPONSES = 23;
const ON_PAPER = 5;

/**
 * The demo's community needs survey, open, in all six of the demo centre's languages, with 23
 * answers (five typed in from paper) so that its charts show and some small groups are hidden.
 */
export async function seedDemoSurveys(db: Db, centre: Centre, now: Date): Promise<void> {
	const surveyId = uuidv7(now.getTime());
	await db
		.insertInto('surveys')
		.values({
			centre_id: centre.id,
			id: surveyId,
			state: 'open',
			locales: [...LOCALES],
			texts: JSON.stringify(
				Object.fromEntries(
					LOCALES.map((locale) => [
						locale,
						{ title: TITLE[locale], introduction: INTRODUCTION[locale] }
					])
				)
			),
			created_at: now
		})
		.execute();
	const made: { id: string; kind: QuestionKind; options: string[] }[] = [];
	for (const [index, question] of QUESTIONS.entries()) {
		const id = uuidv7();
		await db
			.insertInto('survey_questions')
			.values({
				centre_id: centre.id,
				survey_id: surveyId,
				id,
				position: index + 1,
				kind: question.kind,
				texts: JSON.stringify(
					Object.fromEntries(
						LOCALES.map((locale) => [
							locale,
							{
								text: question.text[locale],
								low: question.low?.[locale] ?? '',
								high: question.high?.[locale] ?? ''
							}
						])
					)
				)
			})
			.execute();
		const labels: Record<string, string>[] =
			question.kind === 'scale'
				? Array.from({ length: 5 }, () => ({}))
				: (question.options ?? []).map((option) => ({ ...option }));
		const options = labels.map(() => uuidv7());
		if (options.length > 0) {
			await db
				.insertInto('survey_options')
				.values(
					options.map((optionId, position) => ({
						centre_id: centre.id,
						survey_id: surveyId,
						question_id: id,
						id: optionId,
						position: position + 1,
						labels: JSON.stringify(labels[position])
					}))
				)
				.execute();
		}
		made.push({ id, kind: question.kind, options });
	}
	// Written answers are sealed with the running Hearth's key; seeded without one, there are none.
	const key = hasPlatform() ? getPlatform().secretKey : null;
	for (let response = 0; response < RESPONSES; response += 1) {
		const values: Record<string, string | string[]> = {};
		for (const [index, question] of QUESTIONS.entries()) {
			const { id, kind, options } = made[index] as (typeof made)[number];
			if (kind === 'text') {
				const words = WRITTEN[response];
				if (key && words) values[`q-${id}`] = words;
				continue;
			}
			const chosen = question.answers[response];
			if (!chosen || chosen.length === 0) continue;
			values[`q-${id}`] =
				kind === 'scale'
					? String(chosen[0])
					: chosen.map((number) => options[number - 1] as string);
		}
		await answerSurvey(
			db as Kysely<Database>,
			centre,
			surveyId,
			values,
			response < ON_PAPER ? 'paper' : 'link',
			// Without a key no written answer is given, so nothing is sealed with this one.
			key ?? Buffer.alloc(32)
		);
	}
}
