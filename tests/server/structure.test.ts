/**
 * Structure edits and note deletions through the real server: one member splits and merges
 * paragraphs and deletes a note while another, offline, types and moves a paragraph; on
 * reconnect both have the same paragraphs, notes and revisions (with their authors), and so does
 * what the server reads back from its database after a restart.
 */
import { afterAll, expect, it } from 'vitest';
import { whenSynced } from '../../src/lib/sync/connection.ts';
import {
	addRevision,
	applyStructure,
	applyTyped,
	readProject,
	removeNote,
	writeProject,
	type SharedProject
} from '../../src/lib/sync/project-doc.ts';
import type { Segment } from '../../src/lib/domain/types.ts';
import {
	addUsers,
	connect,
	eventually,
	shareDocument,
	signIn,
	sqliteBackend,
	startServer,
	type RunningServer,
	removeTempDirs
} from './helpers.ts';

// Registered first, so it runs last: after the server of this file has stopped.
afterAll(removeTempDirs);

const PASSWORD = 'structure pass 1';
const backend = sqliteBackend();
let server: RunningServer | undefined;
afterAll(async () => server?.kill('SIGTERM'));

const seg = (id: string, order: number, source: string, target: string): Segment => ({
	id,
	projectId: 'st',
	order,
	kind: 'body',
	source,
	target,
	status: 'draft',
	locked: false,
	provenance: 'typed',
	updatedAt: 1
});

const project: SharedProject = {
	project: {
		id: 'st',
		name: 'S',
		sourceLang: 'zh-CN',
		targetLang: 'en',
		glossaryIds: [],
		createdAt: 1
	},
	segments: [
		seg('a', 0, '甲。乙。', 'A. B.'),
		seg('c', 1, '丙。', 'C.'),
		seg('d', 2, '丁。', 'D.'),
		seg('e', 3, '戊。', 'E.')
	],
	annotations: ['n1', 'n2'].map((id) => ({
		id,
		projectId: 'st',
		segmentId: 'c',
		side: 'target' as const,
		selector: { exact: 'C', prefix: '', suffix: '.', start: 0, end: 1 },
		detached: false,
		body: `note ${id}`,
		category: 'question' as const,
		status: 'open' as const,
		author: 'alice',
		createdAt: 1,
		updatedAt: 1,
		replies: []
	})),
	revisions: [],
	confirmed: []
};

const view = (shared: SharedProject) => ({
	paragraphs: shared.segments.map((s) => `${s.source}=${s.target}`),
	notes: shared.annotations.map((n) => n.id).sort(),
	revisions: shared.revisions.map((r) => `${r.reason}:${r.by}`)
});

it('split, merge, move and note deletion reach every member, offline included, and the database', async () => {
	addUsers(backend, ['alice', 'bob'], PASSWORD);
	server = await startServer(backend);
	const alice = await signIn(server.url, 'alice', PASSWORD);
	const bob = await signIn(server.url, 'bob', PASSWORD);
	const name = await shareDocument(
		server.url,
		alice,
		{ kind: 'project', id: 'st', title: 'S' },
		{ bob: 'translator' }
	);
	const a = connect(server.url, name, alice);
	writeProject(a.doc, project, 'alice');
	await whenSynced(a.provider);
	const b = connect(server.url, name, bob);
	await whenSynced(b.provider);
	await eventually(() => readProject(b.doc).segments.length === 4, 10_000, 'bob has the project');

	// Bob goes offline; he types into ¶d and moves ¶e to the top.
	b.provider.configuration.websocketProvider.disconnect();
	const bobFed = readProject(b.doc).segments;
	applyTyped(b.doc, 'd', 'D.', 'D. Offline words.', 'bob', 10);
	const moved = [bobFed[3], bobFed[0], bobFed[1], bobFed[2]];
	applyStructure(b.doc, bobFed, moved, 'bob', 11);

	// Meanwhile Alice splits ¶a, merges ¶d into ¶c, deletes a note and restores a version.
	const fed = readProject(a.doc).segments;
	const rows = [
		{ ...fed[0], source: '甲。', target: 'A.' },
		seg('a2', 1, '乙。', 'B.'),
		{ ...fed[1], source: '丙。丁。', target: 'C. D.' },
		fed[3]
	];
	applyStructure(a.doc, fed, rows, 'alice', 12);
	removeNote(a.doc, 'n2');
	addRevision(a.doc, {
		id: 'r1',
		projectId: 'st',
		segmentId: 'c',
		target: 'C.',
		status: 'draft',
		reason: 'merge',
		createdAt: 12,
		by: 'alice'
	});
	await whenSynced(a.provider);

	b.provider.configuration.websocketProvider.connect();
	await whenSynced(b.provider);
	const expected = {
		paragraphs: ['戊。=E.', '甲。=A.', '乙。=B.', '丙。丁。=C. D.'],
		notes: ['n1'],
		revisions: ['merge:alice']
	};
	await eventually(
		() => JSON.stringify(view(readProject(a.doc))) === JSON.stringify(view(readProject(b.doc))),
		20_000,
		'both replicas the same'
	);
	expect(view(readProject(a.doc))).toEqual(expected);
	// Bob's offline words in the paragraph Alice merged away are still in the document.
	expect(
		b.doc.getMap<import('yjs').Map<unknown>>('segments').get('d')?.get('target')?.toString()
	).toBe('D. Offline words.');
	a.provider.destroy();
	b.provider.destroy();

	await server.kill('SIGTERM');
	server = await startServer(backend, server.port);
	const reader = connect(server.url, name, await signIn(server.url, 'bob', PASSWORD));
	await whenSynced(reader.provider);
	await eventually(() => readProject(reader.doc).segments.length === 4, 10_000, 'reload');
	expect(view(readProject(reader.doc))).toEqual(expected);
	reader.provider.destroy();
}, 90_000);
