import { describe, expect, it } from 'vitest';
import type { Annotation } from '../types.ts';
import { annotationAuthors, filterAnnotations } from './filter.ts';

function note(id: string, fields: Partial<Annotation>): Annotation {
	return {
		id,
		projectId: 'p',
		segmentId: 's1',
		side: 'source',
		selector: { exact: '宜春时代', prefix: '', suffix: '', start: 0, end: 4 },
		detached: false,
		body: '',
		category: 'comment',
		status: 'open',
		author: '李编辑',
		replies: [],
		createdAt: 0,
		updatedAt: 0,
		...fields
	};
}

const notes = [
	note('a', { segmentId: 's2', category: 'error', severity: 'major', side: 'target' }),
	note('b', { segmentId: 's1', status: 'resolved', body: 'CATL Yichun', author: 'Ann' }),
	note('c', {
		segmentId: 's1',
		category: 'question',
		detached: true,
		selector: { exact: '茶叙会', prefix: '', suffix: '', start: 9, end: 12 }
	}),
	note('d', {
		segmentId: 's2',
		category: 'cultural',
		replies: [{ id: 'r', author: 'Bo', body: 'tea-talk meeting', createdAt: 1 }]
	})
];
const order = new Map([
	['s1', 0],
	['s2', 1]
]);

describe('filterAnnotations', () => {
	it.each([
		{ name: 'no filter, document order', filter: {}, ids: ['b', 'c', 'd', 'a'] },
		{
			name: 'category',
			filter: { categories: ['error' as const, 'question' as const] },
			ids: ['c', 'a']
		},
		{ name: 'severity', filter: { severities: ['major' as const] }, ids: ['a'] },
		{ name: 'status', filter: { statuses: ['resolved' as const] }, ids: ['b'] },
		{ name: 'author', filter: { authors: ['Ann'] }, ids: ['b'] },
		{ name: 'side', filter: { sides: ['target' as const] }, ids: ['a'] },
		{ name: 'detached', filter: { detached: true }, ids: ['c'] },
		{ name: 'text in a reply', filter: { text: 'TEA-TALK' }, ids: ['d'] },
		{ name: 'text in the quote', filter: { text: '茶叙' }, ids: ['c'] },
		{
			name: 'empty lists let all through',
			filter: { categories: [], authors: [] },
			ids: ['b', 'c', 'd', 'a']
		}
	])('$name', ({ filter, ids }) => {
		expect(filterAnnotations(notes, filter, order).map((n) => n.id)).toEqual(ids);
	});
});

describe('annotationAuthors', () => {
	it('lists note and reply authors once', () => {
		expect(annotationAuthors(notes)).toEqual(
			['Ann', 'Bo', '李编辑'].sort((a, b) => a.localeCompare(b))
		);
	});
});
