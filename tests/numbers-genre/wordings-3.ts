/**
 * Fifth set of the number check's own material (issue 11), written after the second round of
 * tuning and measured before any change made for it: other beats of the genre (health,
 * schooling, environment, finance, farming) in the same classes of number wording. Split by the
 * same fixed rule before the first run: even positions for tuning, odd positions held out.
 */
import type { NumberPair } from './pair.ts';

const WORDINGS_3_PAIRS: NumberPair[] = [
	{
		zh: '全市每千人口执业（助理）医师数达到3.4人，比2020年增加0.6人。',
		en: 'The city has 3.4 licensed (assistant) physicians per 1,000 people, 0.6 more than in 2020.',
		numbers: ['3.4', '1,000', '0.6', '2020']
	},
	{
		zh: '全县新建改扩建中小学校17所，新增学位1.2万个。',
		en: 'The county built or expanded 17 primary and secondary schools, adding 12,000 school places.',
		numbers: ['17', '12,000']
	},
	{
		zh: '全市地表水国考断面水质优良比例为96.2%，高于全国平均水平近8个百分点。',
		en: "96.2% of the city's state-monitored surface water sections had good water quality, nearly 8 percentage points above the national average.",
		numbers: ['96.2%', 'nearly 8 percentage points']
	},
	{
		zh: '截至6月末，全市普惠小微贷款余额1268.4亿元，较年初增长14.2%，贷款户数超过9万户。',
		en: 'By the end of June, outstanding inclusive loans to micro and small businesses in the city stood at 126.84 billion yuan, up 14.2% from the beginning of the year, with more than 90,000 borrowers.',
		numbers: ['June', '126.84 billion yuan', '14.2%', 'more than 90,000']
	},
	{
		zh: '全县早稻播种面积稳定在45万亩以上，单产达到每亩410公斤。',
		en: "The county's early rice area stayed above 450,000 mu, with a yield of 410 kilograms per mu.",
		numbers: ['above 450,000 mu', '410 kilograms']
	},
	{
		zh: '今年以来，全市共开展义诊活动230余场，服务群众逾5万人次。',
		en: 'Since the beginning of the year, the city has held more than 230 free clinics, serving more than 50,000 people.',
		numbers: ['more than 230', 'more than 50,000']
	},
	{
		zh: '城区空气质量优良天数达到338天，占比92.6%。',
		en: 'The urban area had 338 days of good air quality, or 92.6% of the year.',
		numbers: ['338 days', '92.6%']
	},
	{
		zh: '全省农村自来水普及率达到90%以上，规模化供水工程覆盖农村人口比例提高到六成。',
		en: 'More than 90% of rural residents in the province have tap water, and large-scale water supply projects now cover 60% of the rural population.',
		numbers: ['More than 90%', '60%']
	},
	{
		zh: '该院年门急诊量约180万人次，出院病人8.6万人次。',
		en: 'The hospital handles about 1.8 million outpatient and emergency visits a year and discharges 86,000 inpatients.',
		numbers: ['about 1.8 million', '86,000']
	},
	{
		zh: '全市学前教育毛入园率达到92%，普惠性幼儿园覆盖率超过85%。',
		en: "The city's gross preschool enrollment rate reached 92%, and inclusive kindergartens cover more than 85% of children.",
		numbers: ['92%', 'more than 85%']
	},
	{
		zh: '全年完成农村人居环境整治村庄1500个，建设美丽宜居示范村不少于100个。',
		en: 'During the year, living environments were improved in 1,500 villages, and no fewer than 100 model villages were built.',
		numbers: ['1,500', 'no fewer than 100']
	},
	{
		zh: '保险业实现保费收入258亿元，同比增长6.5%，为全市提供风险保障超过5万亿元。',
		en: 'The insurance industry collected 25.8 billion yuan in premiums, up 6.5% year on year, providing more than 5 trillion yuan of risk coverage for the city.',
		numbers: ['25.8 billion yuan', '6.5%', 'more than 5 trillion yuan']
	},
	{
		zh: '全县生猪存栏稳定在30万头左右，能繁母猪保有量不低于2.8万头。',
		en: 'The county keeps around 300,000 live hogs, with no less than 28,000 breeding sows.',
		numbers: ['around 300,000', 'no less than 28,000']
	},
	{
		zh: '近三年，全市累计培训乡村医生4200人次，实现每个行政村至少有1名合格村医。',
		en: 'In the past three years, the city has trained village doctors 4,200 times, so that every administrative village has at least one qualified doctor.',
		numbers: ['4,200', 'at least one']
	},
	{
		zh: '该市PM2.5年均浓度由2015年的48微克/立方米降至2023年的29微克/立方米。',
		en: 'The annual average PM2.5 concentration in the city fell from 48 micrograms per cubic meter in 2015 to 29 micrograms per cubic meter in 2023.',
		numbers: ['48 micrograms', '2015', '29 micrograms', '2023']
	},
	{
		zh: '全县高中阶段毛入学率达到95.6%，比上年提高1.3个百分点。',
		en: "The county's gross enrollment rate for senior secondary education reached 95.6%, 1.3 percentage points higher than the previous year.",
		numbers: ['95.6%', '1.3 percentage points']
	},
	{
		zh: '全市建成“15分钟健身圈”社区186个，人均体育场地面积达到2.6平方米。',
		en: 'The city has 186 communities with a "15-minute fitness circle", and sports facilities average 2.6 square meters per person.',
		numbers: ['186', '2.6 square meters']
	},
	{
		zh: '上半年，全市农村居民人均可支配收入增长7.8%，快于城镇居民2.3个百分点。',
		en: 'In the first half of the year, per capita disposable income of rural residents in the city grew 7.8%, 2.3 percentage points faster than that of urban residents.',
		numbers: ['7.8%', '2.3 percentage points']
	},
	{
		zh: '该县已建成5个万亩以上的高标准农田示范片。',
		en: 'The county has built five high-standard farmland demonstration areas of more than 10,000 mu each.',
		numbers: ['five', 'more than 10,000 mu']
	},
	{
		zh: '全市银行业不良贷款率为1.21%，较年初下降0.15个百分点，处于近十年来最低水平。',
		en: "The non-performing loan ratio of the city's banks was 1.21%, down 0.15 percentage points from the beginning of the year and the lowest in nearly a decade.",
		numbers: ['1.21%', '0.15 percentage points']
	},
	{
		zh: '全县共有养老服务设施236处，护理型床位占比达到55%。',
		en: 'The county has 236 elderly care facilities, and 55% of the beds are for nursing care.',
		numbers: ['236', '55%']
	},
	{
		zh: '今年前10个月，全市新增城镇就业4.8万人，完成全年目标任务的107%。',
		en: 'In the first 10 months of this year, the city added 48,000 urban jobs, 107% of the annual target.',
		numbers: ['first 10 months', '48,000', '107%']
	},
	{
		zh: '全市共划定生态保护红线面积3120平方公里，占国土面积的26.8%。',
		en: 'The city has designated 3,120 square kilometers of ecological conservation red lines, 26.8% of its land area.',
		numbers: ['3,120 square kilometers', '26.8%']
	},
	{
		zh: '学校与12家企业共建实训基地，每年为企业输送技能人才800名左右。',
		en: 'The school has set up training bases with 12 companies and sends them around 800 skilled workers each year.',
		numbers: ['12 companies', 'around 800']
	},
	{
		zh: '全市直接融资规模达到516亿元，是上年的1.4倍。',
		en: 'Direct financing in the city reached 51.6 billion yuan, 1.4 times the previous year.',
		numbers: ['51.6 billion yuan', '1.4 times']
	},
	{
		zh: '该县茶园面积由十年前的3万亩发展到现在的12万亩，增长了3倍。',
		en: "The county's tea gardens have grown from 30,000 mu a decade ago to 120,000 mu today, a fourfold increase.",
		numbers: ['30,000 mu', '120,000 mu']
	},
	{
		zh: '全区65岁以上老年人健康管理率达到72%，家庭医生签约服务覆盖率超过四成。',
		en: "72% of the district's residents aged 65 and over receive health management services, and family doctor contracts cover more than 40% of residents.",
		numbers: ['72%', 'more than 40%']
	},
	{
		zh: '全市森林蓄积量达到1.05亿立方米，比“十三五”末增加900万立方米。',
		en: "The city's forest stock volume reached 105 million cubic meters, 9 million cubic meters more than at the end of the 13th Five-Year Plan period.",
		numbers: ['105 million cubic meters', '9 million cubic meters', '13th Five-Year Plan']
	},
	{
		zh: '全县农产品质量安全监测合格率连续8年保持在98%以上。',
		en: 'The pass rate of farm produce quality and safety tests in the county has stayed above 98% for eight consecutive years.',
		numbers: ['above 98%', 'eight consecutive years']
	},
	{
		zh: '各类金融机构为全市重点项目授信逾800亿元，其中中长期贷款占比近七成。',
		en: 'Financial institutions have extended more than 80 billion yuan of credit to key projects in the city, nearly 70% of it in medium- and long-term loans.',
		numbers: ['more than 80 billion yuan', 'nearly 70%']
	}
];

/** Even positions: the pairs the check may be tuned on. */
export const WORDINGS_3_TUNE = WORDINGS_3_PAIRS.filter((_, i) => i % 2 === 0);
/** Odd positions: held out, reported by totals only. */
export const WORDINGS_3_HELD_OUT = WORDINGS_3_PAIRS.filter((_, i) => i % 2 === 1);
