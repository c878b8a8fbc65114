/**
 * The textual signals block kinds and paragraph repair are read from: how a block ends, how it
 * starts, whether its quotes and brackets balance. Shared by kinds.ts and repair.ts.
 */

const CLOSERS = '"\'”’」』）)\\]】》〉';
/** A paragraph ends here: sentence-final punctuation (or a colon introducing what follows). */
const TERMINAL_END = new RegExp(`(?:[。！？!?；;:：.]|…|⋯)[${CLOSERS}]*$`, 'u');
const TRAILING_NOTE = /(?:[。！？!?.…]["'”’]?)\s*[（(【[][^（）()【】[\]]{1,40}[）)】\]]$/u;
/** Sentence-final punctuation somewhere before the end. */
const INNER_TERMINAL = /[。！？!?](?=.)|\.(?=\s+\p{Lu})/u;
/** Characters that cannot start a Chinese sentence: structural particles and closing marks. */
const CONTINUATION_START =
	/^(?:的(?!确)|了(?!解)|着(?![力眼手重实想])|们|吗|呢|吧|么(?!样)|[，,、。.；;：:！!？?”’」』）)\]】》〉…])/u;
const LIST_MARKER =
	/^(?:[•·●○◆◇■□▪▶►▷▸\-*–]\s*|\d{1,2}\s*[｜|]\s*(?=\S)|\(?\d{1,2}(?:\.(?!\d)|[)、）])\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|第[一二三四五六七八九十\d]{1,3}[章节条部分])/u;
/** A bullet glyph that opens a list item or a link in a list (▶ 往期文章的标题). */
const BULLET = /^[•●○◆◇■□▪▶►▷▸]/u;
/** Openings of a new paragraph in news writing: a date, a time phrase, a connective. */
const NEW_THOUGHT =
	/^(?:\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|近年来|近日|日前|今年以来|去年以来|据了解|据悉|据介绍|同时，|此外|另外|与此同时|目前，|截至|记者|本报讯)/u;

/** How a photo caption opens: 图为…, 图1, 图①, 组图：…, ▲, Photo: … */
export const CAPTION_START =
	/^(?:photo:|(?:the\s+)?(?:photo|picture)\s+shows\b|图为|图[：:]|组图[：:]|上图|下图|左图|右图|中图|图\s?\d|图\s?[①-⑳]|图片[：:]|照片[：:]|▲|△|↑|↓|fig(?:ure)?\.?\s*\d)/iu;

const PAIRS: Record<string, string> = {
	'“': '”',
	'‘': '’',
	'《': '》',
	'（': '）',
	'(': ')',
	'「': '」',
	'『': '』',
	'【': '】',
	'〈': '〉'
};
const OPENERS_OF: Record<string, string> = Object.fromEntries(
	Object.entries(PAIRS).map(([open, close]) => [close, open])
);

const CUT_DECIMAL = /\p{Script=Han}[^。！？!?\p{Script=Latin}]{0,8}\d[.．]$/u;

/** Whether a block ends a paragraph (。！？；：… or . ! ? :, closing quotes allowed after). */
export function endsTerminated(text: string): boolean {
	const t = text.trimEnd();
	// 是2019年的3. | 5倍: Chinese ends a sentence with 。, so a point after a digit cut a decimal.
	if (CUT_DECIMAL.test(t)) return false;
	// A closing note after the last full stop: …取得新成效。（记者 张三） / …said. (Xinhua)
	return TERMINAL_END.test(t) || TRAILING_NOTE.test(t);
}

/** Whether a block holds a sentence end before its last character (so it is running text). */
export function hasInnerTerminal(text: string): boolean {
	return INNER_TERMINAL.test(text.trimEnd());
}

const LETTER = /\p{L}/u;

/** ’ inside or at the end of an English word (CATL’s, workers’) is an apostrophe, not a quote. */
function isApostrophe(text: string, i: number): boolean {
	const before = text[i - 1] ?? '';
	const after = text[i + 1] ?? '';
	if (!LETTER.test(before)) return false;
	return LETTER.test(after) || ((before === 's' || before === 'S') && !LETTER.test(after));
}

/**
 * Walks the quotes and brackets of the first `within` code units of a text: `unmatchedCloser`
 * is set when a closer comes with no opener before it, `open` counts openers never closed.
 */
function balance(text: string, within: number): { unmatchedCloser: boolean; open: number } {
	const depth: Record<string, number> = {};
	let open = 0;
	let unmatchedCloser = false;
	const end = Math.min(text.length, within);
	for (let i = 0; i < end; i++) {
		const ch = text[i];
		if (PAIRS[ch]) {
			depth[ch] = (depth[ch] ?? 0) + 1;
			open++;
		} else if (OPENERS_OF[ch]) {
			if (ch === '’' && isApostrophe(text, i)) continue;
			const opener = OPENERS_OF[ch];
			if (depth[opener]) {
				depth[opener]--;
				open--;
			} else unmatchedCloser = true;
		}
	}
	return { unmatchedCloser, open };
}

/** A closing quote or bracket with no opener before it: the opener is in another block. */
export function hasUnmatchedCloser(text: string, within = Infinity): boolean {
	return balance(text, within).unmatchedCloser;
}

/** An opening quote or bracket never closed in the block: it closes in another block. */
export function hasUnmatchedOpener(text: string): boolean {
	return balance(text, Infinity).open > 0;
}

/** How strongly a block's start says it continues a sentence begun elsewhere. */
export type ContinuationSignal =
	| 'particle' // 的, 了 … or a punctuation mark first
	| 'lowercase' // an English sentence does not start in lower case
	| 'unmatched_closer' // ” or 》 before any “ or 《
	| 'short_first_sentence' // 配套。… : the tail of the previous block's sentence
	| null;

/**
 * Why a block's first words continue another block's sentence, or null.
 *
 * @example
 * continuationSignal('的“双百双千”良好发展格局。') // 'particle'
 * continuationSignal('配套。围绕主导产业，该区着力……') // 'short_first_sentence'
 */
export function continuationSignal(text: string): ContinuationSignal {
	const t = text.trimStart();
	// A bullet (•, ▶ …) opens an item of its own, whatever follows it.
	if (BULLET.test(t)) return null;
	if (CONTINUATION_START.test(t)) return 'particle';
	if (/^\p{Ll}/u.test(t) && !/^(?:e\.g\.|i\.e\.|iPhone|iPad|eBay|vs\.)/.test(t)) return 'lowercase';
	if (hasUnmatchedCloser(t, 80)) return 'unmatched_closer';
	const first = /^[^。！？!?，,；;“”"]{1,8}[。！？!?]/u.exec(t);
	// 谢谢。我县…, 好的。…: a speaker's answer opens with a reply, a sentence of its own.
	if (first && t.length > first[0].length && !REPLY.test(first[0])) return 'short_first_sentence';
	return null;
}

/** A reply or greeting said as a sentence of its own: 谢谢。, 好的。, 是的！, 大家好！ */
const REPLY =
	/^(?:谢谢(?:您|你|大家|主持人)?|感谢(?:您|你|大家)?|好的|是的|对|对的|没错|当然|您好|你好|大家好|各位好)[。！!]$/u;

/** Whether a block opens like a new paragraph of news writing (a date, 近年来, a list item). */
export function startsNewThought(text: string): boolean {
	const t = text.trimStart();
	return NEW_THOUGHT.test(t) || LIST_MARKER.test(t);
}

/** Whether a block starts with a list marker (•, 1., （一）, 一是 …). */
export function startsWithListMarker(text: string): boolean {
	return LIST_MARKER.test(text.trimStart());
}

/** Length in code points, without spaces. */
export function visibleLength(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// Low surrogates are the second half of a character already counted.
		if (c >= 0xdc00 && c <= 0xdfff) continue;
		if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0) continue;
		n++;
	}
	return n;
}

/** Words of an English text (for length limits on English headings and captions). */
export function wordCount(text: string): number {
	return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

type WordSegmenter = { segment(text: string): Iterable<{ segment: string; index: number }> };
let segmenter: WordSegmenter | null | undefined;

/** Intl.Segmenter for Chinese words, where the platform has one (Node 20, every current browser). */
function zhSegmenter(): WordSegmenter | null {
	if (segmenter === undefined) {
		const Ctor = (Intl as unknown as { Segmenter?: new (l: string, o: object) => WordSegmenter })
			.Segmenter;
		segmenter = Ctor ? new Ctor('zh', { granularity: 'word' }) : null;
	}
	return segmenter;
}

/**
 * Whether the break between two blocks falls inside a word or a number: 设立2 | 0年,
 * “金 | 融活水”, 数据显 | 示. A page break cuts anywhere; a paragraph never ends mid-word.
 *
 * @example
 * splitsWord('“金', '融活水”') // true
 * splitsWord('率先', '推行行政服务') // false
 */
export function splitsWord(a: string, b: string): boolean {
	const left = a.trimEnd();
	const right = b.trimStart();
	// A number cut from its unit or measure word: 186 | 家, 3 | 个百分点, 1.2 | 万吨.
	if (
		/\d$/u.test(left) &&
		/^[\d.年月日号时点分秒亿万千百十余多个家项人元%％‰吨件份亩台辆套座所条名户倍批场次]/u.test(
			right
		)
	)
		return true;
	// A grade in Roman numerals cut from its measure word: 防汛Ⅳ | 级应急响应, Ⅱ | 类水质.
	if (/[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]$/u.test(left) && /^[级类期档等号]/u.test(right)) return true;
	// A decimal cut after its point: 87. | 5%, 87. | 5 percent (not …to 250. | 3. We will…).
	if (/\d[.．]$/u.test(left) && /^\d/u.test(right) && !LIST_MARKER.test(right)) return true;
	// A range cut after its dash: 2019— | 2023年, 1— | 9月, a date's too: 12月6日至 | 8日.
	if (/\d[年月日号时]?\s*[—–\-~～至到]$/u.test(left) && /^\d/u.test(right)) return true;
	if (EN_BEFORE_NUMBER.test(left) && /^\d/u.test(right)) return true;
	if (/\p{Script=Latin}$/u.test(left) && /^\p{Ll}/u.test(right) && !/\s/u.test(a.slice(-1))) {
		return /\p{Script=Han}/u.test(left + right);
	}
	const seg = zhSegmenter();
	if (!seg || !/\p{Script=Han}$/u.test(left) || !/^\p{Script=Han}/u.test(right)) return false;
	const l = [...left].slice(-6).join('');
	const r = [...right].slice(0, 6).join('');
	for (const s of seg.segment(l + r)) {
		if (s.index < l.length && s.index + s.segment.length > l.length) return true;
	}
	return false;
}

const EN_BEFORE_NUMBER =
	/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|No\.|p\.|pp\.|Fig\.)$/u;
/**
 * Words a sentence cannot stop on: particles, conjunctions, and verbs and adverbs that need a
 * figure or an object after them (增至 | 186家, 突破 | 1000亿元, 提高了 | 1.2个百分点, 面积达 |
 * 18.6万亩, 约 | 3万吨).
 */
const ZH_OPEN_END =
	/(?:[的和把被让使其是与或]|(?<![抵到送直通发表传下])达|[约共超]|增至|增加到|提高到|提升到|扩大到|下降到|降至|减少到|达到|超过|突破|提高了|增长了|下降了|最高|累计|合计|共计|总计|逾|年均增长|同比增长|同比下降|环比增长|压减|引进了|实现了|(?:增长|增加|提高|提升|扩大|上升|攀升|下降|减少|降低|缩短|缩减|延长)(?:到|至))$/u;
const EN_OPEN_END =
	/\b(?:the|a|an|of|and|or|to|in|on|at|for|with|by|from|has|have|had|is|are|was|were|be|been|that|which|its|their|as|into|than|but|nor|this|these|our|his|her)$/iu;

/** Whether a block ends on a word no heading or sentence ends on (的, 和, 增至, the, of …). */
export function endsOpen(text: string): boolean {
	const t = text.trimEnd();
	return ZH_OPEN_END.test(t) || EN_OPEN_END.test(t);
}

/**
 * A cut range or an open mark at the end: 2019— | 2023年, 1— | 9月, 12月6日至 | 8日, “招一个龙头、 |
 * …, （其中 | …）.
 */
const CUT_END = /(?:[，,、（(“‘《【〈「『]|\d[年月日号时]?\s*[—–\-~～至到])$/u;

/**
 * Whether a block ends where no paragraph, heading or caption ends: on a comma, 、, an opening
 * quote or bracket, or a number range cut after its dash (2019—).
 *
 * @example
 * endsCut('推动产业结构由“重”向“新”转变。2019—') // true
 * endsCut('聚焦新能源、新材料、') // true
 * endsCut('聚焦高频事项') // false
 */
export function endsCut(text: string): boolean {
	return CUT_END.test(text.trimEnd());
}

/** A figure with its unit or measure word at the start: 186家, 2.3万份, 70%以上, 1200余家次. */
const COUNT_START =
	/^\d+(?:[.,]\d+)*\s*(?:[万亿千百]+)?(?:余|多)?\s*(?:[%％‰个家项元吨件人次份亩台辆套座所条名户倍批场]|个百分点|平方米|公里|千米|千瓦|万元|亿元|美元|标箱)/u;

/** Whether a block starts with a figure and its unit, the way the rest of a cut sentence does. */
export function startsWithCount(text: string): boolean {
	return COUNT_START.test(text.trimStart());
}

/** A letter's salutation (各有关单位：, 尊敬的各位来宾：, 同志们：): it stands alone above the letter. */
const SALUTATION =
	/^(?:各|尊敬的|亲爱的|致)|(?:们|同志|先生|女士|单位|部门|领导|朋友|同事|同学|老师|来宾|代表)[：:]$/u;

/**
 * Whether a block is a lone label ending in a colon: a speaker's name or role in an interview
 * (记者：, 龙建华：, 问：), a term before its definition (两年平均增长：), a box's head over such
 * terms (名词解释：). A clause that announces a list (主要做法有：, …以下工作：) or a letter's
 * salutation is not one.
 *
 * @example
 * isColonLabel('记者：') // true
 * isColonLabel('各有关单位：') // false
 */
export function isColonLabel(text: string): boolean {
	const t = text.trim();
	return (
		/^[\p{Script=Han}\p{L}\d·“”《》]{1,10}[：:]$/u.test(t) &&
		!SALUTATION.test(t) &&
		!/(?:以下|如下|包括|主要有|有)[：:]$/u.test(t)
	);
}

/**
 * Whether a block opens with a label and a colon and goes on after it (记者：…, Two-year average
 * growth: …): an entry of its own, so a lone label above it is a head over such entries.
 */
export function opensWithLabel(text: string): boolean {
	return /^[^，。,.;；:：!?！？“”"]{1,40}[：:]\s*\S/u.test(text.trim());
}

const CLOSING_MARK = /^[”’」』》〉）)]/u;

/**
 * Whether the break between two blocks falls right before a closing quote or bracket: the first
 * block opens a quote or bracket it never closes (even if its last sentence ended inside the
 * quote), the second starts by closing one.
 *
 * @example
 * cutBeforeCloser('他说：“订单排到了年底。', '”该公司负责人说。') // true
 */
export function cutBeforeCloser(a: string, b: string): boolean {
	return hasUnmatchedOpener(a) && CLOSING_MARK.test(b.trimStart()) && hasUnmatchedCloser(b, 1);
}

/** A numbered photo's caption (图① …, 图②：…): a page prints several stacked, with one credit. */
export const NUMBERED_PHOTO = /^图\s?[①-⑳]/u;

const HALF_WIDTH: Record<string, string> = {
	',': '，',
	';': '；',
	':': '：',
	'(': '（',
	')': '）',
	'!': '！',
	'?': '？'
};

/**
 * Chinese text with the half-width , ; : ( ) ! ? that a web page or a Chinese input method left
 * inside it (项目投产后; | 主要做法是: | 据介绍,) read as the full-width marks they stand for: a mark
 * right after a Han character (or a ( opening before one). English text and numbers keep theirs
 * (GDP(gross…), 3,000, 10:30). Only for reading the signals; the text itself is not changed.
 *
 * @example
 * widenPunctuation('项目投产后;') // '项目投产后；'
 * widenPunctuation('GDP(gross domestic product)') // unchanged
 */
export function widenPunctuation(text: string): string {
	// Only where a half-width mark follows a Han character (or a ( comes before one).
	if (!HALF_AFTER_HAN.test(text)) return text;
	let open = 0;
	return text.replace(/[,;:()!?]/gu, (ch, i: number) => {
		const before = text[i - 1] ?? '';
		if (ch === '(') {
			if (HAN_OR_CLOSER.test(before) || (!LATIN.test(before) && HAN.test(text[i + 1] ?? ''))) {
				open++;
				return '（';
			}
			return ch;
		}
		if (ch === ')') {
			if (open === 0) return ch;
			open--;
			return '）';
		}
		return HAN_OR_CLOSER.test(before) ? HALF_WIDTH[ch] : ch;
	});
}

const HALF_AFTER_HAN = /[\u3400-\u9fff\uf900-\ufaff”’」』》）][,;:()!?]|\((?=[\u3400-\u9fff])/;
const HAN_OR_CLOSER = /[\p{Script=Han}”’」』》）]/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** A cell of a table flattened to a line: a figure (42.6, -3.2, 1.9%, 3.2万户) or a word. */
const NUMERIC_CELL = /^[-−+]?\d[\d,.]*(?:[万亿千百]*)(?:[%％‰]|\p{Script=Han}{1,3})?$/u;

/**
 * Whether a line is a row of a table flattened by a copy (cells separated by tabs, U+3000 or
 * spaces, which the import turns into one space): three or more cells, none of them a sentence,
 * at least one a figure, as a table's rows have (粮食产量 42.6 41.8 1.9%). A table's header
 * row has no figure: see {@link isTableHeader}.
 *
 * @example
 * isTableRow('粮食产量 42.6 41.8 1.9%') // true
 * isTableRow('本报记者 李 华 通讯员 陈 东') // false
 */
export function isTableRow(text: string): boolean {
	return tableFigures(text) > 0;
}

/**
 * How many cells of a line read as a table's row are figures (0 when the line is no row): a
 * row of a real table has several, or rows, a header or a title beside it; a lone line of one
 * figure is as likely a page's header (江城晚报 2023年5月8日 星期一 第2版 综合新闻).
 */
export function tableFigures(text: string): number {
	const cells = tableCells(text);
	return cells === null
		? 0
		: cells.filter((c) => NUMERIC_CELL.test(c) || (/\d/u.test(c) && c.length <= 8)).length;
}

/** A figure's unit after it: %, or one to three words (billion yuan, m³, tCO2e). */
const UNIT = String.raw`(?:[%％‰]|\p{L}[\p{L}\d³²₂]{0,11}(?:\s+\p{L}[\p{L}\d³²₂]{0,11}){0,2})`;
/** A label, a colon, a figure, maybe its unit (5.86 (10,000 persons)); label up to n characters. */
const labelledFigure = (n: number) =>
	new RegExp(
		String.raw`^[^:：;；.!?。！？]{1,${n}}[:：]\s*[-−+]?\d[\d,.]*\s*${UNIT}?\s*(?:[(（][^()（）]{1,30}[)）])?$`,
		'u'
	);
/** One item of a chart's series in one line. */
const SERIES_ITEM = labelledFigure(30);
/** A fact box's line, label first: Output in the first three quarters: 2.14 billion yuan. */
const FACT_ITEM = labelledFigure(80);
/** A figure as a fact box states it: with a decimal point, thousands or a scale word. */
const STATED_FIGURE = /\d[.,]\d|\d\s*(?:[%％‰]|thousand|million|billion|trillion|万|亿)/iu;
/** A fact box's line in English, figure first: 62.84 billion yuan: investment in water projects. */
const FIGURE_GLOSS = new RegExp(
	String.raw`^[-−+]?\d[\d,.]*\s*${UNIT}\s*[:：]\s+\p{Ll}[^:;.!?。；！？]{2,120}$`,
	'u'
);

/**
 * Whether a line is figures set as data rather than a sentence: a chart's or a table's series
 * in one line, three or more items apart by semicolons (2019: 5.12; 2020: 4.63; 2021: 5.35),
 * or one line of a fact box, a figure with what it measures (Forest coverage: 76.5%, 62.84
 * billion yuan: investment in water projects). It ends with its figure or its gloss, not with
 * a full stop, and is no sentence cut open.
 *
 * @example
 * isFigureLine('2019: 5.12; 2020: 4.63; 2021: 5.35 (10,000 persons)') // true
 * isFigureLine('38.6 million mu: the irrigated area') // true
 * isFigureLine('Output rose in 2019: 5.12 tonnes; then it fell') // false
 */
export function isFigureLine(text: string): boolean {
	const t = text.trim().replace(/[;；]$/u, '');
	if (t.length > 400) return false;
	if (FIGURE_GLOSS.test(t)) return STATED_FIGURE.test(t.slice(0, t.search(/[:：]/u)));
	const items = t.split(/\s*[;；]\s*/u);
	if (items.length === 1) return FACT_ITEM.test(t) && STATED_FIGURE.test(t);
	return items.length >= 3 && items.every((item) => SERIES_ITEM.test(item));
}

/** A table's header row: three or more short cells, no figure, no byline word. */
export function isTableHeader(text: string): boolean {
	const cells = tableCells(text);
	return cells !== null && !cells.some((c) => NUMERIC_CELL.test(c));
}

function tableCells(text: string): string[] | null {
	// A row is short and has at least two gaps between cells (a cheap test first: this runs on
	// every block of every document).
	if (text.length > 160 || !/\S\s+\S+\s+\S/u.test(text)) return null;
	const cells = text.trim().split(/\s+/u);
	if (cells.length < 3) return null;
	// A byline (本报记者 李 华 通讯员 陈 东) pads names with spaces; a caption (图③ …) or a
	// parallel head is no table either.
	if (/记者|通讯员|摄|来源|作者|编辑/u.test(text) || CAPTION_START.test(text.trim())) return null;
	if (cells.some((c) => [...c].length > 16 || /[。！？；，,;：:]/u.test(c))) return null;
	if (cells.some((c) => [...c].length === 1 && /\p{Script=Han}/u.test(c))) return null;
	// A Chinese table: every cell a figure or Chinese words (an English line has spaces anyway,
	// and a page number - 2 - is no row).
	if (!cells.every((c) => /[\p{Script=Han}\d]/u.test(c)) || !/\p{Script=Han}/u.test(text))
		return null;
	return cells;
}

/** 【编者按】, 【链接】什么是统保统贷, 【记者手记】…: a bracketed label that opens a note or a box. */
export const BOX_LABEL = /^【[^【】\s：:]{1,8}】/u;

/**
 * Labels of a note written by the paper around the story (an editor's note, its afterword, a
 * reporter's notes): the label runs into the note's text (【编者按】城市更新，…).
 */
export const NOTE_LABEL =
	/^【(?:编者按|编者的话|编后|编后语|编后记|记者手记|采访手记|记者观察|短评|点评)】/u;

/**
 * A line that closes an article on a web page and opens its end matter: — END —, （完）,
 * 往期推荐, 推荐阅读, 阅读原文, a list of other stories (相关阅读, 相关推荐). What follows it is no
 * part of the article's paragraphs.
 *
 * @example
 * isEndMatterMark('— END —') // true
 * isEndMatterMark('往期推荐') // true
 */
export function isEndMatterMark(text: string): boolean {
	return END_MATTER.test(text.trim());
}
const END_MATTER =
	/^(?:[—–\-－=\s]*(?:END|THE END|[（(]?全文完[）)]?)[—–\-－=\s]*|[（(]完[）)]|往期(?:推荐|回顾|精选|精彩)|推荐阅读|阅读原文|【?(?:相关(?:阅读|推荐|新闻|报道)|热门推荐|为你推荐|更多阅读)】?[：:]?)$/iu;

/** Page numbers and running heads a PDF copy leaves between the halves of a paragraph. */
const PAGE_FURNITURE =
	/^(?:[-—–－·•\s]*\d{1,4}[-—–－·•\s]*|第\s*\d+\s*页(?:\s*[/／，,]?\s*共\s*\d+\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|page\s+\d+(?:\s+of\s+\d+)?|\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天])$/iu;
/**
 * A page-jump line, where a story breaks off to another page or resumes from one: （下转第二版）,
 * （上接第1版）, (Continued on page 2), (Continued from A1). Page furniture set inside the story.
 */
const PAGE_JUMP =
	/^[（(]?\s*(?:下转|上接|转|接|续)\s*第?\s*[一二三四五六七八九十\dA-Z]{1,3}\s*(?:版|页|面)\s*[）)]?$|^\(?\s*(?:continued|cont(?:inued|'d|\.)?)\s+(?:on|from)\s+(?:page\s+)?[A-Z]?\d{1,3}\s*\)?\.?$/iu;
/** A journal's running footer or header, its name and issue: 《某某经济参考》2024年第23期. */
const ISSUE_LINE =
	/^《[^《》]{2,24}》\s*(?:\d{4}\s*年\s*)?第\s*\d{1,3}\s*期(?:\s*[（(]总第\s*\d{1,4}\s*期[）)])?$/u;

/**
 * A page number, running head or footer, or page-jump line that a PDF copy leaves between the
 * halves of a paragraph: — 2 —, 第3页, （下转第二版）, 《某某经济参考》2024年第23期.
 *
 * @example
 * isPageFurniture('— 2 —') // true
 */
export function isPageFurniture(text: string): boolean {
	const t = text.trim();
	return PAGE_FURNITURE.test(t) || PAGE_JUMP.test(t) || ISSUE_LINE.test(t);
}

/** The decorative mark a head opens with: ◆, ■, ▌, ❄️, 🔹 (not a caption's ▲ or a list's •). */
export const HEAD_MARK = /^(?:[◆◇■□★☆●◎❖▌▍▎▋]|(?![©®™])\p{Extended_Pictographic}\uFE0F?)/u;
