/**
 * The number check on figures whose reading needs more than the digits: Latin-letter units of
 * storage, computing power, bandwidth and energy glued to or spaced from the figure (15PB,
 * 10 EFLOPS, 100Gbps), with the bound after them; "quadrillion"; 十分之一; a temperature bounded
 * after its unit (零下18摄氏度以下 / minus 18 degrees Celsius or below); "5 yuan less than three
 * years ago", where "less than" compares and bounds nothing; "now number 1,200", a count; and
 * 约占 before a total named on the way to the share it bounds. Sentences made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkNumbers } from './numbers.ts';

const codes = (source: string, target: string) =>
	checkNumbers(source, target).map((f) => `${f.code}:${f.source ?? ''}>${f.target ?? ''}`);

describe('checkNumbers: measures and their bounds rendered right raise nothing', () => {
	const right: [string, string][] = [
		['园区存储能力超过20PB。', 'The park can store more than 20 PB.'],
		['园区存储能力超过20PB。', 'The park has a storage capacity of over 20PB.'],
		[
			'到2027年，全市算力达到5EFLOPS以上。',
			'By 2027 the city will have 5 EFLOPS or more of computing power.'
		],
		['新中心算力为800PFLOPS。', 'The new centre delivers 800 PFLOPS.'],
		['1PFLOPS相当于每秒千万亿次运算。', 'One PFLOPS equals a quadrillion operations a second.'],
		['骨干网带宽提升至400Gbps。', 'Backbone bandwidth was raised to 400 Gbps.'],
		['家庭宽带不低于1000Mbps。', 'Home broadband runs at no less than 1,000 Mbps.'],
		['云平台存储总量约3.5EB。', 'The cloud platform stores about 3.5 EB.'],
		['风电场年发电量超过2TWh。', 'The wind farm generates more than 2 TWh a year.'],
		['该县茶叶产量约占全省的十分之一。', "The county grows about a tenth of the province's tea."],
		['该县茶叶产量约占全省的十分之一。', "The county grows about one tenth of the province's tea."],
		[
			'该县茶叶产量约占全省8万吨总产量的十分之一。',
			"The county grows about a tenth of the province's total output of 80,000 tonnes."
		],
		['这位老师十分认真。', 'The teacher is very conscientious.'],
		[
			'疫苗须在零下20摄氏度以下保存。',
			'The vaccine must be stored at minus 20 degrees Celsius or below.'
		],
		['疫苗须在零下20摄氏度以下保存。', 'The vaccine must be stored at minus 20°C or below.'],
		['室温保持在22℃左右。', 'Rooms are kept at about 22°C.'],
		[
			'一份盒饭12元，比两年前便宜了约3元。',
			'A boxed meal costs 12 yuan, about 3 yuan less than two years ago.'
		],
		['出口额比去年增加了15%。', 'Exports were 15% more than last year.'],
		['2023年超过300家企业入驻。', 'In 2023 more than 300 firms moved in.'],
		['目前全镇民宿已达80多家。', "The town's homestays now number more than 80."]
	];
	it.each(right)('%s → %s', (source, target) => {
		expect(codes(source, target)).toEqual([]);
	});
});

describe('checkNumbers: measures and their bounds rendered wrong are caught', () => {
	const wrong: [string, string, string[]][] = [
		['园区存储能力超过20PB。', 'The park can store 20 PB.', ['number_approx:超过20PB>20 PB']],
		[
			'园区存储能力超过20PB。',
			'The park can store less than 20 PB.',
			['number_bound:超过20PB>less than 20 PB']
		],
		[
			'到2027年，全市算力达到5EFLOPS以上。',
			'By 2027 the city will have 5 EFLOPS of computing power.',
			['number_approx:5EFLOPS以上>5 EFLOPS']
		],
		[
			'到2027年，全市算力达到5EFLOPS以上。',
			'By 2027 the city will have 5 EFLOPS or less of computing power.',
			['number_bound:5EFLOPS以上>5 EFLOPS or less']
		],
		[
			'新中心算力为800PFLOPS。',
			'The new centre delivers 600 PFLOPS.',
			['number_different:800PFLOPS>600 PFLOPS']
		],
		[
			'1PFLOPS相当于每秒千万亿次运算。',
			'Two PFLOPS equals a quadrillion operations a second.',
			['number_different:1PFLOPS>Two PFLOPS']
		],
		[
			'1PFLOPS相当于每秒千万亿次运算。',
			'One PFLOPS equals a trillion operations a second.',
			['number_different:千万亿次>a trillion']
		],
		[
			'骨干网带宽提升至400Gbps。',
			'Backbone bandwidth was raised to 40 Gbps.',
			['number_different:400Gbps>40 Gbps']
		],
		[
			'该县茶叶产量约占全省的十分之一。',
			"The county grows about two tenth of the province's tea.",
			['number_different:十分之一>about two tenth']
		],
		[
			'该县茶叶产量约占全省8万吨总产量的十分之一。',
			"The county grows a tenth of the province's total output of 80,000 tonnes.",
			['number_approx:十分之一>a tenth']
		],
		[
			'疫苗须在零下20摄氏度以下保存。',
			'The vaccine must be stored at 20 degrees Celsius or below.',
			['number_different:零下20摄氏度以下>20 degrees Celsius or below']
		],
		[
			'疫苗须在零下20摄氏度以下保存。',
			'The vaccine must be stored at minus 20 degrees Celsius or above.',
			['number_bound:零下20摄氏度以下>minus 20 degrees Celsius or above']
		],
		[
			'疫苗须在零下20摄氏度以下保存。',
			'The vaccine must be stored at minus 20°C.',
			['number_approx:零下20摄氏度以下>minus 20°C']
		],
		[
			'疫苗须在零下20摄氏度以下保存。',
			'The vaccine must be stored at -20°C or above.',
			['number_bound:零下20摄氏度以下>-20°C or above']
		],
		[
			'一份盒饭12元，比两年前便宜了约3元。',
			'A boxed meal costs 12 yuan, about 3 yuan less than five years ago.',
			['number_different:两年>five years']
		],
		['目前全镇民宿已达80多家。', "The town's homestays now number 80.", ['number_approx:80多家>80']]
	];
	it.each(wrong)('%s → %s', (source, target, expected) => {
		expect(codes(source, target)).toEqual(expected);
	});
});
