import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ precompress: true }),
		// Hearth sends Referrer-Policy: no-referrer, under which Chromium posts forms with
		// `Origin: null`; SvelteKit's own origin check would refuse them. The check in
		// src/lib/server/csrf.ts uses Fetch Metadata first and the Origin header second instead.
		csrf: { checkOrigin: false },
		version: { pollInterval: 0 },
		typescript: {
			// Type-check the command scripts and benchmarks with the app.
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../bench/**/*.ts');
			}
		}
	}
};

export default config;
