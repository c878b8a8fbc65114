// Fails when a UI string key is missing from either language, or when the code uses a key that
// no locale defines. Locale files: src/lib/i18n/locales/<lang>/<area>.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = 'src/lib/i18n/locales';
const langs = readdirSync(root);
const keys = {};
function flatten(prefix, tree, out) {
	for (const [k, v] of Object.entries(tree)) {
		const key = prefix ? `${prefix}.${k}` : k;
		if (typeof v === 'string') out.add(key);
		else flatten(key, v, out);
	}
}
for (const lang of langs) {
	keys[lang] = new Set();
	for (const file of readdirSync(join(root, lang))) {
		if (!file.endsWith('.json')) continue;
		const tree = JSON.parse(readFileSync(join(root, lang, file), 'utf8'));
		flatten(file.replace(/\.json$/, ''), tree, keys[lang]);
	}
}
const problems = [];
for (const a of langs) {
	for (const b of langs) {
		if (a === b) continue;
		for (const key of keys[a]) {
			// i18next plural forms (_one, _other) may differ between languages.
			const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
			const has = [...keys[b]].some(
				(k) => k === key || k.replace(/_(zero|one|two|few|many|other)$/, '') === base
			);
			if (!has) problems.push(`${key} is in ${a} but missing from ${b}`);
		}
	}
}
// Keys used in code: t('area.key') with a literal argument.
const used = new Set();
function walk(dir) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) walk(path);
		else if (/\.(svelte|ts)$/.test(name) && !/\.test\.ts$/.test(name)) {
			const text = readFileSync(path, 'utf8');
			for (const m of text.matchAll(/\bt\(\s*'([a-z][\w-]*\.[\w.-]+)'/g)) used.add(m[1]);
		}
	}
}
walk('src');
const en = keys.en ?? new Set();
const bases = new Set([...en].map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
for (const key of used) {
	if (!en.has(key) && !bases.has(key))
		problems.push(`${key} is used in src but defined in no locale`);
}
if (problems.length) {
	console.error(`i18n: ${problems.length} problem(s)`);
	for (const p of problems) console.error('  ' + p);
	process.exit(1);
}
console.log(`i18n: ${en.size} keys, ${langs.join(' + ')}, ${used.size} used in code, all present`);
