import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const DEXIE = { group: ['dexie', 'dexie/*'], message: 'only src/lib/db touches Dexie' };
const DOMAIN_PURE = [
	{ group: ['svelte', 'svelte/*', '$app/*', 'i18next'], message: 'domain/ stays pure' },
	{
		group: ['$lib/db/*', '$lib/state/*', '$lib/ui/*', '$lib/i18n/*', '$lib/workers/*'],
		message: 'domain/ stays pure'
	},
	{
		group: ['**/db/*', '**/state/*', '**/ui/*', '**/i18n/*', '**/workers/*'],
		message: 'domain/ stays pure'
	},
	{
		group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process'],
		message: 'domain/ runs in the browser too'
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'dist/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'corpus/',
			'static/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'no-empty': ['error', { allowEmptyCatch: false }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'svelte/no-at-html-tags': 'error',
			// State classes keep private, deliberately non-reactive caches and timers in plain Maps.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser
			}
		}
	},
	{
		// Only db/ touches Dexie.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/db/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [DEXIE] }] }
	},
	{
		// The domain is pure: no framework, storage, DOM-library, i18n or Node imports. Flat config
		// keeps only the last 'no-restricted-imports' that matches a file, so this block repeats the
		// Dexie pattern above and must stay after it.
		files: ['src/lib/domain/**/*.ts'],
		ignores: ['src/lib/domain/**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [DEXIE, ...DOMAIN_PURE] }] }
	}
);
