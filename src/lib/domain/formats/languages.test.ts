import { describe, expect, it } from 'vitest';
import { languagePairIssue } from './languages.ts';

describe('languagePairIssue', () => {
	it.each([
		[{ languages: ['zh-CN', 'en-US'] }, null],
		[{ languages: ['zh-Hans', 'en', 'fr-FR'] }, null],
		[{ languages: [] }, null],
		[{ languages: ['de-DE', 'fr-FR'] }, "the file's languages are de-DE, fr-FR, not zh → en"],
		[{ languages: ['zh-CN', 'ja'] }, "the file's languages are zh-CN, ja, not zh → en"],
		[{ declared: { source: 'zh-CN', target: 'en-GB' } }, null],
		[{ declared: { source: 'zh', target: '' } }, null],
		[
			{ declared: { source: 'en-US', target: 'zh-CN' } },
			'the file translates en-US → zh-CN, not zh → en'
		],
		[{ declared: { source: 'de', target: 'fr' } }, 'the file translates de → fr, not zh → en']
	])('%j', (file, message) => {
		const issue = languagePairIssue(file);
		expect(issue?.message ?? null).toBe(message);
		if (issue) expect([issue.code, issue.severity]).toEqual(['languages_not_pair', 'error']);
	});
});
