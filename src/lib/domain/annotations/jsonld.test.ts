import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../types.ts';
import { createSelector } from './anchor.ts';
import {
	ANNO_CONTEXT,
	fromCodePointOffset,
	parseAnnotations,
	serializeAnnotations,
	toCodePointOffset
} from './jsonld.ts';

const lines = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8').split(/\r?\n/);
const ZH = lines[52]; // line 53: 放管服, 拿地即开工, 宜春时代
const EN =
	'Zone authorities have kept deepening the reform to streamline administration, delegate ' +
	'power and improve services, so that key projects start construction as soon as land is acquired.';

const segments = [
	{ id: 'seg-53', source: ZH, target: EN },
	{ id: 'seg/54 ü', source: '推行行政服务便民改革', target: '' }
];

function note(overrides: Partial<Annotation> & { quote: string; text: string }): Annotation {
	const { quote, text, ...rest } = overrides;
	const start = text.indexOf(quote);
	return {
		id: 'n1',
		projectId: 'p-yichun',
		segmentId: 'seg-53',
		side: 'source',
		selector: createSelector(text, start, start + quote.length),
		detached: false,
		body: '',
		category: 'comment',
		status: 'open',
		author: '李编辑',
		replies: [],
		createdAt: Date.UTC(2026, 10, 27, 9, 30, 0, 123),
		updatedAt: Date.UTC(2026, 10, 27, 10, 0, 0, 456),
		...rest
	};
}

const notes: Annotation[] = [
	note({
		quote: '宜春时代',
		text: ZH,
		body: 'Check the **official** English name of 宜春时代 — see [CATL](https://www.catl.com/en/).',
		category: 'terminology',
		replies: [
			{
				id: 'r1',
				author: 'Ann Reviser',
				body: 'It is *CATL Yichun*.',
				createdAt: Date.UTC(2026, 10, 27, 11)
			},
			{ id: 'r2', author: '李编辑', body: '好的，已改。', createdAt: Date.UTC(2026, 10, 27, 12) }
		]
	}),
	note({
		id: 'n2:with/odd chars',
		quote: 'start construction as soon as land is acquired',
		text: EN,
		side: 'target',
		body: '<img src=x onerror=alert(1)> 拿地即开工 is a set phrase; keep the glossary wording.',
		category: 'error',
		severity: 'major',
		status: 'resolved',
		author: 'Ann Reviser'
	}),
	note({
		id: 'n3',
		segmentId: 'seg/54 ü',
		quote: '便民',
		text: '推行行政服务便民改革',
		body: 'cultural note: 便民 — for the convenience of the people',
		category: 'cultural',
		detached: true
	}),
	note({ id: 'n4', quote: '放管服', text: ZH, body: '', category: 'question' })
];

describe('serializeAnnotations', () => {
	const json = JSON.parse(serializeAnnotations(notes, { projectName: '风华正茂勇争先', segments }));

	it('writes a W3C AnnotationCollection with one embedded page', () => {
		expect(json['@context'][0]).toBe(ANNO_CONTEXT);
		expect(json.type).toBe('AnnotationCollection');
		expect(json.label).toBe('风华正茂勇争先');
		expect(json.first.type).toBe('AnnotationPage');
		// Four notes and two replies.
		expect(json.total).toBe(6);
		expect(json.first.items).toHaveLength(6);
	});

	it('describes a note with bodies, a selector pair, a creator and a motivation', () => {
		const [first] = json.first.items;
		expect(first.type).toBe('Annotation');
		expect(first.motivation).toBe('describing');
		expect(first.creator).toEqual({ type: 'Person', name: '李编辑' });
		expect(first.created).toBe('2026-11-27T09:30:00.123Z');
		expect(first.body[0]).toMatchObject({ type: 'TextualBody', format: 'text/markdown' });
		expect(first.body[1]).toEqual({
			type: 'TextualBody',
			value: 'terminology',
			purpose: 'tagging'
		});
		expect(first.target.source.id).toBe('urn:duiyi:p-yichun/segments/seg-53/source');
		expect(first.target.source['duiyi:paragraph']).toBe(1);
		expect(first.target.selector.map((s: { type: string }) => s.type)).toEqual([
			'TextQuoteSelector',
			'TextPositionSelector'
		]);
		expect(first.target.selector[0].exact).toBe('宜春时代');
	});

	it('writes replies as replying annotations on the note', () => {
		const [first, reply] = json.first.items;
		expect(reply.motivation).toBe('replying');
		expect(reply.target).toBe(first.id);
	});

	it('uses the base IRI it is given', () => {
		const out = serializeAnnotations(notes.slice(0, 1), {
			projectName: 'x',
			segments,
			baseIri: 'https://example.org/p/'
		});
		expect(JSON.parse(out).first.items[0].id).toBe('https://example.org/p/annotations/n1');
	});
});

describe('parseAnnotations', () => {
	it('restores exactly what was written', () => {
		const text = serializeAnnotations(notes, { projectName: '风华正茂勇争先', segments });
		const parsed = parseAnnotations(text);
		expect(parsed.issues).toEqual([]);
		expect(parsed.value).toEqual(notes);
	});

	it('moves notes into another project when asked', () => {
		const text = serializeAnnotations(notes, { projectName: 'p', segments });
		const parsed = parseAnnotations(text, { projectId: 'p-copy' });
		expect(parsed.value?.every((n) => n.projectId === 'p-copy')).toBe(true);
	});

	it('reads a single annotation from another tool', () => {
		const foreign = {
			'@context': ANNO_CONTEXT,
			id: 'http://example.org/anno/7',
			type: 'Annotation',
			motivation: 'questioning',
			creator: 'http://example.org/user/ann',
			created: '2026-11-20T08:00:00Z',
			bodyValue: 'Is this the official name?',
			target: {
				source: 'https://example.org/segments/s12/target',
				selector: [
					{ type: 'TextQuoteSelector', exact: 'CATL', prefix: 'by ', suffix: ' in' },
					{ type: 'TextPositionSelector', start: 30, end: 34 }
				]
			}
		};
		const parsed = parseAnnotations(JSON.stringify(foreign), { projectId: 'p' });
		expect(parsed.value).toHaveLength(1);
		expect(parsed.value![0]).toMatchObject({
			id: '7',
			segmentId: 's12',
			side: 'target',
			category: 'question',
			body: 'Is this the official name?',
			status: 'open',
			selector: { exact: 'CATL', start: 30, end: 34 },
			createdAt: Date.UTC(2026, 10, 20, 8),
			updatedAt: Date.UTC(2026, 10, 20, 8)
		});
	});

	const good = () =>
		JSON.parse(serializeAnnotations(notes, { projectName: 'p', segments })) as {
			first: { items: Record<string, unknown>[] };
		};
	const broken: { name: string; text: () => string; code: string; path?: string }[] = [
		{
			name: 'not JSON',
			text: () => '{"type": "AnnotationCollection",',
			code: 'annotation_bad_json'
		},
		{ name: 'a bare string', text: () => '"hello"', code: 'annotation_not_object' },
		{
			name: 'an unknown type',
			text: () => JSON.stringify({ '@context': ANNO_CONTEXT, type: 'Note' }),
			code: 'annotation_unknown_type'
		},
		{
			name: 'a note without a target',
			text: () => {
				const j = good();
				delete j.first.items[3].target;
				return JSON.stringify(j);
			},
			code: 'annotation_missing_target',
			path: 'items[3].target'
		},
		{
			name: 'a negative position',
			text: () => {
				const j = good();
				const target = j.first.items[0].target as { selector: Record<string, unknown>[] };
				target.selector[1].start = -4;
				return JSON.stringify(j);
			},
			code: 'annotation_bad_position',
			path: 'items[0].target.selector'
		},
		{
			name: 'a bad date',
			text: () => {
				const j = good();
				j.first.items[3].created = 'yesterday';
				return JSON.stringify(j);
			},
			code: 'annotation_bad_time',
			path: 'items[3].created'
		},
		{
			name: 'a reply to a missing note',
			text: () => {
				const j = good();
				j.first.items.splice(0, 1);
				return JSON.stringify(j);
			},
			code: 'annotation_orphan_reply',
			path: 'items[0].target'
		},
		{
			name: 'a wrong status',
			text: () => {
				const j = good();
				j.first.items[0]['duiyi:status'] = 'done';
				return JSON.stringify(j);
			},
			code: 'annotation_bad_status',
			path: 'items[0]'
		}
	];
	it.each(broken)('refuses $name', ({ text, code, path }) => {
		const parsed = parseAnnotations(text());
		expect(parsed.value).toBeNull();
		const issue = parsed.issues.find((i) => i.severity === 'error');
		expect(issue?.code).toBe(code);
		if (path !== undefined) expect(issue?.path).toBe(path);
		expect(issue?.message.length).toBeGreaterThan(10);
	});
});

describe('positions in code points', () => {
	// 𠀋 (U+2000B) is outside the BMP: one code point, two UTF-16 units.
	const text = '𠀋字与宜春时代';
	const astral = note({ id: 'x', segmentId: 'seg-x', quote: '宜春时代', text });

	it.each([
		[0, 0],
		[2, 1],
		[3, 2],
		[text.length, text.length - 1]
	])('UTF-16 %i is code point %i and back', (utf16, points) => {
		expect(toCodePointOffset(text, utf16)).toBe(points);
		expect(fromCodePointOffset(text, points)).toBe(utf16);
	});

	it('writes code points, keeps UTF-16 beside them, and restores them', () => {
		const ctx = { projectName: 'p', segments: [{ id: 'seg-x', source: text, target: '' }] };
		const out = serializeAnnotations([astral], ctx);
		const position = JSON.parse(out).first.items[0].target.selector[1];
		expect(position).toEqual({
			type: 'TextPositionSelector',
			start: 3,
			end: 7,
			'duiyi:utf16': [4, 8]
		});
		expect(parseAnnotations(out).value).toEqual([astral]);
	});

	it('converts code points from another tool with the segment texts', () => {
		const ctx = { projectName: 'p', segments: [{ id: 'seg-x', source: text, target: '' }] };
		const json = JSON.parse(serializeAnnotations([astral], ctx));
		delete json.first.items[0].target.selector[1]['duiyi:utf16'];
		const foreign = JSON.stringify(json);
		expect(parseAnnotations(foreign, { segments: ctx.segments }).value![0].selector).toEqual(
			astral.selector
		);
		// Without the texts the code points are taken as they are.
		expect(parseAnnotations(foreign).value![0].selector.start).toBe(3);
	});
});
