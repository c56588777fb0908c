import { error, redirect } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/messages/en';
import { formEntries, invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import {
	addLead,
	addTimelineEntry,
	campaignChoices,
	campaignForOrganisers,
	link,
	removeLead,
	removeTimelineEntry,
	unlink,
	type LinkKind,
	type ManagedCampaign
} from '$lib/server/organising/campaigns';
import { parseEventForm, pickedId } from '$lib/server/organising/campaigns.schemas';
import { RuleError } from '$lib/server/platform/errors';
import { isUuid } from '$lib/server/platform/ids';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

const ORGANISERS = ['organiser', 'coordinator'] as const;
const LINK_KINDS: readonly LinkKind[] = ['case', 'survey', 'partner'];
type Removable = 'entry' | 'lead' | LinkKind;
const REMOVABLE: readonly Removable[] = ['entry', 'lead', ...LINK_KINDS];

function campaignId(id: string): string {
	if (!isUuid(id)) error(404, 'errors.notFound');
	return id;
}

/** The words that name what is about to be removed, or null when it is not on the campaign. */
function removalLabel(campaign: ManagedCampaign, what: Removable, id: string): string | null {
	const found = {
		entry: () => campaign.timeline.find((entry) => entry.id === id)?.note,
		lead: () => campaign.leads.find((lead) => lead.accountId === id)?.chosenName,
		case: () => campaign.cases.find((row) => row.id === id)?.title,
		survey: () => campaign.surveys.find((row) => row.id === id)?.title,
		partner: () => campaign.partners.find((row) => row.id === id)?.name
	}[what]();
	return found ?? null;
}

function removal(url: URL, campaign: ManagedCampaign) {
	const [what, id] = (url.searchParams.get('remove') ?? '').split(':');
	if (!REMOVABLE.includes(what as Removable) || !isUuid(id)) return null;
	const label = removalLabel(campaign, what as Removable, id);
	return label === null ? null : { what: what as Removable, id, label };
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ORGANISERS);
	const centre = requireCentre(event);
	const { db } = getPlatform();
	const locale = event.locals.locale;
	const campaign = await expose(
		campaignForOrganisers(db, actor, campaignId(event.params.id), locale)
	);
	const personQuery = (event.url.searchParams.get('person') ?? '').slice(0, 100);
	const choices = await expose(campaignChoices(db, actor, personQuery, locale));
	const leading = new Set(campaign.leads.map((lead) => lead.accountId));
	const linked = new Set([
		...campaign.cases.map((row) => row.id),
		...campaign.surveys.map((row) => row.id),
		...campaign.partners.map((row) => row.id)
	]);
	return {
		slug: centre.slug,
		campaign,
		personQuery,
		choices: {
			people: choices.people.filter((person) => !leading.has(person.accountId)),
			cases: choices.cases.filter((row) => !linked.has(row.id)),
			surveys: choices.surveys.filter((row) => !linked.has(row.id)),
			partners: choices.partners.filter((row) => !linked.has(row.id))
		},
		removing: removal(event.url, campaign),
		done: event.url.searchParams.get('done') ?? (event.url.searchParams.has('saved') ? 'saved' : '')
	};
};

function back(slug: string, id: string, done: string): never {
	redirect(303, `/c/${slug}/manage/campaigns/${id}?done=${done}`);
}

export const actions: Actions = {
	addEntry: async (event) => {
		const actor = requireActor(event, ...ORGANISERS);
		const centre = requireCentre(event);
		const id = campaignId(event.params.id);
		const form = parseEventForm(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		await expose(addTimelineEntry(getPlatform().db, actor, id, form.data));
		back(centre.slug, id, 'entry');
	},
	addLead: async (event) => {
		const actor = requireActor(event, ...ORGANISERS);
		const centre = requireCentre(event);
		const id = campaignId(event.params.id);
		const data = await event.request.formData();
		const accountId = pickedId(data, 'accountId');
		if (!accountId) return invalid(formEntries(data), { accountId: 'campaigns.personRequired' });
		try {
			await expose(addLead(getPlatform().db, actor, id, accountId));
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			return invalid(formEntries(data), { accountId: thrown.code as MessageKey });
		}
		back(centre.slug, id, 'lead');
	},
	link: async (event) => {
		const actor = requireActor(event, ...ORGANISERS);
		const centre = requireCentre(event);
		const id = campaignId(event.params.id);
		const data = await event.request.formData();
		const kind = data.get('kind');
		if (!LINK_KINDS.includes(kind as LinkKind)) error(400, 'errors.notAllowed');
		const field = `${kind as LinkKind}Id`;
		const targetId = pickedId(data, field);
		if (!targetId) return invalid(formEntries(data), { [field]: 'campaigns.linkRequired' });
		try {
			await expose(link(getPlatform().db, actor, id, kind as LinkKind, targetId));
		} catch (thrown) {
			if (!(thrown instanceof RuleError)) throw thrown;
			return invalid(formEntries(data), { [field]: thrown.code as MessageKey });
		}
		back(centre.slug, id, 'linked');
	},
	remove: async (event) => {
		const actor = requireActor(event, ...ORGANISERS);
		const centre = requireCentre(event);
		const id = campaignId(event.params.id);
		const data = await event.request.formData();
		const what = data.get('what') as Removable;
		const targetId = pickedId(data, 'targetId');
		if (!REMOVABLE.includes(what) || !targetId) error(404, 'errors.notFound');
		const { db } = getPlatform();
		if (what === 'entry') await expose(removeTimelineEntry(db, actor, id, targetId));
		else if (what === 'lead') await expose(removeLead(db, actor, id, targetId));
		else await expose(unlink(db, actor, id, what, targetId));
		back(centre.slug, id, 'removed');
	}
};
