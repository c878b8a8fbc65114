/**
 * The tuning half of the number check's own material: written before the check was tuned, and
 * the only pairs looked at while tuning it. `held-out.ts` holds the rest.
 */
import type { NumberPair } from './pair.ts';

export const TUNE_PAIRS: NumberPair[] = [
	{
		zh: '前三季度，全市规模以上工业增加值同比增长8.6%，高于全省平均水平1.2个百分点。',
		en: "In the first three quarters, the city's value added of industrial enterprises above designated size grew 8.6% year on year, 1.2 percentage points higher than the provincial average.",
		numbers: ['first three quarters', '8.6%', '1.2 percentage points']
	},
	{
		zh: '1—9月，全区实现地区生产总值312.5亿元，同比增长6.3%。',
		en: "From January to September, the district's GDP reached 31.25 billion yuan, up 6.3% year on year.",
		numbers: ['January to September', '31.25 billion yuan', '6.3%']
	},
	{
		zh: '截至今年6月底，全市市场主体突破50万户，其中企业12.3万户。',
		en: 'By the end of June this year, the number of market entities in the city had exceeded 500,000, including 123,000 enterprises.',
		numbers: ['June', 'exceeded 500,000', '123,000']
	},
	{
		zh: '该项目总投资1.0602亿元，建成后年产值不低于3亿元。',
		en: 'The project involves a total investment of 106.02 million yuan and, once completed, will generate annual output of no less than 300 million yuan.',
		numbers: ['106.02 million yuan', 'no less than 300 million yuan']
	},
	{
		zh: '全年新增城镇就业3.2万人，完成年度目标的106%。',
		en: 'A total of 32,000 new urban jobs were created in the year, 106% of the annual target.',
		numbers: ['32,000', '106%']
	},
	{
		zh: '园区已集聚规上工业企业三百二十余家，形成电子信息、装备制造、新材料三大主导产业。',
		en: 'The park is home to more than 320 industrial enterprises above designated size and has formed three leading industries: electronic information, equipment manufacturing and new materials.',
		numbers: ['more than 320', 'three leading']
	},
	{
		zh: '近五年来，全县累计引进项目186个，到位资金逾400亿元。',
		en: 'Over the past five years, the county has brought in 186 projects, with more than 40 billion yuan of funds in place.',
		numbers: ['past five years', '186', 'more than 40 billion yuan']
	},
	{
		zh: '出台支持民营经济发展的20条措施，对新招用员工的企业给予每人最高3000元补贴。',
		en: 'It introduced 20 measures to support the private economy, granting companies a subsidy of up to 3,000 yuan for each new employee.',
		numbers: ['20 measures', 'up to 3,000 yuan']
	},
	{
		zh: '全市共有国家级高新技术企业1126家，比上年增加231家。',
		en: 'The city has 1,126 national high-tech enterprises, 231 more than the previous year.',
		numbers: ['1,126', '231']
	},
	{
		zh: '农村居民人均可支配收入达到2.1万元，增长7.5%，增速快于城镇居民1.8个百分点。',
		en: 'Per capita disposable income of rural residents reached 21,000 yuan, up 7.5%, 1.8 percentage points faster than that of urban residents.',
		numbers: ['21,000 yuan', '7.5%', '1.8 percentage points']
	},
	{
		zh: '全省粮食产量连续10年稳定在430亿斤以上。',
		en: "The province's grain output has stayed above 43 billion jin for 10 consecutive years.",
		numbers: ['above 43 billion jin', '10 consecutive years']
	},
	{
		zh: '六成以上的受访企业表示订单同比增加。',
		en: 'More than 60% of the companies surveyed said their orders had increased year on year.',
		numbers: ['More than 60%']
	},
	{
		zh: '新能源汽车产量增长近两倍，达到12.6万辆。',
		en: 'Output of new energy vehicles nearly tripled to 126,000 units.',
		numbers: ['nearly tripled', '126,000 units']
	},
	{
		zh: '截至9月末，全市金融机构本外币各项贷款余额5863.2亿元，较年初增加512亿元。',
		en: "By the end of September, outstanding loans in domestic and foreign currencies of the city's financial institutions stood at 586.32 billion yuan, up 51.2 billion yuan from the beginning of the year.",
		numbers: ['September', '586.32 billion yuan', '51.2 billion yuan']
	},
	{
		zh: '该市将用三年时间，建设10个省级以上特色产业集群。',
		en: 'The city will spend three years building 10 specialized industrial clusters at or above the provincial level.',
		numbers: ['three years', '10 specialized']
	},
	{
		zh: '今年一季度，全市实际使用外资2.3亿美元，同比增长15.4%。',
		en: "In the first quarter of this year, the city's actual use of foreign capital was 230 million US dollars, up 15.4% year on year.",
		numbers: ['first quarter', '230 million US dollars', '15.4%']
	},
	{
		zh: '全市累计建成5G基站1.2万个，实现乡镇以上区域全覆盖。',
		en: 'The city has built a total of 12,000 5G base stations, covering all areas at and above the township level.',
		numbers: ['12,000']
	},
	{
		zh: '全县脱贫人口“两不愁三保障”全面实现，人均纯收入由2015年的2800元提高到2022年的1.46万元。',
		en: 'Among people lifted out of poverty in the county, the "two assurances and three guarantees" have been fully met, and per capita net income rose from 2,800 yuan in 2015 to 14,600 yuan in 2022.',
		numbers: ['2,800 yuan', '2015', '14,600 yuan', '2022']
	},
	{
		zh: '政务服务事项“一网通办”率达98.5%，企业开办时间压缩至1个工作日以内。',
		en: '98.5% of government services can now be handled online through a single portal, and the time needed to start a business has been cut to within one working day.',
		numbers: ['98.5%', 'within one working day']
	},
	{
		zh: '全市常住人口城镇化率达到61.2%，比上年末提高0.9个百分点。',
		en: "The urbanization rate of the city's permanent resident population reached 61.2%, 0.9 percentage points higher than at the end of the previous year.",
		numbers: ['61.2%', '0.9 percentage points']
	},
	{
		zh: '2019—2023年，全市高新技术产业增加值年均增长12.4%。',
		en: "From 2019 to 2023, the value added of the city's high-tech industries grew by an average of 12.4% a year.",
		numbers: ['2019 to 2023', '12.4%']
	},
	{
		zh: '2023年6月，该公司在科创板上市，募集资金约25亿元。',
		en: 'In June 2023, the company went public on the STAR Market, raising about 2.5 billion yuan.',
		numbers: ['June 2023', 'about 2.5 billion yuan']
	},
	{
		zh: '力争到2025年，数字经济核心产业增加值占地区生产总值比重达到10%左右。',
		en: 'By 2025, the city aims to raise the value added of core digital economy industries to around 10% of GDP.',
		numbers: ['2025', 'around 10%']
	},
	{
		zh: '全市外贸进出口总额突破千亿元大关，达1036.8亿元，其中出口712.4亿元。',
		en: "The city's total foreign trade broke through the 100-billion-yuan mark to reach 103.68 billion yuan, of which exports accounted for 71.24 billion yuan.",
		numbers: ['100-billion-yuan', '103.68 billion yuan', '71.24 billion yuan']
	},
	{
		zh: '该区连续三年获评全省营商环境评价第一名。',
		en: 'The district has ranked first in the provincial business environment assessment for three consecutive years.',
		numbers: ['first', 'three consecutive years']
	},
	{
		zh: '全年接待游客3260.5万人次，实现旅游收入超过300亿元。',
		en: 'The city received 32.605 million tourist visits during the year, with tourism revenue exceeding 30 billion yuan.',
		numbers: ['32.605 million', 'exceeding 30 billion yuan']
	},
	{
		zh: '新开工项目中，投资10亿元以上的有18个，5亿至10亿元的有27个。',
		en: 'Of the newly started projects, 18 involve investment of 1 billion yuan or more, and 27 between 500 million and 1 billion yuan.',
		numbers: ['18', '1 billion yuan or more', '27', '500 million and 1 billion yuan']
	},
	{
		zh: '全市共有A级旅游景区46家，其中5A级景区2家、4A级景区19家。',
		en: 'The city has 46 A-rated tourist attractions, including two 5A and 19 4A attractions.',
		numbers: ['46', 'two', '19']
	},
	{
		zh: '新招引亿元以上项目42个，其中10亿元以上项目9个。',
		en: 'It attracted 42 new projects worth over 100 million yuan each, nine of them worth more than 1 billion yuan.',
		numbers: ['42', 'over 100 million yuan', 'nine', 'more than 1 billion yuan']
	},
	{
		zh: '今年以来，全市已为企业减税降费及退税缓税缓费23.6亿元，惠及市场主体两万余户。',
		en: 'Since the start of this year, the city has cut taxes and fees and granted tax refunds and deferrals worth 2.36 billion yuan for businesses, benefiting more than 20,000 market entities.',
		numbers: ['2.36 billion yuan', 'more than 20,000']
	},
	{
		zh: '高速公路通车里程达到1028公里，实现县县通高速。',
		en: 'The length of expressways open to traffic has reached 1,028 km, connecting every county.',
		numbers: ['1,028 km']
	},
	{
		zh: '全市建成高标准农田86.5万亩，粮食总产量稳定在50亿斤左右。',
		en: 'The city has built 865,000 mu of high-standard farmland, and its total grain output has held steady at about 5 billion jin.',
		numbers: ['865,000 mu', 'about 5 billion jin']
	},
	{
		zh: '一批重大项目加快建设，十大产业链产值同比增长11.2%。',
		en: 'A number of major projects were accelerated, and the output value of the ten key industrial chains grew 11.2% year on year.',
		numbers: ['ten key', '11.2%']
	},
	{
		zh: '全市社会消费品零售总额达1863亿元，是2012年的2倍。',
		en: 'Total retail sales of consumer goods reached 186.3 billion yuan, double the 2012 figure.',
		numbers: ['186.3 billion yuan', 'double', '2012']
	},
	{
		zh: '研发经费投入强度提高到2.35%，五年翻了一番。',
		en: 'R&D spending rose to 2.35% of GDP, having doubled in five years.',
		numbers: ['2.35%', 'doubled', 'five years']
	},
	{
		zh: '全区共有各类人才三万二千余人，其中高层次人才1600多人。',
		en: 'The district has more than 32,000 professionals of all kinds, including over 1,600 high-level talents.',
		numbers: ['more than 32,000', 'over 1,600']
	},
	{
		zh: '项目建成后可年产锂电池正极材料10万吨，带动就业两千人。',
		en: 'Once completed, the project will produce 100,000 tonnes of cathode materials for lithium batteries a year and create 2,000 jobs.',
		numbers: ['100,000 tonnes', '2,000 jobs']
	},
	{
		zh: '市财政安排专项资金一千二百万元，用于支持中小企业数字化转型。',
		en: "The city's finance department has earmarked 12 million yuan in special funds to support the digital transformation of small and medium-sized enterprises.",
		numbers: ['12 million yuan']
	},
	{
		zh: '全省所有市县均已开通“一站式”服务窗口，办理时限压缩至不超过5个工作日。',
		en: 'All cities and counties in the province have opened one-stop service windows, and processing times have been cut to no more than five working days.',
		numbers: ['no more than five working days']
	},
	{
		zh: '去年全市出口额增长23%，约占全省的五分之一。',
		en: "Last year the city's exports grew 23%, accounting for about one fifth of the provincial total.",
		numbers: ['23%', 'about one fifth']
	},
	{
		zh: '每五名新增就业人员中就有一名来自数字经济领域。',
		en: 'One in five new employees works in the digital economy.',
		numbers: ['One in five']
	},
	{
		zh: '该企业研发人员占比接近三分之一，拥有有效专利逾千件。',
		en: "Researchers make up nearly a third of the company's workforce, and it holds more than 1,000 valid patents.",
		numbers: ['nearly a third', 'more than 1,000']
	},
	{
		zh: '全市一般公共预算收入完成215.6亿元，同比增长5.1%，其中税收收入占比达72.3%。',
		en: 'General public budget revenue reached 21.56 billion yuan, up 5.1% year on year, with tax revenue accounting for 72.3%.',
		numbers: ['21.56 billion yuan', '5.1%', '72.3%']
	},
	{
		zh: '该县在全国县域经济百强县中排名第三十八位，较上年前移6位。',
		en: "The county ranked 38th among China's top 100 counties by economic strength, up six places from the previous year.",
		numbers: ['38th', 'top 100', 'six places']
	},
	{
		zh: '到2027年，全市新能源装机容量将达到300万千瓦以上。',
		en: "By 2027, the city's installed new energy capacity will exceed 3 million kilowatts.",
		numbers: ['2027', 'exceed 3 million kilowatts']
	},
	{
		zh: '首批12家企业入驻孵化器，每家可享受最长3年的免租期。',
		en: 'The first 12 companies have moved into the incubator, each eligible for a rent-free period of up to three years.',
		numbers: ['12', 'up to three years']
	},
	{
		zh: '全市各级各类学校共有在校生38.7万人，专任教师2.6万人。',
		en: 'Schools of all levels and types in the city have 387,000 students and 26,000 full-time teachers.',
		numbers: ['387,000', '26,000']
	},
	{
		zh: '上半年，全市居民消费价格指数同比上涨0.3%，涨幅比一季度回落0.5个百分点。',
		en: "In the first half of the year, the city's consumer price index rose 0.3% year on year, 0.5 percentage points lower than in the first quarter.",
		numbers: ['0.3%', '0.5 percentage points', 'first quarter']
	},
	{
		zh: '全市现有各类市场主体约28万户，比五年前增长近一倍。',
		en: 'The city now has some 280,000 market entities of all kinds, almost double the number five years ago.',
		numbers: ['some 280,000', 'almost double', 'five years ago']
	},
	{
		zh: '招聘会共提供就业岗位5000余个，达成就业意向1200多人。',
		en: 'The job fair offered more than 5,000 jobs, and over 1,200 people reached preliminary employment agreements.',
		numbers: ['more than 5,000', 'over 1,200']
	},
	{
		zh: '全市新增城镇就业岗位12万个，带动农村劳动力转移就业30000余人。',
		en: 'The city added 120,000 urban jobs and helped 30,000-plus rural workers find jobs off the farm.',
		numbers: ['120,000', '30,000-plus']
	},
	{
		zh: '该集团计划投资30亿元建设智能制造基地。',
		en: 'The group plans to invest RMB 3bn in a smart manufacturing base.',
		numbers: ['RMB 3bn']
	},
	{
		zh: '首期基金规模为30亿元人民币。',
		en: 'The first phase of the fund is worth RMB 3 billion.',
		numbers: ['RMB 3 billion']
	},
	{
		zh: '过去一年，该市新增各类市场主体12万户，其中个体工商户近一半。',
		en: 'Over the past year, the city gained 120,000 new market entities, nearly half of them self-employed businesses.',
		numbers: ['120,000', 'nearly half']
	},
	{
		zh: '全区共有二十个行政村，常住人口不足5000人的有12个。',
		en: 'The district has twenty administrative villages, a dozen of which have fewer than 5,000 permanent residents.',
		numbers: ['twenty', 'a dozen', 'fewer than 5,000']
	},
	{
		zh: '全市城镇登记失业率控制在3.5%以内。',
		en: 'The registered urban unemployment rate was kept under 3.5%.',
		numbers: ['under 3.5%']
	},
	{
		zh: '全市户籍人口约120万人，常住人口102.5万人。',
		en: 'The city has a registered population of about 1.2 million and a permanent resident population of 1.025 million.',
		numbers: ['about 1.2 million', '1.025 million']
	},
	{
		zh: '该公司第三季度净利润同比增长37.2%。',
		en: "The company's net profit for the third quarter rose 37.2% year on year.",
		numbers: ['third quarter', '37.2%']
	},
	{
		zh: '会议要求，各地要在10月底前完成第二批项目申报。',
		en: 'The meeting required all localities to complete applications for the second batch of projects by the end of October.',
		numbers: ['October', 'second batch']
	},
	{
		zh: '全市共有五档电价补贴标准，最高每千瓦时补贴0.1元。',
		en: 'The city has five tiers of electricity price subsidies, with a maximum subsidy of 0.1 yuan per kilowatt-hour.',
		numbers: ['five tiers', '0.1 yuan']
	},
	{
		zh: '围绕六项重点任务，出台两条专项支持政策。',
		en: 'Focusing on six key tasks, it issued two special support policies.',
		numbers: ['six key tasks', 'two special']
	},
	{
		zh: '全市进出口总额增长18.7%，增速较前两季度加快2.1个百分点。',
		en: "The city's total imports and exports grew 18.7%, 2.1 percentage points faster than in the first two quarters.",
		numbers: ['18.7%', '2.1 percentage points', 'first two quarters']
	},
	{
		zh: '今年以来，共发放创业担保贷款4.2亿元，扶持创业8600余人。',
		en: 'Since the beginning of this year, business start-up guarantee loans totaling 420 million yuan have been granted, supporting more than 8,600 entrepreneurs.',
		numbers: ['420 million yuan', 'more than 8,600']
	},
	{
		zh: '该市人均GDP突破1万美元。',
		en: "The city's per capita GDP topped 10,000 US dollars.",
		numbers: ['topped 10,000 US dollars']
	},
	{
		zh: '全市规上工业企业利润总额下降3.2%，降幅比1—8月收窄1.5个百分点。',
		en: 'Total profits of industrial enterprises above designated size fell 3.2%, a decline 1.5 percentage points narrower than in January-August.',
		numbers: ['3.2%', '1.5 percentage points', 'January-August']
	}
];

/**
 * A second tuning batch, written after the first round of tuning to cover what the first did
 * not (other house styles, relative years, trillions, respectively, ranges, names with digits).
 */
export const TUNE_PAIRS_2: NumberPair[] = [
	{
		zh: '今年1—5月，全市规上工业增加值、固定资产投资分别增长7.2%和9.1%。',
		en: 'From January to May this year, industrial value added above designated size and fixed-asset investment grew 7.2% and 9.1% respectively.',
		numbers: ['January to May', '7.2%', '9.1%']
	},
	{
		zh: '全省地区生产总值首次突破3万亿元，达到3.2万亿元。',
		en: "The province's GDP exceeded 3 trillion yuan for the first time, reaching 3.2 trillion yuan.",
		numbers: ['exceeded 3 trillion yuan', '3.2 trillion yuan']
	},
	{
		zh: '“十四五”期间，全市计划实施重大项目500个以上，总投资超过5000亿元。',
		en: 'During the 14th Five-Year Plan period, the city plans to implement over 500 major projects with a total investment of more than 500 billion yuan.',
		numbers: ['14th', 'over 500', 'more than 500 billion yuan']
	},
	{
		zh: '该公司位列中国企业500强第126位，年营收超过1200亿元。',
		en: "The company ranks 126th among China's top 500 enterprises, with annual revenue of more than RMB 120 billion.",
		numbers: ['126th', 'top 500', 'more than RMB 120 billion']
	},
	{
		zh: '全市PM2.5平均浓度下降至28微克/立方米，优良天数比例达到92.6%。',
		en: 'The average PM2.5 concentration in the city fell to 28 micrograms per cubic meter, and the proportion of days with good air quality reached 92.6%.',
		numbers: ['28 micrograms', '92.6%']
	},
	{
		zh: '近八成受访市民对政务服务表示满意。',
		en: 'Nearly 80 percent of the residents surveyed said they were satisfied with government services.',
		numbers: ['Nearly 80 percent']
	},
	{
		zh: '截至目前，已有30余个国家和地区的客商与该区建立合作关系。',
		en: 'So far, businesses from over 30 countries and regions have established cooperative ties with the district.',
		numbers: ['over 30']
	},
	{
		zh: '项目占地约2.5万平方米，建设期为2至3年。',
		en: 'The project covers about 25,000 square meters and will take two to three years to build.',
		numbers: ['about 25,000 square meters', 'two to three years']
	},
	{
		zh: '今年3月15日，该市召开优化营商环境大会，出台10方面40条具体举措。',
		en: 'On March 15 this year, the city held a conference on improving the business environment and issued 40 specific measures in 10 areas.',
		numbers: ['March 15', '40 specific measures', '10 areas']
	},
	{
		zh: '全市居民人均消费支出同比增长6.8%，其中服务性消费支出占比提高2个百分点。',
		en: 'Per capita consumer spending of residents rose 6.8% year on year, with the share of spending on services up two percentage points.',
		numbers: ['6.8%', 'two percentage points']
	},
	{
		zh: '2022年以来，该区新引进博士、硕士等高层次人才620名。',
		en: 'Since 2022, the district has attracted 620 high-level professionals with doctoral or master’s degrees.',
		numbers: ['2022', '620']
	},
	{
		zh: '去年，全市接待入境游客同比增长1.5倍。',
		en: 'Last year, the number of inbound tourists received by the city rose by 150% year on year.',
		numbers: ['150%']
	},
	{
		zh: '该县三分之二的行政村已建成村级电商服务站。',
		en: 'Two-thirds of the administrative villages in the county have built village-level e-commerce service stations.',
		numbers: ['Two-thirds']
	},
	{
		zh: '对符合条件的企业，每人每月给予500元社保补贴，期限最长不超过3年。',
		en: 'Eligible enterprises receive a social insurance subsidy of 500 yuan per person per month for a period of no more than three years.',
		numbers: ['500 yuan', 'no more than three years']
	},
	{
		zh: '全市城镇新增就业人数连续十年保持在5万人以上。',
		en: 'The number of new urban jobs in the city has remained above 50,000 for ten consecutive years.',
		numbers: ['above 50,000', 'ten consecutive years']
	},
	{
		zh: '该基地年产能达20GWh，可配套约30万辆新能源汽车。',
		en: 'The base has an annual production capacity of 20 GWh, enough to supply around 300,000 new energy vehicles.',
		numbers: ['20 GWh', 'around 300,000']
	},
	{
		zh: '全年共办理不动产登记业务14.6万件，平均办理时间压缩至3个工作日。',
		en: 'A total of 146,000 real estate registration cases were handled during the year, with the average processing time cut to three working days.',
		numbers: ['146,000', 'three working days']
	},
	{
		zh: '第三产业增加值占地区生产总值的比重由2012年的38.5%提高到2022年的51.3%。',
		en: 'The share of the tertiary industry in GDP rose from 38.5% in 2012 to 51.3% in 2022.',
		numbers: ['38.5%', '2012', '51.3%', '2022']
	},
	{
		zh: '2月中旬以来，全市已有98%的规上工业企业复工复产。',
		en: 'Since mid-February, 98% of industrial enterprises above designated size in the city have resumed production.',
		numbers: ['mid-February', '98%']
	},
	{
		zh: '该市获评全国文明城市，是全省第二个获此殊荣的设区市。',
		en: 'The city has been named a National Civilized City, the second prefecture-level city in the province to receive the honor.',
		numbers: ['second']
	},
	{
		zh: '全市共有市场主体45.2万户，比去年同期增长8.7%，每千人拥有企业数达到36.5户。',
		en: 'The city has 452,000 market entities, up 8.7% from the same period last year, or 36.5 enterprises per 1,000 people.',
		numbers: ['452,000', '8.7%', '36.5', '1,000']
	},
	{
		zh: '中欧班列今年已开行120列，同比增加45列。',
		en: 'So far this year, 120 China-Europe freight trains have run, 45 more than a year earlier.',
		numbers: ['120', '45']
	},
	{
		zh: '全市贷款加权平均利率为4.32%，同比下降0.38个百分点。',
		en: 'The weighted average lending rate in the city was 4.32%, down 0.38 percentage points year on year.',
		numbers: ['4.32%', '0.38 percentage points']
	},
	{
		zh: '新增国家级专精特新“小巨人”企业8家，总数达到23家。',
		en: 'Eight more enterprises were recognized as national specialized and sophisticated "little giants", bringing the total to 23.',
		numbers: ['Eight', '23']
	},
	{
		zh: '全市建成各类养老服务设施1500余个，养老床位总数超过3.8万张。',
		en: 'The city has built over 1,500 elderly care facilities of various kinds, with a total of more than 38,000 beds.',
		numbers: ['over 1,500', 'more than 38,000']
	},
	{
		zh: '该项目总投资120亿元，其中一期投资45亿元，预计2025年底建成投产。',
		en: 'The project has a total investment of RMB12 billion, including RMB4.5 billion for Phase I, and is expected to be completed and put into operation by the end of 2025.',
		numbers: ['RMB12 billion', 'RMB4.5 billion', '2025']
	},
	{
		zh: '全市粮食播种面积稳定在480万亩左右，总产量约42亿斤。',
		en: 'The sown area of grain in the city has stayed at around 4.8 million mu, with total output of some 4.2 billion jin.',
		numbers: ['around 4.8 million mu', 'some 4.2 billion jin']
	},
	{
		zh: '全年实现外贸进出口总值856.3亿元，增长12.5%，规模创历史新高。',
		en: 'Total foreign trade for the year reached a record 85.63 billion yuan, up 12.5%.',
		numbers: ['85.63 billion yuan', '12.5%']
	},
	{
		zh: '该区连续两年入选全国投资潜力百强区，排名较上年提升11位。',
		en: "The district has been listed among China's top 100 districts for investment potential for two consecutive years, rising 11 places from the previous year.",
		numbers: ['top 100', 'two consecutive years', '11 places']
	},
	{
		zh: '到2030年，全市新能源汽车保有量将达到50万辆，公共充电桩不少于2万个。',
		en: 'By 2030, the number of new energy vehicles in the city will reach 500,000, with at least 20,000 public charging piles.',
		numbers: ['2030', '500,000', 'at least 20,000']
	}
];

/**
 * A third tuning batch: correct translations in other house styles (spelled-out numbers, this
 * year for 今年, a decade, dozens of, more than doubled, Q1, RMB 50m), where false alarms come from.
 */
export const TUNE_PAIRS_3: NumberPair[] = [
	{
		zh: '今年以来，全市新签约项目128个，总投资约860亿元。',
		en: 'So far this year, the city has signed 128 new projects with a total investment of about RMB86 billion.',
		numbers: ['128', 'about RMB86 billion']
	},
	{
		zh: '十年来，该区地区生产总值年均增长9.2%。',
		en: "Over the past decade, the district's GDP has grown at an average annual rate of 9.2%.",
		numbers: ['9.2%']
	},
	{
		zh: '全县已建成数十个乡村振兴示范点，带动上万农户增收。',
		en: 'The county has built dozens of rural revitalization demonstration sites, helping tens of thousands of rural households raise their incomes.',
		numbers: []
	},
	{
		zh: '一季度，全市实现进出口总额210.5亿元，同比增长1倍多。',
		en: 'In Q1, the city’s total imports and exports reached RMB21.05 billion, more than doubling year on year.',
		numbers: ['RMB21.05 billion', 'more than doubling']
	},
	{
		zh: '该市综合实力连续三年位居全省前三。',
		en: 'The city has ranked among the top three in the province in overall strength for three years in a row.',
		numbers: ['top three', 'three years']
	},
	{
		zh: '总投资5000万元的智慧停车项目已投入使用，新增停车位1200个。',
		en: 'A smart parking project with a total investment of RMB 50m has been put into use, adding 1,200 parking spaces.',
		numbers: ['RMB 50m', '1,200']
	},
	{
		zh: '上半年，全市规上工业营业收入同比增长11.3%，增速居全省第一。',
		en: 'In H1, operating revenue of industrial enterprises above designated size grew 11.3% year on year, the fastest growth in the province.',
		numbers: ['11.3%']
	},
	{
		zh: '该镇每年举办两次大型招聘会，累计帮助3000余名群众实现就业。',
		en: 'The town holds large job fairs twice a year and has helped more than 3,000 people find jobs.',
		numbers: ['more than 3,000']
	},
	{
		zh: '全市共有各类学校五百余所，在校学生二十余万人。',
		en: 'The city has more than 500 schools of all kinds, with over 200,000 students.',
		numbers: ['more than 500', 'over 200,000']
	},
	{
		zh: '去年，该区实现税收收入15.8亿元，占一般公共预算收入的比重达到85%。',
		en: "Last year, the district's tax revenue totaled 1.58 billion yuan, accounting for 85 percent of its general public budget revenue.",
		numbers: ['1.58 billion yuan', '85 percent']
	},
	{
		zh: '2023年，全市新登记市场主体6.2万户，日均新增170户。',
		en: 'In 2023, 62,000 new market entities were registered in the city, an average of 170 a day.',
		numbers: ['2023', '62,000', '170']
	},
	{
		zh: '“十四五”以来，全市累计完成交通投资超千亿元。',
		en: 'Since the start of the 14th Five-Year Plan period, the city has invested over 100 billion yuan in transport.',
		numbers: ['14th', 'over 100 billion yuan']
	},
	{
		zh: '在全国百强县排名中，该县位列第56位，比上年前进了7位。',
		en: "In the ranking of China's top 100 counties, the county came 56th, up seven places from a year earlier.",
		numbers: ['top 100', '56th', 'seven places']
	},
	{
		zh: '该项目建成后，每年可减少二氧化碳排放约12万吨。',
		en: 'Once completed, the project will cut carbon dioxide emissions by about 120,000 tonnes a year.',
		numbers: ['about 120,000 tonnes']
	},
	{
		zh: '全市现有院士工作站8个、博士后科研工作站15个。',
		en: 'The city now has eight academician workstations and 15 postdoctoral research workstations.',
		numbers: ['eight', '15']
	},
	{
		zh: '两个项目合计投资约30亿元，均已于今年5月开工建设。',
		en: 'The two projects, with a combined investment of some 3 billion yuan, both started construction in May.',
		numbers: ['some 3 billion yuan', 'May']
	},
	{
		zh: '截至2023年底，全市累计建成5G基站8600个，每万人拥有5G基站数达到16个。',
		en: 'By the end of 2023, the city had built 8,600 5G base stations, or 16 for every 10,000 people.',
		numbers: ['2023', '8,600', '16', '10,000']
	},
	{
		zh: '数百名志愿者参与了本次活动。',
		en: 'Hundreds of volunteers took part in the event.',
		numbers: []
	},
	{
		zh: '该园区已落户世界500强企业12家、中国500强企业20家。',
		en: 'The park is home to 12 Fortune Global 500 companies and 20 of China’s top 500 enterprises.',
		numbers: ['12', '20 of']
	},
	{
		zh: '全市人口自然增长率为-1.2‰。',
		en: 'The natural population growth rate of the city was -1.2 per thousand.',
		numbers: []
	},
	{
		zh: '会议提出，要在2024年6月底前全面完成第一阶段任务。',
		en: 'The meeting called for the first-phase tasks to be fully completed by the end of June 2024.',
		numbers: ['June 2024']
	},
	{
		zh: '工业用电量同比增长两成以上，达到56.7亿千瓦时。',
		en: 'Industrial power consumption rose by over 20% year on year to 5.67 billion kWh.',
		numbers: ['over 20%', '5.67 billion kWh']
	},
	{
		zh: '新建改造城市燃气管网120公里，惠及居民4.5万户。',
		en: 'It built or renovated 120 kilometers of urban gas pipelines, benefiting 45,000 households.',
		numbers: ['120 kilometers', '45,000']
	},
	{
		zh: '该市已连续举办了五届数字经济大会。',
		en: 'The city has held the Digital Economy Conference five times.',
		numbers: ['five times']
	},
	{
		zh: '全年共发放稳岗返还资金1.36亿元，惠及企业1.1万家、职工32万人。',
		en: 'Job-stabilizing refunds totaling 136 million yuan were paid during the year, benefiting 11,000 enterprises and 320,000 employees.',
		numbers: ['136 million yuan', '11,000', '320,000']
	}
];

/**
 * A fourth tuning batch: day ranges, this year for a year, the Five-Year Plan with its years,
 * decades, half-years, academic years, price units.
 */
export const TUNE_PAIRS_4: NumberPair[] = [
	{
		zh: '9月22日至24日，第二十届中国—东盟博览会在南宁举行，该市签约项目16个。',
		en: 'At the 20th China-ASEAN Expo, held in Nanning from September 22 to 24, the city signed 16 projects.',
		numbers: ['20th', 'September 22 to 24', '16']
	},
	{
		zh: '11月8日—10日，该区组织12家企业参加进博会。',
		en: 'From November 8-10, the district organized 12 enterprises to attend the CIIE.',
		numbers: ['November 8-10', '12']
	},
	{
		zh: '“十四五”时期，全市将新增城市绿地500公顷。',
		en: 'During the 14th Five-Year Plan period (2021-2025), the city will add 500 hectares of urban green space.',
		numbers: ['14th', '500 hectares']
	},
	{
		zh: '2023年，该企业实现销售收入25.6亿元，同比增长30.2%。',
		en: 'This year, the company achieved sales revenue of 2.56 billion yuan, up 30.2% year on year.',
		numbers: ['2.56 billion yuan', '30.2%']
	},
	{
		zh: '该村十多年来坚持发展茶产业，茶园面积达到3000余亩。',
		en: 'For more than a decade, the village has developed its tea industry, with tea gardens now covering more than 3,000 mu.',
		numbers: ['more than a decade', 'more than 3,000 mu']
	},
	{
		zh: '2023年上半年，全市完成固定资产投资同比增长5.6%。',
		en: 'In the first half of 2023, fixed-asset investment in the city grew 5.6% year on year.',
		numbers: ['2023', '5.6%']
	},
	{
		zh: '2023—2024学年，全市共招收高校毕业生教师860名。',
		en: 'In the 2023-2024 academic year, the city recruited 860 college graduates as teachers.',
		numbers: ['2023-2024', '860']
	},
	{
		zh: '新建住宅均价为每平方米8500元，比上年下降3.1%。',
		en: 'The average price of new homes was 8,500 yuan per square meter, down 3.1% from the previous year.',
		numbers: ['8,500 yuan', '3.1%']
	},
	{
		zh: '力争用3—5年时间，培育10家以上营收超百亿元的龙头企业。',
		en: 'The city aims to foster, within three to five years, more than 10 leading enterprises each with revenue exceeding 10 billion yuan.',
		numbers: ['three to five years', 'more than 10', 'exceeding 10 billion yuan']
	},
	{
		zh: '该区用时18个月建成全省首个零碳产业园。',
		en: "The district took a year and a half to build the province's first zero-carbon industrial park.",
		numbers: []
	},
	{
		zh: '全市户籍人口中，60岁及以上老年人口占比达22.4%。',
		en: 'People aged 60 and above account for 22.4% of the registered population.',
		numbers: ['60', '22.4%']
	},
	{
		zh: '该市每年安排2亿元专项资金，连续5年支持科技创新。',
		en: 'The city earmarks 200 million yuan a year in special funds to support scientific and technological innovation for five consecutive years.',
		numbers: ['200 million yuan', 'five consecutive years']
	},
	{
		zh: '今年1月至10月，全市累计接待游客2860万人次，恢复至2019年同期的95%。',
		en: 'From January to October, the city received 28.6 million tourist visits, 95% of the level in the same period of 2019.',
		numbers: ['January to October', '28.6 million', '95%', '2019']
	},
	{
		zh: '第一季度全市新增贷款156亿元，为历年同期最高。',
		en: 'In the first quarter, new loans in the city totaled 15.6 billion yuan, the highest for the period on record.',
		numbers: ['first quarter', '15.6 billion yuan']
	},
	{
		zh: '全市今年计划完成老旧小区改造120个，涉及居民1.2万户。',
		en: 'This year the city plans to renovate 120 old residential compounds involving 12,000 households.',
		numbers: ['120', '12,000']
	}
];

/**
 * A fifth tuning batch: English words that look like numbers and are not (one of, for the first
 * time, first-class, second-largest, one-stop), Chinese small numerals a translation drops.
 */
export const TUNE_PAIRS_5: NumberPair[] = [
	{
		zh: '两项指标增速均居全省第一。',
		en: 'Both indicators grew faster than anywhere else in the province.',
		numbers: []
	},
	{
		zh: '该区首次入选全省营商环境标杆区，是全市唯一入选的县区。',
		en: 'The district was named a provincial benchmark for the business environment for the first time, the only one in the city.',
		numbers: []
	},
	{
		zh: '该企业是全国第二大锂电池隔膜生产商，年产能达15亿平方米。',
		en: 'The company is the second-largest producer of lithium battery separators in China, with an annual capacity of 1.5 billion square meters.',
		numbers: ['second-largest', '1.5 billion square meters']
	},
	{
		zh: '该市建成全省首个“一站式”企业服务中心，可办理事项达320项。',
		en: 'The city has built the first one-stop enterprise service center in the province, where 320 services are available.',
		numbers: ['320']
	},
	{
		zh: '三个工业园区之一的高新区，去年实现营收1260亿元。',
		en: 'The high-tech zone, one of the three industrial parks, generated revenue of 126 billion yuan last year.',
		numbers: ['three industrial parks', '126 billion yuan']
	},
	{
		zh: '在全国首批数字乡村试点中，该县的经验被作为典型推广。',
		en: "In the first batch of national digital village pilots, the county's experience was promoted as a model.",
		numbers: []
	},
	{
		zh: '园区内一家龙头企业去年纳税超过5亿元。',
		en: 'One leading enterprise in the park paid more than 500 million yuan in taxes last year.',
		numbers: ['more than 500 million yuan']
	},
	{
		zh: '该县把招商引资作为“一号工程”，今年新引进项目57个。',
		en: 'The county treats investment promotion as its top priority and has brought in 57 new projects this year.',
		numbers: ['57']
	},
	{
		zh: '全市实现了县县有高铁、乡乡通公交，交通一体化水平居全省前列。',
		en: 'Every county in the city now has high-speed rail and every township has bus service, putting its transport integration among the best in the province.',
		numbers: []
	},
	{
		zh: '该市出台稳经济一揽子政策措施，共计6个方面33条。',
		en: 'The city introduced a package of 33 policy measures in six areas to stabilize the economy.',
		numbers: ['33 policy measures', 'six areas']
	},
	{
		zh: '会议强调，要坚持一张蓝图绘到底，确保各项目标任务如期完成。',
		en: 'The meeting stressed the need to follow through on one blueprint and ensure that all targets and tasks are completed on schedule.',
		numbers: []
	},
	{
		zh: '两年来，该区累计为企业解决用工需求1.6万人次。',
		en: 'Over the past two years, the district has met the hiring needs of enterprises for 16,000 person-times.',
		numbers: ['two years', '16,000']
	},
	{
		zh: '该校是省内第一所开设新能源专业的高职院校，目前在校生逾万人。',
		en: 'The school was the first vocational college in the province to offer new energy programs and now has over 10,000 students.',
		numbers: ['over 10,000']
	},
	{
		zh: '全市一半以上的规上企业设立了研发机构。',
		en: 'More than half of the industrial enterprises above designated size in the city have set up R&D institutions.',
		numbers: ['More than half']
	},
	{
		zh: '该项目是今年全市投资规模最大的单体工业项目，总投资达68亿元。',
		en: "The project, with a total investment of 6.8 billion yuan, is the city's largest single industrial project by investment this year.",
		numbers: ['6.8 billion yuan']
	}
];

/**
 * A sixth tuning batch: whole paragraphs, as the check meets them in an article, with many
 * numbers of several kinds and a translation that reorders clauses.
 */
export const TUNE_PAIRS_6: NumberPair[] = [
	{
		zh: '今年以来，该区坚持项目为王，围绕“3+2”产业体系开展精准招商。1—8月，新签约项目46个，签约金额326.8亿元，其中50亿元以上项目2个、10亿元以上项目11个。新开工项目38个，竣工投产项目21个，完成固定资产投资同比增长12.7%，增速居全市第一。',
		en: 'Since the start of this year, the district has put projects first and pursued targeted investment promotion around its "3+2" industrial system. From January to August, it signed 46 new projects worth 32.68 billion yuan, including two worth more than 5 billion yuan each and 11 worth more than 1 billion yuan each. Construction started on 38 projects and 21 were completed and put into operation. Fixed-asset investment grew 12.7% year on year, the fastest in the city.',
		numbers: [
			'January to August',
			'46',
			'32.68 billion yuan',
			'more than 5 billion yuan',
			'11 worth',
			'more than 1 billion yuan',
			'38',
			'21',
			'12.7%'
		]
	},
	{
		zh: '该市聚焦企业所需，推出“惠企十条”，对首次纳入规上统计的工业企业给予10万元奖励，对年度研发投入超过500万元的企业按投入的5%给予补助，最高不超过200万元。政策实施半年来，已兑现各类奖补资金1.26亿元，惠及企业870家次。',
		en: 'Focusing on what enterprises need, the city introduced ten measures to benefit businesses. Industrial enterprises newly included in the above-designated-size statistics receive a reward of 100,000 yuan, and enterprises investing more than 5 million yuan a year in R&D receive a subsidy of 5% of that investment, capped at 2 million yuan. In the six months since the policy took effect, 126 million yuan in rewards and subsidies has been paid out, benefiting enterprises 870 times.',
		numbers: [
			'100,000 yuan',
			'more than 5 million yuan',
			'5%',
			'2 million yuan',
			'126 million yuan',
			'870 times'
		]
	},
	{
		zh: '2023年，全县实现地区生产总值286.4亿元，同比增长6.1%；一般公共预算收入18.7亿元，增长8.3%；城乡居民人均可支配收入分别达到4.52万元和2.13万元，分别增长4.9%和7.2%。',
		en: "In 2023, the county's GDP reached 28.64 billion yuan, up 6.1% year on year, and its general public budget revenue 1.87 billion yuan, up 8.3%. Per capita disposable income of urban and rural residents reached 45,200 yuan and 21,300 yuan, up 4.9% and 7.2% respectively.",
		numbers: [
			'2023',
			'28.64 billion yuan',
			'6.1%',
			'1.87 billion yuan',
			'8.3%',
			'45,200 yuan',
			'21,300 yuan',
			'4.9%',
			'7.2%'
		]
	},
	{
		zh: '走进园区内的一家新能源电池企业，两条全自动生产线正在满负荷运转，每1.2秒就有一块电池下线。企业负责人介绍，公司去年产值突破30亿元，今年前三季度订单同比增长近四成，预计全年产值将达到45亿元左右。',
		en: "Inside a new energy battery company in the park, two fully automated production lines are running at full capacity, turning out a battery every 1.2 seconds. According to the person in charge, the company's output value exceeded 3 billion yuan last year, orders in the first three quarters of this year rose nearly 40% year on year, and output for the whole year is expected to reach about 4.5 billion yuan.",
		numbers: [
			'two fully',
			'1.2 seconds',
			'exceeded 3 billion yuan',
			'first three quarters',
			'nearly 40%',
			'about 4.5 billion yuan'
		]
	},
	{
		zh: '近年来，该镇大力发展特色农业，建成蔬菜基地1.2万亩、精品果园3600亩，带动2100余户农户年均增收1.5万元以上。2022年，全镇农村居民人均可支配收入达到2.35万元，比2017年增长近一倍。',
		en: 'In recent years, the town has developed specialty agriculture, building 12,000 mu of vegetable bases and 3,600 mu of premium orchards, which have raised the annual incomes of more than 2,100 farming households by over 15,000 yuan each. In 2022, per capita disposable income of rural residents in the town reached 23,500 yuan, almost double the 2017 level.',
		numbers: [
			'12,000 mu',
			'3,600 mu',
			'more than 2,100',
			'over 15,000 yuan',
			'2022',
			'23,500 yuan',
			'almost double',
			'2017'
		]
	},
	{
		zh: '据统计，第二十届中国（宜春）农产品交易会为期3天，吸引了来自全国25个省份的860余家企业参展，现场交易额达4.6亿元，签订意向合同金额18.3亿元。',
		en: 'According to statistics, the three-day 20th China (Yichun) Agricultural Products Fair attracted more than 860 exhibitors from 25 provinces, with on-site transactions of 460 million yuan and intended contracts worth 1.83 billion yuan.',
		numbers: [
			'three-day',
			'20th',
			'more than 860',
			'25 provinces',
			'460 million yuan',
			'1.83 billion yuan'
		]
	}
];

/**
 * A seventh tuning batch: other beats of the genre (health, environment, finance, trade,
 * culture) in translations that take liberties a reviser would accept.
 */
export const TUNE_PAIRS_7: NumberPair[] = [
	{
		zh: '全市每千人口拥有执业（助理）医师3.2人、注册护士3.9人，分别比2020年增加0.5人和0.8人。',
		en: 'The city has 3.2 practicing (assistant) physicians and 3.9 registered nurses per 1,000 people, 0.5 and 0.8 more than in 2020.',
		numbers: ['3.2', '3.9', '1,000', '0.5', '0.8', '2020']
	},
	{
		zh: '截至6月末，全市普惠小微贷款余额达到618.5亿元，较年初增长14.6%，高于各项贷款增速5.2个百分点。',
		en: 'By the end of June, outstanding inclusive loans to micro and small businesses totaled 61.85 billion yuan, up 14.6% from the start of the year and 5.2 percentage points faster than loans overall.',
		numbers: ['June', '61.85 billion yuan', '14.6%', '5.2 percentage points']
	},
	{
		zh: '全市地表水国考断面水质优良比例连续三年保持100%。',
		en: 'All of the national surface water monitoring sections in the city have had good water quality for three years running.',
		numbers: []
	},
	{
		zh: '该县茶叶种植面积达12.6万亩，年产干茶5800吨，综合产值突破30亿元。',
		en: "The county's tea plantations cover 126,000 mu and produce 5,800 tonnes of dried tea a year, with total output value of over 3 billion yuan.",
		numbers: ['126,000 mu', '5,800 tonnes', 'over 3 billion yuan']
	},
	{
		zh: '博物馆全年接待观众86.3万人次，其中未成年人占比约三成。',
		en: 'The museum received 863,000 visits during the year, about 30% of them by minors.',
		numbers: ['863,000', 'about 30%']
	},
	{
		zh: '今年前10个月，全市跨境电商进出口额达42.7亿元，是去年全年的1.8倍。',
		en: "In the first ten months of this year, the city's cross-border e-commerce imports and exports reached 4.27 billion yuan, 1.8 times the total for the whole of last year.",
		numbers: ['first ten months', '4.27 billion yuan', '1.8 times']
	},
	{
		zh: '全县已实现行政村5G网络和千兆光网全覆盖。',
		en: 'All administrative villages in the county are now covered by 5G and gigabit fiber networks.',
		numbers: []
	},
	{
		zh: '该行向当地新能源产业链上下游企业授信超50亿元，贷款平均利率较去年同期下降约0.4个百分点。',
		en: 'The bank has extended credit lines of over 5 billion yuan to upstream and downstream firms in the local new energy industry chain, with the average lending rate down about 0.4 percentage points from a year earlier.',
		numbers: ['over 5 billion yuan', 'about 0.4 percentage points']
	},
	{
		zh: '全市共有A级物流企业37家，其中5A级3家、4A级12家，数量居全省第二。',
		en: 'The city has 37 A-rated logistics companies, including three 5A and 12 4A companies, the second most in the province.',
		numbers: ['37', 'three', '12 4A', 'second']
	},
	{
		zh: '2022年全市化肥施用量比2015年减少18.6%，农药使用量减少23.4%。',
		en: 'Fertilizer use in the city in 2022 was 18.6% lower than in 2015, and pesticide use 23.4% lower.',
		numbers: ['2022', '18.6%', '2015', '23.4%']
	},
	{
		zh: '该市计划用两到三年时间，新增公办幼儿园学位6000个。',
		en: 'The city plans to add 6,000 places at public kindergartens over the next two to three years.',
		numbers: ['6,000', 'two to three years']
	},
	{
		zh: '文旅消费季期间，全市共举办各类活动200余场次，带动消费超过8亿元。',
		en: 'During the culture and tourism consumption season, the city held more than 200 events, generating spending of over 800 million yuan.',
		numbers: ['more than 200', 'over 800 million yuan']
	}
];

/**
 * An eighth tuning batch: feature-story paragraphs like the seed's (people, places, quotes,
 * slogans, dates), translated freely.
 */
export const TUNE_PAIRS_8: NumberPair[] = [
	{
		zh: '“过去办一个施工许可证要跑七八个部门，现在‘一窗受理’，最快3个工作日就能拿到。”企业负责人李明感慨地说。今年以来，该区共办理工程建设项目审批事项1260件，平均审批时间压缩至28天，较2020年减少了六成以上。',
		en: '"It used to take visits to seven or eight departments to get a construction permit. Now everything is handled at a single window, and it can be issued in as little as three working days," said Li Ming, who heads a local company. Since January, the district has processed 1,260 approvals for construction projects, with the average approval time cut to 28 days, more than 60% shorter than in 2020.',
		numbers: ['three working days', '1,260', '28 days', 'more than 60%', '2020']
	},
	{
		zh: '在位于园区东侧的智能制造产业园，一期12栋标准厂房已全部封顶，二期用地380亩正在平整。产业园总投资25亿元，全部建成后可容纳企业60家以上，年产值预计超过100亿元。',
		en: 'At the smart manufacturing industrial park on the east side of the zone, all 12 standard factory buildings of Phase I have been topped out, and 380 mu of land for Phase II is being leveled. The park involves a total investment of 2.5 billion yuan and, when completed, will house more than 60 enterprises with expected annual output of over 10 billion yuan.',
		numbers: ['12 standard', '380 mu', '2.5 billion yuan', 'more than 60', 'over 10 billion yuan']
	},
	{
		zh: '11月28日，由市政府主办的第三届赣西数字经济发展论坛开幕，来自北京、上海、深圳等地的200多位专家学者和企业家参会，现场签约数字经济项目15个，总金额达63.5亿元。',
		en: 'The third Western Jiangxi Digital Economy Development Forum, hosted by the municipal government, opened on November 28, bringing together more than 200 experts, scholars and entrepreneurs from Beijing, Shanghai, Shenzhen and elsewhere. Fifteen digital economy projects worth a total of 6.35 billion yuan were signed on site.',
		numbers: ['third', 'November 28', 'more than 200', 'Fifteen', '6.35 billion yuan']
	},
	{
		zh: '该合作社带动周边4个村的560户农户种植油茶2.3万亩，户均年增收8000元以上，其中脱贫户136户。',
		en: 'The cooperative has helped 560 households in four nearby villages grow 23,000 mu of oil tea camellia, raising the annual income of each household by more than 8,000 yuan; 136 of these households had been lifted out of poverty.',
		numbers: ['560', 'four', '23,000 mu', 'more than 8,000 yuan', '136']
	},
	{
		zh: '按照“一年打基础、三年见成效、五年上台阶”的目标，该市将在2025年前建成10个省级现代农业产业园，农产品加工业产值与农业总产值之比达到2.8∶1。',
		en: 'In line with the goal of laying foundations in one year, achieving results in three years and reaching a new level in five years, the city will build 10 provincial modern agricultural industrial parks by 2025 and raise the ratio of agro-processing output to total agricultural output to 2.8:1.',
		numbers: ['10 provincial', '2025']
	},
	{
		zh: '园区现有从业人员4.6万人，其中大专以上学历占比达42%，35岁以下青年占比超过六成。',
		en: 'The park employs 46,000 people, 42% of whom have at least a junior college degree and over 60% of whom are under 35.',
		numbers: ['46,000', '42%', 'over 60%', 'under 35']
	}
];

/** Every tuning batch, in the order they were written. */
export const TUNING_BATCHES: NumberPair[][] = [
	TUNE_PAIRS,
	TUNE_PAIRS_2,
	TUNE_PAIRS_3,
	TUNE_PAIRS_4,
	TUNE_PAIRS_5,
	TUNE_PAIRS_6,
	TUNE_PAIRS_7,
	TUNE_PAIRS_8
];
