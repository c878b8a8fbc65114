import { beforeEach, describe, expect, it } from 'vitest';
import type { Segment, SegmentStatus } from '$lib/domain/types.ts';
import type { TypedWrite } from '$lib/db/repos/segments.ts';
import { recordPending, replayPending, type ReplayTarget } from './pending-writes.ts';
import { storedItems as memory } from '../../../tests/helpers/local-storage.ts';

type Write = [string, string, string, SegmentStatus | undefined];

/** A database of one paragraph as a gone tab left it; records what the replay writes. */
function database(stored: Pick<Segment, 'target' | 'status'>) {
	const writes: Write[] = [];
	const segments: ReplayTarget = {
		get: async () => ({ ...stored, id: 's1', locked: false, updatedAt: 0 }) as Segment,
		saveTyped: async (id, target, base, status) => {
			writes.push([id, target, base, status]);
			return { kind: 'saved', segment: { ...stored, target } as Segment } as TypedWrite;
		}
	};
	return { segments, writes };
}

/** A log left by another tab that is gone (closed or reloaded before its writes). */
function goneTabLog(entry: object) {
	localStorage.setItem('duiyi.typing.gone-tab', JSON.stringify({ s1: { at: 1, ...entry } }));
}

describe('the typing log replays a confirmation a closed tab did not store', () => {
	beforeEach(() => localStorage.clear());

	it('confirms the stored text that was confirmed', async () => {
		goneTabLog({ target: 'Done.', base: 'Done', status: 'translated' });
		const { segments, writes } = database({ target: 'Done.', status: 'draft' });
		expect(await replayPending(segments)).toBe(1);
		expect(writes).toEqual([['s1', 'Done.', 'Done.', 'translated']]);
	});

	it('writes and confirms text the database does not have yet', async () => {
		goneTabLog({ target: 'Done.', base: 'Done', status: 'reviewed' });
		const { segments, writes } = database({ target: 'Done', status: 'draft' });
		await replayPending(segments);
		expect(writes).toEqual([['s1', 'Done.', 'Done', 'reviewed']]);
	});

	it('does not confirm text merged with another tab’s newer text', async () => {
		goneTabLog({ target: 'Done. Mine', base: 'Done.', status: 'translated' });
		const { segments, writes } = database({ target: 'Theirs. Done.', status: 'draft' });
		await replayPending(segments);
		expect(writes).toHaveLength(1);
		expect(writes[0][3]).toBeUndefined();
	});

	it('leaves alone a confirmation the database already has', async () => {
		goneTabLog({ target: 'Done.', base: 'Done.', status: 'translated' });
		const { segments, writes } = database({ target: 'Done.', status: 'translated' });
		expect(await replayPending(segments)).toBe(0);
		expect(writes).toEqual([]);
	});

	it('keeps the status only with the entry that carries it', () => {
		recordPending('s2', 'Typed', '', 'translated');
		recordPending('s2', 'Typed more', '');
		const own = JSON.parse([...memory.values()].find((v) => v.includes('s2')) ?? '{}');
		expect(own.s2.status).toBeUndefined();
	});
});
