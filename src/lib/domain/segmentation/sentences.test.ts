import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences, splitSentencesWithOffsets } from './sentences.ts';
import { textToBlocks } from './blocks.ts';

const ZH: [string, string[]][] = [
	['甲。乙。', ['甲。', '乙。']],
	['你好！再见？', ['你好！', '再见？']],
	['真的吗？！是的。', ['真的吗？！', '是的。']],
	['好！！！真好。', ['好！！！', '真好。']],
	['难道不是吗？！', ['难道不是吗？！']],
	['第一；第二；第三。', ['第一；', '第二；', '第三。']],
	['增长10%；其中，锂电增长18.1%。', ['增长10%；', '其中，锂电增长18.1%。']],
	['他说：“我们一定要做好。”大家都同意。', ['他说：“我们一定要做好。”', '大家都同意。']],
	['“我们一定要做好。”他说。', ['“我们一定要做好。”他说。']],
	['“快跑！”他喊道。', ['“快跑！”他喊道。']],
	['“我们来自江西。”他介绍，“主要做锂电。”', ['“我们来自江西。”他介绍，“主要做锂电。”']],
	['“我们一定要做好！”她强调，“绝不放松。”', ['“我们一定要做好！”她强调，“绝不放松。”']],
	['他喊道：“快跑！”接着跑了出去。', ['他喊道：“快跑！”', '接着跑了出去。']],
	['他问：“你去吗？”我说：“去。”', ['他问：“你去吗？”', '我说：“去。”']],
	['他说：“第一句。第二句。”然后离开。', ['他说：“第一句。第二句。”', '然后离开。']],
	[
		'他说：“我们要做到两点：第一，快；第二，好。”',
		['他说：“我们要做到两点：第一，快；第二，好。”']
	],
	['“你好。”“你好。”', ['“你好。”', '“你好。”']],
	['他说：‘好。’我们走。', ['他说：‘好。’', '我们走。']],
	['「繁體引號。」下一句。', ['「繁體引號。」', '下一句。']],
	['问号后有引号？”', ['问号后有引号？”']],
	['他说“好”。', ['他说“好”。']],
	['目标：“1+2+N”。下一句。', ['目标：“1+2+N”。', '下一句。']],
	['“走在前、勇争先、善作为”目标要求。', ['“走在前、勇争先、善作为”目标要求。']],
	['他读了《论语。学而》这本书。', ['他读了《论语。学而》这本书。']],
	['他说：“这是《红楼梦》。”', ['他说：“这是《红楼梦》。”']],
	['正如《人民日报》所说：“发展是第一要务。”', ['正如《人民日报》所说：“发展是第一要务。”']],
	['《中华人民共和国民法典》第一条规定。', ['《中华人民共和国民法典》第一条规定。']],
	[
		'制定出台了《宜春经开区2023年产业赛道招商大比拼工作方案》，成立小分队。',
		['制定出台了《宜春经开区2023年产业赛道招商大比拼工作方案》，成立小分队。']
	],
	['（本版文图由宜春经开区提供。）下一句。', ['（本版文图由宜春经开区提供。）', '下一句。']],
	['这是一个（非常重要。）的问题。', ['这是一个（非常重要。）的问题。']],
	['（一）总体要求。（二）基本原则。', ['（一）总体要求。', '（二）基本原则。']],
	['【编者按】这是正文。', ['【编者按】这是正文。']],
	['纳入全省第一批产业集群数字化转型试点……', ['纳入全省第一批产业集群数字化转型试点……']],
	['形势很好……我们继续努力。', ['形势很好……', '我们继续努力。']],
	['涉及锂电、光伏……等领域。', ['涉及锂电、光伏……等领域。']],
	['省略号⋯⋯后面。', ['省略号⋯⋯', '后面。']],
	['……', ['……']],
	['啊……', ['啊……']],
	['为何？因为……所以。', ['为何？', '因为……', '所以。']],
	['1.5秒就可生产一组电芯。', ['1.5秒就可生产一组电芯。']],
	['增长18.1%。占比75.1%。', ['增长18.1%。', '占比75.1%。']],
	['截至9月底，完成投资1.0602亿元。', ['截至9月底，完成投资1.0602亿元。']],
	['第1.2节规定。', ['第1.2节规定。']],
	['比例为3:2。完成。', ['比例为3:2。', '完成。']],
	['网址是www.example.com。欢迎访问。', ['网址是www.example.com。', '欢迎访问。']],
	['A股市场上涨。B股下跌。', ['A股市场上涨。', 'B股下跌。']],
	['He said hello. 然后他走了。', ['He said hello.', '然后他走了。']],
	['真的?是的.', ['真的?', '是的.']],
	['2023年9月1日。', ['2023年9月1日。']],
	['这是什么？这是书。', ['这是什么？', '这是书。']],
	['你知道吗？我知道。', ['你知道吗？', '我知道。']],
	['', []],
	['没有标点的句子', ['没有标点的句子']],
	['  甲。  乙。 ', ['甲。', '乙。']],
	['甲。\n乙', ['甲。', '乙']],
	['第一行\n第二行', ['第一行', '第二行']],
	['测试！\n\n另一段。', ['测试！', '另一段。']],
	[
		'宜春时代与宁德时代（CATL）合作。下一步扩产。',
		['宜春时代与宁德时代（CATL）合作。', '下一步扩产。']
	],
	['签约金额105亿元。其中，10个项目集中签约。', ['签约金额105亿元。', '其中，10个项目集中签约。']],
	['“双引擎”作用。', ['“双引擎”作用。']],
	['会议要求：一是加快；二是落实。', ['会议要求：一是加快；', '二是落实。']],
	['他说："好的。"我们走。', ['他说："好的。"', '我们走。']],
	['风华正茂勇争先，乘风破浪浪潮头。', ['风华正茂勇争先，乘风破浪浪潮头。']],
	['是吗？”他问。', ['是吗？”他问。']],
	['（注：数据来源于统计局）下一句。', ['（注：数据来源于统计局）下一句。']],
	['“引文跨段。第二句。第三句！', ['“引文跨段。', '第二句。', '第三句！']],
	['他说：“这是《决定。》的内容。第二句。', ['他说：“这是《决定。》的内容。', '第二句。']]
];

const EN: [string, string[]][] = [
	['Hello world. This is a test.', ['Hello world.', 'This is a test.']],
	['Mr. Smith went to Washington. He stayed.', ['Mr. Smith went to Washington.', 'He stayed.']],
	[
		'Dr. Jones and Prof. Lee met at 10 a.m. on Monday.',
		['Dr. Jones and Prof. Lee met at 10 a.m. on Monday.']
	],
	['Mrs. Brown and Ms. White arrived.', ['Mrs. Brown and Ms. White arrived.']],
	['Sen. Warren spoke.', ['Sen. Warren spoke.']],
	['Gov. Smith and Gen. Lee met.', ['Gov. Smith and Gen. Lee met.']],
	['St. Louis is a city.', ['St. Louis is a city.']],
	['Mt. Everest is high. K2 is lower.', ['Mt. Everest is high.', 'K2 is lower.']],
	['Roe v. Wade was decided.', ['Roe v. Wade was decided.']],
	['The vote was 5 vs. 3.', ['The vote was 5 vs. 3.']],
	['Smith et al. found this.', ['Smith et al. found this.']],
	['The U.S. economy grew. Growth was strong.', ['The U.S. economy grew.', 'Growth was strong.']],
	[
		'He moved to the U.S. The next year he returned.',
		['He moved to the U.S.', 'The next year he returned.']
	],
	['He moved to the U.S. Department of State.', ['He moved to the U.S. Department of State.']],
	['The U.K. and the U.S. signed.', ['The U.K. and the U.S. signed.']],
	['e.g. this one. And that.', ['e.g. this one.', 'And that.']],
	['i.e. the same thing.', ['i.e. the same thing.']],
	['Apples, pears, etc. are fruit.', ['Apples, pears, etc. are fruit.']],
	[
		'We bought apples, pears, etc. The shop was closed.',
		['We bought apples, pears, etc.', 'The shop was closed.']
	],
	['Apple Inc. is based in Cupertino.', ['Apple Inc. is based in Cupertino.']],
	[
		'He works for Apple Inc. The company is big.',
		['He works for Apple Inc.', 'The company is big.']
	],
	['The Co. was founded. Its founder left.', ['The Co. was founded.', 'Its founder left.']],
	['It is No. 1 in the world.', ['It is No. 1 in the world.']],
	['He said no. Then he left.', ['He said no.', 'Then he left.']],
	['See Fig. 3 for details.', ['See Fig. 3 for details.']],
	['See pp. 12-14.', ['See pp. 12-14.']],
	['Call ext. 123 now.', ['Call ext. 123 now.']],
	['The zone (est. 2003) grew.', ['The zone (est. 2003) grew.']],
	['He was born on Jan. 5, 1990.', ['He was born on Jan. 5, 1990.']],
	['They met in Sept. 2023. It went well.', ['They met in Sept. 2023.', 'It went well.']],
	['Growth reached 10.5 percent. It was high.', ['Growth reached 10.5 percent.', 'It was high.']],
	['The rate was 18.1%. Output rose.', ['The rate was 18.1%.', 'Output rose.']],
	['It costs $10.50. That is cheap.', ['It costs $10.50.', 'That is cheap.']],
	['He scored 3.5. She scored 4.', ['He scored 3.5.', 'She scored 4.']],
	['Version 2.0 is out. Download it.', ['Version 2.0 is out.', 'Download it.']],
	['I saw it. 20 people came.', ['I saw it.', '20 people came.']],
	['J. K. Rowling wrote it.', ['J. K. Rowling wrote it.']],
	['The novel by J.K. Rowling sold well.', ['The novel by J.K. Rowling sold well.']],
	['George W. Bush spoke.', ['George W. Bush spoke.']],
	['A. B. Smith was there.', ['A. B. Smith was there.']],
	['Wait... What happened?', ['Wait...', 'What happened?']],
	['Wait... what happened?', ['Wait... what happened?']],
	['He paused… Then he spoke.', ['He paused…', 'Then he spoke.']],
	['"Stop!" he said.', ['"Stop!" he said.']],
	['He said, "Stop." Then he left.', ['He said, "Stop."', 'Then he left.']],
	['"Are you coming?" she asked. "Yes."', ['"Are you coming?" she asked.', '"Yes."']],
	['He said "yes." She agreed.', ['He said "yes."', 'She agreed.']],
	['He asked, "Why?" and left.', ['He asked, "Why?" and left.']],
	['“Quoted with curly quotes.” Next.', ['“Quoted with curly quotes.”', 'Next.']],
	['(This is a note.) Next sentence.', ['(This is a note.)', 'Next sentence.']],
	['The "1+2+N" layout works. It helps.', ['The "1+2+N" layout works.', 'It helps.']],
	['Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
	['What?! No way.', ['What?!', 'No way.']],
	['Hello!!! Anyone?', ['Hello!!!', 'Anyone?']],
	["It's over. Isn't it?", ["It's over.", "Isn't it?"]],
	['The meeting is at 3 p.m. tomorrow.', ['The meeting is at 3 p.m. tomorrow.']],
	[
		'The meeting ended at 3 p.m. The next one is Friday.',
		['The meeting ended at 3 p.m.', 'The next one is Friday.']
	],
	['It was 10 p.m. when he arrived.', ['It was 10 p.m. when he arrived.']],
	['Visit www.example.com. It is free.', ['Visit www.example.com.', 'It is free.']],
	['Email me at a.b@c.com today.', ['Email me at a.b@c.com today.']],
	['It is 5 ft. tall.', ['It is 5 ft. tall.']],
	['The list: a, b, c. Then more.', ['The list: a, b, c.', 'Then more.']],
	['Line one\nLine two', ['Line one', 'Line two']],
	['', []],
	['No terminal punctuation', ['No terminal punctuation']],
	['  Leading and trailing.  ', ['Leading and trailing.']],
	[
		'The Yichun ETDZ ranked first. In the province, it ranked third.',
		['The Yichun ETDZ ranked first.', 'In the province, it ranked third.']
	],
	['It grew by 10%. In 2022, it grew by 18.1%.', ['It grew by 10%.', 'In 2022, it grew by 18.1%.']],
	['Yichun’s zone grew. CATL’s plant opened.', ['Yichun’s zone grew.', 'CATL’s plant opened.']],
	[
		'It rose to 10.5 billion yuan. That is 10.5%.',
		['It rose to 10.5 billion yuan.', 'That is 10.5%.']
	],
	['1. The zone grew. It grew fast.', ['1. The zone grew.', 'It grew fast.']],
	['IV. Results are in. They are good.', ['IV. Results are in.', 'They are good.']],
	['We saw 3. Then we left.', ['We saw 3.', 'Then we left.']]
];

describe('Chinese sentences', () => {
	it.each(ZH)('%s', (text, expected) => {
		expect(splitSentences(text, 'zh')).toEqual(expected);
	});
	it('has at least 60 cases', () => expect(ZH.length).toBeGreaterThanOrEqual(60));
});

describe('English sentences', () => {
	it.each(EN)('%s', (text, expected) => {
		expect(splitSentences(text, 'en')).toEqual(expected);
	});
	it('has at least 60 cases', () => expect(EN.length).toBeGreaterThanOrEqual(60));
});

describe('offsets', () => {
	it.each([
		['他说：“好。”我们走吧！', 'zh' as const],
		['  Mr. Li met Dr. Wang.   They talked.  ', 'en' as const],
		['甲。\n\n乙！', 'zh' as const]
	])('point into the paragraph: %s', (text, lang) => {
		const spans = splitSentencesWithOffsets(text, lang);
		for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
		const strip = (t: string) => t.replace(/\s+/gu, '');
		expect(strip(spans.map((s) => s.text).join(''))).toBe(strip(text));
		spans.slice(1).forEach((s, i) => expect(s.start).toBeGreaterThanOrEqual(spans[i].end));
	});

	it('covers every character of the seed article, in order, with nothing lost', () => {
		const text = readFileSync('corpus/yichun-etdz-2023/zh.txt', 'utf8');
		let total = 0;
		for (const block of textToBlocks(text)) {
			const spans = splitSentencesWithOffsets(block.text, 'zh');
			expect(spans.map((s) => s.text).join('')).toBe(block.text);
			total += spans.length;
		}
		// The article has 60 runs of 。！？； or ……, none inside a quotation or 《》, and 18
		// blocks (title, headings, captions, broken paragraphs) that end without one: 78.
		expect(total).toBe(78);
	});
});
