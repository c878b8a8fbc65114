import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../types.ts';
import { createSelector } from './anchor.ts';
import { applyEditToAnnotations, reanchorAnnotation } from './place.ts';

const ZH = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8').split(/\r?\n/)[34]; // line 35

function noteOn(text: string, quote: string, id: string): Annotation {
	const start = text.indexOf(quote);
	return {
		id,
		projectId: 'p',
		segmentId: 's35',
		side: 'source',
		selector: createSelector(text, start, start + quote.length),
		detached: false,
		body: 'check',
		category: 'terminology',
		status: 'open',
		author: 'a',
		replies: [],
		createdAt: 0,
		updatedAt: 0
	};
}

describe('reanchorAnnotation when alignment replaces a draft target', () => {
	const draft =
		'As a modern lithium battery plant built by CATL with an investment of 13.5 billion yuan, ' +
		'CATL Yichun rose from the ground in just 18 months.';
	const aligned =
		'CATL Yichun, a modern lithium battery factory in which global battery giant CATL invested ' +
		'13.5 billion yuan, was completed in only 18 months and went into production in July.';
	it.each([
		{ quote: 'CATL Yichun', detached: false, now: 'CATL Yichun' },
		{ quote: '13.5 billion yuan', detached: false, now: '13.5 billion yuan' },
		{ quote: 'lithium battery plant', detached: false, now: 'lithium battery factory' },
		{ quote: 'rose from the ground', detached: true, now: 'rose from the ground' }
	])('$quote', ({ quote, detached, now }) => {
		const note = { ...noteOn(draft, quote, 'n'), side: 'target' as const };
		const placed = reanchorAnnotation(note, aligned);
		expect(placed.detached).toBe(detached);
		expect(placed.selector.exact).toBe(now);
		if (!detached) expect(aligned.slice(placed.selector.start, placed.selector.end)).toBe(now);
	});
});

describe('applyEditToAnnotations', () => {
	it('keeps notes on their words through edits, detaches and re-attaches', () => {
		let text = ZH;
		let notes = [noteOn(text, '宁德时代', 'catl'), noteOn(text, '宜春时代', 'yc')];
		const edit = (next: string) => {
			notes = applyEditToAnnotations(notes, text, next);
			text = next;
		};
		edit('据报道，' + text);
		expect(notes.map((n) => text.slice(n.selector.start, n.selector.end))).toEqual([
			'宁德时代',
			'宜春时代'
		]);
		// Deleting every 宁德时代 detaches that note and keeps its old quote.
		edit(text.replaceAll('宁德时代', ''));
		expect(notes[0].detached).toBe(true);
		expect(notes[0].selector.exact).toBe('宁德时代');
		expect(notes[1].detached).toBe(false);
		expect(text.slice(notes[1].selector.start, notes[1].selector.end)).toBe('宜春时代');
		// Putting the words back re-attaches it.
		edit(text.replace('全球锂电巨头', '全球锂电巨头宁德时代'));
		expect(notes[0].detached).toBe(false);
		expect(text.slice(notes[0].selector.start, notes[0].selector.end)).toBe('宁德时代');
	});

	it('returns the same object when a note did not move', () => {
		const note = noteOn(ZH, '宁德时代', 'catl');
		const [same] = applyEditToAnnotations([note], ZH, ZH + '另有补充。');
		expect(same).toBe(note);
		expect(reanchorAnnotation(note, ZH)).toBe(note);
	});
});
