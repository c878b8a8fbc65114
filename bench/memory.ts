/**
 * Issue 15/16 figures for memory at hand, in this process (Node, one core): concordance over
 * 100,000 TM units, sentence-by-sentence lookup, TMX import of 100,000 units (parse, and the
 * chunked store into IndexedDB — fake-indexeddb here, so the store figure is Node's, not a
 * browser's), and glossary search per keystroke at 10,000 entries.
 */
import 'fake-indexeddb/auto';
import { serializeTmx, tmUnitsToPairs } from '../src/lib/domain/formats/tmx/serialize.ts';
import { parseTmx } from '../src/lib/domain/formats/tmx/parse.ts';
import { prepareEntrySearch, searchEntries } from '../src/lib/domain/glossary/index.ts';
import { bigDocument } from './lib/run-corpus.ts';
import {
	buildTmIndex,
	concordance,
	repetitionsOf,
	sentenceMatches,
	syncTmIndex,
	syntheticTm,
	type TmIndex
} from '../src/lib/domain/tm/index.ts';
import type { Segment, TermEntry, TmUnit } from '../src/lib/domain/types.ts';
import { DuiyiDB } from '../src/lib/db/schema.ts';
import { createRepos } from '../src/lib/db/repos/index.ts';
import { cpuNow, load, ms, percentile, wallCpu, type Figure } from './lib/run-stats.ts';

/** Wall and CPU ms of each call of `fn` over `inputs`, after one warm-up pass. */
function timed<T>(inputs: T[], fn: (input: T) => unknown): { wall: number[]; cpu: number[] } {
	for (const input of inputs) fn(input);
	const wall: number[] = [];
	const cpu: number[] = [];
	for (const input of inputs) {
		const started = performance.now();
		const cpuStarted = cpuNow();
		fn(input);
		wall.push(performance.now() - started);
		cpu.push(cpuNow() - cpuStarted);
	}
	return { wall, cpu };
}

const figure = (
	area: string,
	name: string,
	value: string,
	target = '',
	pass: boolean | null = null
): Figure => ({ area, figure: name, value, target, pass, load: load() });

/** Concordance queries: common and rare Chinese phrases, a single character, English words. */
const CONCORDANCE_QUERIES = [
	'产业集群',
	'高质量发展',
	'营商环境',
	'拿地即开工',
	'发',
	'industrial clusters',
	'business environment',
	'the digital economy',
	'grew year on year',
	'ETDZ'
];

/** Concordance and sentence matches over an index of `units` (issue 16; 100,000 for issue 15). */
export function benchConcordance(index: TmIndex, units: TmUnit[]): Figure[] {
	const area = 'TM';
	const first = performance.now();
	const firstCpuStarted = cpuNow();
	concordance(index, '产业集群');
	const firstMs = performance.now() - first;
	const firstCpu = cpuNow() - firstCpuStarted;
	const counts = CONCORDANCE_QUERIES.map((q) => concordance(index, q).total);
	const { wall, cpu } = timed(CONCORDANCE_QUERIES, (q) => concordance(index, q));
	const worst = Math.max(...wall);
	const paragraphs = syntheticTm(100, 5).map(
		(u, i) => `${u.source}${units[(i * 997) % units.length].source}${u.source}`
	);
	const sentences = timed(paragraphs, (p) => sentenceMatches(index, p, 'zh'));
	return [
		figure(
			area,
			`Concordance, first search (folds ${units.length.toLocaleString('en')} sources and targets once)`,
			wallCpu(firstMs, firstCpu)
		),
		figure(
			area,
			`Concordance, ${CONCORDANCE_QUERIES.length} queries (${CONCORDANCE_QUERIES.map((q, i) => `${q}: ${counts[i]}`).join('; ')} hits), hits ranged for highlighting — median`,
			wallCpu(percentile(wall, 50), percentile(cpu, 50))
		),
		figure(
			area,
			'Concordance — slowest query',
			wallCpu(worst, Math.max(...cpu)),
			'< 100 ms',
			worst < 100
		),
		figure(
			area,
			'Sentence-by-sentence matches, 100 paragraphs of 3+ sentences — p95 per paragraph',
			wallCpu(percentile(sentences.wall, 95), percentile(sentences.cpu, 95))
		)
	];
}

/**
 * What the editor does when the stored memory changes (a paragraph confirmed: its unit and a
 * sentence pair rewritten): brings its index up to date instead of re-indexing every unit.
 */
export function benchIndexSync(units: TmUnit[]): Figure[] {
	const index = buildTmIndex(units);
	const now = units.map((u, i) =>
		i % 50_000 === 7 ? { ...u, target: `${u.target} (edited)`, updatedAt: u.updatedAt + 1 } : u
	);
	const started = performance.now();
	const cpuStarted = cpuNow();
	const changed = syncTmIndex(index, now);
	return [
		figure(
			'TM',
			`Index kept up to date after a confirm (${changed} of ${units.length.toLocaleString('en')} units changed; was a full re-index)`,
			wallCpu(performance.now() - started, cpuNow() - cpuStarted)
		)
	];
}

/** Repetitions offered for the current paragraph: 20,000 paragraphs, half of them translated. */
export function benchRepetitions(count = 20_000): Figure[] {
	const doc: Segment[] = bigDocument(count).map((source, i) => ({
		id: `s${i}`,
		projectId: 'p',
		order: i,
		kind: 'body',
		source,
		target: i % 2 ? 'One. Two.' : '',
		status: i % 2 ? 'translated' : 'new',
		locked: false,
		provenance: 'typed',
		updatedAt: 0
	}));
	const moves = Array.from({ length: 50 }, (_, i) => doc[(i * 397) % doc.length]);
	const found = repetitionsOf(doc, moves[0]).length;
	const { wall, cpu } = timed(moves, (segment) => repetitionsOf(doc, segment));
	return [
		figure(
			'TM',
			`Repetitions for the current paragraph, ${count.toLocaleString('en')} paragraphs (the seed's repeated; ${found} offered for the first), 50 moves — p95`,
			wallCpu(percentile(wall, 95), percentile(cpu, 95))
		)
	];
}

/** TMX import of `units`: serialised, parsed, then stored 2,000 a chunk in one transaction. */
export async function benchTmxImport(units: TmUnit[]): Promise<Figure[]> {
	const area = 'TM';
	const text = serializeTmx(tmUnitsToPairs(units));
	const bytes = new TextEncoder().encode(text);
	let started = performance.now();
	let cpuStarted = cpuNow();
	const parsed = parseTmx(bytes, {
		newId: (() => {
			let n = 0;
			return () => `tmx:${++n}`;
		})()
	});
	const parseMs = performance.now() - started;
	const parseCpu = cpuNow() - cpuStarted;
	const parsedUnits = parsed.value?.units ?? [];
	const db = new DuiyiDB(`bench-tmx-${Date.now()}`);
	await db.open();
	const repos = createRepos(db);
	let reports = 0;
	started = performance.now();
	cpuStarted = cpuNow();
	await repos.tm.importUnits(parsedUnits, { onProgress: () => reports++ });
	const storeMs = performance.now() - started;
	const storeCpu = cpuNow() - cpuStarted;
	const stored = await repos.tm.count();
	// A cancel half-way leaves the table as it was.
	await repos.tm.removeByPrefix('tmx:');
	const controller = new AbortController();
	started = performance.now();
	await repos.tm
		.importUnits(parsedUnits, {
			signal: controller.signal,
			onProgress: (n) => n >= parsedUnits.length / 2 && controller.abort()
		})
		.catch(() => undefined);
	const cancelMs = performance.now() - started;
	const left = await repos.tm.count();
	db.close();
	await db.delete();
	return [
		figure(
			area,
			`TMX import: parse ${(bytes.length / 1e6).toFixed(1)} MB, ${parsedUnits.length.toLocaleString('en')} units`,
			wallCpu(parseMs, parseCpu)
		),
		figure(
			area,
			`TMX import: store in 2,000-unit chunks, one transaction (fake-indexeddb; ${reports} progress reports; ${stored.toLocaleString('en')} stored)`,
			wallCpu(storeMs, storeCpu)
		),
		figure(
			area,
			`TMX import cancelled half-way: rolled back in ${ms(cancelMs)}`,
			`${left} units left`,
			'0 left',
			left === 0
		)
	];
}

/** Keystrokes a translator types in the glossary search box, one prefix at a time. */
const KEYSTROKES = [
	'f',
	'fa',
	'fan',
	'fang',
	'fgf',
	'fàng',
	'高',
	'高质',
	'高质量',
	'i',
	'in',
	'ind',
	'indus'
];

/** Glossary search at 10,000 entries, per keystroke (issue 15: < 50 ms). */
export function benchGlossarySearch(entries: TermEntry[]): Figure[] {
	const area = 'Glossary';
	// The first Latin keystroke derives every entry's pinyin unless it was prepared before.
	const fresh = entries.map((e) => ({ ...e }));
	const started = performance.now();
	const cpuStarted = cpuNow();
	searchEntries(fresh, 'f');
	const coldMs = performance.now() - started;
	const coldCpu = cpuNow() - cpuStarted;
	// What the glossary page does after loading: pinyin derived 500 entries per task.
	const slices: number[] = [];
	const sliceCpu: number[] = [];
	for (let from = 0; from < entries.length; from += 500) {
		const at = performance.now();
		const cpuAt = cpuNow();
		prepareEntrySearch(entries.slice(from, from + 500));
		slices.push(performance.now() - at);
		sliceCpu.push(cpuNow() - cpuAt);
	}
	const { wall, cpu } = timed(KEYSTROKES, (q) => searchEntries(entries, q));
	const p95 = percentile(wall, 95);
	return [
		figure(
			area,
			`Search, first Latin keystroke on ${entries.length.toLocaleString('en')} fresh entries (pinyin derived)`,
			wallCpu(coldMs, coldCpu)
		),
		figure(
			area,
			`Search prepared ahead, 500 entries a task (${slices.length} tasks) — longest task`,
			wallCpu(Math.max(...slices), Math.max(...sliceCpu))
		),
		figure(
			area,
			`Search per keystroke (${KEYSTROKES.length} prefixes: pinyin, initials, tones, Chinese, English) — p50`,
			wallCpu(percentile(wall, 50), percentile(cpu, 50))
		),
		figure(
			area,
			'Search per keystroke — p95',
			wallCpu(p95, percentile(cpu, 95)),
			'< 50 ms',
			p95 < 50
		)
	];
}
