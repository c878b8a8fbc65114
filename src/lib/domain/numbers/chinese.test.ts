import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, findChineseNumbers } from './chinese.ts';
import type { NumberMention } from './types.ts';

/** text|kind|value[-high][|unit][|~bound][|weak] */
function summary(m: NumberMention): string {
	return [
		m.text,
		m.kind,
		`${m.value}${m.high !== undefined ? `-${m.high}` : ''}`,
		...(m.unit ? [m.unit] : []),
		...(m.approx ? [`~${m.bound}`] : []),
		...(m.weak ? ['weak'] : [])
	].join('|');
}

const read = (text: string) => findChineseNumbers(text).map(summary);

describe('chineseNumeral', () => {
	const cases: [string, number][] = [
		['一', 1],
		['两', 2],
		['十', 10],
		['十一', 11],
		['二十', 20],
		['二十二', 22],
		['一百', 100],
		['一百零二', 102],
		['一百二', 120],
		['一百二十', 120],
		['三百零五', 305],
		['一千', 1000],
		['一千零五', 1005],
		['一千零五十', 1050],
		['一千八百九十二', 1892],
		['两千', 2000],
		['一万', 10000],
		['两万五', 25000],
		['三万五千', 35000],
		['十万', 100000],
		['二十万', 200000],
		['一百万', 1000000],
		['八千万', 80000000],
		['一亿', 100000000],
		['一亿五千万', 150000000],
		['十亿', 1000000000],
		['百亿', 10000000000],
		['千亿', 100000000000],
		['一万亿', 1000000000000],
		['三万亿', 3000000000000],
		['二〇二三', 2023],
		['一九四九', 1949],
		['十八点一', 18.1],
		['三点五', 3.5]
	];
	it.each(cases)('%s = %d', (run, value) => {
		expect(chineseNumeral(run)?.value).toBe(value);
	});

	it.each(['亿万', '千千', '十百', '万万'])('%s is not a number', (run) => {
		expect(chineseNumeral(run)).toBeNull();
	});

	it('knows the place of the last digit written', () => {
		expect(chineseNumeral('一亿五千万')?.precision).toBe(10000);
		expect(chineseNumeral('两万五')?.precision).toBe(1000);
		expect(chineseNumeral('一千八百九十二')?.precision).toBe(1);
		expect(chineseNumeral('百亿')?.precision).toBe(1e8);
	});
});

describe('findChineseNumbers', () => {
	const cases: [string, string[]][] = [
		// Digits, full-width digits, separators
		['签约项目22个', ['22个|quantity|22|个']],
		['２３４５６人', ['２３４５６人|quantity|23456|人']],
		['共１８个月', ['１８个月|quantity|18|month']],
		['提供住房1892套', ['1892套|quantity|1892|套']],
		['提供住房1,892套', ['1,892套|quantity|1892|套']],
		['共为38家企业', ['38家|quantity|38|家']],
		['全年1155人', ['1155人|quantity|1155|人']],
		['解决问题148个', ['148个|quantity|148|个']],
		['培训48期', ['48期|quantity|48|期']],
		['1.5秒就可生产一组电芯', ['1.5秒|quantity|1.5|second']],
		// 万 and 亿
		['签约金额105亿元', ['105亿元|money|10500000000|CNY']],
		['投资135亿元', ['135亿元|money|13500000000|CNY']],
		['放贷1.0602亿元', ['1.0602亿元|money|106020000|CNY']],
		['兑现政策奖励8545.39万元', ['8545.39万元|money|85453900|CNY']],
		['８５４５．３９万元', ['８５４５．３９万元|money|85453900|CNY']],
		['投放贷款197.17亿元', ['197.17亿元|money|19717000000|CNY']],
		['总投资1.5亿元', ['1.5亿元|money|150000000|CNY']],
		['年产20万吨', ['20万吨|quantity|200000|tonne']],
		['1.2万亿元', ['1.2万亿元|money|1200000000000|CNY']],
		['5千万', ['5千万|quantity|50000000']],
		['30万千瓦', ['30万千瓦|quantity|300000|kW']],
		['两万五千元', ['两万五千元|money|25000|CNY']],
		['二十多万', ['二十多万|quantity|200000|~over']],
		['3000余万元', ['3000余万元|money|30000000|CNY|~over']],
		['5亿美元', ['5亿美元|money|500000000|USD']],
		['2亿欧元', ['2亿欧元|money|200000000|EUR']],
		['10亿港元', ['10亿港元|money|1000000000|HKD']],
		['100亿元人民币', ['100亿元人民币|money|10000000000|CNY']],
		['百亿元基金', ['百亿元|money|10000000000|CNY']],
		['“百亿基金、百亿信贷”', ['百亿|quantity|10000000000|weak', '百亿|quantity|10000000000|weak']],
		['迈进“千亿园区”', ['千亿|quantity|100000000000|weak']],
		// Chinese numerals with counters
		['两项指标', ['两项|quantity|2|项|weak']],
		['两大产业', ['两大|quantity|2|大|weak']],
		['三个月', ['三个月|quantity|3|month|weak']],
		['二十家企业', ['二十家|quantity|20|家']],
		['一千八百九十二人', ['一千八百九十二人|quantity|1892|人']],
		['十分钟', ['十分钟|quantity|10|minute|weak']],
		['前三季度', ['三季度|quantity|3|quarter|weak']],
		['两万五', ['两万五|quantity|25000']],
		// Approximations
		['邀请20余家行业协会', ['20余家|quantity|20|家|~over']],
		['100余家行业内领军企业', ['100余家|quantity|100|家|~over']],
		['满足3200余人居住需求', ['3200余人|quantity|3200|人|~over']],
		['３２００余人', ['３２００余人|quantity|3200|人|~over']],
		['外出招商60余次', ['60余次|quantity|60|次|~over']],
		['100多家', ['100多家|quantity|100|家|~over']],
		['十多家', ['十多家|quantity|10|家|~over|weak']],
		['十几个', ['十几个|quantity|10|个|~over|weak']],
		['年产值近200亿元', ['近200亿元|money|20000000000|CNY|~under']],
		['将近300人', ['将近300人|quantity|300|人|~under']],
		['接近50%', ['接近50%|percent|50|%|~under']],
		['约3000人', ['约3000人|quantity|3000|人|~about']],
		['大约20天', ['大约20天|quantity|20|day|~about']],
		['约为3%', ['约为3%|percent|3|%|~about']],
		['3000人左右', ['3000人左右|quantity|3000|人|~about']],
		['200亿元左右', ['200亿元左右|money|20000000000|CNY|~about']],
		['亿元以上项目29个', ['亿元以上|money|100000000|CNY|~over', '29个|quantity|29|个']],
		['5年以上', ['5年以上|quantity|5|year|~over']],
		['超过100家', ['超过100家|quantity|100|家|~over']],
		['超3000人', ['超3000人|quantity|3000|人|~over']],
		['逾千家', ['逾千家|quantity|1000|家|~over']],
		['不到10%', ['不到10%|percent|10|%|~atMost']],
		['不足5个', ['不足5个|quantity|5|个|~atMost']],
		['不少于20家', ['不少于20家|quantity|20|家|~atLeast']],
		['3天以内', ['3天以内|quantity|3|day|~atMost']],
		['上百家企业', ['上百家|quantity|100|家|~atLeast|weak']],
		// Bounds said apart from their number, after a span, before a round figure (issue 11)
		['过亿元', ['过亿元|money|100000000|CNY|~over']],
		['经过5年努力', ['5年|quantity|5|year']],
		['三年内', ['三年内|quantity|3|year|~atMost|weak']],
		['300列以上', ['300列以上|quantity|300|列|~over']],
		['至少联系5家', ['5家|quantity|5|家|~atLeast']],
		['不到全市10%的土地', ['10%|percent|10|%|~atMost']],
		['至少每季度召开一次', ['一次|quantity|1|次|~atLeast|weak']],
		['最高可获得50万元奖励', ['50万元|money|500000|CNY|~atMost']],
		['比重起码要达到3%', ['3%|percent|3|%|~atLeast']],
		['占比达到三成多', ['三成多|percent|30|%|~over']],
		// List items, firsts, 俩, the base of a rate
		['一是选育良种，二是推行绿色防控', ['一是|ordinal|1|weak', '二是|ordinal|2|weak']],
		['统一是关键', []],
		['首套印章', ['首|ordinal|1|weak']],
		['首位产业', []],
		['村里俩合作社', ['俩|quantity|2|weak']],
		['每万人口发明专利9.3件', ['万人|quantity|10000|per|weak', '9.3件|quantity|9.3|件']],
		['数十家', ['数十家|quantity|10|家|~about|weak']],
		['三个多月', ['三个多月|quantity|3|month|~over|weak']],
		['最近3年', ['3年|quantity|3|year']],
		['签约20个项目', ['20个|quantity|20|个']],
		['近年来，投资30亿元', ['30亿元|money|3000000000|CNY']],
		// Percentages, points, multiples
		['同比增长10%', ['10%|percent|10|%']],
		['增长18.1%', ['18.1%|percent|18.1|%']],
		['占75.1%', ['75.1%|percent|75.1|%']],
		['10.5％', ['10.5％|percent|10.5|%']],
		['百分之五十', ['百分之五十|percent|50|%|weak']],
		['百分之十八点一', ['百分之十八点一|percent|18.1|%|weak']],
		['千分之五', ['千分之五|percent|0.5|%|weak']],
		['5‰', ['5‰|percent|0.5|‰']],
		['三成', ['三成|percent|30|%']],
		['七成以上', ['七成以上|percent|70|%|~over']],
		['提高1.5个百分点', ['1.5个百分点|points|1.5|pp']],
		['下降2个百分点', ['2个百分点|points|2|pp']],
		['下降5个基点', ['5个基点|points|0.05|bp']],
		['增长2倍', ['2倍|multiple|2|increase']],
		['1.5倍', ['1.5倍|multiple|1.5|total']],
		['三分之一', ['三分之一|quantity|0.333333333333|fraction|weak']],
		['四分之一', ['四分之一|quantity|0.25|fraction|weak']],
		// Ranges
		['2020—2022年度', ['2020—2022年度|year|2020-2022']],
		['2020-2022年', ['2020-2022年|year|2020-2022']],
		['2020至2022年', ['2020至2022年|year|2020-2022']],
		['10%—20%', ['10%—20%|percent|10-20|%']],
		['10%-20%', ['10%-20%|percent|10-20|%']],
		['10—20%', ['10—20%|percent|10-20|%']],
		['3至5个', ['3至5个|quantity|3-5|个']],
		['3到5年', ['3到5年|quantity|3-5|year']],
		['3—5年', ['3—5年|quantity|3-5|year']],
		['3～5天', ['3～5天|quantity|3-5|day']],
		['1至2亿元', ['1至2亿元|money|100000000-200000000|CNY']],
		['9月1日至3日', ['9月1日至3日|date|901-903']],
		// Dates and years
		['9月22日', ['9月22日|date|922']],
		['9月3号', ['9月3号|date|903']],
		['今年7月正式投产', ['7月|date|700']],
		['自去年8月启动以来', ['8月|date|800']],
		['2022年', ['2022年|year|2022']],
		['2023年9月22日', ['2023年9月22日|date|20230922']],
		['2023年9月', ['2023年9月|date|20230900']],
		['2023年秋季', ['2023年秋季|date|20230000']],
		['2023年春季学期', ['2023年春季|date|20230000']],
		['2024年初', ['2024年初|year|2024']],
		['2022年底', ['2022年底|year|2022']],
		['2024年上半年', ['2024年上半年|year|2024']],
		['二〇二三年', ['二〇二三年|year|2023']],
		['设立20年的宜春经济技术开发区', ['20年|quantity|20|year']],
		['二十年来', ['二十年|quantity|20|year']],
		['15日', ['15日|date|15']],
		['《宜春经开区2023年产业赛道招商大比拼工作方案》', ['2023年|year|2023']],
		// Ordinals
		['列全省开发区第一位', ['第一位|ordinal|1|weak']],
		['全省第三', ['第三|ordinal|3|weak']],
		['第一批', ['第一批|ordinal|1|weak']],
		['第48期', ['第48期|ordinal|48']],
		['第3名', ['第3名|ordinal|3']],
		['党的二十大', ['二十大|ordinal|20|congress']],
		['党的十九大', ['十九大|ordinal|19|congress']],
		['市委五届四次全会', ['五届|ordinal|5|session|weak', '四次|ordinal|4|plenum|weak']],
		['十八届三中全会', ['十八届|ordinal|18|session', '三中全会|ordinal|3|plenum|weak']],
		['“十四五”规划', ['十四五|ordinal|14|five-year-plan']],
		['宜春时代一期', ['一期|ordinal|1|phase|weak']],
		['宇泽新能源二期', ['二期|ordinal|2|phase|weak']],
		['1号线', ['1号|ordinal|1|No.']],
		['20世纪', ['20世纪|ordinal|20|century']],
		['经开区20强', ['20强|quantity|20|top']],
		['世界500强', ['500强|quantity|500|top']],
		// Names, not quantities
		['全省5G科技产业基地', ['5G|name|5']],
		['G20峰会', ['G20|name|20']],
		['COVID-19', ['COVID-19|name|19']],
		['“1+2+N”现代产业布局', ['1+2+N|name|0']],
		['“1+N”', ['1+N|name|1']],
		['“1”是锂电新能源首位产业', ['1|name|1']],
		['开设12345营商环境专窗', ['12345|name|12345']],
		['12345热线', ['12345|name|12345']],
		['１２３４５', ['１２３４５|name|12345']],
		['110报警', ['110|name|110']],
		['100km', ['100km|quantity|100|km']],
		// A unit's power, its superscript kept or flattened by the page (m3, km2, hm²).
		['日供水41万m³', ['41万m³|quantity|410000|m3']],
		['湿地26km2', ['26km2|quantity|26|km2']],
		['造林0.75万hm²', ['0.75万hm²|quantity|7500|hectare']],
		// 首位 after a ranking verb is first place; 摆在首位 a priority, 首位产业 the leading industry.
		['产值位居全市首位', ['首位|ordinal|1|weak']],
		['排名首位', ['首位|ordinal|1|weak']],
		['把安全摆在首位', []],
		['培育首位产业', []],
		// 十周年: ten years on.
		['建馆十周年', ['十周年|quantity|10|year|weak']],
		// Bounds said with 不高于 / 不多于 / 不大于 / 不小于.
		['负债率不高于60%', ['不高于60%|percent|60|%|~atMost']],
		['每户不多于3套', ['不多于3套|quantity|3|套|~atMost']],
		['坡度不大于25度', ['不大于25|quantity|25|~atMost']],
		['间距不小于8米', ['不小于8米|quantity|8|m|~atLeast']],
		// Hours of the clock: 9时, 下午3时, 20时30分, 08:05 of a page's meta line.
		['6日9时发布预警', ['6日|date|6', '9时|quantity|9|clock']],
		['下午3时', ['3时|quantity|15|clock']],
		['20时30分，', ['20时30分|quantity|20.5|clock']],
		[
			'5日20时至6日8时',
			['5日|date|5', '20时|quantity|20|clock', '6日|date|6', '8时|quantity|8|clock']
		],
		[
			'发布时间：2024-03-05 08:05',
			['2024-03-05|date|20240305', '08:05|quantity|8.08333333333|clock']
		],
		['用时3时间', ['3|quantity|3']],
		['10GWh', ['10GWh|quantity|10|GWh']],
		['工业4.0', ['4.0|quantity|4']],
		// No number at all
		['三位一体', []],
		['五位一体', []],
		['一带一路', []],
		['双百双千', []],
		['“双引擎”', []],
		['一批高频政务服务事项', []],
		['一大批产业链重点企业', []],
		['一体化智能零部件项目', []],
		['新一代信息技术', []],
		['集智能化、信息化于一体', []],
		// 一所: one school, weak ("a school" says it without a numeral).
		['一所高标准现代化学校', ['一所|quantity|1|所|weak']],
		['一线办公', []],
		['具有一定基础', []],
		['进一步优化', []],
		['第一时间', []],
		['千家万户', []],
		['千方百计', []],
		['万一', []],
		['十分重要', []],
		['亿万人民', []],
		['千万不要', []],
		['一成不变', []],
		['长三角一体化', []],
		['一欣电池', []],
		['六和电子', []],
		['春一路东延伸', []],
		['三优先一从紧', []],
		['零部件', []],
		['两化融合', []],
		['两岸', []],
		['成为', []],
		['百姓', []],
		['多点通办', []],
		['二十', ['二十|quantity|20']],
		['一百零二', ['一百零二|quantity|102']],
		['一千八百九十二', ['一千八百九十二|quantity|1892']],
		['五四运动', []],
		['十一黄金周', []]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});

	it('gives UTF-16 offsets into the text as written', () => {
		const text = '签约项目22个，签约金额105亿元。';
		for (const m of findChineseNumbers(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
		expect(findChineseNumbers(text)[1]).toMatchObject({ start: 12, end: 17 });
	});

	it('keeps the parts of a date', () => {
		expect(findChineseNumbers('2023年9月22日')[0].date).toEqual({ year: 2023, month: 9, day: 22 });
		expect(findChineseNumbers('2023年秋季')[0].date).toEqual({ year: 2023, season: 'autumn' });
		expect(findChineseNumbers('2024年初')[0].date).toEqual({ year: 2024, season: 'early' });
	});

	it('knows the precision a figure is written to', () => {
		expect(findChineseNumbers('8545.39万元')[0].precision).toBe(100);
		expect(findChineseNumbers('1.0602亿元')[0].precision).toBe(10000);
		expect(findChineseNumbers('105亿元')[0].precision).toBe(1e8);
	});
});

/** Every number in the seed article, block by block (blocks are split on blank lines). */
const SEED: [number, string[]][] = [
	[5, ['20年|quantity|20|year']],
	[
		6,
		[
			'2022年|year|2022',
			'两项|quantity|2|项|weak',
			'第一位|ordinal|1|weak',
			'第一|ordinal|1|weak',
			'第三|ordinal|3|weak',
			'2020—2022年度|year|2020-2022',
			'三季度|quantity|3|quarter|weak',
			'10%|percent|10|%',
			'18.1%|percent|18.1|%',
			'75.1%|percent|75.1|%',
			'5G|name|5',
			'第一批|ordinal|1|weak'
		]
	],
	[
		7,
		[
			'二十大|ordinal|20|congress',
			'千亿|quantity|100000000000|weak',
			'五届|ordinal|5|session|weak',
			'四次|ordinal|4|plenum|weak'
		]
	],
	[
		8,
		[
			'9月22日|date|922',
			'20余家|quantity|20|家|~over',
			'100余家|quantity|100|家|~over',
			'22个|quantity|22|个',
			'105亿元|money|10500000000|CNY',
			'10个|quantity|10|个'
		]
	],
	[9, ['1+2+N|name|0', '1|name|1', '2|name|2']],
	[
		10,
		[
			'1+2+N|name|0',
			'2023年|year|2023',
			'5个|quantity|5|个',
			'60余次|quantity|60|次|~over',
			'37个|quantity|37|个',
			'亿元以上|money|100000000|CNY|~over',
			'29个|quantity|29|个',
			'34个|quantity|34|个',
			'10余次|quantity|10|次|~over'
		]
	],
	[
		14,
		[
			'1.5秒|quantity|1.5|second',
			'135亿元|money|13500000000|CNY',
			'18个月|quantity|18|month',
			'7月|date|700',
			'20万吨|quantity|200000|tonne',
			'1月|date|100',
			'2024年初|year|2024',
			'近200亿元|money|20000000000|CNY|~under'
		]
	],
	[17, ['2023年|year|2023']],
	[
		18,
		[
			'一期|ordinal|1|phase|weak',
			'一期|ordinal|1|phase|weak',
			'二期|ordinal|2|phase|weak',
			'二期|ordinal|2|phase|weak',
			'二期|ordinal|2|phase|weak'
		]
	],
	[19, ['135亿元|money|13500000000|CNY']],
	[21, ['1+2+N|name|0']],
	[22, ['22个|quantity|22|个', '10条|quantity|10|条']],
	[23, ['10分钟|quantity|10|minute', '12345|name|12345', '430余件|quantity|430|件|~over']],
	[
		24,
		[
			'305名|quantity|305|名',
			'428条|quantity|428|条',
			'8月|date|800',
			'27次|quantity|27|次',
			'148个|quantity|148|个'
		]
	],
	[25, ['197.17亿元|money|19717000000|CNY']],
	[
		26,
		[
			'43名|quantity|43|名',
			'8545.39万元|money|85453900|CNY',
			'25天|quantity|25|day',
			'38家|quantity|38|家',
			'1.0602亿元|money|106020000|CNY'
		]
	],
	[
		27,
		[
			'9月1日|date|901',
			'1.5亿元|money|150000000|CNY',
			'一所|quantity|1|所|weak',
			'2023年秋季|date|20230000',
			'1155人|quantity|1155|人',
			'24个|quantity|24|个'
		]
	],
	[
		28,
		[
			'一期|ordinal|1|phase|weak',
			'二期|ordinal|2|phase|weak',
			'1892套|quantity|1892|套',
			'3200余人|quantity|3200|人|~over',
			'5000余人|quantity|5000|人|~over',
			'3000余人|quantity|3000|人|~over',
			'48期|quantity|48|期'
		]
	],
	[30, ['第一|ordinal|1|weak', '20强|quantity|20|top']],
	[31, ['9月1日|date|901']],
	[
		34,
		[
			'8月22日|date|822',
			'百亿|quantity|10000000000|weak',
			'百亿|quantity|10000000000|weak',
			'千亿|quantity|100000000000|weak',
			'千亿|quantity|100000000000|weak'
		]
	]
];

describe('every number in the seed article (corpus/yichun-etdz-2023/zh.txt)', () => {
	const blocks = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8')
		.split(/\n\s*\n/)
		.map((b) => b.trim())
		.filter(Boolean);
	const expected = new Map(SEED);

	it('has the 35 blocks the table is written for', () => {
		expect(blocks).toHaveLength(35);
	});

	it.each(blocks.map((text, i) => [i, text] as const))('block %i', (i, text) => {
		expect(read(text)).toEqual(expected.get(i) ?? []);
	});

	it('reads every Arabic digit of the article as part of a number', () => {
		for (const block of blocks) {
			const covered = new Uint8Array(block.length);
			for (const m of findChineseNumbers(block)) covered.fill(1, m.start, m.end);
			for (let i = 0; i < block.length; i++) {
				if (/[0-9０-９]/.test(block[i])) expect(covered[i], `${block.slice(i - 5, i + 5)}`).toBe(1);
			}
		}
	});
});

describe('findChineseNumbers: what the genre writes beyond the seed', () => {
	const cases: [string, string[]][] = [
		['1—9月', ['1—9月|date|100-900']],
		['1至6月', ['1至6月|date|100-600']],
		['9月22日至24日', ['9月22日至24日|date|922-924']],
		['不超过5个工作日', ['不超过5个工作日|quantity|5|workday|~atMost']],
		['最高3000元', ['最高3000元|money|3000|CNY|~atMost']],
		['至少20家', ['至少20家|quantity|20|家|~atLeast']],
		['60岁及以上', ['60岁及以上|quantity|60|岁|~atLeast']],
		['三万二千余人', ['三万二千余人|quantity|32000|人|~over']],
		['一千二百万元', ['一千二百万元|money|12000000|CNY']],
		['一季度', ['一季度|ordinal|1|quarter|weak']],
		['第三季度', ['第三季度|ordinal|3|quarter|weak']],
		['前两季度', ['两季度|quantity|2|quarter|weak']],
		['前三', ['前三|quantity|3|top|weak']],
		['翻了一番', ['翻了一番|multiple|2|total|weak']],
		['翻两番', ['翻两番|multiple|4|total|weak']],
		['增长近两倍', ['近两倍|multiple|2|increase|~under|weak']],
		['是上年的2倍', ['2倍|multiple|2|total']],
		['接近三分之一', ['接近三分之一|quantity|0.333333333333|fraction|~under|weak']],
		['约占全省的五分之一', ['五分之一|quantity|0.2|fraction|~about|weak']],
		['每五名员工中就有一名', ['每五名员工中就有一名|quantity|0.2|fraction|weak']],
		['三大产业', ['三大|quantity|3|大|weak']],
		['五档', ['五档|quantity|5|档|weak']],
		['430亿斤', ['430亿斤|quantity|43000000000|jin']],
		['每千瓦时0.1元', ['0.1元|money|0.1|CNY']],
		['“一网通办”', []],
		['十一黄金周', []],
		['用两到三年时间', ['两到三年|quantity|2-3|year|weak']],
		['两至三成', ['两至三成|percent|20-30|%']],
		['跑七八个部门', ['七八个|quantity|7-8|个|~about|weak']],
		['之比达到2.8∶1', ['2.8∶1|quantity|2.8|ratio']],
		['生师比约为12:1', ['约为12:1|quantity|12|ratio|~about']],
		['比例为1:20', ['1:20|quantity|0.05|ratio']],
		// Temperatures with their sign; 度 alone only after 零下 / 零上 (1万度电 is kWh).
		['零下18摄氏度', ['零下18摄氏度|quantity|-18|°C']],
		['零上3度', ['零上3度|quantity|3|°C']],
		['最低气温-6℃', ['-6℃|quantity|-6|°C']],
		['用电1万度', ['1万|quantity|10000']],
		// Rough durations: 个多, 个把, 半个多, N来.
		['一个多小时', ['一个多小时|quantity|1|hour|~over|weak']],
		['个把月', ['个把月|quantity|1|month|~about']],
		['半个多月', ['半个多月|quantity|0.5|month|~over']],
		['十来分钟', ['十来分钟|quantity|10|minute|~about|weak']],
		['二十年来', ['二十年|quantity|20|year']],
		// Counts of times after a rate: 每月一次.
		['每月检测一次', ['一次|quantity|1|次|weak']],
		// Prices as the share paid.
		['门票打八折', ['打八折|percent|80|price']],
		['七五折', ['七五折|percent|75|price']],
		['半价', ['半价|percent|50|price']],
		['折合人民币', []],
		// Spans with a half; the halves of a calendar year are not spans.
		['至少要等半年', ['半年|quantity|0.5|year|~atLeast']],
		['半个月', ['半个月|quantity|0.5|month']],
		['一年半', ['一年半|quantity|1.5|year']],
		['用了两年半时间', ['两年半|quantity|2.5|year']],
		['三个半月', ['三个半月|quantity|3.5|month']],
		['上半年', []],
		['半年度报告', []],
		['半导体', []],
		// Bounds after a multiple, and before the phrase a share ends.
		['翻了一番还多', ['翻了一番还多|multiple|2|total|~over|weak']],
		['超过去年全年交易额的一半', ['一半|quantity|0.5|fraction|~over|weak']],
		['不到全省的三分之一', ['三分之一|quantity|0.333333333333|fraction|~atMost|weak']],
		// List labels number items, they count nothing: weak ordinals.
		['（一）着力扩大有效需求', ['（一）|ordinal|1|weak']],
		['(二)推进', ['(二)|ordinal|2|weak']],
		['（3）深化', ['（3）|ordinal|3|weak']],
		['①推进②深化', ['①|ordinal|1|weak', '②|ordinal|2|weak']],
		['一、回顾。二、目标', ['一、|ordinal|1|weak', '二、|ordinal|2|weak']],
		['1、推进\n2．深化', ['1、|ordinal|1|weak', '2．|ordinal|2|weak']],
		['其一，推进', ['其一|ordinal|1|weak']],
		['1.5亿元', ['1.5亿元|money|150000000|CNY']]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});
});

describe('findChineseNumbers: compound counters, neighbour pairs, clause bounds, web dates (numbers6)', () => {
	const cases: [string, string[]][] = [
		// 人次 is one counter: the bound after it still binds.
		['年接待研学学生3万人次左右', ['3万人次左右|quantity|30000|人次|~about']],
		['每天服务800人次以上', ['800人次以上|quantity|800|人次|~over']],
		['航班起降1.2万架次', ['1.2万架次|quantity|12000|架次']],
		// Two neighbouring numerals before a unit numeral: a guess between two round figures.
		['装修一套房要花七八万元', ['七八万元|money|70000-80000|CNY|~about']],
		['每场吸引三四千人', ['三四千人|quantity|3000-4000|人|~about']],
		// 最高 / 最长 with a short noun before 可 or 达: the top of what that noun reaches.
		['补助标准最高每人达到5000元', ['5000元|money|5000|CNY|~atMost']],
		['门诊用药最长处方可开4周', ['4周|quantity|4|周|~atMost']],
		['最高人民法院发布10起案例', ['10起|quantity|10|起']],
		// Spans with a half keep the bound before or after them.
		['乘车时间不到两个半小时', ['不到两个半小时|quantity|2.5|hour|~atMost']],
		['一天半以内办结', ['一天半以内|quantity|1.5|day|~atMost']],
		['签约半年', ['半年|quantity|0.5|year']],
		// A web page's ISO date is one date.
		['发布时间：2023/11/5', ['2023/11/5|date|20231105']],
		['2022-7-18　来源：本报', ['2022-7-18|date|20220718']],
		// 只有一个, 仅一家: "only one" counts; 一个 before a noun is one thing, weak.
		['全省只有一家企业入选', ['一家|quantity|1|家|weak']],
		['建成一个平台', ['一个|quantity|1|个|weak']]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});
});

describe('findChineseNumbers: 概数 after a measure word, ages, decades, one thing (numbers7)', () => {
	const cases: [string, string[]][] = [
		// 多 after the measure word: a little more than.
		['他在外地打工五年多', ['五年多|quantity|5|year|~over|weak']],
		['这台设备已经连续运转了两天多', ['两天多|quantity|2|day|~over|weak']],
		['每斤卖三元多', ['三元多|money|3|CNY|~over|weak']],
		['3年多时间里', ['3年多|quantity|3|year|~over']],
		// …but not when 多 opens a word of its own.
		['三年多次获奖', ['三年|quantity|3|year|weak']],
		// 周岁: years of age, the bound after it kept.
		['65周岁以上的老人可免费乘车', ['65周岁以上|quantity|65|周岁|~over']],
		['年满18周岁', ['18周岁|quantity|18|周岁']],
		// 旬: ten years of age.
		['年逾七旬的老党员', ['逾七旬|quantity|70|岁|~over']],
		['年过九旬仍坚持锻炼', ['过九旬|quantity|90|岁|~over']],
		['一位年近八旬的老人', ['一位|quantity|1|位|weak', '近八旬|quantity|80|岁|~under']],
		// Decades and centuries.
		['上世纪九十年代末', ['九十年代|year|1990|decade']],
		['19世纪60年代的洋务运动', ['19世纪60年代|year|1860|decade']],
		['1970年代以来', ['1970年代|year|1970|decade']],
		// 每 before a span of time: every N seconds, not the base of a rate.
		['每45秒下线一台整机', ['45秒|quantity|45|second', '一台|quantity|1|台|weak']],
		['每10万人拥有病床', ['10万人|quantity|100000|per']],
		// 一年, 一个: one thing, weak; 一体化 and 一批 stay no number.
		['试用满一年后转正', ['一年|quantity|1|year|weak']],
		['新建一座污水处理厂', ['一座|quantity|1|座|weak']],
		['推进一体化发展，落地一批项目', []],
		// 每4户就有1户: in digits, a figure to give.
		['每4户就有1户安装了光伏', ['每4户就有1户|quantity|0.25|fraction']]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});
});

describe('findChineseNumbers: damage an OCR-ed scan leaves inside figures (numbers9)', () => {
	const cases: [string, string[]][] = [
		// A space between groups of three digits is a thousands separator, not two figures.
		['新建冷库1 500平方米', ['1 500平方米|quantity|1500|m2']],
		['全乡流转土地12 400亩，', ['12 400亩|quantity|12400|mu']],
		// …but two figures apart stay apart.
		['今年5月 300家企业', ['5月|date|500', '300家|quantity|300|家']],
		// 一 between two figures in digits is a dash read wrongly.
		['《规划（2021一2027年）》', ['2021一2027年|year|2021-2027']],
		['每斤卖4一6元', ['4一6元|money|4-6|CNY']]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});
});
