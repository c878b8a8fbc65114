/**
 * First start: the workspace opens with the seed article as a project, its paragraphs repaired,
 * and the article's glossary attached. Runs once per browser profile.
 */
import seedSource from '../../../corpus/yichun-etdz-2023/zh.txt?raw';
import seedGlossary from '../../../corpus/yichun-etdz-2023/glossary.csv?raw';
import type { Repos } from '$lib/db/repos/index.ts';
import { parseGlossaryCsv } from '$lib/domain/formats/csv/parse.ts';
import { segmentBlocks } from '$lib/domain/import/segment-document.ts';
import { repairBlocks } from '$lib/domain/segmentation/repair.ts';
import { textToBlocks } from '$lib/domain/segmentation/blocks.ts';

const SEEDED = 'seeded';
export const SEED_PROJECT_NAME = '风华正茂勇争先 — 宜春经开区';
export const SEED_GLOSSARY_NAME = '宜春经开区 Yichun ETDZ';

export async function ensureSeed(repos: Repos): Promise<void> {
	if (await repos.settings.get(SEEDED, false)) return;
	await repos.settings.set(SEEDED, true);
	if ((await repos.projects.list()).length > 0) return;
	const parsed = parseGlossaryCsv(seedGlossary);
	const glossary = await repos.glossaries.create(
		SEED_GLOSSARY_NAME,
		(parsed.value?.entries ?? []).map(({ terms, domain, definition, note, source }) => ({
			terms,
			domain,
			definition,
			note,
			source
		}))
	);
	// The repairs are recorded as accepted decisions, so each join can be undone in the editor.
	const blocks = textToBlocks(seedSource);
	const proposal = repairBlocks(blocks);
	const segments = segmentBlocks(blocks, { repair: true }, proposal).map((unit) => ({
		source: unit.text,
		kind: unit.kind,
		joined: unit.joined
	}));
	await repos.repairs.createProject(
		{ name: SEED_PROJECT_NAME, segments, glossaryIds: [glossary.id] },
		proposal.proposals,
		{},
		blocks
	);
}
