import type { Locale } from '../../i18n/locales';
import type { CampaignTexts } from './organising.tables';

export interface CampaignText {
	/** The language the texts are in: the reader's when the campaign has it, else its main one. */
	locale: string;
	title: string;
	goal: string;
	story: string;
}

/**
 * A campaign's texts in the reader's language, each one falling back to the main language where
 * that language left it empty.
 */
export function textsIn(
	campaign: { texts: CampaignTexts; locales: string[] },
	wanted: Locale
): CampaignText {
	const main = campaign.locales[0] ?? wanted;
	// A language ticked but not yet written in reads as the main one.
	const locale = campaign.locales.includes(wanted) && campaign.texts[wanted]?.title ? wanted : main;
	const own = campaign.texts[locale];
	const fallback = campaign.texts[main];
	return {
		locale,
		title: own?.title || fallback?.title || '',
		goal: own?.goal || fallback?.goal || '',
		story: own?.story || fallback?.story || ''
	};
}
