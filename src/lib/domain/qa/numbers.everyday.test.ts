/**
 * The number check on everyday quantities that features quote from people and places: rough
 * durations, counts of times, temperatures, prices as shares, ages by the decade, ratios and
 * shares of a change. Each class is read on both sides and compared by value, so a right
 * rendering raises nothing and a wrong one is caught. Sentences made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkNumbers } from './numbers.ts';

const codes = (source: string, target: string) =>
	checkNumbers(source, target).map((f) => `${f.code}:${f.source ?? ''}>${f.target ?? ''}`);

describe('checkNumbers: everyday quantities rendered right raise nothing', () => {
	const right: [string, string][] = [
		// Rough durations: 一个多小时, 个把月, 半个多月, 十几天, 一年多, 十来分钟.
		['从县城开车过去要一个多小时。', 'The drive from the county town takes more than an hour.'],
		['从县城开车过去要一个多小时。', 'The drive from the county town takes over an hour.'],
		['新设备个把月就能装好。', 'The new equipment can be installed in a month or so.'],
		[
			'合作社花了半个多月清理河道。',
			'The cooperative spent more than half a month clearing the river.'
		],
		['工期缩短了十几天。', 'The construction period was cut by a dozen days.'],
		['工期缩短了十几天。', 'The construction period was cut by more than ten days.'],
		['他在村里驻了一年多。', 'He was stationed in the village for more than a year.'],
		['步行十来分钟就到渡口。', 'The ferry is about ten minutes away on foot.'],
		['步行十来分钟就到渡口。', 'The ferry is ten minutes or so away on foot.'],
		[
			'审批由5个工作日压缩至2小时以内。',
			'Approval was cut from five working days to within two hours.'
		],
		['群众诉求一天之内办结。', 'Residents’ requests are settled within a day.'],
		['产值年均增长6%。', 'Output grew 6% a year on average.'],
		// Counts of times: 两次 / twice, 每周三次 / three times a week, 每月一次 / once a month.
		['去年他两次到企业调研。', 'Last year he visited the firms twice.'],
		['去年他两次到企业调研。', 'Last year he visited the firms two times.'],
		['志愿者每周上门三次。', 'Volunteers call three times a week.'],
		['水质每月检测一次。', 'Water quality is tested once a month.'],
		['产量是五年前的三倍。', 'Output is three times what it was five years ago.'],
		// Temperatures: 零下, 零上, ℃ / minus, below zero, °C.
		['冬季最低气温零下25摄氏度。', 'Winter lows reach minus 25 degrees Celsius.'],
		['冬季最低气温零下25摄氏度。', 'Winter lows reach 25 degrees below zero.'],
		['冬季最低气温零下25摄氏度。', 'Winter lows reach -25°C.'],
		['大棚内保持零上5度。', 'The greenhouse is kept at 5 degrees above zero.'],
		['当天气温-8℃至2℃。', 'Temperatures that day ranged from -8°C to 2°C.'],
		['夜间气温在零下6至零上2摄氏度之间。', 'Nights range between minus 6 and 2 degrees Celsius.'],
		['夜间气温-12～-4℃。', 'Nights range from -12°C to -4°C.'],
		['全年用电1200万度。', 'It used 12 million kWh of electricity in the year.'],
		// Prices as shares: 八折 / 20% off, 半价 / half price, 七五折 / 25% off.
		['景区门票打八折。', 'Tickets to the scenic area are 20% off.'],
		['景区门票打八折。', 'Tickets to the scenic area are sold at a 20 percent discount.'],
		['老人乘车半价。', 'Older passengers ride at half price.'],
		['老人乘车半价。', 'Older passengers ride half-price.'],
		['会员商品打七五折。', 'Members get 25% off goods.'],
		['会员商品打7.5折。', 'Members get a discount of 25% on goods.'],
		['会员商品打五折。', 'Members pay half price for goods.'],
		// Ages by the decade: 八十多岁, 七旬, 年过六旬.
		[
			'八十多岁的老支书仍每天巡山。',
			'The former branch secretary, in his eighties, still patrols the hills daily.'
		],
		['七旬老人学会了网上卖货。', 'A woman in her seventies has learned to sell online.'],
		['七旬老人学会了网上卖货。', 'A 70-year-old woman has learned to sell online.'],
		['年过六旬的他仍在车间。', 'In his sixties, he is still on the shop floor.'],
		['她三十多岁就当上了厂长。', 'She became director in her 30s.'],
		// Ratios: 1∶1, 3:2, 约为12:1.
		['省市按1∶1比例配套资金。', 'The province and city match funds at a ratio of 1:1.'],
		['省市按1∶1比例配套资金。', 'The province and city match funds on a one-to-one basis.'],
		['男女比例为3∶2。', 'The ratio of men to women is 3:2.'],
		['生师比约为12:1。', 'The pupil-teacher ratio is about 12 to 1.'],
		['比例为1:20，上午9:30开工。', 'at a ratio of 1:20; work starts at 9:30 a.m.'],
		// Shares of a change: 多三分之一 / a third more.
		['订单比去年多三分之一。', 'Orders are a third more than last year.'],
		['成本降低四分之一。', 'Costs are a quarter lower.']
	];
	it.each(right)('%s → %s', (source, target) => {
		expect(codes(source, target)).toEqual([]);
	});
});

describe('checkNumbers: everyday quantities rendered wrong are caught', () => {
	const wrong: [string, string, string[]][] = [
		// A bound dropped, turned round or a figure changed in a rough duration.
		[
			'从县城开车过去要一个多小时。',
			'The drive takes an hour.',
			['number_approx:一个多小时>an hour']
		],
		[
			'从县城开车过去要一个多小时。',
			'The drive takes less than an hour.',
			['number_bound:一个多小时>less than an hour']
		],
		[
			'步行十来分钟就到渡口。',
			'The ferry is ten minutes away.',
			['number_approx:十来分钟>ten minutes']
		],
		[
			'步行十来分钟就到渡口。',
			'The ferry is more than ten minutes away.',
			['number_bound:十来分钟>more than ten minutes']
		],
		[
			'步行十来分钟就到渡口。',
			'The ferry is about twelve minutes away.',
			['number_different:十来分钟>about twelve minutes']
		],
		[
			'新设备个把月就能装好。',
			'It can be installed in two months.',
			['number_different:个把月>two months']
		],
		[
			'合作社花了半个多月清理河道。',
			'The cooperative spent half a month clearing it.',
			['number_approx:半个多月>half a month']
		],
		['工期缩短了十几天。', 'The period was cut by 30 days.', ['number_different:十几天>30 days']],
		['他在村里驻了一年多。', 'He stayed for a year.', ['number_approx:一年多>a year']],
		[
			'审批由5个工作日压缩至2小时以内。',
			'Approval was cut from five working days to two hours.',
			['number_approx:2小时以内>two hours']
		],
		[
			'新校区三年内建成。',
			'The new campus is to be built in four years.',
			['number_different:三年内>four years']
		],
		// A count of times changed.
		[
			'去年他两次到企业调研。',
			'Last year he visited the firms three times.',
			['number_different:两次>three times']
		],
		[
			'志愿者每周上门三次。',
			'Volunteers call four times a week.',
			['number_different:三次>four times']
		],
		[
			'水质每月检测一次。',
			'Water quality is tested twice a month.',
			['number_different:一次>twice']
		],
		// A temperature on the wrong side of zero, or another figure.
		[
			'冬季最低气温零下25摄氏度。',
			'Winter lows reach 25 degrees Celsius.',
			['number_different:零下25摄氏度>25 degrees Celsius']
		],
		[
			'大棚内保持零上5度。',
			'The greenhouse is kept at 5 degrees below zero.',
			['number_different:零上5度>5 degrees below zero']
		],
		['当天气温-8℃至2℃。', 'Temperatures ranged from 8°C to 2°C.', ['number_different:-8℃>8°C']],
		['夜间气温-12～-4℃。', 'Nights range from 12°C to -4°C.', ['number_different:-12>12°C']],
		// A discount read as the share paid, or another share.
		['景区门票打八折。', 'Tickets are 80% off.', ['number_different:打八折>80%']],
		['会员商品打七五折。', 'Members get 35% off goods.', ['number_different:打七五折>35%']],
		[
			'老人乘车半价。',
			'Older passengers ride at a quarter of the price.',
			['number_different:半价>a quarter of the price']
		],
		// An age in another decade.
		[
			'八十多岁的老支书仍每天巡山。',
			'The former secretary, in his seventies, patrols daily.',
			['number_different:八十多岁>in his seventies']
		],
		[
			'七旬老人学会了网上卖货。',
			'A woman in her sixties has learned to sell online.',
			['number_different:七旬>in her sixties']
		],
		// A ratio turned round or changed.
		[
			'省市按1∶1比例配套资金。',
			'They match funds at a ratio of 2:1.',
			['number_different:1∶1>2:1']
		],
		['男女比例为3∶2。', 'The ratio of men to women is 2:3.', ['number_different:3∶2>2:3']],
		[
			'生师比约为12:1。',
			'The pupil-teacher ratio is about 13 to 1.',
			['number_different:约为12:1>about 13 to 1']
		],
		// Another share of a change.
		[
			'订单比去年多三分之一。',
			'Orders are a fourth more than last year.',
			['number_different:三分之一>a fourth']
		]
	];
	it.each(wrong)('%s → %s', (source, target, expected) => {
		expect(codes(source, target)).toEqual(expected);
	});
});
