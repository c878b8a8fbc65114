/**
 * `npx tsx bench/repair.ts`: paragraph repair on the broken articles of tests/fixtures/repair,
 * scored against a reader's repair; the held-out article is reported apart.
 */
import { loadRepairArticles, scoreRepair } from '../tests/helpers/repair-score.ts';

const verbose = process.argv.includes('--verbose');
const rows = loadRepairArticles().map((a) => ({ a, s: scoreRepair(a) }));
for (const group of [false, true]) {
	const part = rows.filter((r) => r.a.heldOut === group);
	if (!part.length) continue;
	console.log(group ? 'held out (not used while tuning):' : 'tuning articles:');
	for (const { a, s } of part) {
		console.log(
			`  ${a.name}: paragraphs ${s.paragraphs}/${s.goldParagraphs} (made ${s.madeParagraphs}), kinds ${s.kindsRight}/${s.goldParagraphs}, captions+credits ${s.captionsCreditsRight}/${s.captionsCredits}, false captions/credits ${s.falseCaptionsCredits}, order ${s.orderRight ? 'right' : 'wrong'}`
		);
		// The held-out article is scored, never inspected: its errors are not printed.
		if (verbose && !a.heldOut) for (const e of s.errors) console.log(`      ${e}`);
	}
	const sum = (f: (s: (typeof part)[0]['s']) => number) => part.reduce((n, r) => n + f(r.s), 0);
	console.log(
		`  total: paragraphs ${sum((s) => s.paragraphs)}/${sum((s) => s.goldParagraphs)}, kinds ${sum((s) => s.kindsRight)}/${sum((s) => s.goldParagraphs)}, captions+credits ${sum((s) => s.captionsCreditsRight)}/${sum((s) => s.captionsCredits)}, false captions/credits ${sum((s) => s.falseCaptionsCredits)}`
	);
}
