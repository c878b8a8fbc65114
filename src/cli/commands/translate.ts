/**
 * duiyi translate ZH --engine openai|deepl|libretranslate [--url URL] [--model NAME]
 *   [--glossary FILE] [--target en-us|en-gb] --out EN.txt
 *
 * ZH is segmented into paragraphs as `segment --repair` does; each is sent to the engine with
 * its glossary terms and neighbours, and the answers are written to --out one English paragraph
 * per Chinese paragraph, blank-line separated — only when every paragraph was translated.
 * Progress goes to stderr; stdout gets a JSON summary:
 * {"engine":"openai","model":"…","paragraphs":N,"characters":N,"out":"EN.txt",
 *  "findings":[{"paragraph":0,"issues":[{"check":"number","code":"number_different",…}]}]}.
 * Keys and addresses: flags first, then OPENAI_API_KEY/OPENAI_BASE_URL, DEEPL_AUTH_KEY,
 * LIBRETRANSLATE_URL/LIBRETRANSLATE_API_KEY. Exit 2 with one line when the engine cannot be
 * reached or refuses the key; 1 when some paragraphs failed (nothing written).
 */
import { buildTermIndex, type TermIndex } from '../../lib/domain/glossary/index.ts';
import {
	deeplClient,
	libreTranslateClient,
	mtRequest,
	openAiClient,
	suggest,
	type MtClient,
	type MtError
} from '../../lib/domain/mt/index.ts';
import { MT_ENGINES, type MtEngine } from '../../lib/domain/types.ts';
import { CliError, oneOf, parseArgs, writeJson, writeOutput } from '../io.ts';
import { readDocument } from '../document.ts';
import { glossaryEntries } from './qa.ts';

export const summary =
	'Machine-translates a Chinese text paragraph by paragraph (OpenAI-compatible LLM, DeepL or LibreTranslate), held to a glossary and checked by QA.';
export const usage =
	'translate ZH --engine openai|deepl|libretranslate [--url URL] [--model NAME] [--glossary FILE] [--target en-us|en-gb] --out EN.txt';

type Values = Record<string, string | boolean | undefined>;
const env = (name: string) => process.env[name]?.trim() || undefined;
const str = (v: string | boolean | undefined) => (typeof v === 'string' && v ? v : undefined);

function client(engine: MtEngine, values: Values): MtClient {
	if (engine === 'openai') {
		const model = str(values.model);
		if (!model) throw new CliError('--model NAME is required with --engine openai');
		return openAiClient({
			baseUrl: str(values.url) ?? env('OPENAI_BASE_URL') ?? 'https://api.openai.com/v1',
			model,
			apiKey: env('OPENAI_API_KEY')
		});
	}
	if (engine === 'deepl') {
		const authKey = env('DEEPL_AUTH_KEY');
		if (!authKey) throw new CliError('DeepL needs a key: set DEEPL_AUTH_KEY');
		const target = oneOf('target', values.target, ['en-us', 'en-gb'] as const, 'en-us');
		return deeplClient({
			authKey,
			url: str(values.url),
			targetLang: target === 'en-gb' ? 'EN-GB' : 'EN-US'
		});
	}
	const url = str(values.url) ?? env('LIBRETRANSLATE_URL');
	if (!url) throw new CliError('LibreTranslate needs an address: --url URL or LIBRETRANSLATE_URL');
	return libreTranslateClient({ url, apiKey: env('LIBRETRANSLATE_API_KEY') });
}

/** One line a person can act on, for an engine's failure. */
export function describeError(engineName: string, error: MtError): string {
	const said = error.detail ? ` (${error.detail})` : '';
	switch (error.reason) {
		case 'unreachable':
			return `cannot reach ${engineName}: ${error.detail}; check the address and that the server is running`;
		case 'not_found':
			return `${engineName} answered 404${said}; check the address (--url) and the model name`;
		case 'timeout':
			return `${engineName} did not answer in time: ${error.detail}`;
		case 'auth':
			return `${engineName} refused the key (HTTP ${error.status})${said}; check the API key`;
		case 'quota':
			return `${engineName}: quota exhausted (HTTP ${error.status})${said}`;
		case 'rate_limited':
			return `${engineName} is rate-limiting requests${error.retryAfter !== undefined ? `; it asks to wait ${error.retryAfter} s` : ''}${said}`;
		case 'too_long':
			return `the paragraph is too long for ${engineName}${said}`;
		default:
			return `${engineName} failed (${error.reason}${error.status ? `, HTTP ${error.status}` : ''})${said}`;
	}
}

function paragraphsOf(file: string): string[] {
	return readDocument(file, { repair: true }).paragraphs.map((u) => u.text);
}

const LABEL: Record<MtEngine, string> = {
	openai: 'the OpenAI-compatible server',
	deepl: 'DeepL',
	libretranslate: 'LibreTranslate'
};

/** Errors that will fail every paragraph alike: stop at once. */
const FATAL = new Set(['unreachable', 'timeout', 'auth', 'not_found', 'quota']);
const UNREACHED = new Set(['unreachable', 'timeout', 'auth', 'not_found']);

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs(args, {
		engine: { type: 'string' },
		url: { type: 'string' },
		model: { type: 'string' },
		glossary: { type: 'string' },
		target: { type: 'string' },
		out: { type: 'string' }
	});
	if (positionals.length !== 1) throw new CliError(`usage: duiyi ${usage}`);
	if (values.engine === undefined)
		throw new CliError(`--engine is required: ${MT_ENGINES.join(', ')}`);
	const engine = oneOf('engine', values.engine, MT_ENGINES, 'openai');
	const out = str(values.out);
	if (!out) throw new CliError('--out EN.txt is required');
	const paragraphs = paragraphsOf(positionals[0]);
	const glossaryFile = str(values.glossary);
	const glossary: TermIndex | undefined = glossaryFile
		? buildTermIndex(glossaryEntries(glossaryFile))
		: undefined;
	const mt = client(engine, values);
	const requests = paragraphs.map((_, i) => mtRequest(paragraphs, i, glossary));
	// exit 2 when the engine cannot be reached or refuses the key; 1 for its other refusals
	const fatal = (error: MtError) =>
		new CliError(describeError(LABEL[engine], error), UNREACHED.has(error.reason) ? 2 : 1);

	if (mt.prepare) {
		const prepared = await mt.prepare(requests.flatMap((r) => r.terms));
		if (!prepared.ok) throw fatal(prepared.error);
	}
	const targets: string[] = [];
	const findings: { paragraph: number; issues: unknown[] }[] = [];
	const failed: { paragraph: number; message: string }[] = [];
	try {
		for (const [i, request] of requests.entries()) {
			process.stderr.write(`duiyi translate: paragraph ${i + 1}/${requests.length}\n`);
			const result = await suggest(mt, request);
			if (!result.ok) {
				if (FATAL.has(result.error.reason)) throw fatal(result.error);
				failed.push({ paragraph: i, message: describeError(LABEL[engine], result.error) });
				continue;
			}
			targets[i] = result.value.target;
			findings.push({
				paragraph: i,
				issues: result.value.findings.map(({ unit: _unit, ...issue }) => issue)
			});
		}
	} finally {
		await mt.close?.();
	}
	if (failed.length) {
		for (const f of failed) {
			process.stderr.write(`duiyi translate: paragraph ${f.paragraph + 1}: ${f.message}\n`);
		}
		throw new CliError(
			`${failed.length} of ${paragraphs.length} paragraphs were not translated; nothing written to ${out}`
		);
	}
	// one English paragraph per Chinese one: an engine's own paragraph breaks become spaces
	const text = targets.map((t) => t.replace(/\s*\n\s*\n\s*/g, ' ')).join('\n\n');
	writeOutput(text + '\n', out);
	writeJson({
		engine,
		model: mt.engineName,
		paragraphs: paragraphs.length,
		characters: paragraphs.reduce((n, p) => n + [...p].length, 0),
		out,
		findings
	});
	return 0;
}
