/**
 * Hostile variants of real files, for the reader fuzz test and the reliability benchmark:
 * truncated, byte-flipped, deeply nested, oversized and zip-bomb versions of the repository's
 * own files (the seed article, its glossary, and every format Duiyi writes from them).
 * Deterministic: the same seeds give the same variants.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { LIMITS } from '../../src/lib/domain/formats/limits.ts';
import { buildZip, deflateFilled } from '../helpers/zip.ts';

export interface Input {
	name: string;
	/** How it was made: 'seed', 'truncated', 'flipped', 'nested', 'oversized', 'zip-bomb' … */
	kind: string;
	bytes: Uint8Array;
}

const CORPUS = 'corpus/yichun-etdz-2023';
const SHARED = '../shared/fixtures';

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The seed files: the corpus as it is, and every format the CLI writes from it (a project with
 * all paragraphs confirmed, so the TMX has units). With `shared`, ../shared/fixtures too.
 */
export function seedFiles(shared = false): Input[] {
	const dir = mkdtempSync(join(tmpdir(), 'duiyi-fuzz-'));
	const run = (...args: string[]) => {
		const r = spawnSync('node', ['bin/duiyi.js', ...args], { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`duiyi ${args[0]} failed: ${r.stderr}`);
	};
	const project = join(dir, 'p.json');
	run(
		'new',
		`${CORPUS}/zh.txt`,
		`${CORPUS}/en.txt`,
		'--glossary',
		`${CORPUS}/glossary.csv`,
		'--out',
		project
	);
	const file = JSON.parse(readFileSync(project, 'utf8'));
	for (const s of file.segments) s.status = 'translated';
	writeFileSync(project, JSON.stringify(file));
	const exports: [string, string][] = [
		['docx', 'bilingual.docx'],
		['docx-target', 'target.docx'],
		['html', 'bilingual.html'],
		['md', 'bilingual.md'],
		['xliff', 'p.xlf'],
		['xliff12', 'p12.xlf'],
		['tmx', 'p.tmx'],
		['tbx', 'p.tbx'],
		['notes', 'notes.jsonld']
	];
	for (const [format, name] of exports)
		run('export', project, '--format', format, '--out', join(dir, name));
	const seeds: Input[] = [
		...['zh.txt', 'en.txt', 'glossary.csv'].map((n) => ({
			name: n,
			kind: 'seed',
			bytes: new Uint8Array(readFileSync(`${CORPUS}/${n}`))
		})),
		{ name: 'project.json', kind: 'seed', bytes: new Uint8Array(readFileSync(project)) },
		...exports.map(([, n]) => ({
			name: n,
			kind: 'seed',
			bytes: new Uint8Array(readFileSync(join(dir, n)))
		}))
	];
	// Everything is in memory now: the folder goes, so a run leaves nothing in the temp folder.
	rmSync(dir, { recursive: true, force: true });
	seeds.push({
		name: 'backup.json',
		kind: 'seed',
		bytes: strToU8(
			JSON.stringify({
				format: 'duiyi-backup',
				version: 1,
				createdAt: 0,
				projects: [
					{
						project: file.project,
						segments: file.segments,
						drafts: [],
						annotations: [],
						revisions: []
					}
				],
				glossaries: [],
				termEntries: [],
				tmUnits: [],
				settings: {}
			})
		)
	});
	if (shared && existsSync(SHARED)) {
		for (const sub of readdirSync(SHARED, { withFileTypes: true })) {
			if (!sub.isDirectory()) continue;
			for (const n of readdirSync(join(SHARED, sub.name))) {
				seeds.push({
					name: n,
					kind: 'seed',
					bytes: new Uint8Array(readFileSync(join(SHARED, sub.name, n)))
				});
			}
		}
	}
	return seeds;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** Wraps deep nesting around the middle of a text file, in its own syntax. */
function nest(seed: Input, depth: number): Uint8Array | null {
	const s = text(seed.bytes);
	if (/\.(json|jsonld)$/.test(seed.name)) {
		const at = s.indexOf('"segments":') >= 0 ? s.indexOf('"segments":') + 11 : 1;
		return strToU8(s.slice(0, at) + '['.repeat(depth) + ']'.repeat(depth) + ',' + s.slice(at));
	}
	const open =
		s.indexOf('<seg>') >= 0
			? s.indexOf('<seg>') + 5
			: s.indexOf('<source') >= 0
				? s.indexOf('>', s.indexOf('<source')) + 1
				: s.indexOf('<body') >= 0
					? s.indexOf('>', s.indexOf('<body')) + 1
					: -1;
	if (open > 0) {
		const tag = /\.xlf$/.test(seed.name) ? ['<g id="1">', '</g>'] : ['<span>', '</span>'];
		return strToU8(
			s.slice(0, open) + tag[0].repeat(depth) + 'x' + tag[1].repeat(depth) + s.slice(open)
		);
	}
	// Markdown, text, CSV: nested quotes, lists and brackets.
	return strToU8('> '.repeat(depth) + '"'.repeat(depth) + '['.repeat(depth) + '\n' + s);
}

/** Rebuilds a DOCX with its document.xml changed. */
function withDocument(seed: Uint8Array, change: (xml: string) => string): Uint8Array {
	const files = unzipSync(seed);
	files['word/document.xml'] = strToU8(change(text(files['word/document.xml'])));
	return zipSync(files);
}

/** Every variant of one seed. */
export function variantsOf(seed: Input, index: number): Input[] {
	const rnd = random(index + 1);
	const out: Input[] = [seed];
	const add = (kind: string, bytes: Uint8Array | null) =>
		bytes && out.push({ name: seed.name, kind, bytes });
	const n = seed.bytes.length;
	for (const f of [0, 0.001, 0.1, 0.33, 0.5, 0.9, 0.999])
		add('truncated', seed.bytes.slice(0, Math.floor(n * f)));
	for (let v = 0; v < 16; v++) {
		const copy = seed.bytes.slice();
		const flips = 1 + Math.floor(rnd() * 8);
		for (let k = 0; k < flips; k++) copy[Math.floor(rnd() * n)] ^= 1 << Math.floor(rnd() * 8);
		add('flipped', copy);
	}
	if (isZip(seed.bytes)) {
		const body = (inner: string) => (xml: string) => xml.replace(/<w:body>/, '<w:body>' + inner);
		add(
			'nested',
			withDocument(
				seed.bytes,
				body(
					'<w:tbl><w:tr><w:tc>'.repeat(20_000) + '<w:p/>' + '</w:tc></w:tr></w:tbl>'.repeat(20_000)
				)
			)
		);
		add(
			'nested',
			withDocument(
				seed.bytes,
				body(
					'<w:sdt><w:sdtContent>'.repeat(100_000) +
						'<w:p/>' +
						'</w:sdtContent></w:sdt>'.repeat(100_000)
				)
			)
		);
		add(
			'truncated',
			withDocument(seed.bytes, (xml) => xml.slice(0, xml.length / 2))
		);
		const flipped = withDocument(seed.bytes, (xml) =>
			xml.replace(/<\/w:p>/g, (m) => (rnd() < 0.05 ? '</w:q>' : m))
		);
		add('flipped', flipped);
		add(
			'oversized',
			withDocument(seed.bytes, (xml) =>
				xml.replace(/(<w:body>)([\s\S]*)(<w:sectPr)/, (_, a, b, c) => a + b.repeat(40) + c)
			)
		);
	} else {
		add('nested', nest(seed, 600));
		add('nested', nest(seed, 100_000));
		const s = text(seed.bytes);
		add('oversized', strToU8(s.repeat(Math.max(2, Math.floor(1_000_000 / Math.max(1, s.length))))));
	}
	return out;
}

/** Zip containers that break the limits (built once: the lying bomb takes a few seconds). */
export function zipBombs(): Input[] {
	const head =
		'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
	const tail = '</w:t></w:r></w:p></w:body></w:document>';
	const doc = (declaredSize: number, data: Uint8Array) =>
		buildZip([{ name: 'word/document.xml', data, method: 8, declaredSize }]);
	const small = deflateFilled(head, 1000, tail);
	const lying = deflateFilled(head, LIMITS.zipUnpackedBytes + 1, tail);
	const many = buildZip(
		Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => ({
			name: i ? `word/media/${i}.png` : 'word/document.xml',
			data: new Uint8Array(0),
			method: 0 as const,
			declaredSize: 0
		}))
	);
	return [
		{ name: 'bomb-lying.docx', kind: 'zip-bomb', bytes: doc(4096, lying) },
		{
			name: 'bomb-declared.docx',
			kind: 'zip-bomb',
			bytes: doc(LIMITS.zipUnpackedBytes + 1, small)
		},
		{ name: 'bomb-entries.docx', kind: 'zip-bomb', bytes: many },
		{ name: 'huge.txt', kind: 'oversized', bytes: new Uint8Array(LIMITS.fileBytes + 1) }
	];
}
