import type { Generated } from 'kysely';

export type GuideTopic = 'work' | 'care' | 'home' | 'stopped' | 'other';

/** One row per centre once its library has been given the starter set. */
export interface GuideLibrariesTable {
	centre_id: string;
	started_at: Generated<Date>;
}

export interface GuidesTable {
	centre_id: string;
	id: string;
	slug: string;
	topic: GuideTopic;
	position: Generated<number>;
	created_at: Generated<Date>;
}

/** A guide in one language: a Markdown-subset body, its dates, and where it was translated from. */
export interface GuideTextsTable {
	centre_id: string;
	guide_id: string;
	locale: string;
	title: string;
	body: string;
	/** 'YYYY-MM-DD': calendar dates come back as text. */
	written_on: string;
	review_by: string;
	translated_from: string | null;
	updated_at: Generated<Date>;
}

export interface GuidesTables {
	guide_libraries: GuideLibrariesTable;
	guides: GuidesTable;
	guide_texts: GuideTextsTable;
}
