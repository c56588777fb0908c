import { redirect } from '@sveltejs/kit';
import { localeNames, locales } from '$lib/i18n/locales';
import { invalid } from '$lib/server/forms';
import { expose, requireActor, requireCentre } from '$lib/server/http';
import { CHANNELS, TOPICS, type Channel } from '$lib/server/messages/messages.tables';
import { ownSettings, saveSettings, type MemberSettings } from '$lib/server/messages/settings';
import { AREA_MAX, parseSettings } from '$lib/server/messages/settings.schemas';
import type { Config } from '$lib/server/platform/config';
import { getPlatform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

const ANYONE = ['member', 'adviser', 'organiser', 'coordinator'] as const;

/**
 * Email and text messages are offered only when this Hearth can send them; someone who already
 * gave an address keeps seeing it, so that they can remove it.
 */
function offeredChannels(config: Config, settings: MemberSettings): Channel[] {
	return CHANNELS.filter(
		(channel) =>
			(channel !== 'email' || !!config.smtpUrl || settings.email !== null) &&
			(channel !== 'sms' || !!config.smsGatewayUrl || settings.phone !== null)
	);
}

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event, ...ANYONE);
	const centre = requireCentre(event);
	const { db, secretKey, config } = getPlatform();
	const settings = await expose(ownSettings(db, actor, secretKey));
	return {
		slug: centre.slug,
		languages: locales.map((locale) => ({ value: locale, label: localeNames[locale] })),
		channels: offeredChannels(config, settings),
		topics: TOPICS,
		areaMax: AREA_MAX,
		saved: event.url.searchParams.has('saved'),
		values: {
			language: settings.language,
			channels: [
				...(settings.inboxOn ? ['inbox'] : []),
				...(settings.emailOn ? ['email'] : []),
				...(settings.smsOn ? ['sms'] : []),
				...(settings.printOn ? ['print'] : [])
			],
			email: settings.email ?? '',
			phone: settings.phone ?? '',
			topics: settings.topics,
			quietFrom: settings.quietFrom ?? '',
			quietUntil: settings.quietUntil ?? '',
			area: settings.area
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event, ...ANYONE);
		const centre = requireCentre(event);
		const { db, secretKey, config } = getPlatform();
		const form = parseSettings(await event.request.formData());
		if (!form.ok) return invalid(form.values, form.errors);
		const current = await expose(ownSettings(db, actor, secretKey));
		const offered = offeredChannels(config, current);
		// A channel the page did not show (this Hearth cannot send it) stays off and empty.
		const input = { ...form.data };
		if (!offered.includes('email')) Object.assign(input, { email: null, emailOn: false });
		if (!offered.includes('sms')) Object.assign(input, { phone: null, smsOn: false });
		await expose(saveSettings(db, actor, input, secretKey));
		redirect(303, `/c/${centre.slug}/messages/settings?saved`);
	}
};
