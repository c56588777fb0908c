import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		maxWorkers: 2,
		globalSetup: ['tests/support/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 120_000,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] }
			},
			{
				extends: true,
				test: {
					name: 'journeys',
					include: ['tests/**/*.test.ts'],
					testTimeout: 120_000
				}
			}
		]
	}
});
