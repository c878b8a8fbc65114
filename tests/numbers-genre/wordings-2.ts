/**
 * Fourth set of the number check's own material (issue 11), written after the first round of
 * tuning on `wordings.ts` and measured before any change made for it: other wordings of the same
 * classes (bounds such as 高达/不下/起码/至多 and "as many as", "in excess of", "just under";
 * 成 with bounds; compound numerals; ranges; points against percent; multiples; fractions;
 * ranks; dates and month ranges; trillions; vague amounts; 同比 changes). Split by the same
 * fixed rule before the first run: even positions for tuning, odd positions held out.
 */
import type { NumberPair } from './pair.ts';

const WORDINGS_2_PAIRS: NumberPair[] = [
	{
		zh: '全市社会消费品零售总额高达2860亿元，同比增长7.1%。',
		en: 'Total retail sales of consumer goods in the city reached as much as 286 billion yuan, up 7.1% year on year.',
		numbers: ['286 billion yuan', '7.1%']
	},
	{
		zh: '每年参加培训的新型职业农民不下5000人次。',
		en: 'No fewer than 5,000 trainee visits by new-type professional farmers are recorded each year.',
		numbers: ['No fewer than 5,000']
	},
	{
		zh: '园区企业研发投入占营业收入比重起码要达到3%。',
		en: 'Companies in the park must spend at least 3% of their operating revenue on research and development.',
		numbers: ['at least 3%']
	},
	{
		zh: '单个项目补助至多不超过200万元。',
		en: 'Each project may receive a subsidy of no more than 2 million yuan.',
		numbers: ['no more than 2 million yuan']
	},
	{
		zh: '该镇农民合作社发展到一百二十余家，入社农户三千二百多户。',
		en: 'The town now has more than 120 farmer cooperatives, with more than 3,200 member households.',
		numbers: ['more than 120', 'more than 3,200']
	},
	{
		zh: '全县脱贫人口人均纯收入由2016年的3200元增至2023年的1.52万元。',
		en: 'Per capita net income of people lifted out of poverty in the county rose from 3,200 yuan in 2016 to 15,200 yuan in 2023.',
		numbers: ['3,200 yuan', '2016', '15,200 yuan', '2023']
	},
	{
		zh: '新建项目投产后，预计可新增就业岗位5000至8000个。',
		en: 'Once in production, the new projects are expected to create 5,000 to 8,000 jobs.',
		numbers: ['5,000 to 8,000']
	},
	{
		zh: '全市失业率控制在5.5%以内，比上年下降0.3个百分点。',
		en: 'The unemployment rate was kept within 5.5%, 0.3 percentage points lower than the previous year.',
		numbers: ['within 5.5%', '0.3 percentage points']
	},
	{
		zh: '跨境电商进出口额增长近3倍。',
		en: 'Cross-border e-commerce imports and exports nearly quadrupled.',
		numbers: ['nearly quadrupled']
	},
	{
		zh: '该县茶叶产值相当于全县农业总产值的四分之一。',
		en: "Tea output value is equivalent to a quarter of the county's total agricultural output value.",
		numbers: ['a quarter']
	},
	{
		zh: '全市数字经济增加值占GDP比重达到三成多。',
		en: "The value added of the digital economy accounted for more than 30% of the city's GDP.",
		numbers: ['more than 30%']
	},
	{
		zh: '近六成受访居民对社区服务表示满意。',
		en: 'Nearly 60% of the residents surveyed said they were satisfied with community services.',
		numbers: ['Nearly 60%']
	},
	{
		zh: '该区综合实力在全省100个县（市、区）中排名第7位，较上年前移3位。',
		en: "The district ranked 7th among the province's 100 counties, county-level cities and districts in overall strength, up three places from the previous year.",
		numbers: ['7th', '100 counties', 'three places']
	},
	{
		zh: '全省新增A级旅游景区32家，其中4A级景区9家。',
		en: 'The province added 32 A-rated tourist attractions, including nine 4A attractions.',
		numbers: ['32', 'nine']
	},
	{
		zh: '截至2023年末，全省金融机构本外币存款余额达6.03万亿元。',
		en: 'By the end of 2023, deposits in domestic and foreign currencies held by financial institutions in the province totaled 6.03 trillion yuan.',
		numbers: ['2023', '6.03 trillion yuan']
	},
	{
		zh: '7—8月，全市共接待暑期游客1100余万人次。',
		en: 'In July and August, the city received more than 11 million summer visitors.',
		numbers: ['more than 11 million']
	},
	{
		zh: '10月下旬，第二批38个重点项目集中开工，总投资315.6亿元。',
		en: 'In late October, a second batch of 38 key projects broke ground, with a total investment of 31.56 billion yuan.',
		numbers: ['October', 'second batch', '38', '31.56 billion yuan']
	},
	{
		zh: '全市规上工业企业亏损面为12.4%，同比收窄2.1个百分点。',
		en: 'The share of loss-making industrial enterprises above designated size was 12.4%, 2.1 percentage points narrower than a year earlier.',
		numbers: ['12.4%', '2.1 percentage points']
	},
	{
		zh: '该企业年产锂电池正极材料5万吨，占全国市场份额的百分之八左右。',
		en: 'The company produces 50,000 tonnes of lithium battery cathode materials a year, about 8% of the national market.',
		numbers: ['50,000 tonnes', 'about 8%']
	},
	{
		zh: '全县共有家庭农场1860家，比2020年翻了一番多。',
		en: 'The county has 1,860 family farms, more than double the number in 2020.',
		numbers: ['1,860', 'more than double', '2020']
	},
	{
		zh: '一季度，全市进出口总值同比下降3.1%，其中出口增长0.8%。',
		en: 'In the first quarter, total imports and exports of the city fell 3.1% year on year, while exports grew 0.8%.',
		numbers: ['first quarter', '3.1%', '0.8%']
	},
	{
		zh: '该县已连续12年举办茶文化节，累计吸引游客逾百万人次。',
		en: 'The county has held its tea culture festival for 12 consecutive years, attracting more than 1 million visits in total.',
		numbers: ['12 consecutive years', 'more than 1 million']
	},
	{
		zh: '全区城镇新增就业1.35万人，同比增加1200人。',
		en: 'The district added 13,500 urban jobs, 1,200 more than a year earlier.',
		numbers: ['13,500', '1,200']
	},
	{
		zh: '全市建成充电桩2.4万个，是2021年的4倍。',
		en: 'The city has built 24,000 charging piles, four times the number in 2021.',
		numbers: ['24,000', 'four times', '2021']
	},
	{
		zh: '现代农业产业园覆盖农户两万余户，户均增收3000多元。',
		en: 'The modern agricultural industrial park covers more than 20,000 farming households, each earning over 3,000 yuan more on average.',
		numbers: ['more than 20,000', 'over 3,000 yuan']
	},
	{
		zh: '该项目建设工期约为24个月，计划2025年底建成投产。',
		en: 'The project will take about 24 months to build and is scheduled to go into production by the end of 2025.',
		numbers: ['about 24 months', '2025']
	},
	{
		zh: '全市已有上千家企业完成“上云”，数百家企业开展智能化改造。',
		en: 'More than 1,000 companies in the city have moved to the cloud, and hundreds have carried out smart upgrades.',
		numbers: ['More than 1,000']
	},
	{
		zh: '2024年一季度，全县完成固定资产投资46.8亿元，增长11.6%。',
		en: 'In the first quarter of 2024, fixed-asset investment in the county reached 4.68 billion yuan, up 11.6%.',
		numbers: ['first quarter', '2024', '4.68 billion yuan', '11.6%']
	},
	{
		zh: '该县森林覆盖率达76.2%，居全省第二位。',
		en: "The county's forest coverage reached 76.2%, the second highest in the province.",
		numbers: ['76.2%', 'second']
	},
	{
		zh: '全市市场主体总量达到58.7万户，其中企业16.2万户，占比27.6%。',
		en: 'The city has 587,000 market entities, of which 162,000 are enterprises, accounting for 27.6%.',
		numbers: ['587,000', '162,000', '27.6%']
	},
	{
		zh: '每10万人口中具有大学文化程度的人数为1.52万人。',
		en: 'There are 15,200 people with a university education for every 100,000 residents.',
		numbers: ['15,200', '100,000']
	},
	{
		zh: '全县耕地保有量稳定在85万亩左右，永久基本农田不少于72万亩。',
		en: "The county's arable land has remained at around 850,000 mu, with no less than 720,000 mu of permanent basic farmland.",
		numbers: ['around 850,000 mu', 'no less than 720,000 mu']
	},
	{
		zh: '个把小时就能办完的事，过去要跑好几趟。',
		en: 'Things that can now be done in an hour or so used to take several trips.',
		numbers: []
	},
	{
		zh: '该园区单位面积工业产值是全市平均水平的1.8倍。',
		en: "The park's industrial output per unit of land is 1.8 times the city average.",
		numbers: ['1.8 times']
	},
	{
		zh: '两千多名志愿者参与了此次马拉松赛事的服务工作。',
		en: 'More than 2,000 volunteers worked at the marathon.',
		numbers: ['More than 2,000']
	},
	{
		zh: '上半年，全市居民人均可支配收入21350元，同比名义增长5.9%，扣除价格因素实际增长5.6%。',
		en: 'In the first half of the year, per capita disposable income of residents in the city was 21,350 yuan, up 5.9% year on year in nominal terms and 5.6% in real terms.',
		numbers: ['21,350 yuan', '5.9%', '5.6%']
	},
	{
		zh: '新能源产业产值突破千亿元，成为全市第一个千亿级产业。',
		en: "Output of the new energy industry exceeded 100 billion yuan, making it the city's first 100-billion-yuan industry.",
		numbers: ['exceeded 100 billion yuan', 'first']
	},
	{
		zh: '全县有4个乡镇入选省级森林乡镇，30个村入选省级森林村庄。',
		en: 'Four townships in the county were named provincial forest townships and 30 villages provincial forest villages.',
		numbers: ['Four', '30']
	},
	{
		zh: '今年计划完成农村危房改造不少于1200户，年底前全部竣工。',
		en: 'This year at least 1,200 dilapidated rural houses are to be renovated, all by the end of the year.',
		numbers: ['at least 1,200']
	},
	{
		zh: '该市货运量连续五年保持在3亿吨以上。',
		en: "The city's freight volume has stayed above 300 million tonnes for five years in a row.",
		numbers: ['above 300 million tonnes', 'five years']
	}
];

/** Even positions: the pairs the check may be tuned on. */
export const WORDINGS_2_TUNE = WORDINGS_2_PAIRS.filter((_, i) => i % 2 === 0);
/** Odd positions: held out, reported by totals only. */
export const WORDINGS_2_HELD_OUT = WORDINGS_2_PAIRS.filter((_, i) => i % 2 === 1);
