import { describe, expect, it } from 'vitest';
import type { SegmentStatus } from '../types.ts';
import {
	confirmedCount,
	effectiveStatuses,
	statusAtLeast,
	togetherGroups,
	togetherLeads
} from './together.ts';

const seg = (id: string, order: number, status: SegmentStatus, translatedWith?: string) =>
	translatedWith ? { id, order, status, translatedWith } : { id, order, status };

describe('paragraphs translated together', () => {
	const segments = [
		seg('a', 0, 'translated'),
		seg('b', 1, 'draft', 'a'),
		seg('c', 2, 'draft', 'a'),
		seg('d', 3, 'new'),
		// Stale or impossible pointers count as no group.
		seg('e', 4, 'draft', 'gone'),
		seg('f', 5, 'draft', 'g'),
		seg('g', 6, 'reviewed'),
		seg('h', 7, 'draft', 'b'),
		{ ...seg('i', 8, 'draft', 'g'), target: 'Typed by hand.' }
	];

	it('finds each member’s lead, ignoring stale pointers', () => {
		expect([...togetherLeads(segments)]).toEqual([
			['b', 'a'],
			['c', 'a']
		]);
		expect([...togetherGroups(segments)].map(([lead, g]) => [lead, g.map((s) => s.id)])).toEqual([
			['a', ['a', 'b', 'c']]
		]);
	});

	it('counts a member with its lead’s status', () => {
		expect(effectiveStatuses(segments).get('b')).toBe('translated');
		expect(effectiveStatuses(segments).get('e')).toBe('draft');
		expect(confirmedCount(segments)).toBe(4); // a, b, c, g
	});

	it('orders statuses', () => {
		expect(statusAtLeast('reviewed', 'translated')).toBe(true);
		expect(statusAtLeast('draft', 'translated')).toBe(false);
		expect(statusAtLeast('new', 'new')).toBe(true);
	});
});
