/**
 * Pre-translation against a local OpenAI-compatible server (tests/mt): drafts with provenance
 * 'mt', typed text never written over (also text typed while the run goes on), a failure
 * stops with nothing changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepos, type Repos } from '$lib/db/repos/index.ts';
import { MT_KEYS_KEY, MT_SETTINGS_KEY } from '$lib/db/repos/workspace.ts';
import { DuiyiDB } from '$lib/db/schema.ts';
import { EMPTY_MT_SETTINGS } from '$lib/domain/mt/index.ts';
import { t } from '$lib/i18n/index.svelte';
import { openAiServer, type EngineServer } from '../../../tests/mt/servers.ts';
import { EditorState } from './editor.svelte.ts';
import { PretranslateState } from './pretranslate.svelte.ts';
import { TermsState } from './terms.svelte.ts';
import '../../../tests/helpers/local-storage.ts';

const PARAGRAPHS = ['开发区新引进企业30家。', '全年营业收入增长15%。', '新增就业岗位两千个。'];
const english = (zh: string) => `EN ${zh}`;

let db: DuiyiDB;
let repos: Repos;
let server: EngineServer | undefined;
const stops: (() => void)[] = [];

beforeEach(async () => {
	db = new DuiyiDB(`pretranslate-${Math.random()}`);
	await db.open();
	repos = createRepos(db);
});

afterEach(async () => {
	for (const stop of stops.splice(0)) stop();
	await server?.close();
	server = undefined;
	await db.delete();
});

async function setUp(key: string, delayMs = 0) {
	server = await openAiServer({ table: {}, fallback: english, key: 'right', delayMs });
	await repos.settings.set(MT_SETTINGS_KEY, {
		...EMPTY_MT_SETTINGS,
		engine: 'openai',
		openai: { baseUrl: `${server.url}/v1`, model: 'fake' }
	});
	await repos.settings.set(MT_KEYS_KEY, { openai: key });
	const project = await repos.projects.create({
		name: 'p',
		segments: PARAGRAPHS.map((source) => ({ source, kind: 'body' as const }))
	});
	const editor = new EditorState(repos, project.id);
	const terms = new TermsState(repos, project.id);
	stops.push(editor.start(), terms.start());
	await expect.poll(() => editor.segments.length).toBe(3);
	return { editor, run: new PretranslateState(repos, editor, terms), projectId: project.id };
}

const targets = async (projectId: string) =>
	(await repos.segments.list(projectId)).map((s) => [s.target, s.provenance, s.engineName]);

describe('PretranslateState', () => {
	it('drafts the empty paragraphs and leaves typed ones, also those typed during the run', async () => {
		const { editor, run, projectId } = await setUp('right', 300);
		const [first, second] = editor.segments;
		editor.type(first.id, 'Typed before.');
		expect(run.estimate()).toMatchObject({ paragraphs: 2, requests: 2 });
		const running = run.run();
		// typed while the first request is under way
		editor.type(second.id, 'Typed during the run.');
		await running;
		expect(run.error).toBe('');
		expect(await targets(projectId)).toEqual([
			['Typed before.', 'typed', undefined],
			['Typed during the run.', 'typed', undefined],
			[english(PARAGRAPHS[2]), 'mt', 'fake']
		]);
	});

	it('Cancel aborts the request under way at once: nothing of it is written', async () => {
		// an engine so slow that waiting for its answer would outlast the test
		const { run, projectId } = await setUp('right', 60_000);
		const running = run.run();
		const engine = server!;
		await expect.poll(() => engine.requests.length).toBe(1);
		run.cancel();
		await running;
		expect(run.running).toBe(false);
		expect(run.error).toBe('');
		expect(run.message).toBe(t('mt.pretranslate.cancelled', { count: 0 }));
		expect(run.done).toBe(0);
		expect(engine.requests).toHaveLength(1);
		expect(await targets(projectId)).toEqual(PARAGRAPHS.map(() => ['', 'typed', undefined]));
	});

	it('stops at a refused key with nothing changed', async () => {
		const { run, projectId } = await setUp('wrong');
		await run.run();
		expect(run.error).toMatch(/paragraph 1/);
		expect(await targets(projectId)).toEqual(PARAGRAPHS.map(() => ['', 'typed', undefined]));
	});
});
