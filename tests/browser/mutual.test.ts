import { expect, it } from 'vitest';
import { submit, visit } from '../support/browser';
import {
	DEMO_COORDINATOR,
	DEMO_PASSPHRASE,
	describeJourney,
	heading,
	signIn,
	signOut
} from '../support/journeys';

describeJourney('the mutual', { HEARTH_DEMO: '1' }, (journey, javaScript) => {
	const name = javaScript ? 'Oksana with script' : 'Oksana without script';

	it('a newcomer is offered membership in plain words, accepts, can leave at once and join again', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await visit(browsing, `${hearth.url}/c/demo/join`);
		await page.getByLabel('Chosen name').fill(name);
		await page.getByLabel('Choose a passphrase').fill('kettle on the night bus');
		await page.getByLabel('Type the passphrase again').fill('kettle on the night bus');
		await submit(browsing, () => page.getByRole('button', { name: 'Join' }).click());

		expect(new URL(page.url()).pathname).toBe('/c/demo/mutual/offer');
		expect(await heading(browsing)).toBe('Would you like to be a member?');
		const offer = (await page.locator('main').textContent()) ?? '';
		expect(offer).toContain('it costs nothing, now or later');
		expect(offer).toContain('it asks nothing of you');
		expect(offer).toContain('you have a vote');
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Yes, make me a member' }).click()
		);

		expect(new URL(page.url()).pathname).toBe('/c/demo/mutual');
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'You are a member of the mutual. Welcome.'
		);
		const mutual = (await page.locator('main').textContent()) ?? '';
		expect(mutual).toContain('The mutual has 8 members.');
		expect(mutual).toContain('Elected officers');
		expect(mutual).toContain('Board of the mutual');

		// Leaving is one button, honoured at once; joining again is as easy.
		await submit(browsing, () => page.getByRole('button', { name: 'Leave the mutual' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'You have left the mutual.'
		);
		await expect(page.locator('main').textContent()).resolves.toContain(
			'The mutual has 7 members.'
		);
		await submit(browsing, () =>
			page.getByRole('button', { name: 'Yes, make me a member' }).click()
		);
		await expect(page.locator('main').textContent()).resolves.toContain(
			'The mutual has 8 members.'
		);
		await signOut(browsing, hearth.url);

		// The coordinator sees both spells on the register, with their dates.
		await signIn(browsing, hearth.url, DEMO_COORDINATOR, DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/manage`);
		await submit(browsing, () => page.getByRole('link', { name: 'Register of members' }).click());
		expect(await heading(browsing)).toBe('Register of members');
		const rows = page.getByRole('row').filter({ hasText: name });
		await expect(rows.count()).resolves.toBe(2);
		await expect(rows.filter({ hasText: 'Still a member' }).count()).resolves.toBe(1);
		await signOut(browsing, hearth.url);

		// A visitor sees how many members there are, and no one's name.
		await visit(browsing, `${hearth.url}/c/demo/mutual`);
		const publicPage = (await page.locator('main').textContent()) ?? '';
		expect(publicPage).toContain('The mutual has 8 members.');
		expect(publicPage).not.toContain('Amira (demo)');
	});

	it('someone who says "not now" is not asked again at every visit', async () => {
		const { hearth, browsing } = journey();
		const { page } = browsing;
		await signIn(browsing, hearth.url, 'Yusuf (demo)', DEMO_PASSPHRASE);
		await visit(browsing, `${hearth.url}/c/demo/mutual`);
		await submit(browsing, () => page.getByRole('button', { name: 'Not now' }).click());
		await expect(page.getByRole('status').textContent()).resolves.toContain('That is fine.');
		await visit(browsing, `${hearth.url}/c/demo/mutual`);
		await expect(page.getByRole('button', { name: 'Not now' }).count()).resolves.toBe(0);
		await expect(page.locator('main').textContent()).resolves.toContain('You are not a member');
		await signOut(browsing, hearth.url);
	});
});
