/**
 * The chat prompt for an LLM translating one paragraph of a Chinese policy or economic feature
 * into English, held to the glossary: the recognised terms with the English to use and the
 * English to avoid, and the neighbouring paragraphs as context only.
 */
import type { QaTermMatch } from '../qa/index.ts';
import type { MtRequest } from './engine.ts';

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
}

const SYSTEM = [
	'You are a professional translator of Chinese policy and economic journalism into English.',
	'Translate the paragraph the user gives you into fluent, accurate English.',
	'Keep every number, amount, unit, date and name exactly; do not add or drop information.',
	'Use the glossary: render each listed Chinese term with its required English and never with a forbidden one.',
	'The previous and next paragraphs are context only: do not translate them.',
	'Answer with the English translation of the paragraph only, with no notes, quotes or labels.'
].join('\n');

/** One glossary line per distinct term: `放管服 → streamline administration (not: red tape)`. */
export function glossaryLines(terms: readonly QaTermMatch[]): string[] {
	const seen = new Set<string>();
	const lines: string[] = [];
	for (const term of terms) {
		if (seen.has(term.zh) || term.en.length + term.forbidden.length === 0) continue;
		seen.add(term.zh);
		const use = term.en.length ? term.en.join(' / ') : '(no preferred English)';
		const avoid = term.forbidden.length ? ` (never: ${term.forbidden.join(', ')})` : '';
		lines.push(`${term.zh} → ${use}${avoid}`);
	}
	return lines;
}

/**
 * The messages of an OpenAI-compatible chat completion for one paragraph.
 *
 * @example
 * buildMessages({ source: '深化放管服改革。', terms: [{ start: 2, end: 5, zh: '放管服', en: ['streamline administration'], forbidden: ['red tape'] }] })
 * // [{ role: 'system', … }, { role: 'user', content: 'Glossary …放管服 → streamline administration (never: red tape)…' }]
 */
export function buildMessages(request: MtRequest): ChatMessage[] {
	const parts: string[] = [];
	const glossary = glossaryLines(request.terms);
	if (glossary.length) parts.push('Glossary (Chinese → required English):', ...glossary, '');
	if (request.previous?.trim()) parts.push('Previous paragraph (context):', request.previous, '');
	if (request.next?.trim()) parts.push('Next paragraph (context):', request.next, '');
	parts.push('Paragraph to translate:', request.source);
	return [
		{ role: 'system', content: SYSTEM },
		{ role: 'user', content: parts.join('\n') }
	];
}

/**
 * The translation from a model's answer: trimmed, without a wrapping code fence, quotes or a
 * "Translation:" label that some models add despite the instruction.
 *
 * @example
 * cleanCompletion('Translation: "Deepen reform."') // 'Deepen reform.'
 */
export function cleanCompletion(content: string): string {
	let text = content.trim();
	text = text.replace(/^<think>[\s\S]*?<\/think>\s*/, '');
	const fence = /^```[\w-]*\n([\s\S]*?)\n```$/.exec(text);
	if (fence) text = fence[1].trim();
	text = text.replace(/^(English )?translation\s*[:：]\s*/i, '');
	const quoted = /^["“]([\s\S]*)["”]$/.exec(text);
	if (quoted && !/["“”]/.test(quoted[1])) text = quoted[1];
	return text.trim();
}
