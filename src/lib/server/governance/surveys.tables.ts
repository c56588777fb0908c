import type { Generated, JSONColumnType } from 'kysely';

export type SurveyState = 'draft' | 'open' | 'closed';
export type QuestionKind = 'single' | 'multiple' | 'scale' | 'text';

/** A survey's title and introduction in one language. */
export interface SurveyText {
	title: string;
	introduction: string;
}

/** A question in one language; `low` and `high` name the ends of a scale. */
export interface QuestionText {
	text: string;
	low: string;
	high: string;
}

export interface SurveysTable {
	centre_id: string;
	id: string;
	state: Generated<SurveyState>;
	locales: string[];
	texts: JSONColumnType<Record<string, SurveyText>, string, string>;
	link_count: Generated<number>;
	paper_count: Generated<number>;
	unshuffled: Generated<boolean>;
	created_at: Generated<Date>;
}

export interface SurveyQuestionsTable {
	centre_id: string;
	survey_id: string;
	id: string;
	position: number;
	kind: QuestionKind;
	texts: JSONColumnType<Record<string, QuestionText>, string, string>;
}

export interface SurveyOptionsTable {
	centre_id: string;
	survey_id: string;
	question_id: string;
	id: string;
	position: number;
	labels: JSONColumnType<Record<string, string>, string, string>;
}

/** A response: a random identifier, and nothing about who gave it or when. */
export interface SurveyResponsesTable {
	centre_id: string;
	survey_id: string;
	id: string;
}

export interface SurveyChosenOptionsTable {
	centre_id: string;
	survey_id: string;
	response_id: string;
	question_id: string;
	option_id: string;
}

export interface SurveyWrittenAnswersTable {
	centre_id: string;
	survey_id: string;
	response_id: string;
	question_id: string;
	/** Sealed with the centre's key. */
	answer: string;
}

export interface SurveysTables {
	surveys: SurveysTable;
	survey_questions: SurveyQuestionsTable;
	survey_options: SurveyOptionsTable;
	survey_responses: SurveyResponsesTable;
	survey_chosen_options: SurveyChosenOptionsTable;
	survey_written_answers: SurveyWrittenAnswersTable;
}
