/**
 * The held-out part of the number check's own material: written with `tune.ts`, before the
 * check was tuned, and not looked at while tuning. Figures on it are reported apart.
 */
import type { NumberPair } from './pair.ts';

export const HELD_OUT_PAIRS: NumberPair[] = [
	{
		zh: '全市规上工业企业数量突破2000家，达到2136家。',
		en: 'The number of industrial enterprises above designated size in the city passed 2,000 to reach 2,136.',
		numbers: ['2,000', '2,136']
	},
	{
		zh: '1—6月，全市完成固定资产投资增长9.7%，高于全国平均水平6.6个百分点。',
		en: 'In the first half of the year, fixed-asset investment in the city grew 9.7%, 6.6 percentage points above the national average.',
		numbers: ['9.7%', '6.6 percentage points']
	},
	{
		zh: '截至2023年底，全区累计培育专精特新“小巨人”企业15家、省级专精特新中小企业183家。',
		en: 'By the end of 2023, the district had fostered 15 specialized and sophisticated "little giant" enterprises and 183 provincial-level specialized and sophisticated SMEs.',
		numbers: ['2023', '15', '183']
	},
	{
		zh: '该园区规划面积12.8平方公里，入驻企业不少于150家。',
		en: 'The park has a planned area of 12.8 square kilometers and is home to at least 150 enterprises.',
		numbers: ['12.8 square kilometers', 'at least 150']
	},
	{
		zh: '全市城乡居民基本养老保险参保人数达312万人，参保率稳定在95%以上。',
		en: '3.12 million urban and rural residents are covered by basic pension insurance, with the coverage rate holding above 95%.',
		numbers: ['3.12 million', 'above 95%']
	},
	{
		zh: '项目总投资50亿元，分两期建设，其中一期投资20亿元，预计明年3月投产。',
		en: 'The project, with a total investment of 5 billion yuan, will be built in two phases; the first phase, worth 2 billion yuan, is expected to go into production next March.',
		numbers: ['5 billion yuan', 'two phases', '2 billion yuan', 'March']
	},
	{
		zh: '今年前两个月，全市新设立外资企业26家，同比增长四成。',
		en: 'In the first two months of this year, 26 foreign-funded enterprises were set up in the city, up 40% year on year.',
		numbers: ['first two months', '26', '40%']
	},
	{
		zh: '全省已建成各类众创空间六百多家，在孵企业和团队超过1.5万个。',
		en: 'The province has built more than 600 maker spaces of various kinds, incubating over 15,000 enterprises and teams.',
		numbers: ['more than 600', 'over 15,000']
	},
	{
		zh: '2018年至2022年，全市累计减贫人口8.6万人。',
		en: 'Between 2018 and 2022, the city lifted a total of 86,000 people out of poverty.',
		numbers: ['2018 and 2022', '86,000']
	},
	{
		zh: '目前，该市港口货物吞吐量已连续五年位居全国内河港口第二。',
		en: "The city's port has ranked second among China's inland ports by cargo throughput for five years in a row.",
		numbers: ['second', 'five years']
	},
	{
		zh: '出口额中，机电产品占比58.4%，高新技术产品占比21.7%。',
		en: 'Mechanical and electrical products accounted for 58.4% of exports, and high-tech products 21.7%.',
		numbers: ['58.4%', '21.7%']
	},
	{
		zh: '全市新增减税降费超百亿元，惠及纳税人逾十万户。',
		en: 'New tax and fee cuts in the city exceeded 10 billion yuan, benefiting more than 100,000 taxpayers.',
		numbers: ['exceeded 10 billion yuan', 'more than 100,000']
	},
	{
		zh: '对年营业收入首次突破5亿元的企业，一次性奖励50万元。',
		en: 'Enterprises whose annual operating revenue exceeds 500 million yuan for the first time will receive a one-off reward of 500,000 yuan.',
		numbers: ['exceeds 500 million yuan', '500,000 yuan']
	},
	{
		zh: '数据显示，全市七成以上的规上工业企业已实施数字化改造。',
		en: "Data show that over 70% of the city's industrial enterprises above designated size have undergone digital transformation.",
		numbers: ['over 70%']
	},
	{
		zh: '该公司去年营收达83.6亿元，较2021年增长近两成。',
		en: "The company's revenue reached 8.36 billion yuan last year, up nearly 20% from 2021.",
		numbers: ['8.36 billion yuan', 'nearly 20%', '2021']
	},
	{
		zh: '全市有4个县进入全省县域经济综合排名前十。',
		en: "Four counties in the city ranked among the top 10 in the province's overall county economy rankings.",
		numbers: ['Four', 'top 10']
	},
	{
		zh: '全年共举办各类招商活动60余场，签约项目总金额达到285.4亿元。',
		en: 'More than 60 investment promotion events were held during the year, with signed projects totaling 28.54 billion yuan.',
		numbers: ['More than 60', '28.54 billion yuan']
	},
	{
		zh: '按照计划，两年内将完成全部3.6万套老旧小区改造任务。',
		en: 'Under the plan, all 36,000 housing units in old residential compounds will be renovated within two years.',
		numbers: ['36,000', 'within two years']
	},
	{
		zh: '个人住房公积金贷款最高额度由50万元提高至60万元。',
		en: 'The maximum housing provident fund loan for individuals has been raised from 500,000 yuan to 600,000 yuan.',
		numbers: ['500,000 yuan', '600,000 yuan']
	},
	{
		zh: '全市森林覆盖率达63.1%，空气质量优良天数比例为94.5%。',
		en: 'Forest coverage in the city reached 63.1%, and the share of days with good or excellent air quality was 94.5%.',
		numbers: ['63.1%', '94.5%']
	},
	{
		zh: '一季度全市GDP同比增长4.8%，增速居全省第五。',
		en: "The city's GDP grew 4.8% year on year in the first quarter, ranking fifth in the province.",
		numbers: ['4.8%', 'first quarter', 'fifth']
	},
	{
		zh: '全县共有养老机构32家，床位3200余张，每千名老人拥有养老床位40张。',
		en: 'The county has 32 elderly care institutions with more than 3,200 beds, or 40 beds for every 1,000 elderly people.',
		numbers: ['32', 'more than 3,200', '40 beds', '1,000']
	},
	{
		zh: '该市计划三年内投入不低于30亿元用于城市更新。',
		en: 'The city plans to invest no less than 3 billion yuan in urban renewal over three years.',
		numbers: ['no less than 3 billion yuan', 'three years']
	},
	{
		zh: '全市农产品加工企业达1200家，其中国家级龙头企业6家、省级龙头企业85家。',
		en: 'The city has 1,200 agricultural product processing enterprises, including six national leading enterprises and 85 provincial ones.',
		numbers: ['1,200', 'six', '85']
	},
	{
		zh: '新建改建农村公路860公里，完成投资约9.5亿元。',
		en: 'It built or upgraded 860 km of rural roads with an investment of about 950 million yuan.',
		numbers: ['860 km', 'about 950 million yuan']
	},
	{
		zh: '全市共有博物馆21座，年接待观众超过300万人次。',
		en: 'The city has 21 museums, which receive more than 3 million visitors a year.',
		numbers: ['21', 'more than 3 million']
	},
	{
		zh: '该区将新建充电桩两千个，实现城区充电服务半径不超过3公里。',
		en: 'The district will build 2,000 new charging piles so that the charging service radius in urban areas is no more than 3 km.',
		numbers: ['2,000', 'no more than 3 km']
	},
	{
		zh: '全年完成造林面积1.8万亩，是上年的1.5倍。',
		en: "Afforestation covered 18,000 mu in the year, 1.5 times the previous year's figure.",
		numbers: ['18,000 mu', '1.5 times']
	},
	{
		zh: '截至8月底，全市累计发放消费券8000万元，撬动消费近10亿元。',
		en: 'By the end of August, the city had issued consumption vouchers worth 80 million yuan, stimulating nearly 1 billion yuan in spending.',
		numbers: ['August', '80 million yuan', 'nearly 1 billion yuan']
	},
	{
		zh: '全市九成以上行政村实现快递服务全覆盖。',
		en: "More than 90% of the city's administrative villages now have full courier service coverage.",
		numbers: ['More than 90%']
	}
];

/**
 * A second held-out batch, written after all tuning had stopped and measured once, untuned.
 */
export const HELD_OUT_PAIRS_2: NumberPair[] = [
	{
		zh: '今年前三季度，全市规上工业企业实现利润总额128.6亿元，同比增长9.4%，增速比上半年提高1.7个百分点。',
		en: 'In the first three quarters of this year, industrial enterprises above designated size in the city made total profits of 12.86 billion yuan, up 9.4% year on year, 1.7 percentage points faster than in the first half.',
		numbers: ['first three quarters', '12.86 billion yuan', '9.4%', '1.7 percentage points']
	},
	{
		zh: '该县将用五年时间，投入不少于20亿元，改造提升农村公路1500公里。',
		en: 'Over five years, the county will invest at least 2 billion yuan to upgrade 1,500 kilometers of rural roads.',
		numbers: ['five years', 'at least 2 billion yuan', '1,500 kilometers']
	},
	{
		zh: '全市现有规上服务业企业612家，其中营业收入超亿元的有48家。',
		en: 'The city has 612 service enterprises above designated size, 48 of which have operating revenue of more than 100 million yuan.',
		numbers: ['612', '48', 'more than 100 million yuan']
	},
	{
		zh: '2024年1月，该市出台促进民营经济高质量发展的30条措施。',
		en: 'In January 2024, the city issued 30 measures to promote the high-quality development of the private economy.',
		numbers: ['January 2024', '30 measures']
	},
	{
		zh: '新能源汽车产业链已集聚上下游企业近百家，2023年实现产值约320亿元，占全市工业总产值的近两成。',
		en: 'The new energy vehicle industry chain has brought together nearly 100 upstream and downstream enterprises, with output of about 32 billion yuan in 2023, nearly 20% of the city’s total industrial output.',
		numbers: ['nearly 100', 'about 32 billion yuan', '2023', 'nearly 20%']
	},
	{
		zh: '全市每万人口高价值发明专利拥有量达到8.6件，比上年增加2.1件。',
		en: 'The city had 8.6 high-value invention patents per 10,000 people, 2.1 more than the previous year.',
		numbers: ['8.6', '10,000', '2.1']
	},
	{
		zh: '截至10月底，全市累计发放创业担保贷款12.8亿元，扶持自主创业1.1万人，带动就业3.5万人。',
		en: 'By the end of October, the city had issued 1.28 billion yuan in business start-up guarantee loans, supporting 11,000 people in starting businesses and creating 35,000 jobs.',
		numbers: ['October', '1.28 billion yuan', '11,000', '35,000']
	},
	{
		zh: '该园区单位面积产出达到每亩450万元，是全市平均水平的3倍。',
		en: "The park's output per unit of land reached 4.5 million yuan per mu, three times the city average.",
		numbers: ['4.5 million yuan', 'three times']
	},
	{
		zh: '该区连续四年获评全省高质量发展综合考核先进区，综合排名位列全省第五。',
		en: 'The district has been rated an advanced district in the provincial comprehensive assessment of high-quality development for four consecutive years, ranking fifth in the province.',
		numbers: ['four consecutive years', 'fifth']
	},
	{
		zh: '今年1—11月，全市进出口总额达到316.2亿元，同比增长15.3%，高于全省平均增速8.1个百分点。',
		en: 'From January to November, the city’s total imports and exports reached 31.62 billion yuan, up 15.3% year on year and 8.1 percentage points above the provincial average.',
		numbers: ['January to November', '31.62 billion yuan', '15.3%', '8.1 percentage points']
	},
	{
		zh: '该企业研发投入占营业收入比重超过5%，拥有发明专利126项。',
		en: 'The company invests more than 5% of its operating revenue in R&D and holds 126 invention patents.',
		numbers: ['more than 5%', '126']
	},
	{
		zh: '全市建成城市“15分钟便民生活圈”28个，覆盖社区居民逾60万人。',
		en: 'The city has built 28 "15-minute convenient living circles", covering more than 600,000 community residents.',
		numbers: ['28', '15-minute', 'more than 600,000']
	},
	{
		zh: '总投资约18亿元的城市快速路项目全长21.6公里，预计2026年建成通车。',
		en: 'The urban expressway project, with a total investment of about 1.8 billion yuan, is 21.6 km long and is expected to open to traffic in 2026.',
		numbers: ['about 1.8 billion yuan', '21.6 km', '2026']
	},
	{
		zh: '全县共培育家庭农场860家、农民专业合作社420家，带动农户2.6万户。',
		en: 'The county has fostered 860 family farms and 420 farmers’ cooperatives, which have benefited 26,000 farming households.',
		numbers: ['860', '420', '26,000']
	},
	{
		zh: '全年空气质量优良天数为335天，比上年增加12天。',
		en: 'The city had 335 days of good or excellent air quality during the year, 12 more than the previous year.',
		numbers: ['335 days', '12 more']
	},
	{
		zh: '该市已连续举办三届中国（宜春）锂电新能源产业大会，累计签约项目超过200个，签约金额逾2000亿元。',
		en: 'The city has hosted the China (Yichun) Lithium Battery New Energy Industry Conference three times, with more than 200 projects signed worth over 200 billion yuan in total.',
		numbers: ['more than 200', 'over 200 billion yuan']
	}
];
