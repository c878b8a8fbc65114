/**
 * Documents the repair was not tuned on (session f): a news app's share page with its interface
 * lines, a government press conference's transcript copied from the website, heads marked with
 * a symbol or worded as heads. Every text here is made up.
 */
import { describe, expect, it } from 'vitest';
import { textToBlocks, type TextBlock } from './blocks.ts';
import { classifyBlocks } from './kinds.ts';
import { applyRepairs, repairBlocks } from './repair.ts';
import { continuationSignal } from './signals.ts';

const b = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text }));
const shape = (blocks: TextBlock[]) =>
	applyRepairs(blocks, repairBlocks(blocks).proposals).map((u) => [u.joined, u.kind]);
const kinds = (blocks: TextBlock[]) => classifyBlocks(blocks).map((g) => g.kind);

describe("a news app's share page", () => {
	const page = b(
		'打开APP，阅读全文',
		'青川：老厂房里“长”出新产线',
		'原创　2024-10-08 09:15　发表于江北',
		'江北新闻记者　唐　宁　通讯员　陈国栋',
		'图源：江北融媒',
		'今年以来，青川市围绕老工业基地转型，累计引进项目86个，总投资420亿元。',
		'▌技改：老设备换上“智慧脑”',
		'走进青川重型机械厂的总装车间，一条新改造的智能产线正在调试，',
		'展开全文',
		'全线投产后，产能将提高三成以上。',
		'◎人才：引来“新工匠”',
		'青川出台技能人才新政，对新引进的高级技师给予每人5万元安家补贴。',
		'作者简介：唐宁，江北新闻记者，长期关注工业经济和区域发展，从事经济报道十余年。',
		'点赞　收藏　分享',
		'相关推荐',
		'江北省前三季度工业投资增长8.6%',
		'下载客户端，看更多新闻'
	);

	it('reads its interface lines as credits and the title under them', () => {
		expect(kinds(page)).toEqual([
			'credit',
			'title',
			'credit',
			'credit',
			'credit',
			'body',
			'heading',
			'body',
			'credit',
			'body',
			'heading',
			'body',
			'credit',
			'credit',
			'heading',
			'body',
			'credit'
		]);
	});

	it('joins the halves over 展开全文, which then follows the paragraph, and nothing after 相关推荐', () => {
		expect(shape(page).slice(5, 10)).toEqual([
			[[5], 'body'],
			[[6], 'heading'],
			[[7, 9], 'body'],
			[[8], 'credit'],
			[[10], 'heading']
		]);
		expect(shape(page).slice(-3)).toEqual([
			[[14], 'heading'],
			[[15], 'body'],
			[[16], 'credit']
		]);
	});

	it("reads a public account's meta line, a date with its clock time, as a credit", () => {
		expect(
			kinds(
				b(
					'青川：一座老工业城市的转身',
					'青川发布　2024年10月8日 09:15　江北',
					'今年以来，青川市累计引进项目86个，总投资420亿元。'
				)
			)
		).toEqual(['title', 'credit', 'body']);
	});

	it('keeps a short sentence that mentions 发表于 as running text', () => {
		expect(
			kinds(b('青川观察', '该成果发表于国际学术期刊。', '今年以来，全市新增专利1860件。'))
		).toEqual(['title', 'body', 'body']);
	});

	it('reads a pull quote set over lines (its label, its words, its speaker) as one caption', () => {
		const blocks = textToBlocks(
			[
				'在市发展改革委主任周远看来，招商引资的关键在于服务。“企业来不来，看的是营商环境；',
				'观点：\n“企业来不来，看的是营商环境；留不留得住，看的是服务。”\n——市发展改革委主任　周远',
				'留不留得住，看的是服务。”为此，青川推行项目专员制度，为每个重点项目配备一名服务专员。'
			].join('\n\n')
		);
		expect(blocks).toHaveLength(3);
		expect(shape(blocks)).toEqual([
			[[0, 2], 'body'],
			[[1], 'caption']
		]);
	});

	it('reads one sentence with its picture credit in brackets after it as a caption', () => {
		expect(
			kinds(
				b(
					'青川观察',
					'今年以来，青川市新建智能仓储中心3个，物流成本下降12%。',
					'新建的智能仓储中心内，机器人正在分拣包裹。（青川市商务局供图）',
					'下一步，青川将继续推进物流园区智能化改造。'
				)
			)
		).toEqual(['title', 'body', 'caption', 'body']);
	});
});

describe("a press conference's transcript", () => {
	const transcript = b(
		'青川县重点项目建设新闻发布会实录',
		'主持人：',
		'各位记者朋友，大家上午好！今天请县发展改革局负责同志介绍全县重点项目建设情况。',
		'【县发展改革局局长　郑明】',
		'今年以来，我们重点抓了三个方面：一是抓项目谋划，新储备项目126个，总投资860亿元；',
		'二是抓要素保障，落实新增建设用地3200亩；',
		'三是抓服务提升，推行项目代办制，平均审批时间缩短40%。',
		'青川日报记者：',
		'项目建设如何带动就业？',
		'【县发展改革局局长　郑明】',
		'谢谢。今年全县重点项目直接带动就业1.8万人，其中农民工1.1万人。',
		'（根据录音整理）',
		'扫一扫在手机打开当前页'
	);

	it('reads a speaker alone in 【】 as a head, even over an answer that opens with 谢谢。', () => {
		expect(kinds(transcript)[3]).toBe('heading');
		expect(kinds(transcript)[9]).toBe('heading');
		expect(continuationSignal('谢谢。今年全县重点项目直接带动就业1.8万人。')).toBeNull();
		expect(continuationSignal('配套。围绕主导产业，该区着力延链补链。')).toBe(
			'short_first_sentence'
		);
	});

	it('joins an enumeration over three blocks, and nothing into a head', () => {
		expect(shape(transcript)).toEqual([
			[[0], 'title'],
			[[1, 2], 'body'],
			[[3], 'heading'],
			[[4, 5, 6], 'body'],
			[[7, 8], 'body'],
			[[9], 'heading'],
			[[10], 'body'],
			[[11], 'credit'],
			[[12], 'caption']
		]);
	});

	it('keeps a list set one item a block apart when its first item opens a block', () => {
		expect(
			shape(
				b(
					'今年全县重点抓好三项工作。',
					'一是抓项目谋划，新储备项目126个；',
					'二是抓要素保障，落实新增建设用地3200亩；',
					'三是抓服务提升，平均审批时间缩短40%。'
				)
			).map(([blocks]) => blocks)
		).toEqual([[0], [1], [2], [3]]);
	});

	it('reads a table title over its unit note as the head of the rows', () => {
		expect(
			kinds(
				b(
					'今年以来，全县经济运行稳中向好，主要指标见下表。',
					'表　2024年前三季度青川县主要经济指标',
					'单位：亿元',
					'指标\t数值\t增长（%）',
					'地区生产总值\t186.4\t5.8',
					'固定资产投资\t92.1\t6.3'
				)
			)
		).toEqual(['body', 'heading', 'caption', 'body', 'body', 'body']);
	});
});

describe('heads worded as heads, amid heads of another form', () => {
	it('reads a topic and a colon, a word in quotes and spaced letters as heads, not captions', () => {
		const blocks: TextBlock[] = [
			{ text: '青川工业观察', blankBefore: 0 },
			{ text: '本报记者　李　青', blankBefore: 1 },
			{ text: '今年以来，青川市工业投资同比增长12.6%，增速居全省第三。', blankBefore: 1 },
			{ text: '强链　补链　延链', blankBefore: 1 },
			{ text: '青川把产业链作为招商的主线，今年新引进链上企业42家。', blankBefore: 1 },
			{ text: '技改“改”出新效益', blankBefore: 1 },
			{ text: '老企业技改是青川工业的另一条主线，全市技改投资增长21.3%。', blankBefore: 1 },
			{ text: '人才：从“引进来”到“留得住”', blankBefore: 2 },
			{ text: '青川出台技能人才新政，对新引进的高级技师给予每人5万元安家补贴。', blankBefore: 1 },
			{ text: '聚　力', blankBefore: 3 },
			{ text: '下一步，青川将继续推进工业转型升级，力争明年工业投资再增10%。', blankBefore: 1 },
			{ text: '开放合作　共赢发展', blankBefore: 1 },
			{ text: '青川与沿海城市共建产业园3个，今年签约项目18个。', blankBefore: 1 }
		];
		const found = kinds(blocks);
		expect([found[5], found[7], found[9]]).toEqual(['heading', 'heading', 'heading']);
	});

	it('still reads a scene set apart by blank lines as a caption', () => {
		const blocks: TextBlock[] = [
			{ text: '青川工业观察', blankBefore: 0 },
			{ text: '本报记者　李　青', blankBefore: 1 },
			{ text: '今年以来，青川市工业投资同比增长12.6%，增速居全省第三。', blankBefore: 1 },
			{ text: '强链　补链　延链', blankBefore: 1 },
			{ text: '青川把产业链作为招商的主线，今年新引进链上企业42家。', blankBefore: 1 },
			{ text: '工人们在青川重型机械厂总装车间调试新产线', blankBefore: 3 },
			{ text: '老企业技改是青川工业的另一条主线，全市技改投资增长21.3%。', blankBefore: 3 },
			{ text: '开放合作　共赢发展', blankBefore: 1 },
			{ text: '青川与沿海城市共建产业园3个，今年签约项目18个。', blankBefore: 1 }
		];
		expect(kinds(blocks)[5]).toBe('caption');
	});
});

describe('a colon closing a sentence after a full stop', () => {
	it('joins …企业。记者在车间看到： with what was seen in the next block', () => {
		expect(
			shape(
				b(
					'青川机械是全县唯一的省级智能制造示范企业。记者在该公司装配车间看到：',
					'机械臂正在焊接底盘，工人在一旁操作平板电脑。去年，公司研发投入1.2亿元。',
					'下一步，青川将继续推进智能化改造。'
				)
			).map(([blocks]) => blocks)
		).toEqual([[0, 1], [2]]);
	});

	it('keeps a list announced after a full stop apart from its items', () => {
		expect(
			shape(
				b(
					'青川机械是全县唯一的省级智能制造示范企业。主要做法如下：',
					'（一）推进设备更新，今年新增工业机器人120台。',
					'（二）培育技能人才，全年培训技术工人860人次。'
				)
			).map(([blocks]) => blocks)
		).toEqual([[0], [1], [2]]);
	});
});
