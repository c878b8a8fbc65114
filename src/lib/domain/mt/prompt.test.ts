import { describe, expect, it } from 'vitest';
import { buildMessages, cleanCompletion, glossaryLines } from './prompt.ts';

const fangguanfu = {
	start: 2,
	end: 5,
	zh: '放管服',
	en: ['streamline administration', 'delegate power'],
	forbidden: ['red tape']
};

describe('glossaryLines', () => {
	it('lists each term once with its English and the forbidden English', () => {
		expect(
			glossaryLines([
				fangguanfu,
				{ ...fangguanfu, start: 9, end: 12 },
				{ start: 0, end: 3, zh: '开发区', en: ['development zone'], forbidden: [] },
				{ start: 0, end: 2, zh: '空白', en: [], forbidden: [] }
			])
		).toEqual([
			'放管服 → streamline administration / delegate power (never: red tape)',
			'开发区 → development zone'
		]);
	});
});

describe('buildMessages', () => {
	it('puts glossary, context and the paragraph in the user message, in that order', () => {
		const [system, user] = buildMessages({
			source: '深化放管服改革。',
			previous: '第一段。',
			next: '第三段。',
			terms: [fangguanfu]
		});
		expect(system.role).toBe('system');
		expect(system.content).toMatch(/translation .* only/i);
		expect(user.role).toBe('user');
		expect(user.content).toBe(
			[
				'Glossary (Chinese → required English):',
				'放管服 → streamline administration / delegate power (never: red tape)',
				'',
				'Previous paragraph (context):',
				'第一段。',
				'',
				'Next paragraph (context):',
				'第三段。',
				'',
				'Paragraph to translate:',
				'深化放管服改革。'
			].join('\n')
		);
	});

	it('leaves out an empty glossary and missing neighbours', () => {
		const [, user] = buildMessages({ source: '只有一段。', next: '  ', terms: [] });
		expect(user.content).toBe('Paragraph to translate:\n只有一段。');
	});
});

describe('cleanCompletion', () => {
	it.each([
		['  Deepen reform.\n', 'Deepen reform.'],
		['Translation: Deepen reform.', 'Deepen reform.'],
		['English translation：Deepen reform.', 'Deepen reform.'],
		['"Deepen reform."', 'Deepen reform.'],
		['“Deepen reform.”', 'Deepen reform.'],
		['```\nDeepen reform.\n```', 'Deepen reform.'],
		['<think>which word?</think>\nDeepen reform.', 'Deepen reform.'],
		// quotes inside the text are the translation's own
		['"Reform" means "change".', '"Reform" means "change".']
	])('%j → %j', (raw, clean) => {
		expect(cleanCompletion(raw)).toBe(clean);
	});
});
