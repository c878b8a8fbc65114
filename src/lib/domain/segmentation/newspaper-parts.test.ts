/**
 * Page parts of a Chinese newspaper article the repair must read as a translator does (issue 11,
 * session 7): lists set one item a block under a dash, ranges cut after 至, two photos captioned
 * at the gutter, timelines and data boxes in sidebars, a web copy's interface lines. Every text
 * here is made up.
 */
import { describe, expect, it } from 'vitest';
import type { TextBlock } from './blocks.ts';
import { classifyBlocks } from './kinds.ts';
import { applyRepairs, repairBlocks, setsDashItem } from './repair.ts';

const b = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text }));
const shape = (blocks: TextBlock[]) =>
	applyRepairs(blocks, repairBlocks(blocks).proposals).map((u) => [u.joined, u.kind]);

describe('a list set one item a block under a dash', () => {
	it('keeps the lead ending in a colon and each —— item a paragraph of its own', () => {
		expect(
			shape(
				b(
					'今年以来，河湾区把乡村旅游作为富民产业，投入专项资金1.2亿元，着力做好三件事：',
					'——修路，新建旅游公路46公里、停车场18处；',
					'——育人，培训民宿管家和乡村导游860人次；',
					'——办节，举办桃花节、丰收节等节会活动12场。',
					'全年接待游客突破300万人次。'
				)
			).map(([blocks]) => blocks)
		).toEqual([[0], [1], [2], [3], [4]]);
	});

	it('still joins a dash item cut after a comma, and a colon before running text', () => {
		expect(setsDashItem('着力做好三件事：', '——修路，新建旅游公路；')).toBe(true);
		expect(setsDashItem('新建旅游公路46公里，', '——这是全区第一条环湖路。')).toBe(false);
		expect(
			shape(
				b(
					'——修路，新建旅游公路46公里、',
					'停车场18处，沿线村庄的农家乐增加到63家；',
					'——育人，培训民宿管家860人次。'
				)
			).map(([blocks]) => blocks)
		).toEqual([[0, 1], [2]]);
	});
});

describe('a date range cut after 至', () => {
	it('joins 12月6日至 | 8日，… as one paragraph, not a dated caption', () => {
		expect(
			shape(
				b(
					'河湾区今年新建零工驿站9个，累计服务务工人员2.3万人次。',
					'3月15日至',
					'17日，河湾区春风行动招聘会在区体育馆举行，提供岗位6800个。',
					'招聘会期间，区人社局还开通了线上直播带岗。'
				)
			)
		).toEqual([
			[[0], 'body'],
			[[1, 2], 'body'],
			[[3], 'body']
		]);
		expect(shape(b('项目于2023年至', '2025年分三期建设，总投资12亿元。'))).toEqual([
			[[0, 1], 'body']
		]);
	});
});

describe('a web copy: interface lines and a picture prompt', () => {
	it('reads a toolbar as page furniture (credit), not a head', () => {
		expect(
			shape(
				b(
					'河湾区：小水电站变身“绿电”课堂',
					'来源：河湾日报　发布时间：2024.05.06 09:10',
					'【字号　大　中　小】　打印本页　关闭窗口',
					'本报记者　何　川',
					'五月的河湾区，溪水清亮。区里把7座退役的小水电站改建成研学基地，今年已接待学生1.6万人次。'
				)
			).map(([, kind]) => kind)
		).toEqual(['title', 'credit', 'credit', 'credit', 'body']);
	});

	it('joins a numbered item cut across a picture with its prompt, caption and credit', () => {
		expect(
			shape(
				b(
					'河湾区推出三项便民举措。',
					'1.“一窗通办”。群众在任一窗口即可办理社保、医保、公积金等46项业务，',
					'点击图片查看大图',
					'5月6日，在河湾区政务服务中心，工作人员为群众办理业务。',
					'（河湾区融媒体中心供图）',
					'平均办理时间由40分钟缩短到15分钟。',
					'2.“夜间可办”。政务服务中心每周三延时服务到晚上8点。'
				)
			)
		).toEqual([
			[[0], 'body'],
			[[1, 5], 'body'],
			[[2], 'caption'],
			[[3], 'caption'],
			[[4], 'credit'],
			[[6], 'body']
		]);
	});
});

describe('a picture prompt a .docx styles as a caption', () => {
	it('does not count it among the blocks a join may step over', () => {
		const blocks: TextBlock[] = [
			{ text: '1.“一窗通办”。群众在任一窗口即可办理46项业务，' },
			{ text: '点击图片查看大图', kind: 'caption' },
			{ text: '5月6日，工作人员为群众办理业务。', kind: 'caption' },
			{ text: '（河湾区融媒体中心供图）' },
			{ text: '平均办理时间由40分钟缩短到15分钟。' }
		];
		expect(shape(blocks).map(([joined]) => joined)).toEqual([[0, 4], [1], [2], [3]]);
	});
});

describe('two photos captioned at the gutter, their credits printed first', () => {
	it('reads the placed credits as a credit, the two halves as one caption, and joins the text around them', () => {
		expect(
			shape(
				b(
					'合作社在林下套种中药材，亩均年收益5000元至7000元，',
					'左图　本报记者　李　青摄　右图　河湾区农业农村局供图',
					'左图：村民在林下采收石斛；',
					'右图：技术员在大棚里查看幼苗长势。',
					'带动周边120户农户增收。'
				)
			)
		).toEqual([
			[[0, 4], 'body'],
			[[1], 'credit'],
			[[2, 3], 'caption']
		]);
	});

	it('tells placed credits from placed captions', async () => {
		const { isPlacedCredits, isPairedCaption } = await import('./kinds.ts');
		expect(isPlacedCredits('上图　新华社记者　王　明摄　下图　河湾区委宣传部供图')).toBe(true);
		expect(isPlacedCredits('左图：村民在林下采收石斛；')).toBe(false);
		expect(isPlacedCredits('左图为河湾区新建的研学基地')).toBe(false);
		expect(isPairedCaption('上图：新建的研学基地；', '下图：学生在基地上课。')).toBe(true);
		expect(isPairedCaption('上图：新建的研学基地。', '上图：学生在基地上课。')).toBe(false);
	});
});

describe('sidebars: a box of figures and a chronicle', () => {
	it('reads a data box head as the caption of its graphic and each label-and-figure line as a row', () => {
		expect(
			shape(
				b(
					'全区新建研学基地7处，全年接待学生1.6万人次。',
					'【数说】河湾文旅',
					'接待游客　312万人次',
					'旅游收入　28.6亿元',
					'A级景区　9家',
					'民宿客房数量持续增加，旺季入住率保持在八成以上。'
				)
			)
		).toEqual([
			[[0], 'body'],
			[[1], 'caption'],
			[[2], 'body'],
			[[3], 'body'],
			[[4], 'body'],
			[[5], 'body']
		]);
	});

	it('joins a figure set over its label, and keeps the box apart from the text', () => {
		const blocks: TextBlock[] = [
			{ text: '【数读】河湾交通这一年' },
			{ text: '46公里' },
			{ text: '全年新建改建农村公路', blankBefore: 0 },
			{ text: '12座' },
			{ text: '新建改建桥梁', blankBefore: 0 },
			{ text: '数据来源：河湾区交通运输局' }
		];
		expect(shape(blocks)).toEqual([
			[[0], 'caption'],
			[[1, 2], 'body'],
			[[3, 4], 'body'],
			[[5], 'credit']
		]);
	});

	it('reads a chronicle: a date alone over its event is one entry, a dated line is one', () => {
		expect(
			shape(
				b(
					'【链接】河湾湿地保护大事记',
					'2012年5月',
					'河湾湿地公园获批省级湿地公园',
					'2018年10月',
					'启动退养还湿工程，拆除养殖塘1.2万亩',
					'（本报记者　何　川　整理）'
				)
			)
		).toEqual([
			[[0], 'heading'],
			[[1, 2], 'body'],
			[[3, 4], 'body'],
			[[5], 'credit']
		]);
		expect(
			shape(
				b(
					'全区湿地面积已恢复到3.2万亩。',
					'◇河湾大桥建设大事记',
					'2021年4月　大桥开工建设',
					'2023年9月　主桥合龙',
					'2024年6月18日　建成通车，进入试运行',
					'生态修复同步推进。今年全区新增造林面积1.1万亩。'
				)
			)
		).toEqual([
			[[0], 'body'],
			[[1], 'heading'],
			[[2], 'body'],
			[[3], 'body'],
			[[4], 'body'],
			[[5], 'body']
		]);
	});

	it('leaves a letter’s closing date, no chronicle, to the other rules', () => {
		expect(
			shape(
				b(
					'特此通知。请各单位认真抓好落实，确保各项措施落地见效。',
					'河湾区人民政府',
					'2024年6月18日'
				)
			).map(([, kind]) => kind)
		).toEqual(['body', 'credit', 'credit']);
	});
});

describe('a grade in Roman numerals cut from its measure word', () => {
	it('joins 启动防汛Ⅳ | 级应急响应，… as one paragraph, not a head over it', () => {
		expect(
			shape(
				b(
					'受强降雨影响，河湾区多条河流水位上涨。',
					'区防汛指挥部于6月20日启动防汛Ⅳ',
					'级应急响应，21日提升至Ⅲ级，共转移群众1.2万人。'
				)
			)
		).toEqual([
			[[0], 'body'],
			[[1, 2], 'body']
		]);
	});
});

describe("a public account's end matter (— END —, 往期推荐, 阅读原文)", () => {
	const page = b(
		'柳溪：一条老街的新生意',
		'点击蓝字 关注我们',
		'柳溪的老街今年迎来了第一批夜市摊主，街口的灯笼一直挂到',
		'河边。',
		'“以前晚上没人来，现在要排队。”摊主何芸说。',
		'— END —',
		'往期推荐',
		'▶ 柳溪春茶开采，这份采茶地图请收好',
		'▶ 全市第一！柳溪高铁站客流创新高',
		'阅读原文'
	);
	it('keeps the linked headlines apart and never moves one into the article', () => {
		expect(shape(page)).toEqual([
			[[0], 'title'],
			[[1], 'credit'],
			[[2, 3], 'body'],
			[[4], 'body'],
			[[5], 'credit'],
			[[6], 'heading'],
			[[7], 'body'],
			[[8], 'body'],
			[[9], 'credit']
		]);
	});
	it('moves no fragment of the article after its end mark', () => {
		const cut = b(
			'柳溪的老街今年迎来了第一批夜市摊主，街口的灯笼一直挂到',
			'（完）',
			'推荐阅读',
			'▶ 柳溪春茶开采，这份采茶地图请收好',
			'河边。摊主何芸说，以前晚上没人来，现在要排队。'
		);
		const p = repairBlocks(cut).proposals.filter((x) => x.kind !== 'kind');
		expect(p.filter((x) => x.blocks.includes(0))).toEqual([]);
	});
});

describe('a photo mark alone over its caption', () => {
	it('joins ▼ with the caption under it, and leaves a ▼ over running text alone', () => {
		expect(
			shape(
				b(
					'柳溪的老街今年迎来了第一批夜市摊主。',
					'▼',
					'柳溪老街夜市一角（图片来源：柳溪区融媒体中心）',
					'夜市开张以来，老街日均客流超过两万人次。'
				)
			)
		).toEqual([
			[[0], 'body'],
			[[1, 2], 'caption'],
			[[3], 'body']
		]);
		const overText = b(
			'柳溪的老街今年迎来了第一批夜市摊主。',
			'▼',
			'夜市开张以来，老街日均客流超过两万人次。摊主们说，生意比去年好了不少。'
		);
		expect(repairBlocks(overText).proposals.filter((x) => x.reason === 'photo_mark')).toEqual([]);
	});
});

describe('heads set in one style with a mark', () => {
	it('reads a head with figures as a head when two heads open with the same mark', () => {
		const page = b(
			'柳溪的老街今年迎来了第一批夜市摊主。',
			'◆ 夜市：从“冷清”到“热闹”',
			'夜市开张以来，老街日均客流超过两万人次。',
			'◆ 商户：老字号回来了',
			'街上的老字号已有十二家重新开门。',
			'◆ 目标：2026年客流突破500万人次',
			'按照规划，老街将再引进商户80家。'
		);
		expect(classifyBlocks(page)[5].kind).toBe('heading');
	});
	it('leaves a marked line alone when only one other head opens with its mark', () => {
		const page = b(
			'柳溪的老街今年迎来了第一批夜市摊主。',
			'◆ 夜市：从“冷清”到“热闹”',
			'夜市开张以来，老街日均客流超过两万人次。',
			'商户：老字号回来了',
			'街上的老字号已有十二家重新开门。',
			'◆ 目标：2026年客流突破500万人次',
			'按照规划，老街将再引进商户80家。'
		);
		expect(classifyBlocks(page)[5].kind).not.toBe('heading');
	});
});

describe('a marked head cut over two lines', () => {
	const page = (tail: string) =>
		b(
			'柳溪的老街今年迎来了第一批夜市摊主。',
			'◆ 夜市：从“冷清”',
			tail,
			'夜市开张以来，老街日均客流超过两万人次。',
			'◆ 商户：老字号回来了',
			'街上的老字号已有十二家重新开门。'
		);
	it('joins the short tail to the head', () => {
		expect(shape(page('到“热闹”')).slice(0, 3)).toEqual([
			[[0], 'body'],
			[[1, 2], 'heading'],
			[[3], 'body']
		]);
	});
	it('leaves a caption under the head alone', () => {
		expect(shape(page('▲老街夜市一角')).slice(1, 3)).toEqual([
			[[1], 'heading'],
			[[2], 'caption']
		]);
	});
});

describe("a journal's running footer", () => {
	it('reads the name and issue between two pages as furniture', () => {
		const kinds = classifyBlocks(
			b(
				'柳溪的老街今年迎来了第一批夜市摊主。',
				'《柳溪商业观察》2025年第7期',
				'— 3 —',
				'夜市开张以来，老街日均客流超过两万人次。',
				'《柳溪商业观察》第7期（总第112期）'
			)
		);
		expect([kinds[1].kind, kinds[4].kind]).toEqual(['credit', 'credit']);
	});
});
