/**
 * A deterministic synthetic TM for benchmarks and tests: Chinese sentences assembled from the
 * phrases of policy and economic writing (with rough English glosses as targets), a share of
 * them near-duplicates of earlier ones, as a real TM of one client's documents has.
 */
import type { TmUnit } from '../types.ts';

/** Phrase pairs in the register of the seed article. */
const PHRASES: [string, string][] = [
	['宜春经开区', 'Yichun ETDZ'],
	['坚持', 'adheres to'],
	['推动', 'promotes'],
	['高质量发展', 'high-quality development'],
	['锂电新能源', 'lithium battery new energy'],
	['首位产业', 'leading industry'],
	['产业集群', 'industrial clusters'],
	['招商引资', 'investment attraction'],
	['项目建设', 'project construction'],
	['营商环境', 'business environment'],
	['放管服改革', 'the reform to streamline administration'],
	['数字经济', 'the digital economy'],
	['产城融合', 'industry-city integration'],
	['科技创新', 'technological innovation'],
	['规上工业', 'industry above designated size'],
	['营业收入', 'operating revenue'],
	['同比增长', 'grew year on year'],
	['全省开发区', 'development zones across the province'],
	['综合考核', 'the comprehensive assessment'],
	['重点项目', 'key projects'],
	['拿地即开工', 'construction begins as soon as land is acquired'],
	['企业特派员', 'enterprise commissioners'],
	['政务服务', 'government services'],
	['民生事业', 'people’s livelihood'],
	['基础设施', 'infrastructure'],
	['绿色工业园区', 'green industrial park'],
	['现代化产业体系', 'a modern industrial system'],
	['光伏', 'photovoltaics'],
	['装备制造', 'equipment manufacturing'],
	['电子信息', 'electronic information'],
	['加快', 'accelerates'],
	['持续深化', 'keeps deepening'],
	['着力打造', 'strives to build'],
	['进一步优化', 'further optimises'],
	['全力破解', 'works hard to solve'],
	['堵点难点问题', 'bottlenecks and difficulties'],
	['全生命周期', 'full life-cycle'],
	['跟踪服务', 'follow-up services'],
	['人才引进', 'talent introduction'],
	['融资难题', 'financing difficulties'],
	['宜春时代', 'CATL Yichun'],
	['宁德时代', 'CATL'],
	['江西国轩', 'Jiangxi Gotion'],
	['金辉锂电', 'Jinhui Lithium'],
	['富临升华', 'Fulin Shenghua'],
	['粤港澳大湾区', 'the Guangdong-Hong Kong-Macao Greater Bay Area'],
	['招商推介会', 'investment promotion conference'],
	['行业协会', 'industry associations'],
	['领军企业', 'leading enterprises'],
	['电池材料', 'battery materials'],
	['配套供应商', 'supporting suppliers'],
	['磷酸铁锂', 'lithium iron phosphate'],
	['厂房建设', 'plant construction'],
	['设备安装调试', 'equipment installation and commissioning'],
	['年产值', 'annual output value'],
	['征地拆迁', 'land acquisition and demolition'],
	['环评', 'environmental assessment'],
	['水电气保障', 'water, power and gas supply'],
	['特事特办', 'special handling of special cases'],
	['网格化服务机制', 'grid-based service mechanism'],
	['助企纾困', 'helping enterprises out of difficulty'],
	['贷款投放', 'loans extended'],
	['科技型企业', 'science and technology enterprises'],
	['创新平台', 'innovation platforms'],
	['高新技术企业', 'high-tech enterprises'],
	['金湖学校', 'Jinhu School'],
	['医疗卫生', 'medical and health care'],
	['生态公园', 'ecological parks'],
	['城市绿道', 'urban greenways'],
	['路网建设', 'road network construction'],
	['群众获得感', 'people’s sense of gain'],
	['开放平台', 'opening-up platform'],
	['先进单位', 'advanced unit'],
	['示范园区', 'demonstration park'],
	['数字化转型', 'digital transformation'],
	['两化融合', 'integration of informatisation and industrialisation'],
	['5G科技产业基地', '5G technology industry base'],
	['工业增加值', 'industrial added value'],
	['集聚区', 'cluster zone'],
	['全要素', 'all factors']
];
/** Amounts with their glosses: each sentence's numbers differ, as in real documents. */
const AMOUNTS: [string, (n: number) => string][] = [
	['亿元', (n) => `${n / 10} billion yuan`],
	['万元', (n) => `${n * 10} thousand yuan`],
	['%', (n) => `${n}%`],
	['家企业', (n) => `${n} enterprises`],
	['个项目', (n) => `${n} projects`],
	['名', (n) => `${n} people`]
];

/** mulberry32: a small, fast, seedable generator; the same seed gives the same TM. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Phrase indexes; an amount is -1 - (value * AMOUNTS.length + kind). */
type Sentence = number[];

function render(sentence: Sentence): { source: string; target: string } {
	const zh: string[] = [];
	const en: string[] = [];
	sentence.forEach((part, i) => {
		if (part < 0) {
			const code = -1 - part;
			const [unit, gloss] = AMOUNTS[code % AMOUNTS.length];
			const value = Math.floor(code / AMOUNTS.length);
			zh.push(`${value}${unit}`);
			en.push(gloss(value));
		} else {
			zh.push(PHRASES[part][0]);
			en.push(PHRASES[part][1]);
		}
		if (i % 4 === 3 && i + 1 < sentence.length) zh.push('，');
	});
	const target = en.join(' ');
	return { source: zh.join('') + '。', target: target[0].toUpperCase() + target.slice(1) + '.' };
}

/**
 * `count` TM units, the same for the same `seed`: sentences of 5–14 phrases, and about one in
 * four a near-duplicate (one or two phrases changed) of an earlier one.
 *
 * @example
 * syntheticTm(50_000).length // 50000
 */
export function syntheticTm(count: number, seed = 1): TmUnit[] {
	const next = random(seed);
	const pick = (n: number) => Math.floor(next() * n);
	const sentences: Sentence[] = [];
	const units: TmUnit[] = [];
	for (let i = 0; i < count; i++) {
		let sentence: Sentence;
		if (sentences.length > 0 && next() < 0.25) {
			sentence = [...sentences[pick(sentences.length)]];
			const changes = 1 + pick(2);
			for (let c = 0; c < changes; c++) sentence[pick(sentence.length)] = pick(PHRASES.length);
		} else {
			const length = 5 + pick(10);
			sentence = Array.from({ length }, () =>
				next() < 0.12
					? -1 - (pick(1000) * AMOUNTS.length + pick(AMOUNTS.length))
					: pick(PHRASES.length)
			);
		}
		sentences.push(sentence);
		const time = Date.UTC(2023, 0, 1) + i * 60_000;
		units.push({
			id: `syn-${seed}-${i}`,
			...render(sentence),
			sourceLang: 'zh-CN',
			targetLang: 'en',
			origin: 'tmx',
			createdAt: time,
			updatedAt: time
		});
	}
	return units;
}
