/**
 * The lint rule that keeps src/lib/domain pure must be on: a domain file importing a framework,
 * storage, i18n or Node module is an error, and other files keep only the Dexie rule.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restricted(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('domain purity lint rule', () => {
	it.each([
		["import { writable } from 'svelte/store';", 'domain/ stays pure'],
		["import i18next from 'i18next';", 'domain/ stays pure'],
		["import { readFileSync } from 'node:fs';", 'domain/ runs in the browser too'],
		["import { join } from 'path';", 'domain/ runs in the browser too'],
		["import Dexie from 'dexie';", 'only src/lib/db touches Dexie'],
		["import { db } from '$lib/db/schema';", 'domain/ stays pure'],
		["import { t } from '../../i18n/index.svelte';", 'domain/ stays pure']
	])('flags %s in a domain file', async (line, message) => {
		const errors = await restricted(
			'src/lib/domain/text/purity-probe.ts',
			`${line}\nexport { };\n`
		);
		expect(errors.join('\n')).toContain(message);
	});

	it('lets a domain file import another domain module and a pure library', async () => {
		const code =
			"import { splitItems } from '../text/items';\nimport Papa from 'papaparse';\nexport const x = [splitItems, Papa];\n";
		expect(await restricted('src/lib/domain/qa/purity-probe.ts', code)).toEqual([]);
	});

	it('keeps the Dexie rule outside the domain, and allows node: there', async () => {
		const code =
			"import Dexie from 'dexie';\nimport { readFileSync } from 'node:fs';\nexport const x = [Dexie, readFileSync];\n";
		expect(await restricted('src/lib/state/purity-probe.ts', code)).toEqual([
			"'dexie' import is restricted from being used by a pattern. only src/lib/db touches Dexie"
		]);
	});

	it('lets domain tests read fixtures through node:fs', async () => {
		const code = "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n";
		expect(await restricted('src/lib/domain/text/items.test.ts', code)).toEqual([]);
	});
});
