import { describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProjectFile, type ProjectFile } from './project-file.ts';
import { parseBackup, serializeBackup, type Backup } from './backup.ts';
import { corpusProject } from '../../../../../tests/judges/corpus-project.ts';

function fullProject(): ProjectFile {
	const file = corpusProject();
	const seg = file.segments[5];
	file.revisions.push({
		id: 'r1',
		projectId: file.project.id,
		segmentId: seg.id,
		target: 'An earlier try.',
		status: 'draft',
		reason: 'confirm',
		createdAt: 1
	});
	file.tmUnits.push({
		id: 'tm1',
		source: seg.source,
		target: seg.target,
		sourceLang: 'zh-CN',
		targetLang: 'en',
		origin: 'project',
		projectId: file.project.id,
		segmentId: seg.id,
		createdAt: 2,
		updatedAt: 3
	});
	file.drafts.push({
		id: 'd1',
		projectId: file.project.id,
		name: 'en.txt',
		text: 'A\n\nB',
		paragraphs: ['A', 'B'],
		beads: [{ source: [seg.id], target: [0, 1], score: 0.9, locked: true }],
		accepted: false,
		createdAt: 4,
		updatedAt: 5
	});
	file.annotations[0].replies.push({ id: 'rep1', author: '译者', body: '好的 OK', createdAt: 6 });
	file.annotations[0].severity = 'major';
	file.segments[2].score = 0.87;
	file.segments[3].joined = [3, 4];
	file.inlineTags = {
		[seg.id]: [
			{ kind: 'standalone', format: 'xliff1', xml: '<x id="1"/>', name: 'x', label: '', ref: '1' }
		]
	};
	return file;
}

describe('project file', () => {
	it('round-trips exactly', () => {
		const file = fullProject();
		const back = parseProjectFile(serializeProjectFile(file));
		expect(back.issues).toEqual([]);
		expect(back.value).toEqual(file);
	});

	it.each([
		[(f: Record<string, unknown>) => (f.format = 'other'), 'project_wrong_format', 'format'],
		[(f: Record<string, unknown>) => (f.version = 2), 'project_unsupported_version', 'version'],
		[(f: Record<string, unknown>) => delete f.segments, 'project_missing_list', 'segments'],
		[
			(f: { segments: { kind: string }[] }) => (f.segments[4].kind = 'chapter'),
			'project_bad_record',
			'segments[4].kind'
		],
		[
			(f: { annotations: { selector: { start: unknown } }[] }) =>
				(f.annotations[0].selector.start = '3'),
			'project_bad_record',
			'annotations[0].selector'
		],
		[
			(f: { segments: { id: string }[] }) => (f.segments[1].id = f.segments[0].id),
			'project_duplicate_id',
			'segments'
		],
		[
			(f: { project: { name?: string } }) => delete f.project.name,
			'project_bad_record',
			'project.name'
		],
		[
			(f: { segments: { order: number }[] }) => (f.segments[1].order = 0),
			'project_duplicate_order',
			'segments'
		]
	])('refuses a broken file %#', (breakIt, code, path) => {
		const json = JSON.parse(serializeProjectFile(fullProject()));
		(breakIt as (f: unknown) => void)(json);
		const r = parseProjectFile(JSON.stringify(json));
		expect(r.value).toBeNull();
		expect(r.issues[0]).toMatchObject({ severity: 'error', code, path });
	});

	it('says where the JSON is broken, on one line', () => {
		const r = parseProjectFile('{"format": "duiyi-project",\n"version": 1,,}');
		expect(r.issues[0].code).toBe('project_not_json');
		expect(r.issues[0].message).not.toContain('\n');
	});
});

describe('workspace backup', () => {
	const a = fullProject();
	const b = corpusProject(4);
	b.project.id = 'p2';
	const backup: Backup = {
		format: 'duiyi-backup',
		version: 1,
		createdAt: 1_700_000_000_123,
		projects: [a, b].map((f) => ({
			project: f.project,
			segments: f.segments,
			drafts: f.drafts,
			annotations: f.annotations,
			revisions: f.revisions,
			...(f.inlineTags ? { inlineTags: f.inlineTags } : {})
		})),
		glossaries: a.glossaries,
		termEntries: a.termEntries,
		tmUnits: a.tmUnits,
		settings: { locale: 'zh-CN', theme: 'dark', shortcuts: { confirm: 'Ctrl+Enter' }, fontSize: 15 }
	};

	it('restore reproduces every project, text, status, revision, term, note and TM unit', () => {
		const back = parseBackup(serializeBackup(backup));
		expect(back.issues).toEqual([]);
		expect(back.value).toEqual(backup);
	});

	it('keeps unusual text exactly', () => {
		const odd = structuredClone(backup);
		odd.projects[0].segments[0].target = 'tab\there, CR\r\n, emoji 🀄, U+2028\u2028, lone quote "';
		expect(parseBackup(serializeBackup(odd)).value).toEqual(odd);
	});

	it.each([
		[(x: Backup) => ((x as { format: string }).format = 'duiyi-project'), 'backup_wrong_format'],
		[
			(x: Backup) => ((x.projects[1].segments[2] as { status: string }).status = '?'),
			'project_bad_record'
		],
		[(x: Backup) => ((x.tmUnits[0] as { origin: string }).origin = 'web'), 'project_bad_record'],
		[(x: Backup) => ((x as { settings: unknown }).settings = []), 'backup_bad_record']
	])('refuses the whole file for one bad record %#', (breakIt, code) => {
		const bad = structuredClone(backup);
		breakIt(bad);
		const r = parseBackup(serializeBackup(bad));
		expect(r.value).toBeNull();
		expect(r.issues[0].code).toBe(code);
	});
});
