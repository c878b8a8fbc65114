/**
 * A project built from the seed article for export tests: paragraphs of zh.txt paired in order
 * with paragraphs of en.txt (good enough to exercise formats; alignment has its own tests),
 * with every status, a locked segment, notes on exact words, and a glossary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitItems } from '../../src/lib/domain/text/items.ts';
import { projectFromParagraphs } from '../../src/lib/domain/formats/project/from-texts.ts';
import type { ProjectFile } from '../../src/lib/domain/formats/project/project-file.ts';
import type { SegmentStatus } from '../../src/lib/domain/types.ts';

import { ROOT } from '../helpers/shared.ts';

export { hasShared, needsShared, ROOT, SHARED } from '../helpers/shared.ts';
const CORPUS = resolve(ROOT, 'corpus/yichun-etdz-2023');

export function corpusTexts(): { zh: string; en: string } {
	const zh = readFileSync(resolve(CORPUS, 'zh.txt'), 'utf8');
	const enPath = resolve(CORPUS, 'en.txt');
	const en = existsSync(enPath) ? readFileSync(enPath, 'utf8') : '';
	return { zh, en };
}

/** The seed article as a project; `limit` keeps only the first paragraphs. */
export function corpusProject(limit = Infinity): ProjectFile {
	const { zh, en } = corpusTexts();
	const zhUnits = splitItems(zh, 'paragraph').slice(0, limit);
	const enUnits = splitItems(en, 'paragraph');
	const statuses: SegmentStatus[] = ['reviewed', 'translated', 'draft', 'translated', 'new'];
	let n = 0;
	const file = projectFromParagraphs(
		zhUnits.map((source, i) => ({
			source,
			kind: i === 0 ? 'title' : i === 1 ? 'subtitle' : source.length < 25 ? 'heading' : 'body',
			target: statuses[i % 5] === 'new' ? '' : (enUnits[i] ?? ''),
			status: enUnits[i] ? statuses[i % 5] : 'new'
		})),
		{ name: '风华正茂勇争先', newId: () => `id-${++n}`, now: 1_700_000_000_000 }
	);
	file.segments[0].locked = true;
	const body = file.segments.find(
		(s) => s.kind === 'body' && s.target && s.source.includes('宜春经开区')
	);
	if (body) {
		const start = body.source.indexOf('宜春经开区');
		file.annotations.push({
			id: 'note-1',
			projectId: file.project.id,
			segmentId: body.id,
			side: 'source',
			selector: {
				exact: '宜春经开区',
				prefix: body.source.slice(Math.max(0, start - 10), start),
				suffix: body.source.slice(start + 5, start + 15),
				start,
				end: start + 5
			},
			detached: false,
			body: 'Use "Yichun ETDZ" after the first mention <b>&</b>',
			category: 'terminology',
			status: 'open',
			author: 'Reviser',
			replies: [],
			createdAt: 1_700_000_000_000,
			updatedAt: 1_700_000_000_000
		});
	}
	file.glossaries.push({
		id: 'g1',
		name: 'Yichun',
		sourceLang: 'zh-CN',
		targetLang: 'en',
		createdAt: 0,
		updatedAt: 0
	});
	file.project.glossaryIds = ['g1'];
	file.termEntries.push({
		id: 't1',
		glossaryIds: ['g1'],
		terms: [
			{ lang: 'zh-CN', text: '宜春经开区', status: 'preferred' },
			{ lang: 'en', text: 'Yichun ETDZ', status: 'preferred' }
		],
		createdAt: 0,
		updatedAt: 0
	});
	return file;
}

/** Pairs sentences in order, the longer side's extra sentences joining the last pair. */
export function pairUp(zh: string[], en: string[]): { source: string; target: string }[] | null {
	if (zh.length < 2 || en.length < 2) return null;
	const n = Math.min(zh.length, en.length);
	const pairs = [];
	for (let i = 0; i < n; i++) {
		pairs.push({
			source: i === n - 1 ? zh.slice(i).join('') : zh[i],
			target: i === n - 1 ? en.slice(i).join('') : en[i]
		});
	}
	return pairs;
}
