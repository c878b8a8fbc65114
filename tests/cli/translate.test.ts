import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	deeplServer,
	libreTranslateServer,
	openAiServer,
	type EngineServer
} from '../mt/servers.ts';
import { tempDir } from '../helpers/temp.ts';

/** Runs the CLI asynchronously, so the test's own HTTP servers keep answering meanwhile. */
function duiyi(env: Record<string, string>, ...args: string[]) {
	return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
		const clean = { ...process.env };
		for (const name of [
			'OPENAI_API_KEY',
			'OPENAI_BASE_URL',
			'DEEPL_AUTH_KEY',
			'LIBRETRANSLATE_URL',
			'LIBRETRANSLATE_API_KEY'
		]) {
			delete clean[name];
		}
		const child = spawn('node', ['bin/duiyi.js', ...args], { env: { ...clean, ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

const dir = tempDir('duiyi-translate-');
const zhParagraphs = ['深化放管服改革。', '签约金额105亿元。', '开发区新引进企业30家。'];
const zh = join(dir, 'zh.txt');
writeFileSync(zh, zhParagraphs.join('\n\n') + '\n');
const glossary = join(dir, 'g.csv');
writeFileSync(
	glossary,
	'zh,en,status\n放管服,streamline administration,preferred\n放管服,red tape,forbidden\n开发区,development zone,\n'
);
const table = {
	[zhParagraphs[0]]: 'Deepen the reform to streamline administration.',
	[zhParagraphs[1]]: 'Deals worth 1.05 billion yuan were signed.',
	[zhParagraphs[2]]: 'The development zone brought in 30 new companies.'
};

let server: EngineServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

describe('duiyi translate', () => {
	it('translates every paragraph with an OpenAI-compatible server, glossary in the prompt', async () => {
		server = await openAiServer({ table, key: 'sk-1' });
		const out = join(dir, 'openai.txt');
		const r = await duiyi(
			{ OPENAI_API_KEY: 'sk-1', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' },
			'translate',
			zh,
			'--engine',
			'openai',
			'--url',
			`${server.url}/v1`,
			'--model',
			'qwen2.5:7b',
			'--glossary',
			glossary,
			'--out',
			out
		);
		expect(r.stderr).toContain('paragraph 3/3');
		expect(r.status).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe(zhParagraphs.map((p) => table[p]).join('\n\n') + '\n');
		const summary = JSON.parse(r.stdout);
		expect(summary).toMatchObject({ engine: 'openai', model: 'qwen2.5:7b', paragraphs: 3 });
		expect(summary.characters).toBe(zhParagraphs.join('').length);
		expect(summary.findings[0].issues).toEqual([]);
		expect(summary.findings[1].issues.map((i: { code: string }) => i.code)).toContain(
			'number_different'
		);
		const prompt = (server.requests[0].body.messages as { content: string }[])[1].content;
		expect(prompt).toContain('放管服 → streamline administration (never: red tape)');
		expect(prompt).toContain(`Next paragraph (context):\n${zhParagraphs[1]}`);
	});

	it('DeepL: key from DEEPL_AUTH_KEY, glossary created and applied, 429 retried', async () => {
		server = await deeplServer({ table, key: 'k:fx', rateLimited: 1, retryAfter: '1' });
		const out = join(dir, 'deepl.txt');
		const r = await duiyi(
			{ DEEPL_AUTH_KEY: 'k:fx' },
			'translate',
			zh,
			'--engine',
			'deepl',
			'--url',
			server.url,
			'--glossary',
			glossary,
			'--target',
			'en-gb',
			'--out',
			out
		);
		expect(r.status).toBe(0);
		expect(readFileSync(out, 'utf8').split('\n\n')).toHaveLength(3);
		const translates = server.requests.filter((q) => q.path === '/v2/translate');
		expect(translates[0].body).toMatchObject({ glossary_id: 'g-1', target_lang: 'EN-GB' });
		expect(translates).toHaveLength(3);
		// the first request (the glossary) was answered 429 and sent again
		const creates = server.requests.filter((q) => q.path === '/v3/glossaries');
		expect(creates).toHaveLength(2);
		expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE' });
	});

	it('LibreTranslate: address and key from the environment', async () => {
		// an engine that splits a paragraph in two must not shift the paragraphs after it
		const split = {
			...table,
			[zhParagraphs[0]]: 'Deepen the reform.\n\nStreamline administration.'
		};
		server = await libreTranslateServer({ table: split, key: 'lt' });
		const out = join(dir, 'lt.txt');
		const r = await duiyi(
			{ LIBRETRANSLATE_URL: server.url, LIBRETRANSLATE_API_KEY: 'lt' },
			'translate',
			zh,
			'--engine',
			'libretranslate',
			'--out',
			out
		);
		expect(r.status).toBe(0);
		expect(server.requests.every((q) => q.body.api_key === 'lt')).toBe(true);
		expect(readFileSync(out, 'utf8').split('\n\n')[0]).toBe(
			'Deepen the reform. Streamline administration.'
		);
		expect(readFileSync(out, 'utf8').split('\n\n')).toHaveLength(3);
	});

	it('a refused key: exit 2, one line, nothing written', async () => {
		server = await openAiServer({ table, key: 'sk-right' });
		const out = join(dir, 'refused.txt');
		const r = await duiyi(
			{ OPENAI_API_KEY: 'sk-wrong', OPENAI_BASE_URL: `${server.url}/v1` },
			'translate',
			zh,
			'--engine',
			'openai',
			'--model',
			'm',
			'--out',
			out
		);
		expect(r.status).toBe(2);
		const errors = r.stderr.split('\n').filter((l) => l && !l.includes('paragraph 1/'));
		expect(errors).toEqual([
			'duiyi translate: the OpenAI-compatible server refused the key (HTTP 401) (Incorrect API key provided.); check the API key'
		]);
		expect(existsSync(out)).toBe(false);
	});

	it('an unreachable engine: exit 2 and one line', async () => {
		server = await libreTranslateServer({ table });
		const url = server.url;
		await server.close();
		server = undefined;
		const out = join(dir, 'unreachable.txt');
		const r = await duiyi(
			{},
			'translate',
			zh,
			'--engine',
			'libretranslate',
			'--url',
			url,
			'--out',
			out
		);
		expect(r.status).toBe(2);
		const errors = r.stderr.split('\n').filter((l) => l && !l.includes('paragraph 1/'));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^duiyi translate: cannot reach LibreTranslate: .*ECONNREFUSED/);
		expect(existsSync(out)).toBe(false);
	});

	it('a paragraph the engine cannot translate: nothing written, says which', async () => {
		server = await openAiServer({ table: { [zhParagraphs[0]]: table[zhParagraphs[0]] } });
		const out = join(dir, 'partial.txt');
		const r = await duiyi(
			{},
			'translate',
			zh,
			'--engine',
			'openai',
			'--url',
			`${server.url}/v1`,
			'--model',
			'm',
			'--out',
			out
		);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('paragraph 2: the OpenAI-compatible server failed (bad_response');
		expect(r.stderr).toContain('2 of 3 paragraphs were not translated; nothing written');
		expect(existsSync(out)).toBe(false);
	});

	it('a wrong address (404): exit 2 at the first paragraph, one line', async () => {
		server = await openAiServer({ table });
		const r = await duiyi(
			{},
			'translate',
			zh,
			'--engine',
			'openai',
			'--url',
			`${server.url}/api`,
			'--model',
			'm',
			'--out',
			join(dir, 'wrong.txt')
		);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(
			'the OpenAI-compatible server answered 404 (not found); check the address (--url) and the model name'
		);
		expect(server.requests).toHaveLength(1);
	});

	it('asks for what is missing before contacting anything', async () => {
		const r = await duiyi({}, 'translate', zh, '--engine', 'deepl', '--out', join(dir, 'x.txt'));
		expect(r.status).toBe(1);
		expect(r.stderr.trim()).toBe('duiyi translate: DeepL needs a key: set DEEPL_AUTH_KEY');
	});
});
