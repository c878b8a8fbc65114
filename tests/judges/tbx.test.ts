/**
 * The TBX we export (the project's glossary, through `duiyi export --format tbx`'s serializer)
 * validates against the TBX v3 core structure schema (ISO 30042:2019), with jing and xmllint.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hasShared, needsShared, ROOT, SHARED } from './corpus-project.ts';
import { missing, run, tempFile } from './tools.ts';
import { parseGlossaryFile } from '../../src/lib/domain/glossary/file.ts';
import { serializeTbx } from '../../src/lib/domain/formats/tbx/serialize.ts';

const rng = resolve(SHARED, 'schemas/tbx/TBXcoreStructV03.rng');
const glossary = resolve(ROOT, 'corpus/yichun-etdz-2023/glossary.csv');

describe('TBX export against the TBX v3 core schema', () => {
	const parsed = parseGlossaryFile(new Uint8Array(readFileSync(glossary)), 'glossary.csv');
	const tbx = serializeTbx(parsed.value!.entries, { title: 'Yichun' });
	const path = tempFile('glossary.tbx', tbx);
	const noJing = missing('jing');
	const noXmllint = missing('xmllint');
	// The schema is in ../shared (LTAC publishes it with no licence, so it is not copied here).
	it.skipIf(!!noJing || !hasShared)(needsShared(`jing${noJing ? ` (${noJing})` : ''}`), () => {
		const r = run('jing', [rng, path]);
		expect(r.stdout.trim()).toBe('');
		expect(r.status).toBe(0);
	});
	const xmllintName = `xmllint --relaxng${noXmllint ? ` (${noXmllint})` : ''}`;
	it.skipIf(!!noXmllint || !hasShared)(needsShared(xmllintName), () => {
		const r = run('xmllint', ['--noout', '--relaxng', rng, path]);
		expect(r.stderr).toContain('validates');
	});
	it('holds every entry', () => {
		expect((tbx.match(/<conceptEntry /g) ?? []).length).toBe(parsed.value!.entries.length);
	});
});
