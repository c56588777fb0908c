import type { Generated } from 'kysely';

export const PARTNER_KINDS = ['union', 'community', 'council', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const CAMPAIGN_STATES = ['active', 'won', 'ended'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export const CAMPAIGN_TARGETS = ['employer', 'council', 'platform', 'other'] as const;
export type CampaignTarget = (typeof CAMPAIGN_TARGETS)[number];

export const ACTION_KINDS = ['meeting', 'demonstration', 'petition_delivery', 'training'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const PETITION_STATES = ['open', 'closed', 'delivered'] as const;
export type PetitionState = (typeof PETITION_STATES)[number];

/** The path of involvement, in order. A picture, never a score. */
export const LADDER_STEPS = ['came_for_help', 'took_part', 'spoke_up', 'leads'] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

/** Texts per language, e.g. {"pt": {"title": "…", "goal": "…", "story": "…"}}. */
export type CampaignTexts = Record<string, { title: string; goal: string; story: string }>;
export type ActionTexts = Record<string, { title: string; details: string }>;
export type PetitionTexts = Record<string, { title: string; body: string }>;

export interface PartnersTable {
	centre_id: string;
	id: string;
	name: string;
	kind: PartnerKind;
	contact: Generated<string>;
	created_at: Generated<Date>;
}

export interface CampaignsTable {
	centre_id: string;
	id: string;
	state: Generated<CampaignState>;
	locales: string[];
	texts: CampaignTexts;
	target_kind: CampaignTarget;
	target_name: string;
	employer_id: string | null;
	/** 'YYYY-MM-DD'. */
	started_on: string;
	created_by: string | null;
	created_at: Generated<Date>;
}

export interface CampaignLeadsTable {
	centre_id: string;
	campaign_id: string;
	account_id: string;
}

export interface CampaignSupportersTable {
	centre_id: string;
	campaign_id: string;
	account_id: string;
	joined_at: Generated<Date>;
}

export interface CampaignEventsTable {
	centre_id: string;
	id: string;
	campaign_id: string;
	/** 'YYYY-MM-DD'. */
	happened_on: string;
	note: string;
	created_by: string | null;
	created_at: Generated<Date>;
}

export interface CampaignCollectiveCasesTable {
	centre_id: string;
	campaign_id: string;
	collective_case_id: string;
}

export interface CampaignSurveysTable {
	centre_id: string;
	campaign_id: string;
	survey_id: string;
}

export interface CampaignPartnersTable {
	centre_id: string;
	campaign_id: string;
	partner_id: string;
}

export interface ActionsTable {
	centre_id: string;
	id: string;
	campaign_id: string | null;
	kind: ActionKind;
	state: Generated<'planned' | 'cancelled'>;
	locales: string[];
	texts: ActionTexts;
	starts_at: Date;
	ends_at: Date;
	place: string;
	meeting_point: Generated<string>;
	capacity: number | null;
	unnamed_count: Generated<number>;
	created_by: string | null;
	created_at: Generated<Date>;
}

export interface ActionSignUpsTable {
	centre_id: string;
	action_id: string;
	account_id: string;
	signed_up_at: Generated<Date>;
	attended: Generated<boolean>;
}

export interface PetitionsTable {
	centre_id: string;
	id: string;
	campaign_id: string | null;
	state: Generated<PetitionState>;
	locales: string[];
	texts: PetitionTexts;
	target: string;
	signature_count: Generated<number>;
	created_by: string | null;
	created_at: Generated<Date>;
	delivered_at: Date | null;
}

export interface PetitionSignaturesTable {
	centre_id: string;
	id: string;
	petition_id: string;
	shown_name: string | null;
	shown_area: string | null;
	contact_sealed: string | null;
	duplicate_key: Buffer;
	/** 'YYYY-MM-DD'. */
	signed_on: string;
}

export interface PetitionAddressCountsTable {
	centre_id: string;
	petition_id: string;
	address_key: Buffer;
	/** 'YYYY-MM-DD'. */
	day: string;
	count: Generated<number>;
}

export interface OneToOnesTable {
	centre_id: string;
	id: string;
	account_id: string;
	organiser_id: string | null;
	/** 'YYYY-MM-DD'. */
	held_on: string;
	issues_sealed: string;
	interest_sealed: string;
	next_step_sealed: string;
	created_at: Generated<Date>;
}

export interface LadderStepsTable {
	centre_id: string;
	account_id: string;
	step: LadderStep;
	/** 'YYYY-MM-DD'. */
	reached_on: string;
	recorded_by: string | null;
}

export interface OrganisingTables {
	partners: PartnersTable;
	campaigns: CampaignsTable;
	campaign_leads: CampaignLeadsTable;
	campaign_supporters: CampaignSupportersTable;
	campaign_events: CampaignEventsTable;
	campaign_collective_cases: CampaignCollectiveCasesTable;
	campaign_surveys: CampaignSurveysTable;
	campaign_partners: CampaignPartnersTable;
	actions: ActionsTable;
	action_sign_ups: ActionSignUpsTable;
	petitions: PetitionsTable;
	petition_signatures: PetitionSignaturesTable;
	petition_address_counts: PetitionAddressCountsTable;
	one_to_ones: OneToOnesTable;
	ladder_steps: LadderStepsTable;
}
