import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit({
			compilerOptions: {
				runes: ({ filename }) =>
					filename.split(/[/\\]/).includes('node_modules') ? undefined : true
			},
			adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true })
		}),
		SvelteKitPWA({
			registerType: 'autoUpdate',
			injectRegister: false,
			manifest: {
				name: 'Duiyi 对译',
				short_name: 'Duiyi',
				description: 'Chinese–English translation workbench',
				start_url: '/',
				display: 'standalone',
				background_color: '#fbfaf7',
				theme_color: '#8c2f1b',
				icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }]
			},
			kit: { adapterFallback: 'index.html', spa: true },
			workbox: {
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,webmanifest,woff,woff2,txt,csv,json}'],
				maximumFileSizeToCacheInBytes: 12 * 1024 * 1024
			}
		})
	],
	worker: { format: 'es' },
	build: { chunkSizeWarningLimit: 4000, rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['fake-indexeddb/auto'],
		testTimeout: 30_000
	}
});
