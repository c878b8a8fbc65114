/**
 * Block kinds (title, subtitle, heading, body, caption, credit) inferred from a block's length,
 * punctuation, position and layout, the way a reader of a newspaper page tells them apart:
 * running text has sentence punctuation; a title is the first short line; a subtitle opens
 * with ——; a credit says who supplied the words or pictures; a photo caption describes a scene
 * (…现场, …正式投入使用) in a lone line with no full stop, often set apart by blank lines; a
 * heading is a short line introducing the paragraphs after it, often two parallel phrases.
 */
import type { SegmentKind } from '../types.ts';
import type { TextBlock } from './blocks.ts';
import {
	BOX_LABEL,
	CAPTION_START,
	NOTE_LABEL,
	NUMBERED_PHOTO,
	continuationSignal,
	isTableHeader,
	isTableRow,
	isFigureLine,
	tableFigures,
	widenPunctuation,
	endsCut,
	endsOpen,
	endsTerminated,
	splitsWord,
	startsNewThought,
	hasInnerTerminal,
	hasUnmatchedOpener,
	isColonLabel,
	opensWithLabel,
	startsWithCount,
	startsWithListMarker,
	visibleLength,
	wordCount,
	isEndMatterMark,
	isPageFurniture,
	HEAD_MARK
} from './signals.ts';
import { isMostlyChinese } from './blocks.ts';

/** Why a block got its kind: a code the import screen turns into words. */
export type KindReason =
	| 'hint' // the file said so (Word style, Markdown #, <h2>)
	| 'running_text'
	| 'first_line'
	| 'dash_subtitle'
	| 'under_title'
	| 'kicker' // a slogan set above the main title (引题)
	| 'main_title' // the main title (主题) under a kicker, or above a —— subtitle
	| 'credit_pattern'
	| 'page_furniture' // a page number or running head left by a PDF copy
	| 'caption_pattern'
	| 'caption_scene'
	| 'heading_parallel'
	| 'heading_numbered'
	| 'section_number' // a section's number alone over its head (01, 二, Ⅲ)
	| 'photo_mark' // ▼ or ▲ alone, pointing at a photo, over or under its caption
	| 'heading_short'
	| 'pull_quote' // a quotation set apart as display type, repeating the text around it
	| 'table' // a table flattened to lines: its title or a row of cells
	| 'box_head' // the head of a boxed sidebar (【链接】…) or of a related-reading list
	| 'qr_prompt' // 扫描二维码 了解…: a prompt printed beside a QR code
	| 'picture_prompt' // 点击图片查看大图: a web page's prompt beside a picture
	| 'timeline' // a chronicle's entry (2019年3月 | 全面推行林长制…): a date and what happened
	| 'layout'; // how the file sets it: italics or a smaller size for a caption, bold for a head

export interface KindGuess {
	kind: SegmentKind;
	reason: KindReason;
}

const CREDIT_ZH = [
	// （本版图片除署名外均由某县融媒体中心提供）: the pictures of a page, but for those signed.
	/^[（(]?(?:本版|本文|本期|本组|以上|上述)?(?:文图|图文|文字|图片|照片|稿件|图|文)?(?:[，,]?除(?:署名|注明|标注)(?:者)?外[，,]?)?均?由.{1,30}(?:提供|供稿|供图|拍摄)[）)]?$/u,
	/^[（(][^（）()]{0,24}(?:摄|摄影|供图|制图|绘图?)[）)]$/u,
	// An organisation's picture credit without brackets: 某县委宣传部供图.
	/^\p{Script=Han}{2,16}供图$/u,
	// The photographer named after the word: （摄影 郑凯）, （摄：王建华）.
	/^[（(](?:摄影|摄)[：:\s]\s*[\p{Script=Han}·]{2,4}(?:[、，\s]+[\p{Script=Han}·]{2,4})*[）)]$/u,
	/^[^，。,]{1,16}\s摄$/u,
	// The photographer's name and a slash: 李 青/摄, 李明／摄影.
	/^[\p{Script=Han}·\s]{2,8}[/／]\s*(?:摄|摄影)$/u,
	/^[（(]?(?:文[/／：:]|图[/／：:]|文图[/／：:]|图文[/／：:]|摄影[/／：:]|责任编辑|责编[：:]|编辑[：:]|校对[：:]|来源[：:]|作者[：:]|通讯员\s|本报记者\s|本报通讯员|记者\s|特约记者|见习记者)/u,
	// Reporters and correspondents by name: 本报记者 刘晓峰 通讯员 陈静, （抚州日报记者 陈晨）.
	// A news app's or site's reporters, their names padded (某某新闻记者 钟 晴 通讯员 梁思远).
	/^[□■◆◇●○★☆]?\s*[（(]?(?:(?:本报\p{Script=Han}{0,4}讯|新华社\p{Script=Han}{2,4}电)\s*)?(?:(?:本报|本台|本网|\p{Script=Han}{2,8}(?:日报|晚报|报社|融媒体中心|电视台|新闻网|广播电视台|新闻|客户端))?(?:特约|见习|实习|首席|摄影)?(?:记者|通讯员|实习生|撰稿人?)\s*(?:[\p{Script=Han}·]{2,4}|\p{Script=Han}\s\p{Script=Han})(?:[、，\s](?:[\p{Script=Han}·]{2,4}|\p{Script=Han}\s\p{Script=Han}))*\s*){1,4}(?:报道)?[）)]?$/u,
	// The speaker of a report or a speech under its title: 澜江省省长 宋文博 (often an ideographic space), 市委书记 李明.
	/^\p{Script=Han}{0,14}(?:省长|市长|县长|区长|州长|主席|书记|主任|部长|厅长|局长|院长|校长|董事长|总经理)\s+[\p{Script=Han}·]{2,4}$/u,
	// A note in brackets naming a reporter: （上饶日报记者 王浩 对本文亦有贡献）.
	/^[（(][^（）()]{0,30}(?:记者|通讯员|实习生|特约撰稿人?)[^（）()]{0,30}[）)]$/u,
	// 文/图, 摄影: and the like after 本版 or in brackets.
	/^[（(]?(?:本版|本文|本期|本组)?(?:文字|文图|图文|图片|照片|摄影|文|图)[：:/／]/u,
	/\d{4}年\d{1,2}月\d{1,2}日.{0,8}第\s*\d+\s*版/u,
	/^[（(【[]\s*(?:完|全文完|本文完|责任编辑[：:].{1,10}|编辑[：:].{1,10})\s*[）)】\]]$/u,
	// A document number (宜经开发〔2023〕12号) and a date standing alone (a letter's date).
	/^[\p{Script=Han}]{1,12}[〔[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号$/u,
	/^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$/u,
	// A web page's date-and-source line and its furniture.
	/(?:来源|发布时间|发布日期|作者|编辑|责任编辑|浏览次数|点击数|阅读量)[：:｜|]/u,
	/^【?(?:字体[：:]|字号|分享到|打印本页|关闭窗口|扫一扫|返回顶部|上一篇|下一篇)/u,
	// A repost's line naming the story's first title: 原标题：…
	/^原标题[：:]/u,
	// A picture's source (图源：某图片社, 图片来源：…) and a note on how the text was made
	// ((根据录音整理), (据新华社报道), (综合本报记者报道)).
	/^[（(]?(?:图源|图片来源|题图来源|封面图?来源|视频来源|数据来源)[：:｜|]/u,
	/^[（(](?:根据|据)?[^（）()]{1,24}(?:整理|编译|报道)[）)]$/u,
	// A news app's share page: its prompts (打开APP阅读, 展开全文, 下载客户端，查看更多), its row
	// of buttons (点赞 在看 分享) and its meta line, a date with a clock time (原创 2024-11-12
	// 10:30 发表于某地, 某某日报 2024年12月20日 07:45 某地, IP属地：…).
	/^(?:打开|下载|安装)[^。！？]{0,12}(?:APP|客户端)(?:[，,\s]*[^。！？，,]{0,10})?$/iu,
	/^(?:APP|客户端)内(?:打开|阅读|查看)/iu,
	/^(?:点击)?(?:展开|阅读|查看|继续阅读)(?:全文|剩余\s*\d{0,3}%?|更多)$|^(?:展开阅读全文|加载更多|收起全文|继续阅读)$/u,
	/^(?:(?:点赞|在看|分享|收藏|评论|转发|举报|打赏|写留言|留言)[\s，,、｜|·\d]*){2,}$/u,
	/^原创[\s｜|]|^[^。！？，,]{0,30}(?:发表于|发布于|首发于|IP属地[：:])[^。！？，,]{0,20}$/u,
	/^[^。！？，,]{0,20}(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}[:：]\d{2}[^。！？，,]{0,20}$/u,
	// A web page's footer with bars between its fields (编辑｜某某 审核｜某某: 编辑, 来源 and the
	// like are read above, with a colon or a bar).
	/^(?:责编|审核|审校|校对|监制|主编|撰文|摄影)\s*[｜|]\s*\S/u
];
/** 作者简介：…, 记者简介：…: a note on who wrote the story, closing the page (a credit, however long). */
const AUTHOR_NOTE = /^(?:作者|记者|通讯员|撰稿人)简介[：:]/u;
/** A unit note alone on its line: 单位：万人, （单位：亿元）. */
const UNIT_NOTE = /^[(（]?单位[：:]\s*[^\s，。；]{1,12}[)）]?$/u;
/** A photographer's name, a slash and the word photo: 丁 阳/摄 rendered word for word. */
const NAME_SLASH_PHOTO_EN =
	/^\(?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}\s*[/／]\s*[Pp](?:hotos?|hotograph|icture)\)?$/u;
const CREDIT_EN = [
	// Photo by …, Image: …, and 图片来源：… rendered word for word: (Image source: …), Photo credit: …
	/^\(?(?:photo|photos|photograph|image|picture)(?:\s+(?:sources?|credits?))?\s*(?:by|:|[/／]|provided|courtesy)\s*[^.]{0,80}$/iu,
	// 丁 阳/摄 rendered word for word: Ding Yang / photo.
	NAME_SLASH_PHOTO_EN,
	/^\(?(?:source|credit|credits|text|edited|editor|reporting|written)\b.{0,60}$/iu,
	/^\[(?:photo|provided|file photo|xinhua)[^\]]{0,50}\]$/iu,
	/^[Bb]y\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}$/u,
	// By our reporters He Chuan and Lin Xiaowen, By staff reporter Lin Xiao and correspondent …
	/^by\s+(?:our\s+|staff\s+|special\s+)*(?:reporters?|correspondents?|writers?)\s+\p{Lu}[^.]{0,80}$/iu,
	/^\((?:xinhua|photo|provided|courtesy|file photo)\b.{0,60}\)$/iu,
	/^(?:share this|read more|related:|advertisement$|updated:|published:|editor:|\[edited by)/iu
];
/**
 * A public account's furniture set around the article: 点击蓝字 关注我们, 长按二维码关注, 点个在看.
 * (— END — and 阅读原文 are end-matter marks: isEndMatterMark.)
 */
const ACCOUNT_FURNITURE =
	/^(?:点击(?:上方)?(?:蓝字|关注)[\s，,]*关注(?:我们)?|(?:点个?|点击)?(?:在看|赞)[\s，,]*(?:你最好看|支持一下)?|分享[\s，,]*点赞[\s，,]*在看)$/u;
/** A photo's pointing mark set alone on a line (▼ above a caption under the photo). */
const PHOTO_MARK = /^[▼▲△▽↓↑]$/u;
const CAPTION_WITH_CREDIT =
	/(?:\s|记者|通讯员|新华社)[^\s，。,]{0,12}\s?(?:摄|摄影|供图)[）)]?$|[（(](?:摄影|摄)[：:\s]\s*[\p{Script=Han}·]{2,4}(?:[、，\s]+[\p{Script=Han}·]{2,4})*[）)]$|^(?:photo|picture):\s.+\[(?:photo|xinhua)[^\]]*\]$/iu;
/**
 * The credit of one picture ((摄影 李明), (钟华 摄), 记者 周文博 摄, （某中心供图）, 图片由某公司提供),
 * not a note on a page's pictures (本版图片由…提供).
 */
const PHOTO_CREDIT =
	/^(?:[（(][^（）()]{0,16}(?:摄影|摄|供图)[^（）()]{0,16}[）)]|[^，。,（）()]{1,16}\s摄|[\p{Script=Han}·\s]{2,8}[/／]\s*(?:摄|摄影)|\p{Script=Han}{2,16}供图|[（(]?(?:图片|照片)由[^，。,]{1,30}提供[）)]?)$/u;
/**
 * The same in English: (Photo by correspondent Li Ming), Photo: Xinhua/Wang Hao, Photo / Li
 * Ming, Li Ming / photo.
 */
const PHOTO_CREDIT_EN =
	/^\(?(?:photo|photos|photograph|picture)(?:\s+(?:provided\s+|supplied\s+)?by\b|\s+courtesy\s+of\b|\s*[:/／])[^.()]{1,80}\)?$/iu;
/** The credit of one picture, in either language. */
function isPhotoCredit(text: string): boolean {
	return PHOTO_CREDIT.test(text) || PHOTO_CREDIT_EN.test(text) || NAME_SLASH_PHOTO_EN.test(text);
}
/** A caption's date in English: On June 12, … / May 20, 2024, … / November 20: … */
const DATED_EN =
	/^(?:on\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:,\s*\d{4})?[,:]/iu;
/** The note a page prints after a caption for a picture from its files: （资料图片）, (示意图). */
const FILE_PHOTO_NOTE = /[（(](?:资料图片|资料照片|资料图|网络图片|示意图|效果图)[）)]$/u;
/** A bracketed note after a caption's full stop, maybe its picture's credit: …排列。（某局供图）. */
const PICTURE_CREDIT_NOTE = /(?<=[。.])\s*([（(][^（）()]{2,24}[）)])$/u;
const SCENE_END =
	/(?:现场|仪式|一角|全景|鸟瞰|航拍|外景|远景|近景|夜景|掠影|风采|风貌|新貌|合影|留影|剪彩|揭牌|开幕式|基地|车间|生产线|厂区|校园|工地|使用|投产|运营|运行|开园|开业|落成|竣工|忙碌|作业|施工|调试|调研|考察|参观|展示|演示|活动|比赛|推介会|博览会|展会|签约)$/u;
const SCENE_EN =
	/^(?:the scene|scene|a view|view|an aerial|aerial|workers|visitors|staff|students|participants|guests|delegates)\b|(?:ceremony|conference|site|base|workshop|plant|factory|campus|opened|opening|in operation|into use|under construction)$/iu;
const SCENE_PEOPLE =
	/(?:人员|求职者|学员|师生|专家|嘉宾|工人|员工|职工|市民|居民|村民|农民|茶农|果农|游客|学生|孩子|群众|志愿者|干部|党员|客商|记者|医护|民警|参观者|代表|企业家|技术员|工程师|消费者)/u;
const SCENE_ACTION =
	/(?:在|于).{1,16}(?:进行|作业|施工|检测|调试|分拣|装卸|办理|参观|采摘|劳作|工作|忙碌|查看|了解|体验|学习|选购|交流|操作|生产|巡检|维护|种植|收割|晾晒|包装|开展|测试|研发|试验|实验|检修|装配|焊接|打包|咨询|洽谈|签约|采访|练习|训练|演练|排练|表演|演出)/u;
/**
 * How a section head of an economic report ends: a trend stated (投资结构持续优化, 消费市场回暖升温,
 * 作用凸显, 民生保障有力). A caption shows a scene; a head says how things are going.
 */
const HEAD_TREND_END =
	/(?:优化|升温|凸显|向好|回暖|提质|增效|增强|加快|加速|提升|提速|强劲|有力|有效|平稳|稳定|显著|见效|突破|壮大|攀升|回升|走强|升级|转型|成长|释放|企稳|收窄|巩固|显现|彰显|领跑|亮眼|红火|活跃|繁荣|稳中有进|稳中有升|稳中向好|进中向好)$/u;
const PLACE_START = /^\p{Script=Han}{2,10}?(?:省|市|县|区|镇|州)/u;
/** Verbs section heads open with (建设美丽乡村 is a head, not a view of a village). */
const HEAD_VERB_START =
	/^(?:建设|打造|推进|推动|加快|坚持|聚焦|做强|做优|做大|做实|提升|强化|优化|深化|培育|构建|打响|延伸|激活|服务|当好|守好|筑牢|厚植|赋能|扩大|畅通|营造|夯实|壮大|引领)/u;
const PLACE_END =
	/(?:园|中心|大厅|车间|厂区|基地|工地|园区|厂房|展厅|村|景区|街区|广场|大楼|站|场|馆|湖|山|江|桥|路|街|田|镇)$/u;
/** Words that point back into running text (该市, 记者, 我们): no title or head uses them. */
const ANAPHORA = /该[市区县镇乡村省州]|该公司|该企业|记者|我们|他们|她们/u;
/** A short question set alone as a head: 用地难题怎么破？ */
const QUESTION_HEAD = /^[^，,。！？!?；;：:“”"]{2,14}[？?]$/u;
/** A headline written "topic：phrase": 某县：田野上铺开“致富图”. */
const TOPIC_HEADLINE = /^\p{Script=Han}{2,6}[：:]\s*[^：:，,。]{3,30}$/u;
/**
 * A headline built on a quoted figure of speech (金融活水精准滴灌小微“毛细血管”): a main title's
 * wording, where a deck states its subject plainly (抚州市多措并举做好就业服务工作, …建设观察).
 */
const FIGURATIVE_HEADLINE = /“[^”]{2,8}”/u;
/** A word in quotes, as a head's figure of speech has it: 保税维修“修”出新产业. */
const QUOTED_WORD = /“[^“”]{1,8}”/u;
/** A head of one to four characters spaced out: 织 网, 安 澜. */
const LETTER_SPACED = /^\p{Script=Han}(?:\s+\p{Script=Han}){1,3}$/u;
const PLAIN_DECK = /[市县区省镇乡村州]|(?:观察|纪实|见闻|调查|侧记|综述|记事)$/u;
const DASH_START = /^(?:——|—|──|--|–)/u;
/** A prompt printed by a QR code: 扫描二维码 了解…, 扫码观看…, 长按识别二维码…. */
const QR_PROMPT = /^(?:请)?(?:扫描|扫一扫|扫码|微信扫|长按识别|长按)[^。！？]{0,30}$/u;
/** A section's number alone in a block: 01, 2, 二, Ⅲ (a head follows it). */
const SECTION_NUMBER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4})$/u;
/** A table's title: 表 …, 表：…, 表1 …, 表一 … */
const TABLE_TITLE = /^表(?:\s|[：:]|\d|[一二三四五六七八九十]\s)/u;
/**
 * A box's label and its title with a bar between (链接｜某市主要指标, ▍延伸阅读｜什么是…, 记者手记｜…):
 * how a web edition sets the head of a sidebar. A footer's fields (编辑｜某某) are credits, read first.
 */
const BAR_LABEL = /^[▍▌▎■▼●◆]?\s*\p{Script=Han}{2,6}\s*[｜|]\s*\S/u;
/** A web page's list of related stories: 相关阅读, 延伸阅读, 相关新闻, 相关链接, 相关推荐. */
const RELATED_HEAD =
	/^【?(?:相关阅读|延伸阅读|相关新闻|相关链接|相关报道|相关推荐|推荐阅读|热门推荐|为你推荐|更多阅读|往期(?:推荐|回顾|精选|精彩))】?[：:]?$/u;
/** A whole line in square brackets, no sentence in it: 【县农业农村局局长 王立峰】. */
const BRACKETED_LINE = /^【[^【】。！？；，,]{2,30}】$/u;
/**
 * A whole block that is one quotation, maybe with a label before it and its speaker after a
 * dash: “…。”——陈建国, 金句：“…。”——某某.
 */
const QUOTE_BLOCK =
	/^(?:\p{Script=Han}{1,6}[：:]\s*)?“([^“”]{6,80})”(?:\s*(?:——|—)\s*[^“”。，,]{2,30})?$/u;
const PARALLEL = /^\p{Script=Han}{2,}(?:\s\p{Script=Han}{2,})+$/u;
const PARALLEL_COMMA = /^(\p{Script=Han}{4,12})[，,](\p{Script=Han}{4,12})$/u;

/** The font size most running text of a .docx is set in, when the file says. */
function commonBodySize(blocks: readonly TextBlock[], label: boolean[]): number | undefined {
	const counts = new Map<number, number>();
	blocks.forEach((b, i) => {
		const size = b.layout?.size;
		if (!label[i] && size) counts.set(size, (counts.get(size) ?? 0) + 1);
	});
	let best: number | undefined;
	for (const [size, n] of counts) if (best === undefined || n > counts.get(best)!) best = size;
	return best;
}

/** Points for caption and heading from how a word processor sets a line. */
function layoutEvidence(
	block: TextBlock,
	bodySize: number | undefined
): { caption: number; heading: number } {
	const look = block.layout;
	if (!look) return { caption: 0, heading: 0 };
	let caption = look.italic ? 3 : 0;
	let heading = look.bold && !look.italic ? 3 : 0;
	if (look.size && bodySize) {
		if (look.size < bodySize) caption += 2;
		else if (look.size > bodySize) heading += 2;
	}
	return { caption, heading };
}

/** Whether a line describes a scene: something going on, people at work, a view of a place. */
function isScene(text: string): boolean {
	const t = text.trim();
	return (
		CAPTION_START.test(t) ||
		CAPTION_WITH_CREDIT.test(t) ||
		SCENE_END.test(t) ||
		/正在/u.test(t) ||
		(SCENE_PEOPLE.test(t) && SCENE_ACTION.test(t))
	);
}

/** A place, a comma, then what goes on there: 某产业园直播基地，主播在推介东南亚特色食品。 */
function placeThenScene(text: string): boolean {
	const clauses = text.split(/[，,]/u);
	return clauses.length === 2 && PLACE_END.test(clauses[0]) && /[。.]$/u.test(clauses[1]);
}

/** Two parallel phrases of about the same length: 坚持招优引强 培育壮大产业集群, or with a comma. */
function isParallel(text: string): boolean {
	// 品牌引领 打响“云溪好茶”: a head may quote a slogan or a name.
	if (PARALLEL.test(text.replace(/[“”‘’《》「」]/gu, ''))) return true;
	const m = PARALLEL_COMMA.exec(text);
	// A clause cut short (…，新余高新区设立了) is not the second half of a pair of phrases.
	if (m === null || /[了着过]$/u.test(m[2]) || endsOpen(m[2]) || ANAPHORA.test(text)) return false;
	return Math.abs([...m[1]].length - [...m[2]].length) <= 2;
}

/** A line that could be a title, heading, caption or credit: short, no sentence punctuation. */
function isLabelLike(text: string, zh: boolean): boolean {
	if (hasInnerTerminal(text) || continuationSignal(text) !== null) return false;
	// No heading or caption ends on a comma, 、, an open quote or a cut range (2019—), nor
	// starts with a bare count (186家增至): such a line is a piece of running text.
	if (endsCut(text) || startsWithCount(text)) return false;
	// 一是…, 二是…: an enumeration inside running text, never a head.
	if (/^[一二三四五六七八九十]{1,3}是/u.test(text.trimStart())) return false;
	// A news opener and a comma (截至目前，全区共有…) begin a sentence, not a title.
	if (/[，,]/u.test(text) && startsNewThought(text) && !startsWithListMarker(text)) return false;
	if (zh) {
		if (visibleLength(text) > 60) return false;
		if ((text.match(/[，,]/g) ?? []).length > 1) return false;
	} else if (wordCount(text) > 20) return false;
	return !endsTerminated(text);
}

/**
 * A short line that is really the start of a paragraph cut short: it opens a quote it never
 * closes, ends on 的 / 和 / "the", is cut inside a word, or the next block goes on with it
 * (starts with 的 or lower case, or, after a line with a comma, does not open a new paragraph).
 */
function continuesInto(
	text: string,
	next: TextBlock | undefined,
	nextIsBody: boolean,
	afterOpenParagraph: boolean
): boolean {
	if (hasUnmatchedOpener(text) || endsOpen(text)) return true;
	// A caption set between the halves of a paragraph: what follows continues the paragraph.
	if (!next || afterOpenParagraph) return false;
	const signal = continuationSignal(next.text);
	// A short first sentence is weak evidence: 配套。 continues; 会议取得圆满成功。 may not.
	const strong =
		signal !== null &&
		(signal !== 'short_first_sentence' ||
			/^[^。！？!?]{1,3}[。！？!?]/u.test(next.text.trimStart()));
	if (strong || splitsWord(text, next.text) || (startsWithCount(next.text) && !isScene(text)))
		return true;
	return nextIsBody && /[，,、]/u.test(text) && !startsNewThought(next.text);
}

function isDateLine(text: string): boolean {
	return /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$/u.test(
		text
	);
}

/** The first block is a title when it is short and reads as a label (or an exclamation). */
function isTitle(text: string, label: boolean, zh: boolean): boolean {
	const t = text.trim();
	const short = zh ? visibleLength(t) <= 40 : wordCount(t) <= 15;
	const exclaims = /[！？!?]$/.test(t) && !hasInnerTerminal(t);
	return short && (label || exclaims);
}

function isCredit(text: string): boolean {
	// An English credit runs longer in characters (Photo provided by the Publicity Department
	// of the … County Party Committee): bounded by words instead.
	const latin = /^[\p{Script=Latin}\s\d\p{P}]+$/u.test(text.trim());
	if (AUTHOR_NOTE.test(text.trim())) return visibleLength(text) <= 160;
	if (latin ? wordCount(text) > 16 : visibleLength(text) > 60) return false;
	// Both sets: an English byline can sit in a Chinese page and the other way round.
	return (
		[...CREDIT_ZH, ...CREDIT_EN].some((re) => re.test(text.trim())) ||
		isPlacedCredits(text) ||
		isCreditPair(text)
	);
}

/** One labelled part of an English credit line: Source: …, Graphic: …, Chart by … */
const CREDIT_PART_EN =
	/^(?:data\s+)?(?:sources?|graphics?|charts?|maps?|design|designer|illustrations?|photos?|text|editor|compiled|drawn|produced)(?:\s+by\s*:?|\s*:)\s*\p{L}[^:;]{1,70}$/iu;

/**
 * An English credit line of two or three labelled parts, as a chart's foot prints them
 * (Source: Provincial Statistics Bureau. Graphic: Li Ming): each part a credit of its own,
 * longer together than one credit runs (数据来源：… 制图：… in the Chinese).
 */
function isCreditPair(text: string): boolean {
	const parts = text
		.trim()
		.replace(/\.$/u, '')
		.split(/(?<=[a-z)][.;|])\s+|\s+\|\s+/u);
	return (
		parts.length >= 2 &&
		parts.length <= 3 &&
		parts.every((p) => CREDIT_PART_EN.test(p.replace(/[.;|]$/u, '').trim()) && /^\p{Lu}/u.test(p))
	);
}

/**
 * The display lines of a news page above its byline: a kicker (引题), the main title (主题) and a
 * subtitle (副题, opening with ——). The main title is the line right above the —— subtitle, or,
 * with none, the line under a kicker written as two parallel phrases (学习运用某经验 推进乡村振兴 /
 * 某县：田野上铺开“致富图”); a line cut open (…一座港城的 | “绿色突围”) runs on into the next.
 * A line the file styles as Title is the main title. Empty unless the byline comes within the first lines and every line above it is short and
 * unpunctuated, and unless a kicker or a cut title is found (the first-line rules decide the rest).
 */
function displayLines(blocks: readonly TextBlock[]): Map<number, KindGuess> {
	const out = new Map<number, KindGuess>();
	// An editor's note (【编者按】…) may stand between the display lines and the byline: the
	// display lines end where it begins.
	const note = blocks.findIndex((b, i) => i > 0 && i < 6 && NOTE_LABEL.test(b.text.trim()));
	const byline = blocks.findIndex((b, i) => i < (note > 0 ? 10 : 6) && isCredit(b.text.trim()));
	if (byline < 1) return out;
	const end = note > 0 && note < byline ? note : byline;
	for (let i = 0; i < end; i++) {
		const t = blocks[i].text.trim();
		const hinted = blocks[i].kind !== undefined && blocks[i].kind !== 'title';
		if (hinted || !t || visibleLength(t) > 40 || hasInnerTerminal(t)) return out;
		if (/[。；;，,：:]$/u.test(t)) return out;
	}
	const groups: number[][] = [];
	for (let i = 0; i < end; i++) {
		const group = groups[groups.length - 1];
		const prev = group ? blocks[group[group.length - 1]].text.trim() : '';
		const t = blocks[i].text.trim();
		const cut =
			group !== undefined &&
			!DASH_START.test(t) &&
			(endsOpen(prev) || hasUnmatchedOpener(prev) || splitsWord(prev, t));
		if (cut) group.push(i);
		else groups.push([i]);
	}
	const text = (g: number[]) => g.map((k) => blocks[k].text.trim()).join('');
	const dash = groups.findIndex((g) => DASH_START.test(text(g)));
	// A word processor's Title style names the main title outright.
	const styled = groups.findIndex((g) => g.some((k) => blocks[k].kind === 'title'));
	let title = 0;
	if (styled >= 0) title = styled;
	else if (dash > 0) title = dash - 1;
	else if (dash === -1 && groups.length === 2) {
		// Set larger than every other display line: the main title, whatever stands above it.
		const size = (g: number[]) => Math.max(...g.map((k) => blocks[k].layout?.size ?? 0));
		const larger = size(groups[1]) > size(groups[0]) && size(groups[0]) > 0;
		// Without a look to go by: a kicker of two parallel phrases above a headline written
		// "topic：phrase" (某市：一座港城的“绿色突围”) or on a quoted figure of speech with no place
		// or report word (…滴灌小微“毛细血管”); a plain line under a title is its deck.
		const kicker =
			isParallel(text(groups[0])) &&
			size(groups[0]) === 0 &&
			(TOPIC_HEADLINE.test(text(groups[1])) ||
				(FIGURATIVE_HEADLINE.test(text(groups[1])) && !PLAIN_DECK.test(text(groups[1]))));
		if (larger || kicker) title = 1;
	}
	if (title === 0 && groups.every((g) => g.length === 1)) return out;
	groups.forEach((g, n) => {
		const guess: KindGuess =
			n < title
				? { kind: 'subtitle', reason: 'kicker' }
				: n === title
					? { kind: 'title', reason: title > 0 ? 'main_title' : 'first_line' }
					: DASH_START.test(text(g))
						? { kind: 'subtitle', reason: 'dash_subtitle' }
						: { kind: 'subtitle', reason: 'under_title' };
		for (const k of g) out.set(k, guess);
	});
	return out;
}

/**
 * Whether caption line `text` runs on into `next`: cut after a comma or an open word, or the
 * next line opening with a conjunction or mid-sentence, and not a caption of its own (图为…).
 */
export function isCaptionCut(text: string, next: string): boolean {
	if (CAPTION_START.test(next.trimStart()) || endsTerminated(text)) return false;
	return (
		/[，,、]$/u.test(text.trimEnd()) ||
		endsOpen(text) ||
		/^[和与及并]/u.test(next.trimStart()) ||
		continuationSignal(next) === 'particle'
	);
}

/**
 * Infers each block's kind. Blocks that carry a kind from their format keep it.
 *
 * @example
 * classifyBlocks([{ text: '风华正茂勇争先' }, { text: '——解析宜春经开区' }, { text: '正文。' }]).map((g) => g.kind)
 * // ['title', 'subtitle', 'body']
 */
export function classifyBlocks(input: readonly TextBlock[]): KindGuess[] {
	// Half-width marks in Chinese text (项目投产后;, 主要做法是:) are read as the full-width ones.
	const blocks = input.map((b) => ({ ...b, text: widenPunctuation(b.text) }));
	const zhDoc = isMostlyChinese(blocks.map((b) => b.text).join(''));
	const label = blocks.map((b) => isLabelLike(b.text, zhDoc));
	const firstBody = label.findIndex(
		(l, i) => !l && !blocks[i].kind && visibleLength(blocks[i].text) > 0
	);
	const laterLabels = blocks.filter(
		(b, i) => label[i] && firstBody !== -1 && i > firstBody && b.blankBefore !== undefined
	);
	const spacedLayout =
		laterLabels.some((b) => (b.blankBefore ?? 0) >= 2) &&
		laterLabels.some((b) => (b.blankBefore ?? 0) < 2);
	const strongHeadings = blocks.filter(
		(b, i) =>
			label[i] &&
			!isCredit(b.text.trim()) &&
			i > firstBody &&
			firstBody !== -1 &&
			(isParallel(b.text.trim()) || startsWithListMarker(b.text))
	).length;
	const bodySize = commonBodySize(blocks, label);
	const display = displayLines(blocks);
	// A web page may open with its furniture (打开APP阅读, a source line): the title is the first
	// line after it.
	let lead = 0;
	while (lead < blocks.length && !blocks[lead].kind && isCredit(blocks[lead].text.trim())) lead++;
	// Kinds are decided in reading order: whether the block before is running text left open
	// is read from what it was found to be, not only from how it looks.
	const found: KindGuess[] = [];
	// A table's row or a chart's series ends without a full stop by design: not text left open.
	const isOpenBody = (k: number) =>
		k >= 0 &&
		found[k]?.kind === 'body' &&
		found[k].reason !== 'table' &&
		!endsTerminated(blocks[k].text);
	/**
	 * Block i comes right under the title, a heading, or a line the display lines above the
	 * byline were read as (a kicker above the title makes the title itself read as a subtitle:
	 * Putting ideas into practice | Wuyan: green hills into cash | — An investigation into …).
	 */
	const underDisplayLine = (i: number) => {
		const above = found[i - 1]?.kind;
		if (above === 'title') return true;
		if (i <= 1) return false;
		return above === 'heading' || (above === 'subtitle' && found.slice(0, i).every(isDisplay));
	};
	const isDisplay = (g: KindGuess) => g.kind === 'title' || g.kind === 'subtitle';
	blocks.forEach((block, i) => found.push(classifyOne(block, i)));
	// A section's number set alone over its head (01 | “小食堂”撑起“大民生”, 二 | 稳投资): part of
	// the heading, which the repair joins; alone it read as a page number.
	for (let i = 0; i + 1 < blocks.length; i++) {
		if (SECTION_NUMBER.test(blocks[i].text.trim()) && found[i + 1].kind === 'heading') {
			found[i] = { kind: 'heading', reason: 'section_number' };
		}
	}
	// ▼ alone | 某滑雪场夜滑场景（图片来源：…）: a web page's mark pointing at the photo, set on a
	// line of its own above the caption under the photo; mark and caption are one caption.
	for (let i = 0; i + 1 < blocks.length; i++) {
		const caption = blocks[i + 1].text.trim();
		if (
			PHOTO_MARK.test(blocks[i].text.trim()) &&
			caption.length > 0 &&
			visibleLength(caption) <= 60 &&
			!hasInnerTerminal(caption) &&
			!PHOTO_MARK.test(caption)
		) {
			found[i] = { kind: 'caption', reason: 'photo_mark' };
			found[i + 1] = { kind: 'caption', reason: 'photo_mark' };
		}
	}
	readDataBoxes(blocks, found);
	readTimelines(blocks, found);
	sameMarkHeads(blocks, found);
	return found;

	/**
	 * A caption written as one full sentence (11月20日，果农在基地采摘蜜橘。): a short scene or a
	 * dated line right above its photographer's credit ((摄影 李明)), or a short scene of people
	 * at work between running text and a head, caption or credit line.
	 */
	function isPhotoSentence(i: number): boolean {
		const text = blocks[i].text.trim();
		// An English caption sentence runs longer in characters: bounded by words instead.
		const long = zhDoc ? visibleLength(text) > 60 : wordCount(text) > 40;
		if (long || !/[。.]$/u.test(text) || hasInnerTerminal(text)) return false;
		if (continuationSignal(text) !== null || startsWithCount(text) || ANAPHORA.test(text))
			return false;
		const next = blocks[i + 1]?.text.trim() ?? '';
		const dated = /^\d{1,2}月\d{1,2}日[，,]/u.test(text) || DATED_EN.test(text);
		const photoCredit = isPhotoCredit(next);
		const scene = isScene(text) || (!zhDoc && SCENE_EN.test(text));
		// The credit of one picture, alone in its block, prints under that picture's caption: a
		// dated line or a scene, said with its full stop (…电站全景。, 某基地，主播在推介…。).
		if (photoCredit && isCredit(next)) {
			const view = isScene(text.replace(/[。.]$/u, '')) || placeThenScene(text);
			// …a reduction of 87. | the photo | its credit | 5 percent; …: a picture set inside
			// a paragraph cut in two, the line above its credit is its caption.
			const prev = blocks[i - 1]?.text ?? '';
			const after = blocks[i + 2]?.text ?? '';
			const inside = after !== '' && (isOpenBody(i - 1) || splitsWord(prev, after));
			return dated || scene || (view && !/\d/u.test(text)) || inside;
		}
		// …保底分红18万元； | 某宣传部供图 | 某中心，工人正在…。 | 再加上…: a credit printed above its
		// caption, the pair set inside a paragraph cut in two.
		const prevLine = blocks[i - 1]?.text.trim() ?? '';
		const creditAbove = isPhotoCredit(prevLine) && isCredit(prevLine);
		// An English draft sets the same with a full stop before the photo: a credit under running
		// text (not under a caption) is printed above its caption, one short sentence.
		const enAbove =
			!zhDoc &&
			found[i - 2]?.kind === 'body' &&
			wordCount(text) <= 30 &&
			(text.match(/[.!?](?:\s|$)/gu) ?? []).length === 1;
		if (creditAbove && enAbove && label[i + 1] === false) return true;
		const cutAbove =
			isOpenBody(i - 2) ||
			(found[i - 2]?.kind === 'body' && /[；;]$/u.test(blocks[i - 2].text.trimEnd()));
		if (creditAbove && cutAbove && label[i + 1] === false) {
			return isScene(text.replace(/[。.]$/u, '')) || placeThenScene(text);
		}
		const busy = /正在/u.test(text) || (SCENE_PEOPLE.test(text) && SCENE_ACTION.test(text));
		// Under a head, the first sentence of a section is running text however short.
		return (
			busy &&
			visibleLength(text) <= 40 &&
			!/\d/u.test(text) &&
			label[i - 1] === false &&
			label[i + 1] === true
		);
	}

	/**
	 * A pull quote: a quotation alone in its block (“…”, maybe ——its speaker) whose words the text
	 * within three blocks says too. A page sets it in display type between the halves of the
	 * paragraph it quotes; it is no second copy of the running text.
	 */
	function isPullQuote(i: number): boolean {
		const m = QUOTE_BLOCK.exec(blocks[i].text.trim());
		if (!m) return false;
		const bare = (t: string) => t.replace(/[\p{P}\s]/gu, '');
		const words = bare(m[1]);
		if ([...words].length < 6) return false;
		for (let k = Math.max(0, i - 3); k <= Math.min(blocks.length - 1, i + 3); k++) {
			if (k !== i && bare(blocks[k].text).includes(words)) return true;
		}
		// Set where it cuts the sentence it quotes: its words run on over the two halves.
		const halves = (blocks[i - 1]?.text ?? '') + (blocks[i + 1]?.text ?? '');
		return bare(halves).includes(words);
	}

	/** Whether block i is an item of a related-reading list (相关阅读 | ●《…》). */
	function isRelatedItem(i: number): boolean {
		for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
			const t = blocks[k].text.trim();
			if (RELATED_HEAD.test(t)) return true;
			if (!startsWithListMarker(t) && !/^《/u.test(t)) return false;
		}
		return false;
	}

	/**
	 * Whether block i is the first half of a caption broken over two lines: a short line with no
	 * full stop, then a short end of sentence that goes on with it (cut after a comma, or the
	 * second half opening with 和/与/及), then a credit of one picture.
	 */
	function brokenCaption(i: number): boolean {
		const text = blocks[i].text.trim();
		const tail = blocks[i + 1]?.text.trim() ?? '';
		const credit = blocks[i + 2]?.text.trim() ?? '';
		if (!isPhotoCredit(credit) || !isCredit(credit)) return false;
		if (!label[i] || !isCaptionCut(text, tail)) return false;
		return visibleLength(tail) <= 30 && /[。.]$/u.test(tail) && !hasInnerTerminal(tail);
	}

	/** Whether block `j` is a line of a table: a row, a header or a title. */
	function tableLine(j: number): boolean {
		const text = blocks[j]?.text.trim() ?? '';
		return text !== '' && (isTableRow(text) || isTableHeader(text) || TABLE_TITLE.test(text));
	}

	function classifyOne(block: TextBlock, i: number): KindGuess {
		const text = block.text.trim();
		if (block.kind) return { kind: block.kind, reason: 'hint' };
		if (block.boundary) return { kind: 'body', reason: 'running_text' };
		const next = blocks[i + 1]?.text.trim() ?? '';
		const shown = display.get(i);
		if (shown) return shown;
		// A table flattened to lines: a row of cells is running text of its own (never a caption),
		// as is a chart's series set as one line (2019: 5.12; 2020: 4.63; …) or a fact box's line
		// (62.84 billion yuan: investment in water projects). A lone line with one figure among
		// its cells is a table's row only beside another row, a header or a title; alone it is as
		// likely the page's header (paper, date, 第2版, section).
		const figures = tableFigures(text);
		if (
			figures >= 2 ||
			isFigureLine(text) ||
			(figures === 1 && (tableLine(i - 1) || tableLine(i + 1))) ||
			(isTableHeader(text) && isTableRow(next))
		) {
			return { kind: 'body', reason: 'table' };
		}
		// 表 …（单位：亿元）: a table's title. Stating the unit of every cell below, in it or in a
		// unit note right under it (表 … | 单位：亿元), it heads the rows like a section head;
		// without one it is a title set like a figure's caption.
		if (TABLE_TITLE.test(text) && visibleLength(text) <= 60 && !hasInnerTerminal(text)) {
			return /单位[：:]/u.test(text) || UNIT_NOTE.test(next)
				? { kind: 'heading', reason: 'table' }
				: { kind: 'caption', reason: 'table' };
		}
		// 【背景】什么是创业担保贷款, 【记者手记】小窗口，大民生: the head of a box set in the page.
		// An editor's note's label alone (【编者按】) opens the note's text, which the repair joins.
		const box = BOX_LABEL.exec(text);
		if (box) {
			const rest = text.slice(box[0].length).trim();
			if (!rest) {
				return NOTE_LABEL.test(text)
					? { kind: 'body', reason: 'running_text' }
					: { kind: 'heading', reason: 'box_head' };
			}
			if (isBoxHead(rest)) return { kind: 'heading', reason: 'box_head' };
		}
		if (RELATED_HEAD.test(text)) return { kind: 'heading', reason: 'box_head' };
		// — END —, 阅读原文, 点击蓝字 关注我们: a public account's furniture, never the article's text.
		if (isEndMatterMark(text) || ACCOUNT_FURNITURE.test(text))
			return { kind: 'credit', reason: 'page_furniture' };
		if (isRelatedItem(i)) return { kind: 'body', reason: 'running_text' };
		if (isQrPrompt(text)) {
			return { kind: 'caption', reason: 'qr_prompt' };
		}
		if (isPicturePrompt(text)) return { kind: 'caption', reason: 'picture_prompt' };
		if (isPullQuote(i)) return { kind: 'caption', reason: 'pull_quote' };
		if (isPageFurniture(text) || block.repeated)
			return { kind: 'credit', reason: 'page_furniture' };
		if (isCredit(text)) return { kind: 'credit', reason: 'credit_pattern' };
		// 【县农业农村局局长 王立峰】, 【对话】: a whole line in square brackets names who speaks next
		// or what follows, a head over the text under it, never running text.
		if (BRACKETED_LINE.test(text) && !CAPTION_START.test(text.slice(1)))
			return { kind: 'heading', reason: 'heading_short' };
		// A hard-wrapped copy printed the block to the margin and a page break cut it: running
		// text, however short the piece (a caption's or a head's line ends short of the margin).
		if (block.cutAtMargin && !CAPTION_START.test(text)) {
			return { kind: 'body', reason: 'running_text' };
		}
		if (label[i] && BAR_LABEL.test(text)) return { kind: 'heading', reason: 'box_head' };
		// 单位：万人 alone over a chart's or table's figures: the unit note, set with the title as
		// the figure's caption (never the rows' head).
		if (
			UNIT_NOTE.test(text) &&
			(isTableRow(next) || isTableHeader(next) || tableFigures(next) >= 2)
		)
			return { kind: 'caption', reason: 'table' };
		// ▼某市主要指标 | 指标 2022年 2024年 | …: a line over a table's rows heads them (a title
		// written as a figure's label, 表 …, was read above).
		if (
			label[i] &&
			firstBody !== -1 &&
			i > firstBody &&
			(isTableRow(next) || isTableHeader(next)) &&
			!CAPTION_START.test(text)
		) {
			return { kind: 'heading', reason: 'table' };
		}
		// The signing body above a closing date: 宜春经济技术开发区管理委员会 / 2023年9月28日.
		if (
			label[i] &&
			i > firstBody &&
			firstBody !== -1 &&
			i + 2 >= blocks.length &&
			isDateLine(next)
		) {
			return { kind: 'credit', reason: 'credit_pattern' };
		}
		// A short line pushed to the right margin after the text has begun: a byline or credit.
		if (
			block.layout?.align === 'right' &&
			!block.layout.bold &&
			label[i] &&
			firstBody !== -1 &&
			i > firstBody &&
			visibleLength(text) <= 30 &&
			!isScene(text)
		) {
			return { kind: 'credit', reason: 'layout' };
		}
		// 图为…… 记者 张三 摄: a caption with its photographer's credit at the end.
		if (CAPTION_WITH_CREDIT.test(text) && visibleLength(text) <= 150) {
			return { kind: 'caption', reason: 'caption_pattern' };
		}
		if (
			CAPTION_START.test(text) &&
			visibleLength(text) <= 120 &&
			!/[。.]$/.test(text.slice(0, 3))
		) {
			// 图为…总装车间。（资料图片）: a note in brackets after the caption's full stop.
			const caption = text.replace(/[（(][^（）()]{1,30}[）)]$/u, '').trimEnd();
			// 图①：…。图②：…。: the captions of numbered photos set in one block.
			const numbered = caption.split(/(?<=[。！？])/u).every((c) => NUMBERED_PHOTO.test(c.trim()));
			if (label[i] || !hasInnerTerminal(caption) || numbered)
				return { kind: 'caption', reason: 'caption_pattern' };
		}
		// 某码头上的氢燃料电池重卡。（资料图片）: one sentence marked as a file photo's caption, or
		// with its picture's credit in brackets (…机柜整齐排列。（某局供图））.
		const creditNote = PICTURE_CREDIT_NOTE.exec(text);
		const photoNote =
			FILE_PHOTO_NOTE.exec(text) ??
			(creditNote && isPhotoCredit(creditNote[1]) ? creditNote : null);
		if (photoNote && visibleLength(text) <= 80) {
			const sentence = text.slice(0, photoNote.index).trimEnd();
			if (sentence && !hasInnerTerminal(sentence) && continuationSignal(sentence) === null)
				return { kind: 'caption', reason: 'caption_pattern' };
		}
		// A question alone between paragraphs, not inside a broken one: a head that asks.
		if (
			QUESTION_HEAD.test(text) &&
			firstBody !== -1 &&
			i > firstBody &&
			(endsTerminated(blocks[i - 1].text) || label[i - 1]) &&
			blocks[i + 1] !== undefined &&
			label[i + 1] === false
		) {
			return { kind: 'heading', reason: 'heading_short' };
		}
		// 某基地，主播在推介本地大米 | 和富硒茶叶。 | （记者 某某 摄）: a caption broken over two
		// lines above its photo's credit, both halves caption.
		if (firstBody !== -1 && i > firstBody && brokenCaption(i)) {
			return { kind: 'caption', reason: 'caption_scene' };
		}
		if (
			firstBody !== -1 &&
			i > firstBody + 1 &&
			found[i - 1]?.kind === 'caption' &&
			brokenCaption(i - 1)
		) {
			return { kind: 'caption', reason: 'caption_scene' };
		}
		const marked = isMarkedHead(text);
		const strongLabel =
			DASH_START.test(text) ||
			isParallel(text) ||
			marked ||
			(startsWithListMarker(text) && !endsOpen(text));
		const afterOpen = isOpenBody(i - 1);
		// The previous block runs into this one: a word, number or range cut (2019— | 2023年),
		// a list cut after 、 or a clause cut after 与/的/增至 that this line goes on with (a
		// photo set there is a scene, and stays a caption).
		if (afterOpen && label[i] && !strongLabel) {
			const prevText = blocks[i - 1].text.trimEnd();
			// (Chinese only: an English page cut after "on" before a head is the known counter-case.)
			const cutOpen =
				/[、，,]$/u.test(prevText) || (/\p{Script=Han}$/u.test(prevText) && endsOpen(prevText));
			// …同比增长 | 温泉镇竹林步道 | 26.8%。: the block after fits the cut better, so this
			// line is a photo set inside the paragraph.
			const after = blocks[i + 1]?.text ?? '';
			const nextFits =
				label[i + 1] === false &&
				(startsWithCount(after) ||
					splitsWord(prevText, after) ||
					(continuationSignal(after) !== null &&
						continuationSignal(after) !== 'short_first_sentence'));
			const fragment = /[，,、]/u.test(text) || !nextFits;
			if (splitsWord(prevText, text) || (cutOpen && !isScene(text) && fragment)) {
				return { kind: 'body', reason: 'running_text' };
			}
		}
		if (
			label[i] &&
			!strongLabel &&
			continuesInto(text, blocks[i + 1], label[i + 1] === false, afterOpen)
		) {
			return { kind: 'body', reason: 'running_text' };
		}
		// 为解决企业融资难题，新余高新区设立了 | (a photo) | 规模5亿元的…: a clause and a comma
		// with no scene in it, and running text after the photo that does not start afresh.
		if (label[i] && !strongLabel && !afterOpen && /[，,]/u.test(text) && !isScene(text)) {
			// A photo's scene or a QR-code prompt may stand between the halves.
			const between = blocks[i + 1]?.text.trim() ?? '';
			const k = label[i + 1] && (isScene(between) || isQrPrompt(between)) ? i + 2 : i + 1;
			const after = blocks[k];
			if (after && label[k] === false && !startsNewThought(after.text) && !after.kind) {
				return { kind: 'body', reason: 'running_text' };
			}
		}
		if (i === lead && isTitle(text, label[i], zhDoc))
			return { kind: 'title', reason: 'first_line' };
		if (!label[i] && firstBody !== -1 && i > firstBody && isPhotoSentence(i)) {
			return { kind: 'caption', reason: 'caption_scene' };
		}
		// 名词解释： above 两年平均增长：(…): a head over labelled terms.
		if (
			isColonLabel(text) &&
			((isColonLabel(next) && label[i + 2] === false) || opensWithLabel(next))
		) {
			return { kind: 'heading', reason: 'heading_short' };
		}
		// — The head of the department explains the new measures: an English subtitle under the
		// title (a head, after a translator's note) runs past a label's length, but has no full stop.
		if (
			i <= 3 &&
			underDisplayLine(i) &&
			DASH_START.test(text) &&
			!hasInnerTerminal(text) &&
			!/[.。]$/u.test(text) &&
			(zhDoc ? visibleLength(text) <= 80 : wordCount(text) <= 40)
		)
			return { kind: 'subtitle', reason: 'dash_subtitle' };
		if (!label[i]) return { kind: 'body', reason: 'running_text' };
		if (DASH_START.test(text)) return { kind: 'subtitle', reason: 'dash_subtitle' };
		if (startsWithListMarker(text)) return { kind: 'heading', reason: 'heading_numbered' };
		if (marked) return { kind: 'heading', reason: 'heading_short' };
		if (isParallel(text)) return { kind: 'heading', reason: 'heading_parallel' };
		// The line right under the title, before any text: the title's second deck.
		if (i === lead + 1 && isTitle(blocks[lead].text, label[lead], zhDoc) && !blocks[lead].kind) {
			return { kind: 'subtitle', reason: 'under_title' };
		}
		const len = zhDoc ? visibleLength(text) : wordCount(text) * 2;
		let caption = 0;
		let heading = 0;
		if (SCENE_END.test(text)) caption += 3;
		if (/的/u.test(text) && len >= 12) caption += 1;
		if (/\d/u.test(text)) caption += 1;
		// A scene: people at work, or something going on (工人正在…, 市民在窗口办理业务).
		if (/正在/u.test(text)) caption += 2;
		if (SCENE_PEOPLE.test(text)) caption += 1;
		if (SCENE_ACTION.test(text)) caption += 1;
		// A place named and shown (遂川县汤湖镇茶园, 赣州市大数据中心指挥大厅).
		if (PLACE_START.test(text) && PLACE_END.test(text) && !HEAD_VERB_START.test(text)) caption += 3;
		if (len > 20) caption += 1;
		// Set apart by a run of blank lines amid the text: how pages lay out a photo's caption,
		// strong evidence when other short lines in the text (headings) have only one.
		if ((block.blankBefore ?? 0) >= 2 && i > 0) {
			caption += spacedLayout && firstBody !== -1 && i > firstBody ? 3 : 1;
		}
		// Inside a broken paragraph: a page sets a photo there, never a section head.
		const prev = i > 0 ? blocks[i - 1] : undefined;
		if (prev && isOpenBody(i - 1)) caption += 3;
		// Headings of this text are numbered or parallel, and this line is neither.
		if (strongHeadings >= 2 && firstBody !== -1 && i > firstBody) caption += 3;
		if (!zhDoc) {
			if (SCENE_EN.test(text)) caption += 2;
			const long = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
			const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
			if (long.length && capitalised >= 0.8 * long.length) heading += 2;
			else if (capitalised <= 0.5 * long.length) caption += 1;
		}
		if (HEAD_TREND_END.test(text) && !isScene(text)) heading += 4;
		// How a head is worded: "topic：phrase" (林长制：一山一长), a figure of speech in quotes
		// (保税维修“修”出新产业), letters spaced out (织 网). A caption shows a scene instead.
		if (
			zhDoc &&
			!isScene(text) &&
			(TOPIC_HEADLINE.test(text) ||
				(QUOTED_WORD.test(text) && len <= 16) ||
				LETTER_SPACED.test(text))
		)
			heading += 4;
		if (len <= 16) heading += 1;
		if (firstBody === -1 || i < firstBody) heading += 1;
		if (i + 1 < blocks.length && !label[i + 1]) heading += 1;
		// A word processor's look: captions set in italics or smaller, heads in bold or larger.
		const look = layoutEvidence(block, bodySize);
		caption += look.caption;
		heading += look.heading;
		const byLook = look.caption > 0 || look.heading > 0;
		if (caption > heading)
			return { kind: 'caption', reason: byLook && look.caption > 0 ? 'layout' : 'caption_scene' };
		return { kind: 'heading', reason: byLook && look.heading > 0 ? 'layout' : 'heading_short' };
	}
}

/** What follows a box's label when it is the box's head: a short title, maybe a question. */
function isBoxHead(rest: string): boolean {
	return (
		visibleLength(rest) <= 24 &&
		!hasInnerTerminal(rest) &&
		!endsCut(rest) &&
		!endsOpen(rest) &&
		!/[。；;：:]$/u.test(rest)
	);
}

/** 扫描二维码 了解…, 扫码观看…, 扫一扫在手机打开当前页: a prompt printed beside a QR code. */
function isQrPrompt(text: string): boolean {
	return QR_PROMPT.test(text) && /二维码|扫码|扫一扫/u.test(text);
}

/** 点击图片查看大图, 点击查看原图: a web page's prompt under a picture, part of its caption block. */
const PICTURE_PROMPT =
	/^[（(]?(?:点击|点此|轻触|单击)(?:图片)?(?:可)?(?:查看|浏览|进入)(?:大图|原图|高清大图|高清图|组图|图集)[）)]?$/u;

/**
 * Whether a line is a web page's prompt printed with a picture (点击图片查看大图): it belongs to
 * the picture, set between the halves of a paragraph like its caption.
 *
 * @example
 * isPicturePrompt('点击图片查看大图') // true
 */
export function isPicturePrompt(text: string): boolean {
	return PICTURE_PROMPT.test(text.trim());
}

/** Where a page places one of several pictures: 左图, 右图, 上图, 下图, 中图, 图①. */
const PICTURE_PLACE = /(?:左|右|上|下|中)图|图\s?[①-⑳]/u;
const PLACED_CREDIT =
	/^(?:(?:左|右|上|下|中)图|图\s?[①-⑳])[：:\s]\s*[^：:，,。；;]{2,24}?(?:\s?摄影?|供图|提供)[\s；;，,。]*$/u;

/**
 * Whether a line credits several pictures one by one, each by its place on the page (左图 本报
 * 记者 某某摄 右图 某局供图): the credit line of a pair of photos, printed above or below the
 * captions, not a caption (a caption says what the picture shows, 左图：村民在采茶。).
 *
 * @example
 * isPlacedCredits('左图 本报记者 李 青摄 右图 某县文旅局供图') // true
 * isPlacedCredits('左图：村民在茶园采茶；') // false
 */
export function isPlacedCredits(text: string): boolean {
	const t = text.trim();
	if (!PICTURE_PLACE.test(t.slice(0, 3))) return false;
	const parts = t.split(new RegExp(`(?=${PICTURE_PLACE.source})`, 'u')).filter((p) => p.trim());
	return parts.length >= 2 && parts.every((p) => PLACED_CREDIT.test(p.trim()));
}

/**
 * Whether caption `next` is the second half of a pair set at the gutter, each half opening with
 * its picture's place (左图：…； | 右图：…。): one caption for the pair.
 *
 * @example
 * isPairedCaption('左图：村民在茶园采茶；', '右图：游客在茶室品茶。') // true
 */
export function isPairedCaption(text: string, next: string): boolean {
	const a = /^(左|右|上|下|中)图[：:]/u.exec(text.trim());
	const b = /^(左|右|上|下|中)图[：:]/u.exec(next.trim());
	return a !== null && b !== null && a[1] !== b[1] && /[；;，,]$/u.test(text.trimEnd());
}

/** The label of a box of figures set as a graphic: 【数说】, 【数读】, 【数据】, 【一图读懂】. */
const DATA_BOX = /^【(?:数说|数读|数据|数字|数览|图说|看数据|一图读懂)】/u;
/** A figure with its unit alone on a line (628.4亿元, 76.5%, 58万m3): a data box's figure. */
export const LONE_FIGURE =
	/^[-+]?\d[\d,.]*\s*[万亿千百]*\s*(?:[%％‰]|[\p{Script=Han}]{1,3}|[a-zA-Z³²₂]{1,6}\d?)?$/u;

/**
 * A box of figures set as a graphic (【数说】某县林业 | 森林覆盖率 76.5% | 活立木蓄积量 1126.8万m³
 * | …): its head titles the graphic, a caption like a chart's title; each line under it, a label
 * and its figure (or a figure over its label), is a row of running text of its own, never a
 * head or a caption. The box ends at its source line or at the first line that is no row.
 */
function readDataBoxes(blocks: readonly TextBlock[], found: KindGuess[]): void {
	for (let i = 0; i < blocks.length; i++) {
		// A word processor may style the head as a caption, which it is.
		const hinted = blocks[i].kind !== undefined && blocks[i].kind !== 'caption';
		if (hinted || !DATA_BOX.test(blocks[i].text.trim())) continue;
		if (!blocks[i].kind) found[i] = { kind: 'caption', reason: 'table' };
		for (let k = i + 1; k < blocks.length && !blocks[k].kind && isDataRow(blocks, k); k++) {
			found[k] = { kind: 'body', reason: 'table' };
		}
	}
}

/** A short line with no sentence punctuation that holds a figure, or the label under one. */
function isDataRow(blocks: readonly TextBlock[], k: number): boolean {
	const text = blocks[k].text.trim();
	if (!text || visibleLength(text) > 40 || /[。！？；，,;：:]/u.test(text) || isCredit(text))
		return false;
	return /\d/u.test(text) || LONE_FIGURE.test(blocks[k - 1]?.text.trim() ?? '');
}

const DATE_ALONE =
	/^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?$/u;
const DATED_ENTRY = /^\d{4}年\d{1,2}月(?:\d{1,3}日)?[\s\u3000]+\S/u;

/**
 * A chronicle set in a sidebar (大事记): a date alone over what happened then (2019年3月 | 全面推行
 * 林长制…), or both on a line (2021年3月 主体工程开工建设). Two entries at least make one; each
 * entry is a paragraph of running text, the events written without a full stop by design (so
 * no open sentence to join), never a head or a caption.
 */
function readTimelines(blocks: readonly TextBlock[], found: KindGuess[]): void {
	const text = (k: number) => blocks[k]?.text.trim() ?? '';
	const event = (k: number) =>
		k < blocks.length &&
		!blocks[k].kind &&
		text(k) !== '' &&
		!DATE_ALONE.test(text(k)) &&
		visibleLength(text(k)) <= 60 &&
		!hasInnerTerminal(text(k)) &&
		!isCredit(text(k));
	const dateOver = (k: number) =>
		k >= 0 && DATE_ALONE.test(text(k)) && !blocks[k].kind && event(k + 1);
	const dated = (k: number) => k >= 0 && k < blocks.length && DATED_ENTRY.test(text(k)) && event(k);
	for (let i = 0; i < blocks.length; i++) {
		if (dateOver(i) && (dateOver(i + 2) || dateOver(i - 2))) {
			found[i] = { kind: 'body', reason: 'timeline' };
			found[i + 1] = { kind: 'body', reason: 'timeline' };
		} else if (dated(i) && (dated(i + 1) || dated(i - 1))) {
			found[i] = { kind: 'body', reason: 'timeline' };
		}
	}
}

/**
 * Whether a line is a head by its mark: a short line opening with a head's decorative mark
 * (▌授权运营：…, ◎算力：…, 🔹…), not a caption (图为…, a photographer's credit) after the mark.
 *
 * @example
 * isMarkedHead('◎算力：为数据“加满油”') // true
 */
export function isMarkedHead(text: string): boolean {
	const t = text.trim();
	const mark = HEAD_MARK.exec(t);
	if (!mark) return false;
	const rest = t.slice(mark[0].length).trim();
	return (
		rest.length > 0 &&
		visibleLength(rest) <= 40 &&
		!CAPTION_START.test(rest) &&
		!CAPTION_WITH_CREDIT.test(rest) &&
		!endsTerminated(rest) &&
		!hasInnerTerminal(rest)
	);
}

/**
 * ◆ 基地：… | … | ◆ 目标：2025年种业产值突破50亿元: a page sets its heads in one style; a short
 * unterminated line opening with the mark two heads of the page open with is a head too, even
 * when its figures made it read as a table's row or a scene's caption.
 */
function sameMarkHeads(blocks: readonly TextBlock[], found: KindGuess[]): void {
	const markOf = (i: number) => HEAD_MARK.exec(blocks[i].text.trim())?.[0];
	const heads = new Map<string, number>();
	blocks.forEach((_, i) => {
		const mark = markOf(i);
		if (mark && found[i].kind === 'heading') heads.set(mark, (heads.get(mark) ?? 0) + 1);
	});
	blocks.forEach((b, i) => {
		const mark = markOf(i);
		const text = b.text.trim();
		if (
			!mark ||
			(heads.get(mark) ?? 0) < 2 ||
			found[i].kind === 'heading' ||
			found[i].reason === 'hint' ||
			visibleLength(text) > 40 ||
			endsTerminated(text) ||
			hasInnerTerminal(text)
		)
			return;
		found[i] = { kind: 'heading', reason: 'heading_short' };
	});
}
