import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alignUnits } from '$lib/domain/alignment/index.ts';
import { DuiyiDB } from '$lib/db/schema.ts';
import { createRepos, type Repos } from '$lib/db/repos/index.ts';
import { coversExactly } from '$lib/domain/alignment-edit/index.ts';
import { AlignmentState, type Aligner } from './alignment.svelte.ts';
import { testDictionary } from '../../../tests/helpers/corpus.ts';
import { importDraft, type DraftSource, type RunAligner } from './align-draft.ts';

const zh = [
	'风华正茂勇争先',
	'解码宜春经开区高质量发展密码',
	'日新月异宜春经开区',
	'本次推介会共签约项目22个，签约金额105亿元。'
];
const en = [
	'In Its Prime',
	'Decoding the High-Quality Development of the Yichun ETDZ',
	'The conference signed 22 projects worth 10.5 billion yuan.'
];

const dictionary = testDictionary();

let db: DuiyiDB;
let repos: Repos;

beforeEach(async () => {
	db = new DuiyiDB(`align-state-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});

afterEach(async () => {
	await db.delete();
});

/** The domain aligner in-process, counting its runs; `hold` keeps a run pending until cancelled. */
function fakeAligner(hold = false): Aligner & { runs: number } {
	let release: (() => void) | null = null;
	return {
		runs: 0,
		async align(z, e, onProgress) {
			this.runs++;
			if (hold) {
				await new Promise<void>((resolve) => (release = resolve));
				return null;
			}
			return alignUnits(z, e, { onProgress }).beads;
		},
		cancel() {
			release?.();
		}
	};
}

async function open(aligner: Aligner, projectId: string): Promise<AlignmentState> {
	const state = new AlignmentState(repos, aligner, projectId);
	state.start();
	await expect.poll(() => state.phase).not.toBe('loading');
	return state;
}

describe('AlignmentState', () => {
	it('imports, aligns, saves each correction and finds it again after a reload', async () => {
		const project = await repos.projects.create({
			name: 'p',
			segments: zh.map((source) => ({ source, kind: 'body' as const }))
		});
		const first = await open(fakeAligner(), project.id);
		expect(first.phase).toBe('empty');
		await first.importText('draft.txt', en.join('\n\n'));
		expect(first.phase).toBe('ready');
		expect(first.beads.flatMap((b) => b.zh).sort()).toEqual([0, 1, 2, 3]);

		// Put Chinese 2 and 3 in one link with English 2, whatever the aligner said.
		const beads = [
			{ zh: [0], en: [0], score: 0.9 },
			{ zh: [1], en: [1], score: 0.9 },
			{ zh: [2], en: [], score: 0.5 },
			{ zh: [3], en: [2], score: 0.9 }
		];
		first.history = { past: [], present: beads, future: [] };
		first.select(2);
		first.merge('next');
		first.toggleLock();
		expect(first.beads[2]).toEqual({ zh: [2, 3], en: [2], score: 1, locked: true });
		first.undo();
		expect(first.beads[2].locked).toBeUndefined();
		first.redo();
		await first.saved();
		first.stop();

		const again = await open(fakeAligner(), project.id);
		expect(again.phase).toBe('ready');
		expect(again.beads[2]).toEqual({ zh: [2, 3], en: [2], score: 1, locked: true });
		again.stop();
	});

	it('accepts after asking about typed text, keeping it when told to', async () => {
		const project = await repos.projects.create({
			name: 'p',
			segments: zh.slice(0, 2).map((source) => ({ source, kind: 'body' as const }))
		});
		const [a, b] = await repos.segments.list(project.id);
		await repos.segments.saveTarget(b.id, 'typed by hand');
		const state = await open(fakeAligner(), project.id);
		await state.importText('draft.txt', en.slice(0, 2).join('\n\n'));
		state.history = {
			past: [],
			present: [
				{ zh: [0], en: [0], score: 0.8 },
				{ zh: [1], en: [1], score: 0.7 }
			],
			future: []
		};
		expect(await state.accept()).toBe(false);
		expect(state.conflicts.map((c) => c.segmentId)).toEqual([b.id]);
		await state.resolve({ [b.id]: 'keep' });
		const [sa, sb] = await repos.segments.list(project.id);
		expect([sa.target, sa.provenance, sa.score]).toEqual([en[0], 'aligned', 0.8]);
		expect(sb.target).toBe('typed by hand');
		// The draft's English enters the TM when a paragraph is confirmed, not at accept.
		expect(await db.tmUnits.count()).toBe(0);
		expect(a.id).toBe(sa.id);
		await state.undoAccept();
		expect(state.restored).toBe(1);
		expect((await repos.segments.get(a.id))?.target).toBe('');
		expect((await repos.segments.get(b.id))?.target).toBe('typed by hand');
		await state.saved();
		state.stop();
	});

	it('splits a merged link at sentence level, or marks it translated together', async () => {
		const project = await repos.projects.create({
			name: 'p',
			segments: [
				{ source: '宜春经开区设立20年。', kind: 'body' },
				{ source: '高质量发展迈出新步伐！', kind: 'body' },
				{ source: '签约项目22个。', kind: 'body' },
				{ source: '金额105亿元。', kind: 'body' }
			]
		});
		const levels: (string | undefined)[] = [];
		const aligner: Aligner = {
			async align(z, _e, _progress, _glossary, level) {
				levels.push(level);
				if (level !== 'sentence')
					return [
						{ zh: [0, 1], en: [0], score: 0.9 },
						{ zh: [2, 3], en: [1], score: 0.9 }
					];
				// The first link splits cleanly; the second one's single English sentence cannot.
				return z.length === 2 && z[0].startsWith('宜春')
					? [
							{ zh: [0], en: [0], score: 0.9 },
							{ zh: [1], en: [1], score: 0.9 }
						]
					: [{ zh: [0, 1], en: [0], score: 0.9 }];
			},
			cancel() {}
		};
		const state = await open(aligner, project.id);
		await state.importText(
			'draft.txt',
			'The zone is 20 years old. It made new strides!\n\n22 projects worth 10.5 billion yuan were signed.'
		);
		expect(await state.accept()).toBe(true);
		expect(levels).toEqual([undefined, 'sentence', 'sentence']);
		const rows = await repos.segments.list(project.id);
		expect(rows.map((r) => [r.target, r.status, r.translatedWith])).toEqual([
			['The zone is 20 years old.', 'draft', undefined],
			['It made new strides!', 'draft', undefined],
			['22 projects worth 10.5 billion yuan were signed.', 'draft', undefined],
			['', 'draft', rows[2].id]
		]);
		expect(state.report).toEqual({ unlinked: [], missing: [], together: 1, written: 4 });
		expect(await db.tmUnits.count()).toBe(0);
		// Accepted again with the fourth paragraph marked missing: the group is over.
		state.history = {
			past: [],
			present: [
				{ zh: [0, 1], en: [0], score: 0.9 },
				{ zh: [2], en: [1], score: 0.9 },
				{ zh: [3], en: [], score: 0.5 }
			],
			future: []
		};
		expect(await state.accept()).toBe(true);
		expect((await repos.segments.list(project.id))[3].translatedWith).toBeUndefined();
		await state.undoAccept();
		expect((await repos.segments.list(project.id)).map((r) => r.translatedWith)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined
		]);
		await state.saved();
		state.stop();
	});

	it("links a moved fragment's English, still in the imported order, to where the fragment went", async () => {
		// Imported blocks: 0 title, 1 a paragraph cut mid-sentence, 2 another paragraph, 3 the cut
		// tail set after it; the repair moved block 3 back to block 1.
		const blocks = [
			{ text: '风华正茂勇争先' },
			{ text: '宜春经开区坚持招大引强，形成了较为完善的' },
			{ text: '本次推介会共签约项目22个，签约金额105亿元。' },
			{ text: '锂电新能源产业配套体系。' }
		];
		const project = await repos.repairs.createProject(
			{
				name: 'p',
				segments: [
					{ source: blocks[0].text, kind: 'title' },
					{ source: blocks[1].text + blocks[3].text, kind: 'body', joined: [1, 3] },
					{ source: blocks[2].text, kind: 'body' }
				]
			},
			[{ id: 'move-join:1-3', kind: 'move-join', blocks: [1, 3], reason: 'displaced_fragment' }],
			{},
			blocks
		);
		const state = await open(fakeAligner(), project.id);
		await state.importText(
			'draft.txt',
			[
				'In Its Prime',
				'The Yichun ETDZ has kept attracting big investors and has formed a fairly complete',
				'The conference signed 22 projects worth 10.5 billion yuan.',
				'supporting system for the lithium new-energy industry.'
			].join('\n\n')
		);
		const bead = state.beads.find((b) => b.zh.includes(1));
		expect(bead?.en).toContain(3);
		expect(state.unlinked).toEqual([]);
		await state.saved();
		state.stop();
	});

	it('aligns and accepts a draft translated from the page as printed: the import knows the paragraph it joined across a photo', async () => {
		// Imported blocks: a paragraph cut by a photo caption and its credit, the repair's join
		// across them (kept with the texts of the blocks), then another paragraph.
		const blocks = [
			{ text: '园区引进了自动分拣线和智能温控系统，每天可处理生鲜农产品3200吨。' },
			{ text: '工人在分拣车间整理刚入库的猕猴桃' },
			{ text: '周文涛 摄' },
			{ text: '县商务局局长马春燕介绍，园区已与27家电商平台和61家连锁超市签订了合作协议。' },
			{ text: '今年前10个月，全县猕猴桃销售额达到8.7亿元，同比增长23.5%。' }
		];
		const project = await repos.repairs.createProject(
			{
				name: 'p',
				segments: [
					{ source: blocks[0].text + blocks[3].text, kind: 'body', joined: [0, 3] },
					{ source: blocks[1].text, kind: 'caption' },
					{ source: blocks[2].text, kind: 'credit' },
					{ source: blocks[4].text, kind: 'body' }
				]
			},
			[{ id: 'join:0-3', kind: 'join', blocks: [0, 3], reason: 'manual', skipped: [1, 2] }],
			{},
			blocks
		);
		const given: unknown[] = [];
		const aligner: Aligner = {
			async align(z, e, onProgress, glossary, level, kinds, cuts) {
				if (level !== 'sentence') given.push(cuts);
				// As the worker: paragraphs unless told otherwise.
				const at = level ?? 'paragraph';
				return alignUnits(z, e, { dictionary, onProgress, glossary, level: at, kinds, cuts }).beads;
			},
			cancel() {}
		};
		const state = await open(aligner, project.id);
		const english = [
			'The park has brought in automatic sorting lines and smart temperature control, and can handle 3,200 tons of fresh farm produce a day.',
			'Workers sort newly stored kiwifruit in the sorting workshop',
			'Photo by Zhou Wentao',
			"Ma Chunyan, head of the county's commerce bureau, said the park has signed agreements with 27 e-commerce platforms and 61 supermarket chains.",
			"In the first ten months of this year, the county's kiwifruit sales reached 870 million yuan, up 23.5 percent."
		];
		await state.importText('draft.txt', english.join('\n\n'));
		expect(given).toEqual([
			[{ unit: 0, head: blocks[0].text, tail: blocks[3].text, between: [1, 2] }]
		]);
		expect(state.beads.map((b) => [b.zh, b.en])).toEqual([
			[
				[0, 1, 2],
				[0, 1, 2, 3]
			],
			[[3], [4]]
		]);
		expect(await state.accept()).toBe(true);
		const rows = await repos.segments.list(project.id);
		expect(rows.map((r) => [r.target, r.translatedWith])).toEqual([
			[`${english[0]} ${english[3]}`, undefined],
			[english[1], undefined],
			[english[2], undefined],
			[english[4], undefined]
		]);
		await state.saved();
		state.stop();
	});

	it('re-aligns only between locked links', async () => {
		const project = await repos.projects.create({
			name: 'p',
			segments: zh.map((source) => ({ source, kind: 'body' as const }))
		});
		const aligner = fakeAligner();
		const state = await open(aligner, project.id);
		await state.importText('draft.txt', en.join('\n\n'));
		const wrong = [
			{ zh: [0, 1], en: [0], score: 0.2 },
			{ zh: [2], en: [1], score: 0.3 },
			{ zh: [3], en: [2], score: 0.9 }
		];
		state.history = { past: [], present: wrong, future: [] };
		state.select(1);
		state.toggleLock();
		const runs = aligner.runs;
		await state.realign();
		expect(aligner.runs - runs).toBe(2); // the stretches before and after the locked link
		expect(state.beads.find((b) => b.locked)).toEqual({ zh: [2], en: [1], score: 1, locked: true });
		expect(coversExactly(state.beads, zh.length, en.length)).toBe(true);
		state.undo();
		expect(state.beads[0]).toEqual(wrong[0]);
		await state.saved();
		state.stop();
	});

	it('stops on cancel and can align again', async () => {
		const project = await repos.projects.create({
			name: 'p',
			segments: [{ source: zh[0], kind: 'body' }]
		});
		const aligner = fakeAligner(true);
		const state = await open(aligner, project.id);
		const running = state.importText('draft.txt', en[0]);
		await expect.poll(() => state.phase).toBe('aligning');
		state.cancel();
		await running;
		expect([state.phase, state.cancelled]).toEqual(['unaligned', true]);
		expect((await repos.drafts.list(project.id))[0].beads).toEqual([]);
		await state.saved();
		state.stop();
	});

	it('refuses an empty draft with a reason code', async () => {
		const project = await repos.projects.create({
			name: 'p',
			segments: [{ source: zh[0], kind: 'body' }]
		});
		const state = await open(fakeAligner(), project.id);
		await state.importFile('x.txt', new Uint8Array([0, 1, 2, 0, 0, 3, 4, 0]));
		expect(state.problem).toBe('unreadable');
		expect(state.problemIssue?.code).toBe('import.binary');
		await state.importText('x.txt', ' \n\n ');
		expect(state.problem).toBe('empty');
		expect(await repos.drafts.list(project.id)).toEqual([]);
		await state.saved();
		state.stop();
	});

	it("imports a draft through the aligner's importer when it has one (the worker's)", async () => {
		const project = await repos.projects.create({
			name: 'p',
			segments: zh.map((source) => ({ source, kind: 'body' as const }))
		});
		const sources: DraftSource[] = [];
		const inner = fakeAligner();
		const aligner: Aligner = {
			...inner,
			// What the worker does, here in-process: the page only reads the stored result.
			async importDraft(projectId, source, onProgress) {
				sources.push(source);
				const run: RunAligner = (z, e) => inner.align(z, e, onProgress);
				return importDraft(repos, projectId, { name: source.name, text: en.join('\n\n') }, run);
			}
		};
		const state = await open(aligner, project.id);
		const bytes = new TextEncoder().encode('ignored');
		await state.importFile('draft.txt', bytes);
		expect(sources).toEqual([{ name: 'draft.txt', bytes }]);
		expect(state.phase).toBe('ready');
		expect(state.paragraphs).toEqual(en);
		expect(state.beads.flatMap((b) => b.zh).sort()).toEqual([0, 1, 2, 3]);
		expect(state.draft && 'text' in state.draft).toBe(false);
		const [draft] = await repos.drafts.list(project.id);
		expect(draft.text).toBe(en.join('\n\n'));
		state.stop();
	});

	it('asks about targets typed after the page opened', async () => {
		const project = await repos.projects.create({
			name: 'p',
			segments: zh.slice(0, 2).map((source) => ({ source, kind: 'body' as const }))
		});
		const state = await open(fakeAligner(), project.id);
		await state.importText('draft.txt', en.slice(0, 2).join('\n\n'));
		const [, b] = await repos.segments.list(project.id);
		await repos.segments.saveTarget(b.id, 'typed in another tab');
		state.history = {
			past: [],
			present: [
				{ zh: [0], en: [0], score: 0.8 },
				{ zh: [1], en: [1], score: 0.7 }
			],
			future: []
		};
		expect(await state.accept()).toBe(false);
		expect(state.conflicts.map((c) => c.segmentId)).toEqual([b.id]);
		state.stop();
	});
});
