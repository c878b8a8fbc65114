/**
 * The page structure of a Chinese newspaper and its web edition that the repair reads (issue 11,
 * session 2026-12-07d): editors' notes, boxed sidebars, tables flattened to lines, pull quotes,
 * numbered photos with one credit, footnotes, QR-code prompts, related-reading lists, web meta
 * lines, kickers, and half-width punctuation in Chinese text. Every example here is made up for
 * the rule it tests (none is taken from corpus/).
 */
import { describe, expect, it } from 'vitest';
import { textToBlocks, type TextBlock } from './blocks.ts';
import { classifyBlocks } from './kinds.ts';
import { applyRepairs, repairBlocks } from './repair.ts';
import { isTableHeader, isTableRow, widenPunctuation } from './signals.ts';

const b = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text }));
/** The repaired paragraphs as [blocks, kind] pairs. */
function repaired(blocks: TextBlock[]): [number[], string][] {
	return applyRepairs(blocks, repairBlocks(blocks).proposals).map((u) => [u.joined, u.kind]);
}
const kinds = (blocks: TextBlock[]) => classifyBlocks(blocks).map((g) => g.kind);

describe("an editor's note", () => {
	it('joins a lone 【编者按】 label with the note it opens (one body paragraph)', () => {
		const blocks = b(
			'江城：老街巷里的新生活',
			'本报记者 王小川',
			'【编者按】',
			'城市更新，更新的是房子，更是生活。本报今起推出“走进老街区”系列报道，敬请关注。',
			'清晨六点，江城老街的早点铺已经排起了长队。'
		);
		expect(repaired(blocks)).toEqual([
			[[0], 'title'],
			[[1], 'credit'],
			[[2, 3], 'body'],
			[[4], 'body']
		]);
	});

	it('keeps an inline note body and joins its halves when it is cut after "、"', () => {
		const blocks = b(
			'一条河的新生',
			'【编者按】河道整治关系防洪、',
			'生态和沿岸群众的日子。今天起本报连续刊发系列报道。',
			'本报记者 赵 明',
			'今年汛期，青川河沿岸没有一户受淹。'
		);
		expect(repaired(blocks)).toEqual([
			[[0], 'title'],
			[[1, 2], 'body'],
			[[3], 'credit'],
			[[4], 'body']
		]);
	});

	it('reads the kicker above a topic headline even with a note between the title and the byline', () => {
		const blocks = b(
			'守住青山绿水 做强生态产业',
			'柳溪：竹林里长出“绿色银行”',
			'【编者按】生态好了，钱袋子怎么鼓起来？本报今起推出系列报道。',
			'本报记者 周 宁',
			'走进柳溪县，满眼都是竹林。'
		);
		expect(kinds(blocks)).toEqual(['subtitle', 'title', 'body', 'credit', 'body']);
	});
});

describe('boxed sidebars', () => {
	it('reads 【链接】 with its title on the next line of the same block as one heading', () => {
		const blocks = textToBlocks(
			'全县已建成充电桩1200个。\n\n【链接】\n什么是“统保统贷”？\n\n统保统贷是指由政府统一组织担保、银行统一发放贷款的做法。'
		);
		expect(blocks.map((x) => x.text)).toEqual([
			'全县已建成充电桩1200个。',
			'【链接】什么是“统保统贷”？',
			'统保统贷是指由政府统一组织担保、银行统一发放贷款的做法。'
		]);
		expect(kinds(blocks)).toEqual(['body', 'heading', 'body']);
	});

	it('reads 【记者手记】 and a short title with a comma as a head, not the start of a paragraph', () => {
		const blocks = b(
			'今年全市新增就业岗位3.2万个。',
			'【记者手记】小窗口，大民生',
			'几天采访下来，记者感受最深的是窗口工作人员的耐心，',
			'他们把群众的事当成自己的事。'
		);
		expect(repaired(blocks)).toEqual([
			[[0], 'body'],
			[[1], 'heading'],
			[[2, 3], 'body']
		]);
	});

	it('joins the halves of a paragraph a box was printed between, the box after it', () => {
		const blocks = b(
			'今年以来，全区共发放创业担保贷款2.6亿元，',
			'【背景】什么是创业担保贷款',
			'创业担保贷款是政府出资设立担保基金，由银行向创业者发放、财政给予贴息的贷款。',
			'扶持个人创业2100余人，带动就业7800多人。',
			'下一步，该区将继续扩大贷款覆盖面。'
		);
		const units = applyRepairs(blocks, repairBlocks(blocks).proposals);
		expect(units.map((u) => [u.joined, u.kind])).toEqual([
			[[0, 3], 'body'],
			[[1], 'heading'],
			[[2], 'body'],
			[[4], 'body']
		]);
	});

	it('does not take a web page widget in brackets (【字体：大 中 小】) for a box', () => {
		expect(kinds(b('正文第一段。', '【字体：大 中 小】', '正文第二段。'))[1]).toBe('credit');
	});
});

describe('tables flattened to lines', () => {
	it('tells a row of cells from a byline, a caption and a two-phrase head', () => {
		expect(isTableRow('粮食产量 42.6 41.8 1.9%')).toBe(true);
		expect(isTableRow('外贸进出口 -3.2 12.4 增长5.1%')).toBe(true);
		expect(isTableRow('本报记者 李 华 通讯员 陈 东')).toBe(false);
		expect(isTableRow('图② 2023年9月 工人在车间装配')).toBe(false);
		expect(isTableRow('做强产业 做优服务')).toBe(false);
		expect(isTableRow('Output grew 5 percent in May')).toBe(false);
		expect(isTableRow('- 3 -')).toBe(false);
		expect(isTableHeader('指标 上半年 同比增减')).toBe(true);
	});

	it('keeps a table of several lines in one block (cells apart by U+3000 or tabs)', () => {
		const blocks = textToBlocks(
			'各乡镇的播种面积见下表。\n\n表　2024年各乡镇春播情况\n\n乡镇\u3000面积（万亩）\u3000增长\n北关镇\u30003.2\u30004.1%\n南坪乡\t2.7\t-1.5%\n\n数据来源：县农业农村局'
		);
		expect(blocks.map((x) => x.text.replace(/\s/g, ''))).toEqual([
			'各乡镇的播种面积见下表。',
			'表2024年各乡镇春播情况',
			'乡镇面积（万亩）增长北关镇3.24.1%南坪乡2.7-1.5%',
			'数据来源：县农业农村局'
		]);
		expect(kinds(blocks)).toEqual(['body', 'caption', 'body', 'credit']);
	});

	it('reads a table title stating the unit as a heading and never joins its rows', () => {
		const blocks = b(
			'全县财政收支情况如下：',
			'表1 2024年前三季度财政收支（单位：万元）',
			'项目\t本期\t上年同期',
			'一般公共预算收入\t82650\t79310',
			'一般公共预算支出\t156420\t149870',
			'注：本表数据未经审计。',
			'从结构看，民生支出仍占大头。'
		);
		expect(repaired(blocks)).toEqual([
			[[0], 'body'],
			[[1], 'heading'],
			[[2], 'body'],
			[[3], 'body'],
			[[4], 'body'],
			[[5], 'body'],
			[[6], 'body']
		]);
	});
	it('takes a lone line of cells with one figure for the page header it is, not a table row', () => {
		// The paper's name, date, weekday, page and section, printed between the halves of a
		// paragraph cut after "、": the halves join across it, as across a caption or credit.
		const blocks = b(
			'全市建立市、区、',
			'江城晚报\u30002023年5月8日\u3000星期一\u3000第2版\u3000综合新闻',
			'街道三级网格员1200名，今年以来化解矛盾纠纷860件。'
		);
		expect(kinds(blocks)[1]).not.toBe('body');
		expect(repaired(blocks)[0]).toEqual([[0, 2], 'body']);
		// Beside another row or a title, the same kind of line is a row.
		expect(kinds(b('指标\t本期\t同比', '江城区\t第2季度\t上升', '北关区\t8.6\t1.2%'))).toEqual([
			'body',
			'body',
			'body'
		]);
	});
});

describe('section numbers set alone over their heads', () => {
	it('joins 01 | its head into one heading, and a lone number between halves stays page furniture', () => {
		const blocks = b(
			'老城区的改造从去年春天开始。',
			'02',
			'“旧楼道”换上“新面孔”',
			'今年全区改造楼道312个，惠及居民1.8万户。',
			'三',
			'稳就业'
		);
		expect(repaired(blocks)).toEqual([
			[[0], 'body'],
			[[1, 2], 'heading'],
			[[3], 'body'],
			[[4, 5], 'heading']
		]);
		// A page's number between the halves of a paragraph is no section number.
		const cut = b('全区新建充电桩1200个，', '3', '覆盖所有街道。');
		expect(repaired(cut)[0]).toEqual([[0, 2], 'body']);
	});
});

describe('pull quotes', () => {
	it('reads a repeated quote with its speaker as a caption between the halves of a paragraph', () => {
		const blocks = b(
			'村党支部书记陈建国算了一笔账，',
			'“一亩茶园的收入，顶得上过去三亩稻田。”——村党支部书记 陈建国',
			'全村茶园已发展到3600亩，“一亩茶园的收入，顶得上过去三亩稻田。”他说。',
			'明年，村里还打算建一座茶叶加工厂。'
		);
		expect(repaired(blocks)).toEqual([
			[[0, 2], 'body'],
			[[1], 'caption'],
			[[3], 'body']
		]);
	});

	it('reads a quote repeated word for word, without a speaker, as a pull quote', () => {
		const blocks = b(
			'“营商环境就是生产力。”县委书记刘强说，近三年全县新登记市场主体4.1万户，',
			'“营商环境就是生产力。”',
			'年均增长15%以上。'
		);
		expect(repaired(blocks)).toEqual([
			[[0, 2], 'body'],
			[[1], 'caption']
		]);
	});

	it('leaves a quotation alone in its block as body when the text does not repeat it', () => {
		const blocks = b(
			'村民们说起新修的路，个个喜笑颜开。',
			'“路通了，我们的山货再也不愁卖了。”',
			'这是记者在采访中听到最多的一句话。'
		);
		expect(kinds(blocks)).toEqual(['body', 'body', 'body']);
	});
});

describe('numbered photos', () => {
	it('reads two numbered captions in one block as one caption, and a slash credit as a credit', () => {
		const blocks = b(
			'春耕正当时',
			'图①：4月2日，农机手在田间驾驶插秧机作业。图②：农技员在育秧大棚查看秧苗长势。',
			'李 青/摄',
			'本报记者 韩 雪',
			'清明前后，全县早稻机插秧进度过半。'
		);
		expect(kinds(blocks)).toEqual(['title', 'caption', 'credit', 'credit', 'body']);
	});

	it('reads numbered captions printed one a line in one block of a blank-line text as one caption', () => {
		const blocks = textToBlocks(
			'江边新城\n\n图①：6月1日，新建的滨江步道迎来首批市民。\n图②：夜幕下的江边新城灯火璀璨。\n\n（本报记者 宋 岩 摄）\n\n本报记者 宋 岩\n\n江边新城今年迎来了第一批住户。\n\n新城的学校和医院也已开工建设。'
		);
		expect(blocks[1].text).toBe(
			'图①：6月1日，新建的滨江步道迎来首批市民。图②：夜幕下的江边新城灯火璀璨。'
		);
		expect(kinds(blocks).slice(0, 4)).toEqual(['title', 'caption', 'credit', 'credit']);
	});

	it('joins a paragraph cut after a half-width ";" over two numbered captions and their one credit', () => {
		const blocks = b(
			'全市今年新建口袋公园38个，新增绿地面积21万平方米;',
			'图① 市民在新建成的口袋公园散步。',
			'图② 孩子们在社区运动场踢球。',
			'（本报记者 孟 凡 摄）',
			'据统计,全市人均公园绿地面积达到15.6平方米。',
			'下一步，全市还将建设一批城市绿道。'
		);
		expect(repaired(blocks)).toEqual([
			[[0, 4], 'body'],
			[[1], 'caption'],
			[[2], 'caption'],
			[[3], 'credit'],
			[[5], 'body']
		]);
	});

	it('joins a first half ending mid-phrase with no punctuation over numbered photos', () => {
		const blocks = b(
			'去年全县改造农村危房1200户，新建乡村公路86公里，受益群众',
			'图① 新修的乡村公路通到了村口。',
			'图② 改造后的农房干净整洁。',
			'（县融媒体中心供图）',
			'3.6万人；今年还将改造危房500户。'
		);
		expect(repaired(blocks)[0]).toEqual([[0, 4], 'body']);
	});
});

describe('footnotes, QR-code prompts and related reading', () => {
	it('keeps footnotes (注：①…, ※注：…) as body paragraphs of their own', () => {
		const blocks = b(
			'全年新增城镇就业5.2万人①，城镇调查失业率控制在5.5%以内。',
			'注：①新增城镇就业是指报告期内城镇累计新就业人数减去自然减员人数。',
			'※注：本文数据均为快报数。'
		);
		expect(repaired(blocks)).toEqual([
			[[0], 'body'],
			[[1], 'body'],
			[[2], 'body']
		]);
	});

	it('reads a QR-code prompt as a caption and joins the paragraph printed around it', () => {
		const blocks = b(
			'今年起，县里提高了居民医保住院报销比例。',
			'参保居民在乡镇卫生院住院，报销比例达到90%',
			'扫码查看全县定点医院名单',
			'以上，在县级医院为80%，在市级医院为70%。',
			'请扫描二维码，收看专题片《山村新路》'
		);
		expect(repaired(blocks)).toEqual([
			[[0], 'body'],
			[[1, 3], 'body'],
			[[2], 'caption'],
			[[4], 'caption']
		]);
	});

	it('reads a related-reading list as a head and its items as body', () => {
		const blocks = b(
			'全县的探索还在继续。',
			'延伸阅读',
			'● 《青川河：一条河的“变身记”》（2024年6月3日 第2版）',
			'· 县城新添三座口袋公园'
		);
		expect(kinds(blocks)).toEqual(['body', 'heading', 'body', 'body']);
	});

	it('reads a web edition meta line with an ISO date, source and author as a credit', () => {
		const blocks = b(
			'春风又绿江南岸',
			'2024-03-18\u3000来源：江南日报\u3000作者：吴 迪',
			'三月的江南，油菜花开得正旺。'
		);
		expect(kinds(blocks)).toEqual(['title', 'credit', 'body']);
	});
});

describe('half-width punctuation in Chinese text', () => {
	it('reads , ; : ( ) after Chinese as full-width, and leaves English and numbers alone', () => {
		expect(widenPunctuation('项目投产后;')).toBe('项目投产后；');
		expect(widenPunctuation('主要做法是:')).toBe('主要做法是：');
		expect(widenPunctuation('据介绍,全镇')).toBe('据介绍，全镇');
		expect(widenPunctuation('卫生院(所)')).toBe('卫生院（所）');
		expect(widenPunctuation('GDP (gross domestic product), 3,000 and 10:30')).toBe(
			'GDP (gross domestic product), 3,000 and 10:30'
		);
	});

	it('joins a paragraph cut after a half-width colon the way it joins one cut after "："', () => {
		const blocks = b(
			'今年，区里出台了扶持夜间经济的新办法，具体来说:',
			'每个夜市摊位每月补贴水电费200元，连续补贴两年。'
		);
		expect(repaired(blocks)).toEqual([[[0, 1], 'body']]);
	});
});

describe('web-edition heads, tables and footers set with bars and markers', () => {
	it('reads a section head numbered with a bar as a head, though it lists with 、', () => {
		const blocks = b(
			'全县去年完成固定资产投资86亿元。',
			'02｜招才引智　人、财、物一起“下沉”',
			'项目要落地，人才是关键。该县去年引进各类人才1200余名，',
			'其中硕士以上学历186人。'
		);
		expect(repaired(blocks)).toEqual([
			[[0], 'body'],
			[[1], 'heading'],
			[[2, 3], 'body']
		]);
	});

	it('reads a box label and its title with a bar between as a head, a footer with bars as a credit', () => {
		const blocks = b(
			'石桥镇的茶山，正在变成年轻人的“打卡地”。',
			'镇里今年新开了4家茶舍，周末一座难求。',
			'▍延伸阅读｜什么是“茶旅融合”',
			'茶旅融合是把茶叶种植、加工与观光、研学结合起来的发展模式。',
			'数据来源｜石桥镇文化站',
			'审核｜赵　敏　编辑｜王小川'
		);
		expect(kinds(blocks)).toEqual(['body', 'body', 'heading', 'body', 'credit', 'credit']);
	});

	it('reads the line over a table’s rows as their head, whatever marks it', () => {
		const blocks = b(
			'全区公共文化设施越织越密。',
			'▼东湖区各街道2024年的公共文化设施建设主要数据',
			'项目 2021年 2024年',
			'城市书房（家） 12 47',
			'文化广场（个） 30 58',
			'今年，区里还将新建城市书房10家。'
		);
		expect(kinds(blocks)).toEqual(['body', 'heading', 'body', 'body', 'body', 'body']);
	});

	it('does not take a chart’s unit note (单位：…) over its figures for the figures’ head', () => {
		const blocks = b(
			'近五年，全县新增就业稳中有升。',
			'图表　2020—2024年东湖县城镇新增就业人数',
			'单位：万人',
			'2020年　1.12　2021年　1.25　2022年　1.31',
			'数据来源：东湖县人力资源和社会保障局'
		);
		expect(kinds(blocks)[2]).toBe('caption');
	});

	it('reads a 组图 caption and its one credit set inside a paragraph cut in a range', () => {
		const blocks = b(
			'社区食堂的菜价实惠，荤菜每份8元～',
			'组图：①老人们在社区食堂用餐；②志愿者为行动不便的老人送餐上门。',
			'（均为记者　孙　浩　摄）',
			'12元，素菜每份3元。“比自己做还便宜。”一位老人说。'
		);
		expect(repaired(blocks)).toEqual([
			[[0, 3], 'body'],
			[[1], 'caption'],
			[[2], 'credit']
		]);
	});

	it('reads a repost’s source line and its “原标题” line as credits', () => {
		const blocks = b(
			'青禾：一座小城的“数字新农人”',
			'来源：青禾日报　2024-05-06 08:10',
			'原标题：“小手机”成了“新农具”——青禾县农村电商发展调查',
			'清晨六点，直播间的灯已经亮了。'
		);
		expect(kinds(blocks)).toEqual(['title', 'credit', 'credit', 'body']);
	});
});
