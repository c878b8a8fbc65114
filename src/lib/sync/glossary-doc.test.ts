import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyEntries, readGlossary, writeGlossary, type SharedGlossary } from './glossary-doc.ts';

const shared: SharedGlossary = {
	glossary: { id: 'g', name: 'G', sourceLang: 'zh-CN', targetLang: 'en', createdAt: 1 },
	entries: [
		{
			id: 'e1',
			terms: [{ lang: 'zh', text: '经开区', status: 'preferred' }],
			createdAt: 1,
			updatedAt: 1
		},
		{
			id: 'e2',
			terms: [{ lang: 'zh', text: '集群', status: 'preferred' }],
			createdAt: 2,
			updatedAt: 2
		}
	]
};

function sync(x: Y.Doc, y: Y.Doc) {
	Y.applyUpdate(y, Y.encodeStateAsUpdate(x, Y.encodeStateVector(y)));
	Y.applyUpdate(x, Y.encodeStateAsUpdate(y, Y.encodeStateVector(x)));
}

describe('shared glossary document', () => {
	it('round-trips a glossary', () => {
		const doc = new Y.Doc();
		writeGlossary(doc, shared, 'li');
		expect(readGlossary(doc)).toEqual(shared);
	});

	it('keeps two members’ changes to different fields of one entry, and a deletion', () => {
		const mine = new Y.Doc();
		writeGlossary(mine, shared, 'li');
		const theirs = new Y.Doc();
		sync(mine, theirs);
		const fed = readGlossary(mine).entries;
		applyEntries(mine, fed, [{ ...fed[0], note: 'mine' }, fed[1]], 'li');
		applyEntries(theirs, fed, [{ ...fed[0], domain: 'economy' }], 'wang');
		sync(mine, theirs);
		for (const doc of [mine, theirs]) {
			expect(readGlossary(doc).entries).toEqual([{ ...fed[0], note: 'mine', domain: 'economy' }]);
		}
		// A replica that changed nothing since it was fed writes nothing (news is not reverted).
		expect(applyEntries(mine, fed, fed, 'li')).toBe(false);
	});
});
