import { describe, expect, it } from 'vitest';
import { checkNumbers } from './numbers.ts';

const codes = (source: string, target: string) =>
	checkNumbers(source, target).map((f) => `${f.code}:${f.source ?? ''}>${f.target ?? ''}`);

describe('checkNumbers: equal values written differently raise nothing', () => {
	const cases: [string, string][] = [
		['签约金额105亿元。', 'Deals worth 10.5 billion yuan were signed.'],
		['签约金额105亿元。', 'Deals worth RMB 10.5 billion were signed.'],
		['签约金额105亿元。', 'Deals worth ¥10.5bn were signed.'],
		['放贷1.0602亿元。', 'Loans of 106.02 million yuan were granted.'],
		['放贷1.0602亿元。', 'Loans of RMB 106.02m were granted.'],
		['放贷1.0602亿元。', 'Loans totalling RMB106.02 million were granted.'],
		['兑现政策奖励8545.39万元。', 'It paid out 85.4539 million yuan in rewards.'],
		['兑现政策奖励8545.39万元。', 'It paid out RMB 85.45 million in rewards.'],
		['兑现政策奖励8545.39万元。', 'It paid out more than 85 million yuan in rewards.'],
		['邀请20余家行业协会。', 'More than 20 industry associations were invited.'],
		['邀请20余家行业协会。', 'Over 20 industry associations were invited.'],
		['邀请20余家行业协会。', 'Some 20-plus industry associations were invited.'],
		['邀请20余家行业协会。', 'Upwards of twenty industry associations were invited.'],
		['年产值近200亿元。', 'Annual output will be nearly 20 billion yuan.'],
		['年产值近200亿元。', 'Annual output will be close to RMB 20 billion.'],
		['年产值近200亿元。', 'Annual output will approach almost 20 billion yuan.'],
		['亿元以上项目29个。', '29 projects worth over 100 million yuan each.'],
		['亿元以上项目29个。', '29 projects of RMB 100 million or more.'],
		['亿元以上项目29个。', 'twenty-nine projects worth at least 100 million yuan.'],
		['设立20年的宜春经开区。', 'The zone, set up two decades ago.'],
		['设立20年的宜春经开区。', 'The zone, founded 20 years ago.'],
		['党的二十大', 'the 20th CPC National Congress'],
		['党的二十大', 'the Twentieth National Congress of the CPC'],
		['市委五届四次全会', 'the Fourth Plenary Session of the Fifth Municipal Party Committee'],
		['市委五届四次全会', 'a plenary session of the municipal Party committee'],
		['宜春时代一期、江西国轩一期', 'Phase I of Yichun CATL and of Jiangxi Gotion'],
		['两项指标增幅均列全省第一', 'both indicators ranked first in the province'],
		['前三季度增长10%', 'in Q1-Q3 it grew 10%'],
		['前三季度增长10%', 'in the first nine months it grew 10%'],
		['荣获2020—2022年度先进单位', 'named an advanced unit for 2020-2022'],
		['荣获2020—2022年度先进单位', 'named an advanced unit for 2020–22'],
		['荣获2020—2022年度先进单位', 'named an advanced unit for the period from 2020 to 2022'],
		['荣获2020—2022年度先进单位', 'named an advanced unit for the years 2020, 2021 and 2022'],
		['9月22日，推介会在深圳举行。', 'The conference was held in Shenzhen on September 22.'],
		['9月22日，推介会在深圳举行。', 'The conference was held in Shenzhen on 22 September 2023.'],
		['9月22日，推介会在深圳举行。', 'On Sept. 22 the conference was held in Shenzhen.'],
		['今年7月正式投产。', 'It went into production in July 2023.'],
		[
			'今年以来，各小分队外出招商60余次。',
			'Since January 2023 the teams went out more than 60 times.'
		],
		['预计2024年初正式投产。', 'It is expected to start production in early 2024.'],
		['2023年秋季共招收新生1155人。', 'In autumn 2023 it enrolled 1,155 new students.'],
		['2023年秋季共招收新生1155人。', 'In the fall 2023 semester it enrolled 1155 students.'],
		['年产20万吨新型磷酸铁锂', 'an annual capacity of 200,000 tonnes of lithium iron phosphate'],
		['年产20万吨新型磷酸铁锂', 'an annual capacity of 200 thousand tons of lithium iron phosphate'],
		['1.5秒就可生产一组电芯', 'One set of cells every 1.5 seconds'],
		['仅用18个月', 'in just a year and a half, 18 months'],
		['开设12345营商环境专窗', 'opened a 12345 hotline window'],
		['“1+2+N”现代产业布局', 'the "1+2+N" modern industrial layout'],
		['“1+2+N”现代产业布局', 'the modern industrial layout'],
		['全省5G科技产业基地', 'a provincial 5G technology base'],
		['力争进入20强', 'striving to enter the top 20'],
		[
			'“百亿基金、百亿信贷”助力“千亿产业、千亿园区”',
			'"10 billion in funds and 10 billion in credit" for a 100-billion-yuan park'
		],
		['形成“双百双千”良好发展格局', 'a sound "double hundred, double thousand" pattern'],
		['构建“三位一体”产业金融生态', 'a "three-in-one" industrial finance ecosystem'],
		['提出“三优先一从紧”的原则', 'the principle of "three priorities and one restriction"'],
		['提高1.5个百分点', 'up 1.5 percentage points'],
		['增长2倍', 'a threefold increase, up 200%'],
		['占三分之一', 'accounting for one-third'],
		['占三成', 'accounting for 30%'],
		['同比增长10%，其中锂电增长18.1%', 'up 10% year on year, with lithium batteries up 18.1%'],
		[
			'邻里中心一期、二期项目可提供住房1892套',
			'phases one and two of the neighborhood center can provide 1,892 homes'
		],
		['总投资1.5亿元', 'a total investment of 150 million yuan (about 21 million US dollars)'],
		['10分钟政务服务圈', 'a 10-minute government service circle'],
		// Bounds both ways, and what a translator may write for them
		['不少于150家', 'at least 150 companies'],
		['不少于150家', 'no fewer than 150 companies'],
		['20余家', '20 or more companies'],
		['最高3000元', 'up to 3,000 yuan'],
		['不超过5个工作日', 'no more than five working days'],
		['压缩至1个工作日以内', 'cut to within one working day'],
		['最快只需25天', 'in as little as 25 days, within 25 days'],
		['突破千亿元大关', 'broke through the 100-billion-yuan mark'],
		['人均GDP突破1万美元', 'per capita GDP topped 10,000 US dollars'],
		['60岁及以上', 'aged 60 and above'],
		['近五年来', 'over the past five years'],
		['近5年来', 'in the past five years'],
		// Small Chinese numerals, quarters, spans of months
		['三大主导产业', 'three leading industries'],
		['十大产业链', 'the ten key industrial chains'],
		['全省前三', 'among the top three in the province'],
		['一季度增长4.8%', 'up 4.8% in the first quarter'],
		['一季度增长4.8%', 'up 4.8% in Q1'],
		['1—9月增长6.3%', 'from January to September it grew 6.3%'],
		['1—9月增长6.3%', 'in January-September it grew 6.3%'],
		['1—9月增长6.3%', 'in the first nine months it grew 6.3%'],
		['1—9月增长6.3%', 'in the first three quarters it grew 6.3%'],
		['9月22日至24日', 'from September 22 to 24'],
		['1—9月增长6.3%', 'in Jan-Sep it grew 6.3%'],
		['增速回落0.5个百分点', 'growth slowed by half a percentage point'],
		['二季度增长5%', 'up 5% in Q2'],
		['千余名', 'over a thousand people'],
		['要跑七八个部门', 'visits to seven or eight departments'],
		['用五年时间改造农村公路', 'over five years, it will upgrade rural roads'],
		['工作年限5年以上', 'over five years of service'],
		['两者之比达到2.8∶1', 'a ratio of 2.8:1'],
		['2023年1—8月增长6.3%', 'in January-August 2023 it grew 6.3%'],
		['三万二千余人', 'more than 32,000 people'],
		['一千二百万元', '12 million yuan'],
		['六成以上', 'more than 60%'],
		// Multiples and shares
		['是2012年的2倍', 'double the 2012 figure'],
		['五年翻了一番', 'doubled in five years'],
		['增长近两倍', 'nearly tripled'],
		['同比增长1倍多', 'more than doubling year on year'],
		['接近三分之一', 'nearly a third of the total'],
		['约占全省的五分之一', 'about one fifth of the provincial total'],
		['每五名就业人员中就有一名', 'one in five employees'],
		// Slogans are no numbers
		['“一网通办”“一站式”服务', 'online one-stop services'],
		['“两不愁三保障”全面实现', 'the "two assurances and three guarantees" have been met'],
		// Other renderings of a year or a duration
		['2023年，销售收入25.6亿元', 'This year, sales revenue was 2.56 billion yuan'],
		['用时18个月', 'took a year and a half'],
		['水质优良比例连续三年保持100%', 'all sections have had good water quality for three years'],
		['形成三大主导产业', 'formed one of the region’s largest clusters of three leading industries'],
		['两项指标均居全省第一', 'both indicators ranked first, one of the best results'],
		['“十四五”时期', 'during the 14th Five-Year Plan period (2021-2025)'],
		// Counts reordered inside one clause; a clause moved with its year
		// Bounds the Chinese says apart from the number, spans, rates, tests passed (issue 11)
		['至少为企业节约财务成本3000万元', 'saved the company at least 30 million yuan'],
		['开行300列以上', 'more than 300 trains'],
		['两年平均增长8.7%', 'an average of 8.7% over two years'],
		['合格率保持100%', 'passed 100% of the checks'],
		['上百个项目落地', 'more than 100 projects have been launched'],
		['上百个项目落地', 'hundreds of projects have been launched'],
		['财政收入过亿元', 'fiscal revenue of more than 100 million yuan'],
		['至少每季度召开一次', 'at least once a quarter'],
		['提前近两个月开工', 'started nearly two months ahead of schedule'],
		['近两个月来', 'in the past two months'],
		['每万人口发明专利拥有量达到9.3件', 'patents per 10,000 people reached 9.3'],
		['良种覆盖率由68%提高到91.5%', 'coverage rose from 68% to 91.5%'],
		['比重起码要达到3%', 'must spend at least 3%'],
		[
			'由2015年的48微克/立方米降至2023年的29微克/立方米',
			'fell from 48 micrograms per cubic meter in 2015 to 29 micrograms per cubic meter in 2023'
		],
		['占GDP比重达到三成多', 'more than 30% of GDP'],
		['数百家企业开展改造', 'hundreds of companies carried out upgrades'],
		['为3000余人开展培训48期', 'ran 48 training sessions for more than 3,000 people'],
		['出台10方面40条举措', 'issued 40 measures in 10 areas'],
		['全市共有学校120所，在校生8.5万人', "85,000 students attend the city's 120 schools"],
		// One noun phrase listing counts, turned round by the English.
		[
			'全县把涉及12个部门、45项事项的审批整合到一个窗口',
			'The county has brought 45 approval matters handled by 12 departments to one counter'
		],
		[
			'人均纯收入由2015年的2800元提高到2022年的1.46万元',
			'per capita income rose to 14,600 yuan in 2022 from 2,800 yuan in 2015'
		]
	];
	it.each(cases)('%s → %s', (source, target) => {
		expect(codes(source, target)).toEqual([]);
	});
});

describe('checkNumbers: broken numbers are caught', () => {
	const cases: [string, string, string[]][] = [
		// Wrong magnitude
		[
			'签约金额105亿元。',
			'Deals worth 1.05 billion yuan.',
			['number_different:105亿元>1.05 billion yuan']
		],
		[
			'签约金额105亿元。',
			'Deals worth 105 billion yuan.',
			['number_different:105亿元>105 billion yuan']
		],
		[
			'放贷1.0602亿元。',
			'Loans of 10.602 million yuan.',
			['number_different:1.0602亿元>10.602 million yuan']
		],
		[
			'放贷1.0602亿元。',
			'Loans of 1.0602 billion yuan.',
			['number_different:1.0602亿元>1.0602 billion yuan']
		],
		[
			'奖励8545.39万元。',
			'Rewards of 854.539 million yuan.',
			['number_different:8545.39万元>854.539 million yuan']
		],
		[
			'年产20万吨',
			'an annual capacity of 20,000 tonnes',
			['number_different:20万吨>20,000 tonnes']
		],
		[
			'总投资1.5亿元',
			'a total investment of 15 million yuan',
			['number_different:1.5亿元>15 million yuan']
		],
		// Changed digits
		[
			'签约金额105亿元。',
			'Deals worth 10.6 billion yuan.',
			['number_different:105亿元>10.6 billion yuan']
		],
		['住房1892套', '1,829 homes', ['number_different:1892套>1,829']],
		['选派305名特派员', 'assigned 350 commissioners', ['number_different:305名>350']],
		['增长18.1%', 'up 18.6%', ['number_different:18.1%>18.6%']],
		['9月22日', 'on September 23', ['number_different:9月22日>September 23']],
		['9月22日', 'on August 22', ['number_different:9月22日>August 22']],
		['2020—2022年度', 'for 2020-2021', ['number_different:2020—2022年度>2020-2021']],
		['党的二十大', 'the 19th National Congress', ['number_different:二十大>19th']],
		['今年7月', 'in June', ['number_different:7月>June']],
		['2024年初', 'early 2025', ['number_different:2024年初>early 2025']],
		['“千亿园区”', 'a 10-billion-yuan park', ['number_different:千亿>10-billion-yuan']],
		// Dropped or added approximation
		['邀请20余家行业协会', '20 industry associations were invited', ['number_approx:20余家>20']],
		['满足3200余人居住需求', 'housing for 3,200 people', ['number_approx:3200余人>3,200']],
		['年产值近200亿元', 'output of 20 billion yuan', ['number_approx:近200亿元>20 billion yuan']],
		[
			'亿元以上项目29个',
			'29 projects worth 100 million yuan',
			['number_approx:亿元以上>100 million yuan']
		],
		['签约项目22个', 'about 22 projects', ['number_approx:22个>about 22']],
		// Missing, added
		['其中，10个项目集中签约', 'Some projects were signed together.', ['number_missing:10个>']],
		['签约37个', 'signed 37 projects worth 5 billion yuan', ['number_added:>5 billion yuan']],
		['同比增长10%', 'up 10% and 12% in two years', ['number_added:>12%']],
		// Another unit
		['提高1.5个百分点', 'up 1.5%', ['number_unit:1.5个百分点>1.5%']],
		['投资5亿元', 'an investment of US$500 million', ['number_different:5亿元>US$500 million']],
		// A bound turned round, a figure finer than the Chinese, a spelled-out number changed
		['邀请20余家', 'nearly 20 were invited', ['number_bound:20余家>nearly 20']],
		[
			'不超过5个工作日',
			'at least five working days',
			['number_bound:不超过5个工作日>at least five working days']
		],
		[
			'约25亿元',
			'more than 2.5 billion yuan',
			['number_bound:约25亿元>more than 2.5 billion yuan']
		],
		['最高3000元', '3,000 yuan', ['number_approx:最高3000元>3,000 yuan']],
		['工作5年', 'over five years of service', ['number_approx:5年>over five years']],
		['至少联系5家', 'contact 5', ['number_approx:5家>5']],
		['三年内建成', 'to be built in three years', ['number_approx:三年内>three years']],
		['提前近两个月开工', 'started two months ahead', ['number_approx:近两个月>two months']],
		['至少每季度召开一次', 'at least twice a quarter', ['number_different:一次>at least twice']],
		[
			'每万人口发明专利拥有量达到9.3件',
			'patents per 9.3 people reached 10,000',
			['number_unit:万人>10,000']
		],
		['上百个项目落地', '100 projects have been launched', ['number_approx:上百个>100']],
		[
			'一是选育良种，二是推行绿色防控',
			'first, breeding; third, pest control',
			['number_different:二是>third']
		],
		['首套印章免费', 'the second set of seals is free', ['number_different:首>second']],
		['村里俩合作社', "the village's three cooperatives", ['number_different:俩>three']],
		[
			'上千家企业上云，数百家企业开展改造',
			'More than 100 companies moved to the cloud, and hundreds carried out upgrades',
			['number_bound:数百家>More than 100']
		],
		[
			'外资2.3亿美元',
			'231 million US dollars',
			['number_different:2.3亿美元>231 million US dollars']
		],
		['三大主导产业', 'four leading industries', ['number_different:三大>four']],
		// A small number in words pairs with a figure in its own unit: a count (2个) is not "two
		// years" nor "top two", a span (两季度) not a bare "two" of a quoted name.
		[
			'全县设立服务站2个，连续两年位居全省前二',
			'The county set up three service stations and has ranked in the top two for two years running',
			['number_different:2个>three']
		],
		[
			'前两季度，该县“双百”工程完成投资8.6亿元',
			'In the first three quarters, the "two hundreds" project and two others invested 860 million yuan',
			['number_different:两季度>three quarters']
		],
		['全省第一名', 'ranked second in the province', ['number_different:第一名>second']],
		['前两季度', 'the first three quarters', ['number_different:两季度>three quarters']],
		['增长近两倍', 'nearly doubled', ['number_different:近两倍>nearly doubled']],
		['1—9月', 'January to August', ['number_different:1—9月>January to August']],
		['六成以上', '60%', ['number_approx:六成以上>60%']],
		// Swapped
		[
			'在校生38.7万人，专任教师2.6万人',
			'26,000 students and 387,000 teachers',
			['number_order:38.7万人 … 2.6万人>26,000 … 387,000']
		],
		[
			'全市共有学校五百余所，在校学生二十余万人',
			'The city has more than 200,000 schools, with over 500 students.',
			['number_order:五百余所 … 二十余万人>more than 200,000 … over 500']
		],
		[
			'增长6.1%；一般公共预算收入18.7亿元，增长8.3%',
			'up 8.3%; general public budget revenue of 1.87 billion yuan, up 6.1%',
			['number_order:6.1% … 8.3%>8.3% … 6.1%']
		],
		[
			'年产10万吨，带动就业两千人',
			'2,000 tonnes a year, creating 100,000 jobs',
			['number_order:10万吨 … 两千人>2,000 tonnes … 100,000']
		],
		[
			'营业收入同比增长10%，其中锂电增长18.1%，占75.1%；',
			'revenue grew 18.1%, with lithium batteries up 10%, accounting for 75.1%',
			['number_order:10% … 18.1%>18.1% … 10%']
		],
		[
			'营业收入同比增长10%，其中锂电增长18.1%，占75.1%；',
			'revenue grew 10%, with lithium batteries up 75.1%, accounting for 18.1%',
			['number_order:18.1% … 75.1%>75.1% … 18.1%']
		]
	];
	it.each(cases)('%s → %s', (source, target, expected) => {
		expect(codes(source, target)).toEqual(expected);
	});

	it('reads bounds after a share, a half-year and a bounded change of figures', () => {
		const pass: [string, string][] = [
			['再压减三分之一以上', 'cut by one third or more'],
			['至少要等半年', 'wait at least six months'],
			['至少要等半年', 'wait at least half a year'],
			['翻了一番还多', 'more than doubled'],
			['超过去年全年交易额的一半', 'more than half of last year’s turnover'],
			['从不足300家增加到1460余家', 'rose from fewer than 300 to more than 1,460'],
			['最高给予1亿元奖励', 'a reward of up to 100 million yuan']
		];
		for (const [zh, en] of pass) expect(codes(zh, en), en).toEqual([]);
		const caught: [string, string][] = [
			['再压减三分之一以上', 'cut by one third'],
			['再压减三分之一以上', 'cut by one third or less'],
			['至少要等半年', 'wait six months'],
			['至少要等半年', 'wait at most six months'],
			['至少要等半年', 'wait at least seven months'],
			['翻了一番还多', 'doubled'],
			['超过去年全年交易额的一半', 'half of last year’s turnover'],
			['从不足300家增加到1460余家', 'rose from fewer than 300 to 1,460'],
			['最高给予1亿元奖励', 'a reward of 100 million yuan']
		];
		for (const [zh, en] of caught) expect(codes(zh, en), en).not.toEqual([]);
	});

	it('pairs list labels by value, on either side, and never demands them', () => {
		const zh = '（一）着力扩大有效需求。全年安排重点项目1260个。';
		for (const en of [
			'1. We expanded demand. We arranged 1,260 key projects.',
			'(1) We expanded demand. We arranged 1,260 key projects.',
			'I. We expanded demand. We arranged 1,260 key projects.',
			'Firstly, we expanded demand. We arranged 1,260 key projects.',
			'We expanded demand. We arranged 1,260 key projects.'
		])
			expect(codes(zh, en)).toEqual([]);
		expect(codes('一是扩大需求；二是深化改革。', '(a) expand demand; (b) deepen reform.')).toEqual(
			[]
		);
		expect(codes('扩大需求，深化改革。', '1) expand demand; 2) deepen reform.')).toEqual([]);
		// A label is no figure: a real count is still demanded.
		expect(codes('（二）安排项目3个。', '2. We arranged projects.')).toEqual([
			'number_missing:3个>'
		]);
	});

	it('reports a number the Chinese repeats but the English gives once as info only', () => {
		const findings = checkNumbers('签约10个，其中10个集中签约', 'signed 10, all together');
		expect(findings.map((f) => f.code)).toEqual(['number_repeated']);
	});

	it('does not demand years the Chinese says as 今年 or 去年', () => {
		expect(
			checkNumbers('今年以来，贷款197.17亿元', 'In 2023, loans of 19.717 billion yuan')
		).toEqual([]);
		expect(checkNumbers('贷款197.17亿元', 'In 2023, loans of 19.717 billion yuan')).toHaveLength(1);
	});

	it('gives spans on both sides and the values in words', () => {
		const [f] = checkNumbers('签约金额105亿元。', 'Deals worth 1.05 billion yuan.');
		expect(f.sourceSpan).toEqual([4, 9]);
		expect(f.targetSpan).toEqual([12, 29]);
		expect(f.params).toMatchObject({
			source: '105亿元',
			target: '1.05 billion yuan',
			sourceValue: '10.5 billion yuan',
			targetValue: '1.05 billion yuan'
		});
	});
});

describe('genre figures read as the English says them (genre4)', () => {
	it('keeps the bound of a size class: 级以上 is "and above"', () => {
		expect(
			codes('新建3个5万吨级以上码头', 'three new docks for ships of 50,000 tonnes and above')
		).toEqual([]);
		expect(codes('新建3个5万吨级以上码头', 'three new docks for ships of 50,000 tonnes')).toEqual([
			'number_approx:5万吨级以上>50,000 tonnes'
		]);
	});

	it('lets English say a part of a whole part first', () => {
		expect(
			codes('全市120家企业中的35家已完成改造', "35 of the city's 120 firms have been upgraded")
		).toEqual([]);
		expect(
			codes(
				'全市120家企业已改造，另有35家在建',
				'35 firms have been upgraded and 120 more are under way'
			)
		).not.toEqual([]);
	});

	it('reads run-together unit numerals opening a quoted name as a name, not a number', () => {
		expect(
			codes(
				'深入推进“百千万工程”',
				'furthering the "Hundred Counties, Thousand Towns, Ten Thousand Villages" project'
			)
		).toEqual([]);
	});
});

describe('genre figures read as the English says them (genre5)', () => {
	it('takes 近N年 said "the past N years" for the recent past, and still catches "nearly" dropped', () => {
		expect(
			codes(
				'银行对近5年未发生欠薪的企业给予优惠利率。',
				'Banks offer lower rates to firms that have not owed wages in the last five years.'
			)
		).toEqual([]);
		expect(codes('该项目历时近5年建成。', 'The project took five years to build.')).toEqual([
			'number_approx:近5年>five years'
		]);
	});

	it('does not read a fall in basis points "to" a rate in percentage points as a range', () => {
		expect(
			codes(
				'贷款利率下降45个基点，降至3.85%。',
				'The loan rate fell by 45 basis points to 3.85 percentage points.'
			)
		).toEqual(['number_unit:3.85%>3.85 percentage points']);
	});

	it('reads "start from" as the floor 最低 says', () => {
		expect(codes('停车费每小时最低2元。', 'Parking fees start from 2 yuan an hour.')).toEqual([]);
		expect(codes('停车费每小时最低2元。', 'Parking fees are 2 yuan an hour.')).toEqual([
			'number_approx:最低2元>2 yuan'
		]);
	});

	it('reads a round hundred or ten thousand in words inside a quoted slogan as a figure of speech', () => {
		expect(
			codes(
				'南川开展“千企联万户”活动32场。',
				'Nanchuan held 32 events of its “a thousand firms link up with ten thousand households” campaign.'
			)
		).toEqual([]);
		// Outside quotation marks the same words are a figure to be checked.
		expect(
			codes('南川开展活动32场。', 'Nanchuan held 32 events for ten thousand households.')
		).not.toEqual([]);
	});
});

describe('checkNumbers: compound counters, ranges, ranks, grades and limits (numbers6)', () => {
	const right: [string, string][] = [
		['装修一套房要花七八万元。', 'Renovating a flat costs 70,000 to 80,000 yuan.'],
		['年接待研学学生3万人次左右。', 'It hosts about 30,000 study-tour visits a year.'],
		['每天服务800人次以上。', 'It handles more than 800 visits a day.'],
		['补助标准最高每人达到5000元。', 'The subsidy is up to 5,000 yuan per person.'],
		['高峰时段客流最高达到1.8万人次。', 'Peak-hour traffic reached as many as 18,000 trips.'],
		['车程不到一个半小时。', 'The drive takes under an hour and a half.'],
		['发布时间：2023/11/5', 'Published: November 5, 2023'],
		['全省只有一家企业入选。', 'Only one company in the province was selected.'],
		['两个指标均位列全省第一。', 'Both indicators ranked first in the province.'],
		[
			'景区由4A级升为5A级，全市共有五级景区。',
			'The site went from 4A to 5A; the city rates sites in five grades.'
		],
		['总量控制在限额65亿元以内。', 'The total was kept within the limit of 6.5 billion yuan.'],
		['综合降幅在30%—50%之间。', 'Cuts ranged from 30% to 50%.']
	];
	it.each(right)('%s → %s raises nothing', (source, target) => {
		expect(codes(source, target)).toEqual([]);
	});
	const wrong: [string, string, string][] = [
		[
			'装修一套房要花七八万元。',
			'Renovating a flat costs 70,000 to 90,000 yuan.',
			'number_different'
		],
		['年接待研学学生3万人次左右。', 'It hosts 30,000 study-tour visits a year.', 'number_approx'],
		['每天服务800人次以上。', 'It handles 800 visits a day.', 'number_approx'],
		['补助标准最高每人达到5000元。', 'The subsidy is 5,000 yuan per person.', 'number_approx'],
		['车程不到一个半小时。', 'The drive takes more than an hour and a half.', 'number_bound'],
		[
			'全省只有一家企业入选。',
			'Only two companies in the province were selected.',
			'number_different'
		],
		[
			'两个指标均位列全省第一。',
			'Both indicators ranked third in the province.',
			'number_different'
		],
		['景区由4A级升为5A级。', 'The site went from 3A to 5A.', 'number_different'],
		[
			'全市共有五级景区，最高为5A级。',
			'The city rates sites in six grades, 5A the highest.',
			'number_different'
		],
		[
			'总量控制在限额65亿元以内。',
			'The total was over the limit of 6.5 billion yuan.',
			'number_approx'
		],
		['综合降幅在30%—50%之间。', 'Cuts ranged from 30 percentage points to 50%.', 'number_missing']
	];
	it.each(wrong)('%s → %s: %s', (source, target, code) => {
		expect(codes(source, target).map((c) => c.split(':')[0])).toContain(code);
	});
});

describe('checkNumbers: approximate spans, ages, decades, one thing (numbers7)', () => {
	const right: [string, string][] = [
		['项目建设用了两年多。', 'The project took more than two years to build.'],
		['项目建设用了两年多。', 'The project took over two years to build.'],
		['70周岁以上老人免费体检。', 'People aged 70 and over get free check-ups.'],
		['年逾九旬的老教师仍在授课。', 'The teacher, over 90, still gives classes.'],
		['这种做法兴起于19世纪50年代。', 'The practice took hold in the 1850s.'],
		['每30秒完成一次检测。', 'A test is completed every 30 seconds.'],
		['她坚守岗位整整十年。', 'She has stayed at her post for ten full years.'],
		['园区建成一个检测中心。', 'The park has built one testing centre.'],
		['园区建成一个检测中心。', 'The park has built a testing centre.'],
		['合同期满一年可续签。', 'The contract can be renewed after one year.'],
		['是一所有60个班的学校。', 'It is a school with 60 classes.']
	];
	it.each(right)('%s / %s', (zh, en) => {
		expect(codes(zh, en)).toEqual([]);
	});
	const wrong: [string, string][] = [
		['项目建设用了两年多。', 'The project took two years to build.'],
		['年逾九旬的老教师仍在授课。', 'The teacher, under 90, still gives classes.'],
		['年逾九旬的老教师仍在授课。', 'The teacher, over 9, still gives classes.'],
		['这种做法兴起于19世纪50年代。', 'The practice took hold in the 1860s.'],
		['每30秒完成一次检测。', 'A test is completed every 30 minutes.'],
		['她坚守岗位整整十年。', 'She has stayed at her post for eleven full years.'],
		['园区建成一个检测中心。', 'The park has built two testing centres.'],
		['合同期满一年可续签。', 'The contract can be renewed after two years.'],
		// A count of other things (两级) does not explain the changed span of years.
		[
			'省、市两级共同出资，试点满一年后推广。',
			'Province and city fund it jointly; after two years of trials it is extended.'
		]
	];
	it.each(wrong)('%s / %s is caught', (zh, en) => {
		expect(codes(zh, en)).not.toEqual([]);
	});
});

describe('checkNumbers: bounds, days, clock hours and unit powers of the genre (numbers8)', () => {
	const right: [string, string][] = [
		['负债率不高于60%的企业可申请。', 'Firms with a debt ratio no higher than 60% may apply.'],
		['20人及以下的小微企业免缴。', 'Small firms with 20 staff or fewer are exempt.'],
		['力争进出口额突破800亿元。', 'It aims to push imports and exports past 80 billion yuan.'],
		['在1500亩松林下种植茶叶。', 'Tea is grown under 1,500 mu of pine forest.'],
		['9月3日启动预警，5日解除。', 'The alert was issued on September 3 and lifted on the 5th.'],
		['6日9时发布预警。', 'The warning was issued at 9 a.m. on the 6th.'],
		['6日21时发布预警。', 'The warning was issued at 9 p.m. on the 6th.'],
		['日供水41万m3。', 'It supplies 410,000 cubic metres a day.'],
		['日供水41万m³。', 'It supplies 410,000 m³ a day.'],
		['建馆十周年之际', 'as the museum marks ten years'],
		['审批时间缩短了三分之一以上。', 'Approval now takes more than a third less time.'],
		['出口额居全省首位。', 'Exports ranked first in the province.']
	];
	it.each(right)('%s / %s', (zh, en) => {
		expect(codes(zh, en)).toEqual([]);
	});
	const wrong: [string, string][] = [
		['负债率不高于60%的企业可申请。', 'Firms with a debt ratio no lower than 60% may apply.'],
		['20人及以下的小微企业免缴。', 'Small firms with 20 staff or more are exempt.'],
		['力争进出口额突破800亿元。', 'It aims to push imports and exports to 80 billion yuan.'],
		['在1500亩松林下种植茶叶。', 'Tea is grown under 1,600 mu of pine forest.'],
		['9月3日启动预警，5日解除。', 'The alert was issued on September 3 and lifted on the 6th.'],
		['6日21时发布预警。', 'The warning was issued at 9 a.m. on the 6th.'],
		['日供水41万m3。', 'It supplies 410,000 square metres a day.'],
		['建馆十周年之际', 'as the museum marks eleven years'],
		['审批时间缩短了三分之一以上。', 'Approval now takes more than a quarter less time.'],
		['出口额居全省首位。', 'Exports ranked third in the province.']
	];
	it.each(wrong)('%s / %s is caught', (zh, en) => {
		expect(codes(zh, en)).not.toEqual([]);
	});
});

describe('checkNumbers: spans, vague amounts and counts of times in reporting (numbers9)', () => {
	const right: [string, string][] = [
		['3—4月是春耕最忙的时候。', 'Spring ploughing is busiest in March and April.'],
		['3月和4月客流最多。', 'Visitor numbers peak in March and April.'],
		['仓库能存七八百吨粮食。', 'The depot can hold seven or eight hundred tonnes of grain.']
	];
	it.each(right)('%s / %s', (zh, en) => {
		expect(codes(zh, en)).toEqual([]);
	});
	const wrong: [string, string][] = [
		['3—4月是春耕最忙的时候。', 'Spring ploughing is busiest in March and May.'],
		['仓库能存七八百吨粮食。', 'The depot can hold eight or nine hundred tonnes of grain.']
	];
	it.each(wrong)('%s / %s is caught', (zh, en) => {
		expect(codes(zh, en)).not.toEqual([]);
	});
});
