/**
 * `npm run bench:genre [-- --json] [-- --only SLUG] [-- --in-sample]`: how the app does on every article of
 * corpus/ that has a human reading (reading.json): paragraph repair of zh.txt and zh.docx,
 * alignment of each draft, the number check on the reference and on injected errors
 * (bench/lib/genre-measure.ts says what is called and how it is scored). The seed article is
 * in-sample (the engines were built on it); the others are out-of-sample and printed apart.
 * Markdown on stdout, or one JSON document with --json. --in-sample measures only the articles
 * already tuned on, so that whoever tunes never sees an out-of-sample article's failures.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchDictionary } from './lib/dictionary.ts';
import { loadArticles, type Article } from './lib/genre-corpus.ts';
import {
	articleGlossary,
	measureAlignment,
	measureNumbers,
	measureRepair,
	type AlignResult,
	type NumbersResult,
	type RepairResult
} from './lib/genre-measure.ts';
import { INJECTION_KINDS } from '../tests/helpers/number-errors.ts';

/**
 * Articles the engines were developed on: all of them, so far. yunxi and jiangzhou were written
 * out-of-sample for issue 11 and their failures fixed afterwards (sessions of 7 December);
 * lanjiang and xinghu were measured out-of-sample by the lead (7 December, before 08:05 UTC),
 * then their failures were fixed (branches align2, genre2); hexi and qingshan were measured
 * out-of-sample by the lead (session c, 10:01–10:03 UTC), then fixed (branch genre3); dongping,
 * songling and haicheng were measured out-of-sample by the lead after genre3 (session c,
 * 10:42–10:46 UTC), then fixed (branch genre4); linhai and yuncheng were measured out-of-sample
 * by the lead after genre4 (session c, 11:20 UTC), then fixed (branch genre5). In session d
 * anping, ruxi and xiping were measured out-of-sample (13:15–13:19 UTC), then fixed (branches
 * repair6, numbers6); beiling and qiaonan were measured out-of-sample (13:25, 13:37 UTC) and
 * again after those fixes, then their number failures were fixed (branch numbers7; their repair
 * and alignment failures were not worked on). lujiang (written after all of them) is out-of-
 * sample, except that the lead fixed one repair rule of repair6 that broke on it (a page header
 * taken for a table row). In session e nanqiao, tongling and wuyan were measured out-of-sample
 * (16:25 UTC, main fde2fbe) and, with lujiang, given to the fixers; fenghe, jingyuan and heyang
 * were held back from them and measured after their fixes (round 8, 17:50 UTC, main be4d6ff),
 * then given to a last round of fixers. A new article is out-of-sample until someone fixes what it shows:
 * write one before tuning again.
 */
const IN_SAMPLE = new Set([
	'yichun-etdz-2023',
	'yunxi-tea-2023',
	'jiangzhou-business-2023',
	'lanjiang-work-report-2024',
	'xinghu-digital-park-2024',
	'hexi-economy-q3-2024',
	'qingshan-border-trade-2024',
	'dongping-rural-revival-2024',
	'songling-policy-qa-2024',
	'haicheng-green-port-2024',
	'linhai-sme-finance-2024',
	'yuncheng-old-town-renewal-2024',
	'anping-medical-insurance-2024',
	'ruxi-culture-tourism-2024',
	'xiping-budget-report-2024',
	'beiling-nev-battery-2024',
	'qiaonan-elderly-care-2024',
	'lujiang-water-conservancy-2024',
	'nanqiao-free-trade-zone-2024',
	'tongling-employment-2024',
	'wuyan-forest-carbon-2024',
	'fenghe-low-altitude-economy-2024',
	'jingyuan-ice-snow-economy-2024',
	'heyang-seed-industry-2024',
	// Session f: written blind, measured out of sample (round 9), then given to the fixers.
	'dongshan-prepared-food-2024',
	'xiaguang-data-elements-2024',
	// Measured blind in rounds 9-10, then given to the hard-wrap fixer (pdf2).
	'haiyan-marine-ranching-2024'
]);

interface ArticleReport {
	slug: string;
	sample: 'in' | 'out';
	paragraphs: number;
	repair: RepairResult[];
	alignment: AlignResult[];
	numbers: NumbersResult & { rows: number };
}

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const inSampleOnly = args.includes('--in-sample');

function uptime(): string {
	try {
		return execFileSync('uptime', { encoding: 'utf8' }).trim();
	} catch {
		return `load average ${loadavg()
			.map((x) => x.toFixed(2))
			.join(', ')}`;
	}
}

function measure(article: Article, dictionary: ReturnType<typeof benchDictionary>['dictionary']) {
	const glossary = articleGlossary(article);
	// The reference translation is a draft too: every paragraph 1-1.
	const reference = {
		name: 'en.txt (reference)',
		paragraphs: article.en,
		gold: article.en.map((_, i) => ({ zh: [i], en: [i] }))
	};
	const numbers = measureNumbers(article);
	return {
		slug: article.slug,
		sample: IN_SAMPLE.has(article.slug) ? 'in' : 'out',
		paragraphs: article.reading.length,
		repair: (['zh.txt', 'zh.docx'] as const)
			.filter((f) => f === 'zh.txt' || article.hasDocx)
			.map((f) => measureRepair(article, f)),
		alignment: [reference, ...article.drafts].map((d) =>
			measureAlignment(article.reading, d, dictionary, glossary, article.blocks)
		),
		numbers: { ...numbers, rows: article.numbers.length }
	} satisfies ArticleReport;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdown(report: ArticleReport): string {
	const out: string[] = [];
	const sample = report.sample === 'in' ? 'in-sample' : 'out-of-sample';
	out.push(`### ${report.slug} (${sample}, ${report.paragraphs} gold paragraphs)`, '');
	out.push('| Measure | Result |', '| --- | --- |');
	for (const r of report.repair) {
		if (r.error) {
			out.push(`| Repair of ${r.file} | not measured: ${cell(r.error)} |`);
			continue;
		}
		out.push(
			`| Repair of ${r.file}: paragraphs exactly right (text and blocks) | ${r.exact}/${r.paragraphs} = ${pct(r.exact, r.paragraphs)}${r.sameOrder ? ', whole document in the gold order' : ''} |`,
			`| Repair of ${r.file}: caption and credit kinds right | ${r.captionCredit}/${r.captionCreditTotal} = ${pct(r.captionCredit, r.captionCreditTotal)}; ${r.falseCaptionCredit.length} other paragraph(s) called caption/credit |`,
			`| Repair of ${r.file}: kinds right among exact paragraphs | ${r.kindsRight}/${r.exact} |`
		);
	}
	for (const a of report.alignment) {
		out.push(
			`| Alignment, ${a.draft}: gold beads exactly right | ${a.right}/${a.beads} = ${pct(a.right, a.beads)} |`
		);
	}
	const n = report.numbers;
	out.push(
		`| Number check on gold Chinese + en.txt: findings (all false alarms) | ${n.falseAlarms.length} |`
	);
	if (n.rows === 0) {
		out.push('| Injected number errors caught | — (no numbers.tsv) |');
	} else {
		const caught = n.injected.filter((i) => i.caught).length;
		out.push(
			`| Injected number errors caught (${n.rows} phrases, one mutation at a time) | ${caught}/${n.injected.length} = ${pct(caught, n.injected.length)} |`
		);
		const byType = INJECTION_KINDS.map((t) => {
			const of = n.injected.filter((i) => i.type === t);
			return of.length ? `${t} ${of.filter((i) => i.caught).length}/${of.length}` : '';
		}).filter(Boolean);
		out.push(`| … by mutation | ${byType.join(', ')} |`);
	}
	out.push('');
	const details: string[] = [];
	for (const r of report.repair) {
		for (const w of r.wrongParagraphs) {
			details.push(
				`- repair ${r.file}: gold ${w.kind} [${w.gold}] → app ${w.app.map((a) => `[${a}]`).join(' ')}`
			);
		}
		for (const w of r.wrongKinds) {
			details.push(`- repair ${r.file}: [${w.blocks}] is a ${w.gold}, the app says ${w.app}`);
		}
		for (const w of r.falseCaptionCredit) {
			details.push(`- repair ${r.file}: [${w.blocks}] called ${w.app}, the reading says ${w.gold}`);
		}
	}
	for (const a of report.alignment) {
		for (const w of a.wrong) details.push(`- align ${a.draft}: gold ${w.gold} → app ${w.app}`);
	}
	for (const f of n.falseAlarms) {
		details.push(
			`- false alarm ¶${f.paragraph} ${f.code}: ${cell(f.source ?? '')} ↔ ${cell(f.target ?? '')}`
		);
	}
	for (const i of n.injected.filter((x) => !x.caught)) {
		details.push(
			`- missed ¶${i.paragraph} ${i.type} (${i.kind}) ${i.zh}: "${i.en}" → "${i.mutated}"`
		);
	}
	if (details.length)
		out.push('<details><summary>What was wrong</summary>', '', ...details, '', '</details>', '');
	return out.join('\n');
}

function summary(reports: ArticleReport[]): string {
	const rows = [
		'| Article | Sample | Repair .txt | Repair .docx | Captions/credits .txt / .docx | Alignment (beads right per draft) | Number false alarms | Injected caught |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |'
	];
	for (const r of reports) {
		const rep = (f: string) => {
			const x = r.repair.find((y) => y.file === f);
			return !x ? '—' : x.error ? 'n/a' : pct(x.exact, x.paragraphs);
		};
		const cap = r.repair
			.map((x) => (x.error ? 'n/a' : `${x.captionCredit}/${x.captionCreditTotal}`))
			.join(' / ');
		const al = r.alignment
			.map((a) => `${a.draft.replace(/ \(reference\)/, '')} ${a.right}/${a.beads}`)
			.join(', ');
		const inj = r.numbers.injected;
		const caught = inj.filter((i) => i.caught).length;
		rows.push(
			`| ${r.slug} | ${r.sample === 'in' ? 'in' : 'out'} | ${rep('zh.txt')} | ${rep('zh.docx')} | ${cap} | ${al} | ${r.numbers.falseAlarms.length} | ${inj.length ? pct(caught, inj.length) : '—'} |`
		);
	}
	return rows.join('\n');
}

const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url));
const articles = loadArticles(corpusDir).filter(
	(a) => (!only || a.slug === only) && (!inSampleOnly || IN_SAMPLE.has(a.slug))
);
if (articles.length === 0) {
	process.stderr.write(
		`bench:genre: no article with reading.json in ${corpusDir}${only ? ` named ${only}` : ''}\n`
	);
	process.exit(1);
}
const started = uptime();
const { dictionary } = benchDictionary();
const reports = articles.map((a) => measure(a, dictionary));
const ended = uptime();

if (asJson) {
	process.stdout.write(
		JSON.stringify(
			{ date: new Date().toISOString(), uptime: { started, ended }, articles: reports },
			null,
			2
		) + '\n'
	);
} else {
	const inSample = reports.filter((r) => r.sample === 'in');
	const outSample = reports.filter((r) => r.sample === 'out');
	const text = [
		'## Genre articles (bench/genre.ts)',
		'',
		`- Date: ${new Date().toISOString()}`,
		`- uptime at start: \`${started}\``,
		'',
		summary(reports),
		'',
		'## Out-of-sample',
		'',
		...outSample.map(markdown),
		'## In-sample',
		'',
		...inSample.map(markdown),
		`- uptime at end: \`${ended}\``,
		''
	];
	process.stdout.write(text.join('\n'));
}
