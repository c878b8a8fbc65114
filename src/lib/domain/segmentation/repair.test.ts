import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textToBlocks, type TextBlock } from './blocks.ts';
import { applyRepairs, repairBlocks } from './repair.ts';

const seed = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8');
const seedEn = readFileSync('corpus/yichun-etdz-2023/en.txt', 'utf8');

/**
 * The repair a careful reader makes of the seed article (blocks are the blank-line separated
 * paragraphs of zh.txt, 0-based), read off the article itself:
 * - 9 ends 较为完善的产业 / 10 starts 配套。 ; 10 ends 宁波震裕 / 11 starts 新能源电池壳体生产项目
 *   → one paragraph 9+10+11 (a page and a column break inside the list of projects).
 * - 16 ends 通过组 / 17 starts 建重大项目服务专班 (组建 cut in two); 17 ends 《宜春经开区2023年 /
 *   18 starts 重大项目建设大会战工作方案》 → 16+17+18.
 * - 22 ends 率先 / 23 starts 推行行政服务便民改革 → 22+23.
 * - 24 ends “金 / 25 starts 融活水” (金融 cut in two) → 24+25.
 * - 21 starts 的“双百双千”良好发展格局 — no sentence starts with 的; the only paragraph left
 *   unfinished is the last, 34, which ends 助力“千亿产业、千亿园区” with no full stop: 21 is its
 *   tail, set in the middle of the page, and is moved to the end of 34.
 * - 0 is the title, 1 the subtitle (——解析…), 2 (日新月异宜春经开区) and the three parallel
 *   section heads 3, 13, 20 are headings; 12, 19, 31, 33 are photo captions (…现场, …基地,
 *   …正式投入使用), 32 is the credit 本版文图由宜春经开区提供.
 * - everything else is body and unchanged: 28 paragraphs in all.
 */
const SEED_UNITS: [number[], string][] = [
	[[0], 'title'],
	[[1], 'subtitle'],
	[[2], 'heading'],
	[[3], 'heading'],
	[[4], 'body'],
	[[5], 'body'],
	[[6], 'body'],
	[[7], 'body'],
	[[8], 'body'],
	[[9, 10, 11], 'body'],
	[[12], 'caption'],
	[[13], 'heading'],
	[[14], 'body'],
	[[15], 'body'],
	[[16, 17, 18], 'body'],
	[[19], 'caption'],
	[[20], 'heading'],
	[[22, 23], 'body'],
	[[24, 25], 'body'],
	[[26], 'body'],
	[[27], 'body'],
	[[28], 'body'],
	[[29], 'body'],
	[[30], 'body'],
	[[31], 'caption'],
	[[32], 'credit'],
	[[33], 'caption'],
	[[34, 21], 'body']
];

describe('the seed article', () => {
	const blocks = textToBlocks(seed);
	const proposal = repairBlocks(blocks);
	const units = applyRepairs(blocks, proposal.proposals);

	it('has 35 blank-line separated blocks', () => {
		expect(blocks).toHaveLength(35);
	});

	it('is repaired into the 28 paragraphs a reader sees', () => {
		expect(units.map((u) => [u.joined, u.kind])).toEqual(SEED_UNITS);
	});

	it('joins the pieces without adding or losing a character', () => {
		for (const unit of units) {
			expect(unit.text).toBe(unit.joined.map((i) => blocks[i].text).join(''));
		}
		expect(units.find((u) => u.joined[0] === 9)?.text).toContain('较为完善的产业配套。围绕');
		expect(units.find((u) => u.joined[0] === 24)?.text).toContain('“金融活水”');
		expect(units.at(-1)?.text).toMatch(/千亿园区”的“双百双千”良好发展格局，.*新局面。$/u);
	});

	it('proposes each join and move separately, so each can be rejected', () => {
		const moves = proposal.proposals.filter((p) => p.kind !== 'kind').map((p) => p.id);
		expect(moves).toEqual([
			'join:9-10',
			'join:10-11',
			'join:16-17',
			'join:17-18',
			'join:22-23',
			'join:24-25',
			'move-join:34-21'
		]);
	});

	it('keeps a rejected join apart and a rejected kind as body', () => {
		const rejected = applyRepairs(blocks, proposal.proposals, {
			'join:10-11': false,
			'move-join:34-21': false,
			'kind:12': false
		});
		expect(rejected.map((u) => u.joined)).toContainEqual([9, 10]);
		expect(rejected.map((u) => u.joined)).toContainEqual([11]);
		expect(rejected.map((u) => u.joined)).toContainEqual([21]);
		expect(rejected.map((u) => u.joined)).toContainEqual([34]);
		expect(rejected.find((u) => u.joined[0] === 12)?.kind).toBe('body');
		expect(rejected).toHaveLength(30);
	});

	it('finds nothing to join in the team’s English translation, but its captions and credit', () => {
		const en = textToBlocks(seedEn);
		const p = repairBlocks(en);
		expect(p.proposals.filter((x) => x.kind !== 'kind')).toEqual([]);
		const kinds = applyRepairs(en, p.proposals).map((u) => u.kind);
		expect(kinds[0]).toBe('title');
		expect(kinds.filter((k) => k === 'caption')).toHaveLength(4);
		expect(kinds.filter((k) => k === 'credit')).toHaveLength(1);
		expect(kinds.filter((k) => k === 'body')).toHaveLength(17);
	});
});

const b = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text }));

/** Made-up broken documents of the kinds newspapers, PDFs and web pages produce. */
const CASES: { name: string; blocks: TextBlock[]; units: number[][]; kinds?: string[] }[] = [
	{
		name: 'a page break inside a sentence, a photo caption set between the halves',
		blocks: b(
			'园区经济再上新台阶',
			'今年前三季度，园区规上工业增加值同比增长12%，经济总量首次突破',
			'图为园区企业生产车间一角',
			'百亿元大关。园区将继续加大招商力度。',
			'下一步，园区将聚焦主导产业，持续优化营商环境。'
		),
		units: [[0], [1, 3], [2], [4]],
		kinds: ['title', 'body', 'caption', 'body']
	},
	{
		name: 'an English sentence cut by a column break (lower-case continuation)',
		blocks: b(
			'Zone Report',
			'The zone has attracted',
			'more than 20 companies this year, most of them in new energy.',
			'In recent years, the zone has also invested in schools.'
		),
		units: [[0], [1, 2], [3]],
		kinds: ['title', 'body', 'body']
	},
	{
		name: 'a clean document: every paragraph ends its sentence, nothing joins',
		blocks: b(
			'宜春经开区召开工作会议',
			'会议总结了上半年工作。',
			'会议强调，要坚持项目为王。',
			'会议要求，各部门要压实责任！'
		),
		units: [[0], [1], [2], [3]],
		kinds: ['title', 'body', 'body', 'body']
	},
	{
		name: 'numbered headings and list items are not joined',
		blocks: b(
			'关于推进产业发展的实施意见',
			'一、总体要求',
			'坚持以高质量发展为主线，推动产业集群发展。',
			'（一）锂电新能源产业',
			'（二）光伏产业',
			'二、保障措施',
			'加强组织领导，压实工作责任。'
		),
		units: [[0], [1], [2], [3], [4], [5], [6]],
		kinds: ['title', 'heading', 'body', 'heading', 'heading', 'heading', 'body']
	},
	{
		name: 'the tail of a paragraph set elsewhere: it closes the quote its host opened',
		blocks: b(
			'园区动态',
			'园区举行签约仪式，形成“百亿基金、百亿信贷',
			'9月1日，园区新建学校正式投入使用。该校共招收新生1155人。',
			'”的良好格局。',
			'同时，园区加快推进民生工程，群众获得感不断增强。'
		),
		units: [[0], [1, 3], [2], [4]]
	},
	{
		name: 'an unfinished paragraph followed by a new one that opens with a date, and its tail later',
		blocks: b(
			'园区新闻',
			'园区持续优化营商环境，深化“放管服”改革，全力推动项目建设，努力形成',
			'8月22日，园区举行产业金融生态联盟大会。',
			'取得新成效。',
			'的“拿地即开工”良好局面。'
		),
		units: [[0], [1, 4], [2], [3]]
	},
	{
		name: 'credits in their usual forms',
		blocks: b(
			'标题',
			'正文写完了。',
			'（记者 张三 摄）',
			'本报记者 李四',
			'责任编辑：王五',
			'（本版图片均由宜春市委宣传部提供）'
		),
		units: [[0], [1], [2], [3], [4], [5]],
		kinds: ['title', 'body', 'credit', 'credit', 'credit', 'credit']
	},
	{
		name: 'a word of an English sentence cut at a PDF page break, with a heading pulled up only when it visibly continues',
		blocks: b(
			'Annual Review',
			'The zone completed its new ring road in March, opened two schools and a hospital in the spring, and by the end of the year had begun work on',
			'Transport',
			'The zone also built a new bus station.'
		),
		units: [[0], [1], [2], [3]],
		kinds: ['title', 'body', 'heading', 'body']
	}
];

describe('repair of made-up broken documents', () => {
	it.each(CASES)('$name', ({ blocks, units, kinds }) => {
		const proposal = repairBlocks(blocks);
		const out = applyRepairs(blocks, proposal.proposals);
		expect(out.map((u) => u.joined)).toEqual(units);
		if (kinds) expect(out.map((u) => u.kind)).toEqual(kinds);
		const all = out.flatMap((u) => u.joined).sort((x, y) => x - y);
		expect(all).toEqual(blocks.map((_, i) => i));
	});

	it('joins English pieces with a space and Chinese pieces with nothing', () => {
		const en = b('The zone has attracted', 'more than 20 companies.');
		expect(applyRepairs(en, repairBlocks(en).proposals)[0].text).toBe(
			'The zone has attracted more than 20 companies.'
		);
	});

	it('keeps the kind a format states (a Word heading) and proposes nothing for it', () => {
		const blocks: TextBlock[] = [{ text: '坚持改革创新', kind: 'heading' }, { text: '正文。' }];
		const proposal = repairBlocks(blocks);
		expect(proposal.proposals).toEqual([]);
		expect(applyRepairs(blocks, proposal.proposals).map((u) => u.kind)).toEqual([
			'heading',
			'body'
		]);
	});

	it('refuses proposals that would make a loop', () => {
		const blocks = b('甲乙丙', '丁戊己');
		const out = applyRepairs(blocks, [
			{ id: 'a', kind: 'join', blocks: [0, 1], reason: 'unterminated' },
			{ id: 'b', kind: 'move-join', blocks: [1, 0], reason: 'displaced_fragment' }
		]);
		expect(out.map((u) => u.joined)).toEqual([[0, 1]]);
	});
});

/**
 * Breaks every body paragraph of the clean (repaired) seed article, Chinese and English, at
 * many points inside a sentence — as a page or column break does — and checks the repair puts
 * the document back exactly. Breaks in Chinese fall anywhere (every 17th character), in
 * English between words. A break that leaves a few characters at the top of a paragraph
 * (推动高 | 质量发展…) can look like a heading; those are the known misses.
 */
describe('documents broken at random points inside sentences', () => {
	const cases = [
		{ lang: 'zh', file: seed, step: 17, minimum: 0.97 },
		{ lang: 'en', file: seedEn, step: 19, minimum: 0.99 }
	];
	it.each(cases)(
		'$lang: the repair restores at least $minimum of them',
		({ lang, file, step, minimum }) => {
			const original = textToBlocks(file);
			const clean = applyRepairs(original, repairBlocks(original).proposals);
			const base = clean.map((u) => ({ text: u.text }));
			let total = 0;
			let restored = 0;
			clean.forEach((unit, i) => {
				if (unit.kind !== 'body') return;
				const chars = [...unit.text];
				for (let p = 3; p < chars.length - 3; p += step) {
					let a: string;
					let b: string;
					if (lang === 'en') {
						const q = chars.indexOf(' ', p);
						if (q < 0 || q > chars.length - 3) continue;
						p = q;
						a = chars.slice(0, q).join('');
						b = chars.slice(q + 1).join('');
						if (/[.!?;:"”)]$/u.test(a)) continue;
					} else {
						if (/[。！？；…”’）]/u.test(chars[p - 1])) continue;
						a = chars.slice(0, p).join('');
						b = chars.slice(p).join('');
					}
					const blocks = [...base.slice(0, i), { text: a }, { text: b }, ...base.slice(i + 1)];
					const out = applyRepairs(blocks, repairBlocks(blocks).proposals);
					total++;
					const same =
						out.length === clean.length &&
						out.every((u, k) => u.text === clean[k].text && u.kind === clean[k].kind);
					if (same) restored++;
				}
			});
			expect(total).toBeGreaterThan(200);
			expect(restored / total).toBeGreaterThanOrEqual(minimum);
		}
	);

	it('changes nothing when a paragraph is cut at a sentence end (two real paragraphs)', () => {
		const original = textToBlocks(seed);
		const clean = applyRepairs(original, repairBlocks(original).proposals);
		let cuts = 0;
		clean.forEach((unit, i) => {
			if (unit.kind !== 'body') return;
			const text = unit.text;
			for (const m of text.matchAll(/。(?=.)/gu)) {
				const at = m.index! + 1;
				const blocks = [
					...clean.slice(0, i).map((u) => ({ text: u.text })),
					{ text: text.slice(0, at) },
					{ text: text.slice(at) },
					...clean.slice(i + 1).map((u) => ({ text: u.text }))
				];
				const joins = repairBlocks(blocks).proposals.filter((p) => p.kind !== 'kind');
				expect(joins).toEqual([]);
				cuts++;
			}
		});
		expect(cuts).toBeGreaterThan(20);
	});

	it('finds nothing more to do in the repaired article (repair is idempotent)', () => {
		const original = textToBlocks(seed);
		const once = applyRepairs(original, repairBlocks(original).proposals);
		const again = once.map((u) => ({ text: u.text }));
		expect(repairBlocks(again).proposals.filter((p) => p.kind !== 'kind')).toEqual([]);
		expect(applyRepairs(again, repairBlocks(again).proposals).map((u) => u.kind)).toEqual(
			once.map((u) => u.kind)
		);
	});
});

describe('page furniture, bylines and captions with credits', () => {
	it.each([
		{
			name: 'a page number and a running head between the halves of a paragraph',
			blocks: b(
				'园区经济再上新台阶',
				'今年前三季度，园区规上工业增加值同比增长12%，经济总量首次突破',
				'— 2 —',
				'2023年9月28日 星期四',
				'百亿元大关。园区将继续加大招商力度。'
			),
			units: [[0], [1, 4], [2], [3]],
			kinds: ['title', 'body', 'credit', 'credit']
		},
		{
			name: 'a caption with its photographer, a byline and the paper’s source line',
			blocks: b(
				'宜春经开区加快建设新能源产业集群',
				'本报记者 张三',
				'近年来，宜春经开区坚持做强锂电新能源首位产业。',
				'图为宜春时代生产车间。 本报记者 李四 摄',
				'《江西日报》（2023年09月28日 第 05 版）',
				'（作者：王五，系江西财经大学教授）'
			),
			units: [[0], [1], [2], [3], [4], [5]],
			kinds: ['title', 'credit', 'body', 'caption', 'credit', 'credit']
		},
		{
			name: 'a caption ending in its photographer in brackets, and that credit standing alone',
			blocks: b(
				'南昌高新区打造光电产业高地',
				'近年来，高新区坚持把光电产业作为首位产业来抓。',
				'图为高新区一家光电企业的生产车间，工人正在调试设备。（摄影 刘强）',
				'图为园区全景。',
				'（摄影 陈明）',
				'下一步，高新区将继续优化营商环境。'
			),
			units: [[0], [1], [2], [3], [4], [5]],
			kinds: ['title', 'body', 'caption', 'caption', 'credit', 'body']
		},
		{
			name: 'English: a photo caption with its credit, and a byline',
			blocks: b(
				'Yichun Zone Grows',
				'By Li Hua',
				'The zone has grown fast in recent years.',
				'Photo: Workers assemble battery cells at a plant in Yichun. [Photo/Xinhua]'
			),
			units: [[0], [1], [2], [3]],
			kinds: ['title', 'credit', 'body', 'caption']
		}
	])('$name', ({ blocks, units, kinds }) => {
		const out = applyRepairs(blocks, repairBlocks(blocks).proposals);
		expect(out.map((u) => u.joined)).toEqual(units);
		expect(out.map((u) => u.kind)).toEqual(kinds);
	});
});

/**
 * A second article, written for this test in the style of the seed (a feature on another
 * development zone), broken the way a PDF copy breaks it: page and column breaks inside
 * sentences, a page number, a caption between the halves of a paragraph, a byline, a credit,
 * and the tail of the last paragraph set after another one. Blank lines as a copy leaves them.
 */
const SECOND_ARTICLE = `

打造绿色低碳发展新高地

——萍乡经开区推进产业转型升级纪实



本报记者 王明 通讯员 李华

金秋时节，走进萍乡经济技术开发区，一派繁忙景象映入眼帘：厂房内机器轰鸣，工地上塔吊林立，一个个重大项目正加速推进。

今年以来，萍乡经开区紧紧围绕“工业强区”战略，坚持把项目建设作为经济工作的主抓手，前三季度完成固定资产投资同比增长15.2%，规上工业营业收入突破300亿元，新引进亿元以上项目18个，为全年目标任务的完成打下了坚实

- 2 -

基础。

聚焦主导产业 做强产业链条

在江西某新材料有限公司的生产车间，一条条自动化生产线高速运转。“我们今年新上了两条生产线，产能提升了40%。”公司负责人介绍，企业落户园区三年来，享受到了



萍乡经开区某新材料公司生产车间



“保姆式”服务，从项目签约到投产仅用了10个月。

据了解，萍乡经开区围绕电子信息、新材料、装备制造三大主导产业，大力实施延链补链强链行动。截至目前，园区已集聚规上工业企业260余家，形成了较为完整的产业

生态。

的排头兵贡献更大力量。

优化营商环境 激发市场活力

“营商环境就是生产力。”萍乡经开区相关负责人表示，该区持续深化“放管服”改革，企业开办时间压缩至1个工作日以内。

下一步，萍乡经开区将继续坚持新发展理念，加快推动产业转型升级，为奋力争当全省绿色低碳发展



萍乡经开区新建成的标准化厂房

（本版图片由萍乡经开区提供）
`;

describe('a second, independently written broken article', () => {
	it('is repaired as a reader would', () => {
		const blocks = textToBlocks(SECOND_ARTICLE);
		const units = applyRepairs(blocks, repairBlocks(blocks).proposals);
		expect(units.map((u) => [u.joined, u.kind])).toEqual([
			[[0], 'title'],
			[[1], 'subtitle'],
			[[2], 'credit'],
			[[3], 'body'],
			[[4, 6], 'body'], // 打下了坚实 | - 2 - | 基础。
			[[5], 'credit'], // the page number
			[[7], 'heading'],
			[[8, 10], 'body'], // 享受到了 | caption | “保姆式”服务
			[[9], 'caption'],
			[[11, 12], 'body'], // 较为完整的产业 | 生态。
			[[14], 'heading'],
			[[15], 'body'],
			[[16, 13], 'body'], // 为奋力争当全省绿色低碳发展 + 的排头兵贡献更大力量。 set earlier

			[[17], 'caption'],
			[[18], 'credit']
		]);
	});
});

describe('closing notes are not open sentences', () => {
	it.each([
		b('新闻标题', '会议取得圆满成功。（记者 张三 通讯员 李四）', '下一段另起。', '（完）'),
		b(
			'News Title',
			'The meeting was a success, the official said. (Xinhua)',
			'Another paragraph follows.'
		)
	])('%#', (...blocks) => {
		const proposal = repairBlocks(blocks);
		expect(proposal.proposals.filter((p) => p.kind !== 'kind')).toEqual([]);
		const kinds = applyRepairs(blocks, proposal.proposals).map((u) => u.kind);
		expect(kinds[1]).toBe('body');
		if (blocks.length === 4) expect(kinds[3]).toBe('credit');
	});
});

/** The same kind of breakage in an English feature, written for this test. */
const ENGLISH_ARTICLE = `Green Growth in Pingxiang

How an industrial zone in Jiangxi is reinventing itself

By Wang Ming

On a crisp autumn morning, the Pingxiang Economic and Technological Development Zone is alive with activity: machines hum in the workshops and tower cranes rise over the building sites.

Since the start of the year, the zone has made project construction the main focus of its economic work. In the first three quarters, fixed-asset investment grew by 15.2 percent year on year, and operating revenue of large industrial firms passed 30 billion yuan, laying a solid

- 2 -

foundation for meeting the year's targets.

Building Stronger Industrial Chains

On the production floor of a new materials company, automated lines run at full speed. "We added two production lines this year and raised capacity by 40 percent," the company's manager said. Since moving into the zone three years ago, the company has enjoyed

A production workshop of a new materials company in the Pingxiang zone

what he called "nanny-style" services, going from contract signing to production in just 10 months.

green and low-carbon development in Jiangxi.

Improving the Business Environment

"The business environment is productivity," a zone official said. The zone has cut the time needed to start a business to less than one working day.

Next, the zone will keep to the new development philosophy and speed up industrial upgrading, striving to become a pacesetter in

Photo: Standard factory buildings recently completed in the Pingxiang zone. [Photo/Xinhua]
`;

describe('an English broken article', () => {
	it('is repaired as a reader would', () => {
		const blocks = textToBlocks(ENGLISH_ARTICLE);
		const units = applyRepairs(blocks, repairBlocks(blocks).proposals);
		expect(units.map((u) => [u.joined, u.kind])).toEqual([
			[[0], 'title'],
			[[1], 'subtitle'],
			[[2], 'credit'],
			[[3], 'body'],
			[[4, 6], 'body'],
			[[5], 'credit'],
			[[7], 'heading'],
			[[8, 10], 'body'],
			[[9], 'caption'],
			[[12], 'heading'],
			[[13], 'body'],
			[[14, 11], 'body'],
			[[15], 'caption']
		]);
		expect(units[4].text).toContain('laying a solid foundation for');
		expect(units[11].text).toMatch(
			/a pacesetter in green and low-carbon development in Jiangxi\.$/u
		);
	});
});

describe('web page furniture copied with the article', () => {
	it.each([
		['2023年09月28日 08:30 来源：江西日报', 'credit'],
		['【字体：大 中 小】', 'credit'],
		['分享到：', 'credit'],
		['责任编辑：王五', 'credit'],
		['Read more: Yichun zone opens new school', 'credit'],
		['Updated: 2023-09-28 08:30', 'credit']
	])('%s → %s', (line, kind) => {
		const blocks = b('宜春经开区新闻', line, '近年来，宜春经开区坚持做强锂电新能源首位产业。');
		expect(applyRepairs(blocks, repairBlocks(blocks).proposals)[1].kind).toBe(kind);
	});
});

describe('blocks whose end the format states', () => {
	it('never joins or moves list items and table cells, nor calls them headings', () => {
		const blocks: TextBlock[] = [
			{ text: '主导产业', kind: 'heading' },
			{ text: '锂电新能源产业', boundary: 'list-item' },
			{ text: '光伏、电子信息产业', boundary: 'list-item' },
			{ text: '指标', boundary: 'table-cell' },
			{ text: '的增幅', boundary: 'table-cell' },
			{ text: '园区的发展。' }
		];
		const proposal = repairBlocks(blocks);
		expect(proposal.proposals).toEqual([]);
		expect(proposal.kinds).toEqual(['heading', 'body', 'body', 'body', 'body', 'body']);
	});
});

describe('layout', () => {
	it('takes a short line set apart by a run of blank lines amid the text for a caption', () => {
		const text =
			'园区新闻\n\n园区召开会议，部署下一阶段工作。\n\n\n\n金湖学校\n\n\n\n会议要求，各部门要压实责任。\n\n坚持改革创新\n\n改革是发展的动力。';
		const blocks = textToBlocks(text);
		const kinds = applyRepairs(blocks, repairBlocks(blocks).proposals).map((u) => u.kind);
		expect(kinds).toEqual(['title', 'body', 'caption', 'body', 'heading', 'body']);
	});
});

describe('an official notice', () => {
	it('takes the document number, the signing body and the date for credits', () => {
		const blocks = b(
			'宜春经济技术开发区管理委员会关于印发《支持现代服务业发展试行办法》的通知',
			'宜经开发〔2023〕12号',
			'各有关单位：',
			'现将《宜春经开区支持现代服务业发展试行办法》印发给你们，请认真贯彻执行。',
			'宜春经济技术开发区管理委员会',
			'2023年9月28日'
		);
		const units = applyRepairs(blocks, repairBlocks(blocks).proposals);
		expect(units.map((u) => u.kind)).toEqual([
			'title',
			'credit',
			'body',
			'body',
			'credit',
			'credit'
		]);
		expect(units.map((u) => u.joined)).toEqual([[0], [1], [2], [3], [4], [5]]);
	});
});

describe('words that look like particles but open sentences', () => {
	it.each(['着力推进产业转型升级。', '的确，园区发展很快。', '了解到，园区已签约37个项目。'])(
		'%s is no fragment',
		(text) => {
			const blocks = b(
				'园区新闻',
				'园区召开会议，部署下一阶段工作。',
				text,
				'园区持续优化营商环境，深化改革，推动项目建设'
			);
			expect(repairBlocks(blocks).proposals.filter((p) => p.kind !== 'kind')).toEqual([]);
		}
	);
});

describe('section heads written with a comma', () => {
	it('keeps 坚持招优引强，培育壮大产业集群 a heading and joins nothing across it', () => {
		const blocks = b(
			'风华正茂勇争先',
			'园区召开会议，部署下一阶段工作。',
			'坚持招优引强，培育壮大产业集群',
			'围绕主导产业，该区着力在招优引强上求突破。'
		);
		const p = repairBlocks(blocks);
		expect(p.kinds).toEqual(['title', 'body', 'heading', 'body']);
		expect(p.proposals.filter((x) => x.kind !== 'kind')).toEqual([]);
	});
});

describe('issue 11: breaks at a semicolon, a comma or a colon, captions written as sentences', () => {
	const repaired = (...texts: string[]) => {
		const blocks = b(...texts);
		return applyRepairs(blocks, repairBlocks(blocks).proposals).map((u) => [u.joined, u.kind]);
	};

	it('joins a block cut after a semicolon, but not a list set one item a block', () => {
		expect(
			repaired('前三季度，营业收入增长42.3%；', '规上企业达到37家，比上年末增加9家。')
		).toEqual([[[0, 1], 'body']]);
		expect(
			repaired('主要有三个方面：', '一是实施“智改数转”行动；', '二是建设工业互联网平台。')
		).toEqual([
			[[0], 'body'],
			[[1], 'body'],
			[[2], 'body']
		]);
	});

	it('joins a colon that announces a list to the block that runs the list on', () => {
		expect(
			repaired('为此，该县重点抓好三项工作：', '一是建设标准化果园，二是推广水肥一体化技术。')
		).toEqual([[[0, 1], 'body']]);
		expect(
			repaired('目前已实现三个“全覆盖”：', '报关业务线上办理全覆盖、物流信息实时查询全覆盖。')
		).toEqual([[[0, 1], 'body']]);
		// A letter's salutation is no list.
		expect(repaired('各有关单位：', '现将办法印发给你们，请认真贯彻执行。')).toEqual([
			[[0], 'body'],
			[[1], 'body']
		]);
	});

	it('joins a block cut after a comma even when the next one opens with 今年以来', () => {
		expect(
			repaired(
				'“现在在家门口就能通关。”园区管委会主任告诉记者，',
				'货运班列从物流园驶出（钟华 摄）',
				'今年以来，园区已开行班列160列。'
			)
		).toEqual([
			[[0, 2], 'body'],
			[[1], 'caption']
		]);
	});

	it('takes a dated sentence above its photographer’s credit for a caption', () => {
		expect(
			repaired(
				'近年来，该县把柑橘产业作为主导产业，',
				'11月20日，华山镇果农在基地采摘蜜橘。',
				'（摄影 李明）',
				'全县柑橘种植面积达到12.6万亩。'
			)
		).toEqual([
			[[0, 3], 'body'],
			[[1], 'caption'],
			[[2], 'credit']
		]);
	});

	it('joins a block cut after 达 over a caption to the figure that ends it', () => {
		expect(
			repaired(
				'深秋时节，万安湖上碧波荡漾。',
				'万安县水域面积达',
				'万安湖生态鱼捕捞现场',
				'18.6万亩，是全省重要的淡水鱼生产基地。'
			)
		).toEqual([
			[[0], 'body'],
			[[1, 3], 'body'],
			[[2], 'caption']
		]);
	});

	it('takes the page’s picture note with 除署名外 for a credit', () => {
		expect(
			repaired('全县渔业产值突破12亿元。', '（本版图片除署名外均由万安县融媒体中心提供）')
		).toEqual([
			[[0], 'body'],
			[[1], 'credit']
		]);
	});

	it('takes a head that quotes a slogan for a head, after a caption too', () => {
		expect(
			repaired(
				'云溪茶香飘四方',
				'云溪县种茶历史逾千年。',
				'规模扩张 壮大产业基础',
				'全县茶叶加工转化率达到85%。',
				'图为绿源茶业智能化生产车间内，工人正在检查生产线。',
				'品牌引领 打响“云溪好茶”',
				'好茶还需好品牌。',
				'科技赋能 激活发展动能',
				'以前靠经验，现在靠数据。'
			).map(([, kind]) => kind)
		).toEqual([
			'title',
			'body',
			'heading',
			'body',
			'caption',
			'heading',
			'body',
			'heading',
			'body'
		]);
	});
});

describe('issue 11: an English caption sentence above its photographer’s credit', () => {
	const repaired = (...texts: string[]) => {
		const blocks = b(...texts);
		return applyRepairs(blocks, repairBlocks(blocks).proposals).map((u) => [u.joined, u.kind]);
	};

	it('takes a dated sentence above (Photo by …) for a caption and joins over it', () => {
		expect(
			repaired(
				'Over the past few years the county has made citrus its leading industry,',
				'On November 20, fruit growers pick tangerines at an orchard in Huashan Town.',
				'(Photo by correspondent Li Ming)',
				'and its orchards now cover 126,000 mu.'
			)
		).toEqual([
			[[0, 3], 'body'],
			[[1], 'caption'],
			[[2], 'credit']
		]);
	});

	it('leaves a sentence of running text above a source note as body', () => {
		const kinds = repaired(
			'Over the past few years the county has made citrus its leading industry.',
			'Its orchards now cover 126,000 mu, the county government said.',
			'(Source: Ganzhou Daily)'
		).map(([, kind]) => kind);
		expect(kinds).toEqual(['body', 'body', 'credit']);
	});
});

describe('session 2026-12-07c: statistics releases and interviews', () => {
	const repaired = (...texts: string[]) => {
		const blocks = b(...texts);
		return applyRepairs(blocks, repairBlocks(blocks).proposals).map((u) => [u.joined, u.kind]);
	};

	it('takes a short head that states a trend for a heading, whatever the blank lines say', () => {
		const text = [
			'云岭县经济观察',
			'——前三季度云岭县经济运行扫描',
			'本报记者 林晓',
			'前三季度，云岭县经济运行总体平稳，地区生产总值增长5.8%。',
			'农业生产稳中有升',
			'全县粮食播种面积稳定在52万亩，茶叶产量增长8.6%。',
			'文旅消费 持续升温',
			'前三季度，全县接待游客420万人次，旅游收入增长12.4%。',
			'图为游客在云岭古镇游览。',
			'工业投资 增势良好',
			'全县工业投资增长14.2%，其中技改投资增长21.3%。',
			'服务业发展提速',
			'全县服务业增加值增长6.1%，占地区生产总值的比重为48.7%。'
		];
		// Heads set apart by a run of blank lines, captions by one; two heads are parallel.
		const spaced = text.map((t, i) => ([4, 11].includes(i) ? `\n\n${t}` : t)).join('\n\n');
		const kinds = applyRepairs(
			textToBlocks(spaced),
			repairBlocks(textToBlocks(spaced)).proposals
		).map((u) => u.kind);
		expect(kinds).toEqual([
			'title',
			'subtitle',
			'credit',
			'body',
			'heading',
			'body',
			'heading',
			'body',
			'caption',
			'heading',
			'body',
			'heading',
			'body'
		]);
	});

	it('takes a sentence right above a picture credit for that picture’s caption', () => {
		expect(
			repaired(
				'前三季度，云岭茶业集团实现营业收入12.6亿元，',
				'云岭茶业集团智能化加工车间一角。',
				'图片由云岭茶业集团提供',
				'同比增长18.2%。'
			)
		).toEqual([
			[[0, 3], 'body'],
			[[1], 'caption'],
			[[2], 'credit']
		]);
		expect(
			repaired(
				'云岭县今年新建高标准茶园1.2万亩。',
				'云岭镇万亩茶园，茶农正忙着采摘秋茶。',
				'（云岭县融媒体中心供图）',
				'茶叶加工企业也迎来了订单高峰。'
			).map(([, kind]) => kind)
		).toEqual(['body', 'caption', 'credit', 'body']);
	});

	it('joins a block cut right before the closing quote of a sentence it ended', () => {
		expect(
			repaired(
				'“今年订单已经排到了明年三月。',
				'”云岭茶业集团总经理王明说。',
				'全县茶叶出口额增长23.5%。'
			)
		).toEqual([
			[[0, 1], 'body'],
			[[2], 'body']
		]);
	});

	it('joins a speaker’s name or a term alone in a block to the words it labels', () => {
		expect(
			repaired(
				'云岭茶叶去年出口额增长23.5%。',
				'记者：云岭茶叶如何走向海外？',
				'王明：',
				'我们先拿下了东南亚市场，再进入欧洲。',
				'记者：',
				'下一步还有什么打算？'
			)
		).toEqual([
			[[0], 'body'],
			[[1], 'body'],
			[[2, 3], 'body'],
			[[4, 5], 'body']
		]);
		expect(
			repaired(
				'全县茶叶出口额增长23.5%。',
				'小知识：',
				'规模以上工业：',
				'指年主营业务收入2000万元及以上的工业法人单位。'
			)
		).toEqual([
			[[0], 'body'],
			[[1], 'heading'],
			[[2, 3], 'body']
		]);
		// A letter's salutation and a list's intro stay apart.
		expect(repaired('尊敬的各位来宾：', '欢迎来到云岭县参加茶文化节。')).toEqual([
			[[0], 'body'],
			[[1], 'body']
		]);
		expect(repaired('我们重点做了以下工作：', '（一）建设标准化茶园。')).toEqual([
			[[0], 'body'],
			[[1], 'body']
		]);
	});
});

describe('a decimal cut after its point, with a photo set between the halves', () => {
	it('joins the halves and takes the line above the photo credit for its caption', () => {
		const blocks = b(
			'Clearance at the river port now takes under five hours, a cut of 62.',
			'Dock workers load containers onto a barge at the river port.',
			'(Photo: Li Ming)',
			'5 percent on 2021, the customs office said.'
		);
		expect(
			applyRepairs(blocks, repairBlocks(blocks).proposals).map((u) => [u.joined, u.kind])
		).toEqual([
			[[0, 3], 'body'],
			[[1], 'caption'],
			[[2], 'credit']
		]);
	});

	it('does not join a sentence ending on a figure to the next numbered item', () => {
		const blocks = b(
			'2. We will raise the number of high-tech firms to 250.',
			'Dock workers load containers onto a barge at the river port (file photo)',
			'3. We will deepen reform and improve the business environment.'
		);
		expect(repairBlocks(blocks).proposals.filter((p) => p.kind !== 'kind')).toEqual([]);
	});
});

const shape = (blocks: TextBlock[]) =>
	applyRepairs(blocks, repairBlocks(blocks).proposals).map((u) => [u.joined, u.kind]);

describe('the display lines above a byline: kicker, main title, subtitle', () => {
	it('takes the line above a —— subtitle for the main title and the one above it for a kicker', () => {
		const blocks = b(
			'守护一江清水　建设生态强市',
			'南川：江岸重现“白鹭飞”',
			'——南川市长江岸线生态修复纪实',
			'本报记者 王可　通讯员 刘宁',
			'清晨的南川江边，薄雾还未散去，护林员老周已经开始巡查。'
		);
		expect(shape(blocks)).toEqual([
			[[0], 'subtitle'],
			[[1], 'title'],
			[[2], 'subtitle'],
			[[3], 'credit'],
			[[4], 'body']
		]);
	});

	it('joins a main title cut over two lines under a parallel kicker, not with the text after the byline', () => {
		const blocks = b(
			'守护一江清水　建设生态强市',
			'南川：一条大江的',
			'“生态账本”',
			'本报记者 王可　通讯员 刘宁',
			'清晨的南川江边，薄雾还未散去，护林员老周已经开始巡查。'
		);
		expect(shape(blocks)).toEqual([
			[[0], 'subtitle'],
			[[1, 2], 'title'],
			[[3], 'credit'],
			[[4], 'body']
		]);
	});

	it('keeps a parallel title with a plain deck under it as title and subtitle', () => {
		const blocks = b(
			'守护一江清水　建设生态强市',
			'南川市多措并举推进长江岸线修复',
			'本报记者 王可　通讯员 刘宁',
			'清晨的南川江边，薄雾还未散去，护林员老周已经开始巡查。'
		);
		expect(shape(blocks)).toEqual([
			[[0], 'title'],
			[[1], 'subtitle'],
			[[2], 'credit'],
			[[3], 'body']
		]);
	});
});

describe('photos set inside a paragraph', () => {
	it('takes a scene under an unbracketed organisation credit for the caption, the pair inside a cut paragraph', () => {
		const blocks = b(
			'江边村把闲置校舍改成了研学基地，每年接待学生两万人次；',
			'南川市委宣传部供图',
			'江边村研学基地，学生正在观察江豚标本。',
			'研学收入的三成用于村里的护江队。'
		);
		expect(shape(blocks)).toEqual([
			[[0, 3], 'body'],
			[[1], 'credit'],
			[[2], 'caption']
		]);
	});

	it('joins a colon that introduces a quote with the quote set after a photo and its credit', () => {
		const blocks = b(
			'护江队已有队员36人。队长刘强告诉记者：',
			'图为南川江边，护江队员在清理岸线垃圾。',
			'（摄影 孙涛）',
			'“以前江边到处是垃圾，现在大家都自觉维护。”'
		);
		expect(shape(blocks)).toEqual([
			[[0, 3], 'body'],
			[[1], 'caption'],
			[[2], 'credit']
		]);
	});

	it('joins a caption broken over two lines above its credit, and the paragraph around all three', () => {
		const blocks = b(
			'护江队已有队员36人，每周巡江两次，',
			'图为南川江边，',
			'护江队员正在清理岸线垃圾。',
			'本报记者 王可 摄',
			'累计清理垃圾120吨。'
		);
		expect(shape(blocks)).toEqual([
			[[0, 4], 'body'],
			[[1, 2], 'caption'],
			[[3], 'credit']
		]);
	});

	it('takes a label line and a short end of sentence opening with 和 above a credit for one caption', () => {
		const blocks = b(
			'研学收入的三成用于村里的护江队。',
			'南川江豚保护基地，讲解员在介绍江豚',
			'和中华鲟标本。',
			'（本报记者 王可 摄）',
			'环境好了，江豚也回来了。'
		);
		expect(shape(blocks)).toEqual([
			[[0], 'body'],
			[[1, 2], 'caption'],
			[[3], 'credit'],
			[[4], 'body']
		]);
	});

	it('keeps two stacked captions apart when the second opens with 图为', () => {
		const blocks = b(
			'研学收入的三成用于村里的护江队。',
			'图为南川江边，',
			'图为护江队员在清理岸线垃圾。',
			'（本报记者 王可 摄）'
		);
		expect(shape(blocks).filter((u) => u[1] === 'caption').length).toBe(2);
	});

	it('takes one sentence marked as a file photo for a caption', () => {
		const blocks = b(
			'全市已建成加氢站5座。',
			'南川港码头上的氢燃料电池叉车。（资料图片）',
			'绿色转型，离不开资金的投入。'
		);
		expect(shape(blocks)).toEqual([
			[[0], 'body'],
			[[1], 'caption'],
			[[2], 'body']
		]);
	});
});

describe('an English draft of a page with photos (genre4)', () => {
	const kindsOf = (...texts: string[]) => repairBlocks(b(...texts)).kinds;

	it('reads "Photo shows …" as a caption', () => {
		expect(
			kindsOf(
				'The river port handled 12 million tonnes of cargo last year.',
				'Photo shows a barge being loaded at the new grain terminal of the river port.',
				'(Photo by Wang Ke)',
				'It now serves 40 shipping lines.'
			)
		).toEqual(['body', 'caption', 'credit', 'body']);
	});

	it('takes a long "Photo provided by …" line for a credit and the sentence under it for its caption', () => {
		expect(
			kindsOf(
				'The village collective now earns a guaranteed dividend of 150,000 yuan a year from the cooperative.',
				'Photo provided by the Publicity Department of the Nanchuan Municipal Party Committee',
				'At the study base of Jiangbian Village, pupils look at a model of a finless porpoise.',
				'With tourism added, the collective earned 720,000 yuan in 2024.'
			)
		).toEqual(['body', 'credit', 'caption', 'body']);
	});

	it('takes 图片来源：… rendered word for word ((Image source: …), Photo credit: …) for a credit', () => {
		for (const credit of [
			'(Image source: Beiling County Bureau of Commerce)',
			'Photo credit: Beiling County Bureau of Commerce',
			'Picture source: the river port authority'
		])
			expect(
				kindsOf(
					'The river port handled 12 million tonnes of cargo last year, and',
					'▲ A barge being loaded at the new grain terminal of the river port.',
					credit,
					'it now serves 40 shipping lines.'
				)
			).toEqual(['body', 'caption', 'credit', 'body']);
	});

	it('takes a credit rendered word for word (Li Ming / photo, Photo / Li Ming) for a credit', () => {
		for (const credit of ['Wang Ke / photo', 'Photo / Wang Ke'])
			expect(
				kindsOf(
					'The river port handled 12 million tonnes of cargo last year.',
					'Fig. 2: A barge being loaded at the new grain terminal of the river port.',
					credit,
					'It now serves 40 shipping lines.'
				)
			).toEqual(['body', 'caption', 'credit', 'body']);
	});

	it('keeps a one-sentence paragraph after a caption and its credit as running text', () => {
		expect(
			kindsOf(
				'The river port handled 12 million tonnes of cargo last year.',
				'Photo shows a barge being loaded at the new grain terminal of the river port.',
				'(Photo by Wang Ke)',
				'Dock workers now load a barge in under three hours.',
				'Exports rose by a fifth.'
			)
		).toEqual(['body', 'caption', 'credit', 'body', 'body']);
	});
});

describe('the head of an English draft (genre4)', () => {
	it('takes a long dash line under the title for its subtitle and "By our reporters …" for a credit', () => {
		const texts = [
			'Clear Waters for a Strong City: How Nanchuan Restored Its Riverbanks',
			'— A deputy mayor of Nanchuan explains the city plan for restoring forty kilometres of the Yangtze riverbank by the end of 2026',
			'By our reporters Wang Ke and Liu Ning',
			'Nanchuan has restored 32 kilometres of riverbank since 2021.'
		];
		expect(repairBlocks(b(...texts)).kinds).toEqual(['title', 'subtitle', 'credit', 'body']);
		// After a translator's note the title reads as a head; the subtitle under it all the same.
		expect(repairBlocks(b("Translator's note: the text is an interview.", ...texts)).kinds).toEqual(
			['body', 'heading', 'subtitle', 'credit', 'body']
		);
	});
});

describe('page-jump lines and dated English captions (genre5)', () => {
	const kindsOf = (...texts: string[]) => repairBlocks(b(...texts)).kinds;

	it('reads page-jump lines as credits, in Chinese and in English', () => {
		expect(
			kindsOf(
				'去年以来，南川港新开通内贸航线12条，集装箱吞吐量达到',
				'（下转第三版）',
				'（上接第1版）',
				'58.6万标箱，同比增长14.2%。'
			)
		).toEqual(['body', 'credit', 'credit', 'body']);
		expect(
			kindsOf(
				'Since last year the river port has opened 12 new domestic shipping lines, and its container volume has',
				'(Continued on page 3)',
				'(Continued from page 1)',
				'reached 586,000 TEUs, up 14.2 percent.'
			)
		).toEqual(['body', 'credit', 'credit', 'body']);
	});

	it('joins a paragraph over the page-jump lines set between its halves', () => {
		const blocks = b(
			'去年以来，南川港新开通内贸航线12条，集装箱吞吐量达到',
			'（下转第三版）',
			'（上接第1版）',
			'58.6万标箱，同比增长14.2%。'
		);
		expect(shape(blocks)).toEqual([
			[[0, 3], 'body'],
			[[1], 'credit'],
			[[2], 'credit']
		]);
	});

	it('takes a "Month day: scene." sentence above a photo credit for its caption', () => {
		expect(
			kindsOf(
				'The terminal now handles 40 barges a day, twice as many as in 2022.',
				'March 8: dock workers load a barge at the new grain terminal.',
				'Photo by correspondent Li Qiao',
				'“We could not have managed that without the new cranes,” the manager said.'
			)
		).toEqual(['body', 'caption', 'credit', 'body']);
	});
});

describe('a colon announcing what the next block says (genre5)', () => {
	it('joins the block a full-width colon announces, also over a photo', () => {
		expect(
			shape(
				b(
					'活动场地少，是老小区的一块心病。南川区在改造中多方挖潜：',
					'拆除违建腾出空地1.2万平方米，新建口袋公园12处、健身步道8公里。'
				)
			)
		).toEqual([[[0, 1], 'body']]);
		expect(
			shape(
				b(
					'“一年下来，省下的钱不是小数。”南川茶厂厂长何立新算了一笔账：',
					'11月3日，南川茶厂工人在分拣新茶。',
					'（本报记者 王可 摄）',
					'今年厂里享受的减税和稳岗返还合计约18万元。'
				)
			)
		).toEqual([
			[[0, 3], 'body'],
			[[1], 'caption'],
			[[2], 'credit']
		]);
	});

	it('keeps a list intro, a salutation and plain items one a block apart', () => {
		expect(
			shape(
				b(
					'为推进老旧小区改造，南川区重点抓了几件事：',
					'一是拆除违建腾出空地。',
					'二是新建口袋公园12处。'
				)
			).map(([blocks]) => blocks)
		).toEqual([[0], [1], [2]]);
		expect(
			shape(b('各有关单位、各位居民：', '为做好老旧小区改造工作，现将有关事项通知如下。')).map(
				([blocks]) => blocks
			)
		).toEqual([[0], [1]]);
	});
});

describe('a main title on a quoted figure of speech under a parallel kicker (genre5)', () => {
	const byline = '本报记者 王可　通讯员 刘宁';
	const lead = '本报南川12月3日电　外贸企业是稳增长的重要力量。';

	it('takes the figurative line for the main title and the parallel line above for its kicker', () => {
		expect(
			shape(b('稳住外贸基本盘　护航企业出海路', '跨境金融打通外贸“堵点”', byline, lead))
		).toEqual([
			[[0], 'subtitle'],
			[[1], 'title'],
			[[2], 'credit'],
			[[3], 'body']
		]);
	});

	it('keeps a deck naming its place or its report kind as the subtitle, quotes or not', () => {
		for (const deck of ['南川市多措并举打通外贸“堵点”', '跨境金融打通外贸“堵点”观察']) {
			expect(shape(b('稳住外贸基本盘　护航企业出海路', deck, byline, lead)).slice(0, 2)).toEqual([
				[[0], 'title'],
				[[1], 'subtitle']
			]);
		}
	});
});
