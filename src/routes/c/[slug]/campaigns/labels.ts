import type { MessageKey } from '$lib/i18n/messages/en';
import type {
	CampaignState,
	CampaignTarget,
	PartnerKind
} from '$lib/server/organising/organising.tables';

export const STATE_KEYS: Record<CampaignState, MessageKey> = {
	active: 'campaigns.stateActive',
	won: 'campaigns.stateWon',
	ended: 'campaigns.stateEnded'
};

export const TARGET_KEYS: Record<CampaignTarget, MessageKey> = {
	employer: 'campaigns.targetEmployer',
	council: 'campaigns.targetCouncil',
	platform: 'campaigns.targetPlatform',
	other: 'campaigns.targetOther'
};

export const PARTNER_KIND_KEYS: Record<PartnerKind, MessageKey> = {
	union: 'partners.kindUnion',
	community: 'partners.kindCommunity',
	council: 'partners.kindCouncil',
	other: 'partners.kindOther'
};

export const PARTNER_KIND_OPTIONS = Object.keys(PARTNER_KIND_KEYS) as PartnerKind[];
export const TARGET_OPTIONS = Object.keys(TARGET_KEYS) as CampaignTarget[];
export const STATE_OPTIONS = Object.keys(STATE_KEYS) as CampaignState[];
