/**
 * Third set of the number check's own material (issue 11): pairs written to cover the number
 * wordings the earlier batches lack — bounds in every wording on both sides (不低于/不少于/至少/
 * 以上/逾/超过/突破/近/约/左右/以内/以下/不超过/最高; at least, no less than, more than, over,
 * nearly, about, up to, under, no more than, within), 成 as tenths, compound and vague
 * numerals (千余, 上百, 数十, 十几, 个把), multiples (翻一番, 翻两番, 增长1.5倍 vs 是…的2.5倍),
 * fractions, ranks and ordinals, years beside counts, dates and month ranges, 万/亿 as
 * million/billion with decimals, 两/俩, 同比 changes.
 *
 * All 72 pairs were written before the check was run on any of them, and split by a fixed rule
 * before the first run: even positions are for tuning, odd positions are held out (never looked
 * at pair by pair; `bench/numbers.ts` prints only their totals).
 */
import type { NumberPair } from './pair.ts';

const WORDINGS_PAIRS: NumberPair[] = [
	{
		zh: '全县茶园面积稳定在30万亩以上，茶叶年产量不低于1.2万吨。',
		en: "The county's tea gardens have stayed above 300,000 mu, with annual tea output of no less than 12,000 tonnes.",
		numbers: ['above 300,000 mu', 'no less than 12,000 tonnes']
	},
	{
		zh: '今年以来，全市新签约亿元以上项目不少于80个，总投资超过600亿元。',
		en: 'Since the start of the year, the city has signed no fewer than 80 projects worth 100 million yuan or more each, with total investment of more than 60 billion yuan.',
		numbers: ['no fewer than 80', '100 million yuan or more', 'more than 60 billion yuan']
	},
	{
		zh: '该区至少每季度召开一次政企座谈会，每次邀请企业不少于20家。',
		en: 'The district holds a government-business symposium at least once a quarter, inviting no fewer than 20 companies each time.',
		numbers: ['at least once', 'no fewer than 20']
	},
	{
		zh: '2023年，全省外贸进出口总值突破5000亿元，达5210.7亿元，同比增长3.4%。',
		en: "In 2023, the province's total foreign trade passed 500 billion yuan to reach 521.07 billion yuan, up 3.4% year on year.",
		numbers: ['2023', 'passed 500 billion yuan', '521.07 billion yuan', '3.4%']
	},
	{
		zh: '园区现有从业人员近3万人，其中研发人员逾4000人。',
		en: 'The park employs nearly 30,000 people, of whom more than 4,000 work in research and development.',
		numbers: ['nearly 30,000', 'more than 4,000']
	},
	{
		zh: '全市日均客流约12万人次，高峰时段列车间隔压缩至5分钟以内。',
		en: 'The city handles about 120,000 passenger trips a day, with peak-hour train intervals cut to within five minutes.',
		numbers: ['about 120,000', 'within five minutes']
	},
	{
		zh: '对年纳税额首次超过1000万元的企业，给予最高50万元奖励。',
		en: 'Companies whose annual tax payment exceeds 10 million yuan for the first time will receive a reward of up to 500,000 yuan.',
		numbers: ['exceeds 10 million yuan', 'up to 500,000 yuan']
	},
	{
		zh: '贷款额度不超过300万元，期限一般在3年以下。',
		en: 'Loans are for no more than 3 million yuan, generally with terms of under three years.',
		numbers: ['no more than 3 million yuan', 'under three years']
	},
	{
		zh: '全市规上工业企业营业收入利润率为6.8%，比上年提高0.9个百分点。',
		en: "The profit margin on operating revenue of the city's industrial enterprises above designated size was 6.8%, up 0.9 percentage points from the previous year.",
		numbers: ['6.8%', '0.9 percentage points']
	},
	{
		zh: '农产品网络零售额增长1.5倍，是2020年的2.5倍。',
		en: 'Online retail sales of farm produce grew by 150%, reaching 2.5 times the 2020 level.',
		numbers: ['150%', '2.5 times', '2020']
	},
	{
		zh: '到2025年，全市数字经济核心产业增加值占GDP比重翻一番。',
		en: "By 2025, the share of core digital economy industries in the city's GDP will double.",
		numbers: ['2025', 'double']
	},
	{
		zh: '十年来，全县农民人均收入翻了两番。',
		en: "Over the past decade, per capita income of the county's farmers has quadrupled.",
		numbers: ['quadrupled']
	},
	{
		zh: '全市三分之一的村集体经济年收入超过50万元。',
		en: "One third of the city's villages have collective income of more than 500,000 yuan a year.",
		numbers: ['One third', 'more than 500,000 yuan']
	},
	{
		zh: '该企业产品国内市场占有率居全国第二，出口量连续三年位列全省首位。',
		en: "The company's products rank second in the national market by share, and its exports have led the province for three consecutive years.",
		numbers: ['rank second', 'three consecutive years']
	},
	{
		zh: '村里俩合作社去年共分红36万元。',
		en: "The village's two cooperatives paid out a total of 360,000 yuan in dividends last year.",
		numbers: ['two cooperatives', '360,000 yuan']
	},
	{
		zh: '该镇共有两个省级特色小镇、五个市级美丽乡村示范点。',
		en: 'The town has two provincial-level distinctive towns and five municipal model beautiful villages.',
		numbers: ['two', 'five']
	},
	{
		zh: '项目审批时间从过去的个把月缩短到5个工作日。',
		en: 'Project approval, which used to take a month or so, now takes five working days.',
		numbers: ['five working days']
	},
	{
		zh: '全县千余名返乡创业人员带动就业上万人。',
		en: 'More than 1,000 people who returned to the county to start businesses have created over 10,000 jobs.',
		numbers: ['More than 1,000', 'over 10,000']
	},
	{
		zh: '数十家企业参与，上百个项目落地。',
		en: 'Dozens of companies took part, and more than 100 projects have been launched.',
		numbers: ['more than 100']
	},
	{
		zh: '全市普惠型小微企业贷款余额同比增长21.3%，增速比各项贷款高9.6个百分点。',
		en: 'Outstanding inclusive loans to micro and small enterprises in the city grew 21.3% year on year, 9.6 percentage points faster than total loans.',
		numbers: ['21.3%', '9.6 percentage points']
	},
	{
		zh: '全年接待游客1.26亿人次，实现旅游综合收入1382亿元，分别恢复到2019年的108%和97%。',
		en: 'The city received 126 million tourist visits in the year, with tourism revenue of 138.2 billion yuan, 108% and 97% of the 2019 levels respectively.',
		numbers: ['126 million', '138.2 billion yuan', '108%', '97%', '2019']
	},
	{
		zh: '一季度，全区税收收入同比下降4.2%，降幅比上年同期收窄1.5个百分点。',
		en: 'In the first quarter, tax revenue in the district fell 4.2% year on year, a decline 1.5 percentage points narrower than a year earlier.',
		numbers: ['first quarter', '4.2%', '1.5 percentage points']
	},
	{
		zh: '上半年，全县生猪出栏45.6万头，同比下降二成。',
		en: 'In the first half of the year, the county sold 456,000 hogs for slaughter, down 20% year on year.',
		numbers: ['456,000', '20%']
	},
	{
		zh: '全市八成以上的行政许可事项实现“一网通办”。',
		en: "More than 80% of the city's administrative licensing items can now be handled online through a single portal.",
		numbers: ['More than 80%']
	},
	{
		zh: '该基地年加工能力达3.5万吨，可带动周边两千余户农户增收。',
		en: 'The base can process 35,000 tonnes a year and can help more than 2,000 farming households nearby earn more.',
		numbers: ['35,000 tonnes', 'more than 2,000']
	},
	{
		zh: '全区共建成5G基站2316个，实现重点区域全覆盖。',
		en: 'The district has built 2,316 5G base stations, covering all key areas.',
		numbers: ['2,316']
	},
	{
		zh: '项目建设周期为18个月，计划于2024年第三季度竣工。',
		en: 'The project will take 18 months to build and is scheduled for completion in the third quarter of 2024.',
		numbers: ['18 months', 'third quarter', '2024']
	},
	{
		zh: '第十九届中国（南昌）国际茶业博览会吸引了来自23个国家和地区的客商。',
		en: 'The 19th China (Nanchang) International Tea Expo drew traders from 23 countries and regions.',
		numbers: ['19th', '23 countries']
	},
	{
		zh: '全市共有A级旅游景区86家，其中5A级景区3家、4A级景区41家。',
		en: 'The city has 86 A-rated tourist attractions, including three 5A and 41 4A attractions.',
		numbers: ['86', 'three', '41']
	},
	{
		zh: '第一产业增加值增长4.1%，第二产业增长6.5%，第三产业增长5.8%。',
		en: 'Value added of the primary industry grew 4.1%, the secondary industry 6.5% and the tertiary industry 5.8%.',
		numbers: ['4.1%', '6.5%', '5.8%']
	},
	{
		zh: '截至11月底，累计发放创业担保贷款3.68亿元，扶持创业5200余人。',
		en: 'By the end of November, a total of 368 million yuan in guaranteed loans for business start-ups had been issued, supporting more than 5,200 entrepreneurs.',
		numbers: ['November', '368 million yuan', 'more than 5,200']
	},
	{
		zh: '全年PM2.5平均浓度为28微克/立方米，优良天数比例达94.2%。',
		en: 'The average PM2.5 concentration for the year was 28 micrograms per cubic meter, and 94.2% of days had good or excellent air quality.',
		numbers: ['28 micrograms', '94.2%']
	},
	{
		zh: '全市新增高标准农田12.5万亩，建成后亩均增产粮食约100斤。',
		en: 'The city added 125,000 mu of high-standard farmland, which is expected to raise grain yields by about 100 jin per mu.',
		numbers: ['125,000 mu', 'about 100 jin']
	},
	{
		zh: '今年1至10月，全市完成工业投资同比增长15.3%。',
		en: 'From January to October this year, industrial investment in the city grew 15.3% year on year.',
		numbers: ['January to October', '15.3%']
	},
	{
		zh: '该县连续三年入选全国县域经济百强，排名上升12位至第68位。',
		en: "The county has been among China's top 100 counties by economic strength for three years in a row, rising 12 places to 68th.",
		numbers: ['three years', 'top 100', '12 places', '68th']
	},
	{
		zh: '物流成本占GDP比重由15.2%降至13.9%，下降1.3个百分点。',
		en: 'Logistics costs fell from 15.2% to 13.9% of GDP, a drop of 1.3 percentage points.',
		numbers: ['15.2%', '13.9%', '1.3 percentage points']
	},
	{
		zh: '产业园一期占地约800亩，二期规划用地不超过1200亩。',
		en: 'Phase I of the industrial park covers about 800 mu, and land planned for Phase II is no more than 1,200 mu.',
		numbers: ['about 800 mu', 'no more than 1,200 mu']
	},
	{
		zh: '受访企业中，超过七成认为营商环境“明显改善”，不到5%表示“没有变化”。',
		en: 'Of the companies surveyed, more than 70% said the business environment had "clearly improved" and fewer than 5% said "nothing has changed".',
		numbers: ['more than 70%', 'fewer than 5%']
	},
	{
		zh: '每万人口发明专利拥有量达到9.3件，是2018年的2倍多。',
		en: 'The number of invention patents per 10,000 people reached 9.3, more than twice the 2018 figure.',
		numbers: ['10,000', '9.3', 'more than twice', '2018']
	},
	{
		zh: '全市常住人口城镇化率为67.35%，比上年末提高0.71个百分点。',
		en: "The urbanization rate of the city's permanent population was 67.35%, 0.71 percentage points higher than at the end of the previous year.",
		numbers: ['67.35%', '0.71 percentage points']
	},
	{
		zh: '三年内，全区将新建改建农村公路不少于500公里。',
		en: 'Within three years, the district will build or upgrade no less than 500 kilometers of rural roads.',
		numbers: ['Within three years', 'no less than 500 kilometers']
	},
	{
		zh: '全县共有各类市场主体4.7万户，其中个体工商户3.9万户，占比超八成。',
		en: 'The county has 47,000 market entities of all kinds, 39,000 of them self-employed businesses, accounting for more than 80%.',
		numbers: ['47,000', '39,000', 'more than 80%']
	},
	{
		zh: '该项目预计年均可减少二氧化碳排放量1.8万吨左右。',
		en: 'The project is expected to cut carbon dioxide emissions by around 18,000 tonnes a year.',
		numbers: ['around 18,000 tonnes']
	},
	{
		zh: '全省高速公路通车里程达到6700公里，实现县县通高速。',
		en: "The province's expressways have reached 6,700 kilometers, connecting every county.",
		numbers: ['6,700 kilometers']
	},
	{
		zh: '全市金融机构存款余额首次突破1万亿元大关。',
		en: "Deposits in the city's financial institutions topped 1 trillion yuan for the first time.",
		numbers: ['topped 1 trillion yuan']
	},
	{
		zh: '全年完成造林面积15.3万亩，森林覆盖率稳定在63.1%。',
		en: '153,000 mu of land was afforested during the year, and forest coverage held steady at 63.1%.',
		numbers: ['153,000 mu', '63.1%']
	},
	{
		zh: '对新认定的国家级专精特新“小巨人”企业，一次性奖励100万元。',
		en: 'Newly recognized national specialized and sophisticated "little giant" enterprises will receive a one-off reward of 1 million yuan.',
		numbers: ['1 million yuan']
	},
	{
		zh: '5月18日至20日，第三届数字经济峰会在赣州举行，签约项目42个。',
		en: 'The third Digital Economy Summit was held in Ganzhou from May 18 to 20, where 42 projects were signed.',
		numbers: ['third', 'May 18 to 20', '42 projects']
	},
	{
		zh: '人均GDP超过1.2万美元，接近高收入经济体门槛。',
		en: 'Per capita GDP exceeded 12,000 US dollars, close to the threshold of high-income economies.',
		numbers: ['exceeded 12,000 US dollars']
	},
	{
		zh: '全区新能源汽车保有量达2.3万辆，占汽车总量的4.6%。',
		en: 'There are 23,000 new energy vehicles in the district, 4.6% of all vehicles.',
		numbers: ['23,000', '4.6%']
	},
	{
		zh: '今年计划实施重点项目368个，年度计划投资不低于850亿元。',
		en: 'This year 368 key projects are planned, with annual investment of at least 85 billion yuan.',
		numbers: ['368', 'at least 85 billion yuan']
	},
	{
		zh: '研发经费投入强度达到2.15%，比全省平均水平高0.3个百分点。',
		en: 'R&D spending reached 2.15% of GDP, 0.3 percentage points above the provincial average.',
		numbers: ['2.15%', '0.3 percentage points']
	},
	{
		zh: '全市共有养老机构126家，床位1.1万张，每千名老年人拥有养老床位32张。',
		en: 'The city has 126 elderly care institutions with 11,000 beds, or 32 beds per 1,000 older people.',
		numbers: ['126', '11,000 beds', '32 beds', '1,000']
	},
	{
		zh: '该公司员工从最初的十几人发展到现在的六百多人。',
		en: 'The company has grown from a dozen or so employees at the start to more than 600 today.',
		numbers: ['more than 600']
	},
	{
		zh: '全县18个乡镇中，有11个乡镇财政收入过亿元。',
		en: "Of the county's 18 townships, 11 have fiscal revenue of more than 100 million yuan.",
		numbers: ['18 townships', '11', 'more than 100 million yuan']
	},
	{
		zh: '政策实施以来，累计为企业减税降费超200亿元，惠及市场主体约35万户次。',
		en: 'Since the policies took effect, taxes and fees have been cut by more than 20 billion yuan for businesses, benefiting market entities about 350,000 times.',
		numbers: ['more than 20 billion yuan', 'about 350,000']
	},
	{
		zh: '2020—2023年，全市累计新增就业18.6万人。',
		en: 'From 2020 to 2023, 186,000 new jobs were created in the city.',
		numbers: ['2020 to 2023', '186,000']
	},
	{
		zh: '外贸依存度由上年的21%提高到24%，提高了3个百分点。',
		en: 'Dependence on foreign trade rose from 21% the year before to 24%, up 3 percentage points.',
		numbers: ['21%', '24%', '3 percentage points']
	},
	{
		zh: '十四五期间，全市计划建设保障性租赁住房4万套（间）。',
		en: 'During the 14th Five-Year Plan period, the city plans to build 40,000 units of government-subsidized rental housing.',
		numbers: ['14th Five-Year Plan', '40,000 units']
	},
	{
		zh: '全市营商环境评价得分比上年提高5.2分，在全省排名上升至第3位。',
		en: "The city's business environment score rose 5.2 points from the previous year, and it moved up to third in the province.",
		numbers: ['5.2 points', 'third']
	},
	{
		zh: '全区以不到全市10%的土地，贡献了近三分之一的税收。',
		en: "With less than 10% of the city's land, the district contributes nearly one third of its tax revenue.",
		numbers: ['less than 10%', 'nearly one third']
	},
	{
		zh: '该县农产品加工转化率达到68%，力争到2025年提高到75%以上。',
		en: 'The county processes 68% of its farm produce and aims to raise the rate to over 75% by 2025.',
		numbers: ['68%', 'over 75%', '2025']
	},
	{
		zh: '该项目总投资约4.5亿美元，预计年产值可达30亿元人民币。',
		en: 'The project involves a total investment of about 450 million US dollars and is expected to reach annual output of 3 billion yuan.',
		numbers: ['about 450 million US dollars', '3 billion yuan']
	},
	{
		zh: '全市中小学校共有在校生62.4万人，专任教师4.1万人，生师比约为15:1。',
		en: "The city's primary and secondary schools have 624,000 students and 41,000 full-time teachers, a student-teacher ratio of about 15 to 1.",
		numbers: ['624,000', '41,000', 'about 15 to 1']
	},
	{
		zh: '近两年来，该镇引进项目12个，总投资逾20亿元。',
		en: 'In the past two years, the town has brought in 12 projects with total investment of over 2 billion yuan.',
		numbers: ['past two years', '12 projects', 'over 2 billion yuan']
	},
	{
		zh: '企业开办时间压缩至1个工作日以内，比全国平均水平少2.5天。',
		en: 'Starting a business now takes no more than one working day, 2.5 days less than the national average.',
		numbers: ['no more than one working day', '2.5 days']
	},
	{
		zh: '全市规上服务业企业实现营业收入同比增长11.2%，两年平均增长8.7%。',
		en: 'Operating revenue of service enterprises above designated size grew 11.2% year on year, an average of 8.7% over two years.',
		numbers: ['11.2%', '8.7%', 'two years']
	},
	{
		zh: '第四季度，全县用电量同比增长一成多。',
		en: 'In the fourth quarter, electricity consumption in the county rose by more than 10% year on year.',
		numbers: ['fourth quarter', 'more than 10%']
	},
	{
		zh: '全市A股上市公司增至15家，总市值约1800亿元。',
		en: 'The number of A-share listed companies in the city rose to 15, with a total market value of about 180 billion yuan.',
		numbers: ['15', 'about 180 billion yuan']
	},
	{
		zh: '截至目前，已有百余家企业入驻，其中世界500强企业6家。',
		en: 'So far more than 100 companies have moved in, including six Fortune Global 500 companies.',
		numbers: ['more than 100', 'six', '500']
	},
	{
		zh: '全省每百户农村居民家庭拥有汽车34.5辆，比2015年增加近20辆。',
		en: 'Rural households in the province own 34.5 cars per 100 households, nearly 20 more than in 2015.',
		numbers: ['34.5 cars', '100 households', 'nearly 20', '2015']
	},
	{
		zh: '全年共办理跨境人民币结算业务850余亿元，增长逾三成。',
		en: 'More than 85 billion yuan of cross-border RMB settlements were handled during the year, an increase of more than 30%.',
		numbers: ['More than 85 billion yuan', 'more than 30%']
	}
];

/** Even positions: the pairs the check may be tuned on. */
export const WORDINGS_TUNE = WORDINGS_PAIRS.filter((_, i) => i % 2 === 0);
/** Odd positions: held out, reported by totals only. */
export const WORDINGS_HELD_OUT = WORDINGS_PAIRS.filter((_, i) => i % 2 === 1);
