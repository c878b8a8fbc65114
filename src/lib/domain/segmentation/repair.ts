/**
 * Paragraph repair: documents copied out of newspapers and PDFs break paragraphs mid-sentence
 * at page and column breaks, leave photo captions and credits as lone lines, and sometimes set
 * the tail of a paragraph somewhere else on the page. `repairBlocks` reads the blocks and
 * proposes what to do, as data the import screen shows one by one; `applyRepairs` builds the
 * paragraphs from the proposals the translator accepted.
 *
 * The rules, in order:
 * 1. Kinds first (kinds.ts): only body blocks are joined.
 * 2. A body block that does not end a sentence is joined with the next body block, skipping
 *    up to two captions, credits or headings set between them, unless that block plainly opens
 *    a new paragraph (a date, 近年来, a list item) without any sign of continuing.
 *    Pull quotes, numbered photos with their one credit, QR-code prompts and a boxed sidebar
 *    (【链接】… and its text) may stand between the halves too; rows of a table flattened to
 *    lines are never joined.
 * 3. A body block that starts mid-sentence (的…, a lower-case word, a ” or 》 with no opener,
 *    a 配套。-like tail) but has no unfinished block before it is a displaced fragment: it is
 *    moved to the end of an unfinished paragraph that has no continuation of its own.
 */
import type { SegmentKind } from '../types.ts';
import { joinPieces, type TextBlock } from './blocks.ts';
import { opensFootnote } from './hard-wrap.ts';
import {
	classifyBlocks,
	isCaptionCut,
	isPairedCaption,
	isPicturePrompt,
	LONE_FIGURE,
	type KindReason
} from './kinds.ts';
import {
	BOX_LABEL,
	CAPTION_START,
	visibleLength,
	NUMBERED_PHOTO,
	continuationSignal,
	cutBeforeCloser,
	endsCut,
	endsOpen,
	endsTerminated,
	hasInnerTerminal,
	hasUnmatchedCloser,
	hasUnmatchedOpener,
	isColonLabel,
	opensWithLabel,
	splitsWord,
	startsNewThought,
	startsWithCount,
	startsWithListMarker,
	isEndMatterMark,
	HEAD_MARK,
	widenPunctuation
} from './signals.ts';

export type RepairReason =
	| 'unterminated' // the block ends mid-sentence and the next one goes on with it
	| 'unterminated_continuation' // … and the next one starts in a way no sentence starts
	| 'displaced_fragment' // the fragment starts mid-sentence; the paragraph it ends is elsewhere
	| 'manual' // joined by hand on the import screen
	| KindReason;

/** One proposed change. `blocks` are input block indexes. */
export interface RepairItem {
	/** Stable for the same input: 'join:9-10', 'move-join:34-21', 'kind:12'. */
	id: string;
	/**
	 * join: append blocks[1] to blocks[0] (the blocks between, captions and the like, stay);
	 * move-join: move fragment blocks[1] to the end of blocks[0];
	 * kind: give blocks[0] the kind `to`.
	 */
	kind: 'join' | 'move-join' | 'kind';
	blocks: number[];
	reason: RepairReason;
	/** The block kind proposed (kind proposals only). */
	to?: SegmentKind;
	/** Blocks skipped over by a join (captions or headings set inside the paragraph). */
	skipped?: number[];
}

export interface RepairProposal {
	/** Inferred kind of every input block, as if every kind proposal were accepted. */
	kinds: SegmentKind[];
	proposals: RepairItem[];
}

/** Why a join by hand cannot be made, as a code the import screen turns into words. */
export type ManualJoinRefusal = 'out_of_range' | 'same_block' | 'same_paragraph';

/**
 * A join made by hand: block `piece` (with the blocks already joined after it) appended to the
 * paragraph that `host` belongs to, whatever their places. `units` are the paragraphs as they
 * stand. Links that brought `piece` onto another paragraph are returned in `detach`, to be
 * rejected (or dropped, for joins made by hand).
 *
 * @example
 * manualJoin(units, 4, 2) // { item: { id: 'manual:4-2', kind: 'move-join', blocks: [4, 2], reason: 'manual' }, detach: [] }
 */
export function manualJoin(
	units: readonly RepairedUnit[],
	links: readonly RepairItem[],
	decisions: RepairDecisions,
	host: number,
	piece: number,
	blockCount: number
): { item: RepairItem; detach: string[] } | { refused: ManualJoinRefusal } {
	const inRange = (n: number) => Number.isInteger(n) && n >= 0 && n < blockCount;
	if (!inRange(host) || !inRange(piece)) return { refused: 'out_of_range' };
	if (host === piece) return { refused: 'same_block' };
	const unitOf = (b: number) => units.find((u) => u.joined.includes(b));
	const hostUnit = unitOf(host);
	if (!hostUnit || hostUnit === unitOf(piece)) return { refused: 'same_paragraph' };
	const tail = hostUnit.joined[hostUnit.joined.length - 1];
	const detach = links
		.filter((p) => p.kind !== 'kind' && p.blocks[1] === piece && decisions[p.id] !== false)
		.map((p) => p.id);
	const item: RepairItem = {
		id: `manual:${tail}-${piece}`,
		kind: piece > tail ? 'join' : 'move-join',
		blocks: [tail, piece],
		reason: 'manual'
	};
	return { item, detach };
}

/** Accept (true) or reject (false) by proposal id; proposals not listed are accepted. */
export type RepairDecisions = Record<string, boolean>;

/** A paragraph after repair: `joined` lists the input blocks it was made of, in text order. */
export interface RepairedUnit {
	kind: SegmentKind;
	text: string;
	joined: number[];
	/**
	 * A caption, credit or heading that sat between the halves of a paragraph now joined: the
	 * first block of that paragraph, which it now follows (its reading place changed).
	 */
	movedAfter?: number;
}

const MAX_SKIPPED = 2;
/** Most blocks a page break prints between the halves of a paragraph: notes, footer, number, head. */
const MAX_PAGE_MATTER = 6;

/**
 * Proposes kinds, joins and moves for a document's blocks.
 *
 * @example
 * const p = repairBlocks([{ text: '形成了较为完善的产业' }, { text: '配套。围绕主导产业，该区……' }]);
 * p.proposals[0] // { id: 'join:0-1', kind: 'join', blocks: [0, 1], reason: 'unterminated_continuation' }
 */
export function repairBlocks(input: readonly TextBlock[]): RepairProposal {
	// Half-width marks in Chinese text (项目投产后;, 主要做法是:) are read as the full-width ones.
	const blocks = input.map((b) => ({ ...b, text: widenPunctuation(b.text) }));
	const guesses = classifyBlocks(blocks);
	const kinds = guesses.map((g) => g.kind);
	const proposals: RepairItem[] = [];
	guesses.forEach((g, i) => {
		if (g.kind !== 'body' && g.reason !== 'hint') {
			proposals.push({ id: `kind:${i}`, kind: 'kind', blocks: [i], reason: g.reason, to: g.kind });
		}
	});

	const isBody = (i: number) => kinds[i] === 'body' && blocks[i].text.trim().length > 0;
	/** The file fixed where the block ends, or it is a row of a table flattened to lines. */
	const fixed = (i: number) =>
		blocks[i].boundary !== undefined ||
		guesses[i].reason === 'table' ||
		guesses[i].reason === 'timeline';
	/** A body block the repair may join (inside the document, no boundary the file fixed). */
	const joinable = (i: number) => i < blocks.length && isBody(i) && !fixed(i);
	/** Unfinished: no sentence's end, or printed to a column's margin where a page break cut it. */
	const unfinished = (i: number) =>
		isBody(i) && !fixed(i) && (!endsTerminated(blocks[i].text) || !!blocks[i].cutAtMargin);
	/**
	 * A short list item ends without punctuation by design: it is joined only when it is
	 * visibly cut (…最高 | 2000元补贴, or printed to a column's margin) or the next block
	 * visibly goes on with it.
	 */
	const plainItem = (i: number) =>
		!blocks[i].cutAtMargin &&
		startsWithShortListItem(blocks[i].text) &&
		!endsOpen(blocks[i].text) &&
		!endsCut(blocks[i].text);
	/** 告诉记者： | “我们……”: a colon that introduces the words quoted in the next block. */
	const introducesQuote = (i: number, j: number) =>
		/[：:]$/u.test(blocks[i].text.trimEnd()) &&
		/^[“"「『]/u.test(blocks[j].text.trimStart()) &&
		!startsWithListMarker(blocks[j].text);
	/**
	 * 重点抓好三项工作： | 一是…，二是…。: a colon after words that announce a list (三项, 以下,
	 * 包括) that the next block runs on (the whole enumeration there, or no list markers at all);
	 * a list set one item a block (一是…； | 二是…；) and a letter's 各有关单位： stay apart.
	 */
	const introducesList = (i: number, j: number) =>
		/[：:]$/u.test(blocks[i].text.trimEnd()) &&
		ANNOUNCES_LIST.test(blocks[i].text) &&
		!introducesQuote(i, j) &&
		(!startsWithListMarker(blocks[j].text) || hasSecondItem(blocks[j].text));
	/**
	 * 见缝插针挖掘空间： | 利用边角地新建停车位…, 负责人算了一笔账： | 今年厂里…: a full-width colon
	 * closing a sentence that announces what the next block says, the next block going on with it
	 * (no list marker, no label of its own). Not a lone label or salutation (各有关单位：), not a
	 * list's intro (三项, 以下, 如下: introducesList), and not when the block after the next is also
	 * set after it as an item (a list of plain items one a block).
	 */
	const announcesNext = (i: number, j: number) =>
		/：$/u.test(blocks[i].text.trimEnd()) &&
		// A clause, not a lone label: a comma in it, or a sentence before it (…企业。记者看到：).
		(/[，、]/u.test(blocks[i].text) || hasInnerTerminal(blocks[i].text)) &&
		!isColonLabel(blocks[i].text) &&
		!SALUTATION_LINE.test(blocks[i].text.trim()) &&
		!ANNOUNCES_LIST.test(blocks[i].text) &&
		!introducesQuote(i, j) &&
		!startsWithListMarker(blocks[j].text) &&
		!isColonLabel(blocks[j].text) &&
		!opensWithLabel(blocks[j].text) &&
		!startsWithListMarker(blocks[j + 1]?.text ?? '');
	/**
	 * …增长42.3%； | 规上企业达到37家…: a semicolon inside a sentence that a break cut, the first
	 * half a list item or not (（三）…实现“掌上办”； | 企业开办时间…). A list set one item a block
	 * (一是…； | 二是…；) stays apart; an enumeration that runs inside a block (…。一是…； |
	 * 二是…) goes on into the next.
	 */
	const cutAtSemicolon = (i: number, j: number) =>
		/[；;]$/u.test(blocks[i].text.trimEnd()) &&
		(!startsWithListMarker(blocks[j].text) || enumeratesOn(i, j));
	/**
	 * Blocks joined as the next item of an enumeration begun inside the block before (…：一是…； |
	 * 二是…； | 三是…): the item after goes on with them too, though the block opens with its item.
	 */
	const enumerated = new Set<number>();
	const enumeratesOn = (i: number, j: number) =>
		continuesEnumeration(blocks[i].text, blocks[j].text, enumerated.has(i));
	/**
	 * 记者： | 口岸通关效率提升后…？, 两年平均增长： | 以…计算的增长率: a speaker's name or a
	 * term alone in a block, cut from the words it labels. Not a list's intro before its items,
	 * nor a head over labelled entries (名词解释： | 两年平均增长：…).
	 */
	const labelsNext = (i: number, j: number) =>
		isColonLabel(blocks[i].text) &&
		!ANNOUNCES_LIST.test(blocks[i].text) &&
		!startsWithListMarker(blocks[j].text) &&
		!isColonLabel(blocks[j].text) &&
		!opensWithLabel(blocks[j].text);
	/** 图② …: a numbered photo's caption right under another's (图① …), sharing its credit. */
	const stackedPhoto = (k: number) =>
		kinds[k] === 'caption' &&
		NUMBERED_PHOTO.test(blocks[k].text.trimStart()) &&
		k > 0 &&
		kinds[k - 1] === 'caption' &&
		NUMBERED_PHOTO.test(blocks[k - 1].text.trimStart());
	/** 【链接】…: the head of a box set inside the page (its text follows in the next block). */
	const isBoxHead = (k: number) =>
		k < blocks.length &&
		kinds[k] === 'heading' &&
		guesses[k].reason === 'box_head' &&
		BOX_LABEL.test(blocks[k].text.trimStart());
	/** 点击图片查看大图: a web page's prompt that goes with the picture below, no block of its own. */
	const pictureNote = (k: number) => kinds[k] === 'caption' && isPicturePrompt(blocks[k].text);
	const entryOverItsText = (i: number) =>
		(guesses[i].reason === 'timeline' &&
			guesses[i + 1].reason === 'timeline' &&
			DATE_ALONE_LINE.test(blocks[i].text.trim()) &&
			!DATE_ALONE_LINE.test(blocks[i + 1].text.trim())) ||
		(guesses[i].reason === 'table' &&
			guesses[i + 1].reason === 'table' &&
			kinds[i] === 'body' &&
			kinds[i + 1] === 'body' &&
			LONE_FIGURE.test(blocks[i].text.trim()) &&
			!LONE_FIGURE.test(blocks[i + 1].text.trim()));
	const hasPredecessor = new Set<number>();
	const hasSuccessor = new Set<number>();
	/** Proposes joining block j to block i (over the `skipped` blocks between, if any). */
	// — END —, 往期推荐, 阅读原文: what follows is the page's end matter, never joined to the article.
	const endFound = blocks.findIndex((b) => isEndMatterMark(b.text));
	const endAt = endFound < 0 ? blocks.length : endFound;
	const join = (i: number, j: number, reason: RepairReason, skipped: number[] = []) => {
		if (i < endAt !== j < endAt) return;
		proposals.push({
			id: `join:${i}-${j}`,
			kind: 'join',
			blocks: [i, j],
			reason,
			...(skipped.length ? { skipped } : {})
		});
		hasSuccessor.add(i);
		hasPredecessor.add(j);
	};

	// A title set over two lines (…一座港城的 | “绿色突围”): the lines the kinds found one title.
	for (let i = 0; i + 1 < blocks.length; i++) {
		if (kinds[i] !== 'title' || kinds[i + 1] !== 'title' || guesses[i + 1].reason === 'hint')
			continue;
		join(i, i + 1, 'unterminated');
	}

	// A section's number alone over its head (01 | “小食堂”撑起“大民生”): one heading.
	for (let i = 0; i + 1 < blocks.length; i++) {
		if (guesses[i].reason === 'section_number' && !hasSuccessor.has(i)) {
			join(i, i + 1, 'section_number');
		}
	}

	// ◆ 基地：从“小散弱” | 到“集中连片”: a marked head cut over two lines, its tail short, with
	// no mark and no end of its own, right over the section's text.
	for (let i = 0; i + 2 < blocks.length; i++) {
		const tail = blocks[i + 1].text.trim();
		if (
			kinds[i] === 'heading' &&
			HEAD_MARK.test(blocks[i].text.trim()) &&
			!endsTerminated(blocks[i].text) &&
			(kinds[i + 1] === 'heading' || kinds[i + 1] === 'caption') &&
			!HEAD_MARK.test(tail) &&
			!CAPTION_START.test(tail) &&
			visibleLength(tail) <= 16 &&
			!endsTerminated(tail) &&
			isBody(i + 2) &&
			!hasSuccessor.has(i)
		) {
			join(i, i + 1, 'unterminated');
			kinds[i + 1] = 'heading';
		}
	}

	// ▼ alone over its photo's caption: one caption.
	for (let i = 0; i + 1 < blocks.length; i++) {
		if (guesses[i].reason === 'photo_mark' && guesses[i + 1].reason === 'photo_mark') {
			if (!hasSuccessor.has(i) && !hasPredecessor.has(i + 1)) join(i, i + 1, 'photo_mark');
		}
	}

	// A chronicle's date alone over its event (2019年3月 | 全面推行林长制…), a data box's figure
	// over its label (628.4亿元 | 全省完成水利投资): one entry each.
	for (let i = 0; i + 1 < blocks.length; i++) {
		if (entryOverItsText(i)) join(i, i + 1, guesses[i].reason);
	}

	// A caption broken over two lines (图为某码头， | 一艘货轮正在使用岸电。): one caption.
	const captionTail = new Set<number>();
	for (let i = 0; i + 1 < blocks.length; i++) {
		if (kinds[i] !== 'caption' || kinds[i + 1] !== 'caption') continue;
		if (!isCaptionCut(blocks[i].text, blocks[i + 1].text) || hasPredecessor.has(i)) continue;
		join(i, i + 1, 'unterminated');
		captionTail.add(i + 1);
	}
	// Two photos captioned at the gutter (左图：…； | 右图：…。): one caption for the pair.
	for (let i = 0; i + 1 < blocks.length; i++) {
		if (kinds[i] !== 'caption' || kinds[i + 1] !== 'caption' || hasSuccessor.has(i)) continue;
		if (!isPairedCaption(blocks[i].text, blocks[i + 1].text)) continue;
		join(i, i + 1, 'unterminated');
		captionTail.add(i + 1);
	}

	/**
	 * ①型号合格证：… where a paragraph marks the term (…型号合格证①，): a footnote a page prints
	 * at its foot, between the halves of a paragraph the page break cut. Running text of its own,
	 * never the paragraph's continuation.
	 */
	const footnote = (k: number) => {
		if (!isBody(k) || !opensFootnote(blocks[k].text)) return false;
		const mark = blocks[k].text.trimStart()[0];
		return /[①-⑳]/u.test(mark) && blocks.some((b, n) => n !== k && b.text.slice(1).includes(mark));
	};
	/** A page's furniture (running footer, page number, running head) or a footnote. */
	const pageMatter = (k: number) => guesses[k].reason === 'page_furniture' || footnote(k);
	/** A block that goes with a picture's caption already counted among the skipped ones. */
	const partOfPicture = (k: number) => captionTail.has(k) || stackedPhoto(k) || pictureNote(k);
	for (let i = 0; i < blocks.length; i++) {
		const next = joinable(i) && joinable(i + 1);
		const colon = next ? introducesQuote(i, i + 1) : false;
		const list = next ? introducesList(i, i + 1) : false;
		const label = next ? labelsNext(i, i + 1) : false;
		// …只用了14个月。 | ”该公司副总经理说。: the sentence ended inside a quote a break cut.
		const closer = next ? cutBeforeCloser(blocks[i].text, blocks[i + 1].text) : false;
		const skipped: number[] = [];
		let j = i + 1;
		while (
			j < blocks.length &&
			(!isBody(j) || footnote(j)) &&
			kinds[j] !== 'title' &&
			// The second line of a broken caption is not a block of its own, nor is the caption
			// of a second numbered photo (图① … | 图② … | their one credit), nor a picture's prompt,
			// nor what a page break prints (its footnotes, running footer, number and head).
			(partOfPicture(j) ||
				(pageMatter(j) && skipped.length < MAX_PAGE_MATTER) ||
				skipped.filter((k) => !partOfPicture(k) && !pageMatter(k)).length < MAX_SKIPPED)
		) {
			skipped.push(j);
			j++;
		}
		// …共发放贷款2.6亿元， | 【背景】… | the box's text。 | 扶持个人创业…: a boxed sidebar
		// (its head and one paragraph) set between the halves of a paragraph cut open; the
		// paragraph goes on after the box, which then follows it.
		const boxed =
			skipped.length > 0 &&
			isBoxHead(skipped[skipped.length - 1]) &&
			unfinished(i) &&
			isBody(j) &&
			endsTerminated(blocks[j].text);
		if (boxed) {
			skipped.push(j);
			j++;
		}
		// 重点抓了四件事： | ——稳存量，…； | ——扩增量，…: items set one a block under a dash.
		if (j < blocks.length && setsDashItem(blocks[i].text, blocks[j].text)) continue;
		const overHeading = skipped.some((k) => kinds[k] === 'heading' && !(boxed && isBoxHead(k)));
		// A cut at a semicolon may have a caption and its credit printed in it.
		const semicolon = joinable(i) && joinable(j) && !overHeading && cutAtSemicolon(i, j);
		// …a reduction of 87. | (a photo) | 5 percent: a decimal cut after its point, in any language.
		const decimal =
			joinable(i) &&
			j < blocks.length &&
			/\d[.．]$/u.test(blocks[i].text.trimEnd()) &&
			/^\d/u.test(blocks[j].text.trimStart()) &&
			!startsWithListMarker(blocks[j].text);
		// 车间负责人说： | (a photo and its credit) | “…”: the quote introduced goes on after the photo.
		const quoted =
			colon ||
			(skipped.length > 0 && joinable(i) && joinable(j) && !overHeading && introducesQuote(i, j));
		// 挖掘空间： | (a photo and its credit) | 利用边角地…: what the colon announces goes on after it.
		const announced = joinable(i) && joinable(j) && !overHeading && announcesNext(i, j);
		if (
			!unfinished(i) &&
			!quoted &&
			!list &&
			!label &&
			!closer &&
			!semicolon &&
			!decimal &&
			!announced
		)
			continue;
		if (!joinable(j)) continue;
		const signal =
			continuationSignal(blocks[j].text) ??
			(splitsWord(blocks[i].text, blocks[j].text) ? 'split_word' : null) ??
			(startsWithCount(blocks[j].text) ? 'cut_number' : null) ??
			(quoted ? 'quote_after_colon' : null) ??
			(list ? 'list_after_colon' : null) ??
			(label ? 'label_colon' : null);
		// A block cut after a comma or 、 goes on, even into a date or 今年以来 (…告诉记者， | 今年以来，…).
		const cutAtComma = /[，,、]$/u.test(blocks[i].text.trimEnd());
		const opensNew =
			startsNewThought(blocks[j].text) && (!cutAtComma || startsWithListMarker(blocks[j].text));
		const enumerates = semicolon && j === i + 1 && enumeratesOn(i, j);
		// A short item cut at "；" is cut all the same: only one without an end may end so by design.
		if (!signal && !enumerates && (opensNew || (plainItem(i) && !semicolon))) continue;
		// Over a heading only a block that visibly continues may be pulled up.
		if (!signal && overHeading) continue;
		join(i, j, signal ? 'unterminated_continuation' : 'unterminated', skipped);
		if (enumerates) enumerated.add(j);
	}

	const fragments = blocks
		.map((_, i) => i)
		.filter(
			(i) =>
				i < endAt &&
				isBody(i) &&
				!fixed(i) &&
				!hasPredecessor.has(i) &&
				continuationSignal(blocks[i].text)
		);
	const orphans = blocks
		.map((_, i) => i)
		.filter((i) => i < endAt && unfinished(i) && !hasSuccessor.has(i));
	const last = lastBody(kinds, blocks);
	const successor = new Map<number, number>();
	for (const p of proposals) if (p.kind === 'join') successor.set(p.blocks[0], p.blocks[1]);
	/** Whether o already follows f in a chain of joins (moving f after o would make a loop). */
	const follows = (f: number, o: number) => {
		for (let k = successor.get(f); k !== undefined; k = successor.get(k)) if (k === o) return true;
		return false;
	};
	for (const f of fragments) {
		const closes = hasUnmatchedCloser(blocks[f].text);
		let host = -1;
		let best = -Infinity;
		for (const o of orphans) {
			if (o === f || hasSuccessor.has(o) || follows(f, o)) continue;
			const score =
				(closes && hasUnmatchedOpener(blocks[o].text) ? 4 : 0) +
				(splitsWord(blocks[o].text, blocks[f].text) ? 3 : 0) +
				(o === last ? 2 : 0) -
				Math.abs(o - f) / blocks.length;
			if (score > best) {
				best = score;
				host = o;
			}
		}
		if (host < 0) continue;
		proposals.push({
			id: `move-join:${host}-${f}`,
			kind: 'move-join',
			blocks: [host, f],
			reason: 'displaced_fragment'
		});
		hasSuccessor.add(host);
		hasPredecessor.add(f);
		successor.set(host, f);
	}
	return { kinds, proposals };
}

/** A date alone on its line (2019年3月, 2024年6月18日): a chronicle's entry over its event. */
const DATE_ALONE_LINE = /^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/u;

/** Words that announce a list: a count of items (三项工作, 三个方面), 以下, 如下, 包括. */
/** A letter's salutation ending in a colon: 各有关单位：, 尊敬的各位代表： */
const SALUTATION_LINE = /^(?:各|尊敬的|亲爱的)|们：$/u;
const ANNOUNCES_LIST =
	/(?:[一二两三四五六七八九十几多]|\d)(?:个|项|件|条|大|方面|点|类|种|招|举措|任务)|以下|如下|包括|主要有/u;

/** 一是…，二是…: the second item of an enumeration inside the same block. */
function hasSecondItem(text: string): boolean {
	return /[，,；;。]\s*(?:二是|其二|第二[，,、]|[（(]二[）)]|2[、.）)])/u.test(text);
}

const ITEM_NUMERALS = '一二三四五六七八九十';

/**
 * Whether `next` opens with the item after one that `text` runs inside (not at its start):
 * …。一是…； | 二是…, …：（1）…； | （2）…. With `fromStart`, the item may open `text` too (a
 * block already joined as an item of an enumeration begun before it: 二是…； | 三是…).
 */
function continuesEnumeration(text: string, next: string, fromStart = false): boolean {
	const opening =
		/^\s*(?:([一二三四五六七八九十])是|其([一二三四五六七八九十])|[（(]([一二三四五六七八九十]|\d{1,2})[）)])/u.exec(
			next
		);
	if (!opening) return false;
	const written = opening[1] ?? opening[2] ?? opening[3];
	const digits = /^\d+$/.test(written);
	const n = digits ? Number(written) : ITEM_NUMERALS.indexOf(written) + 1;
	if (n < 2) return false;
	const previous = digits ? String(n - 1) : ITEM_NUMERALS[n - 2];
	const label = opening[1] ? `${previous}是` : opening[2] ? `其${previous}` : null;
	const at = label
		? text.lastIndexOf(label)
		: Math.max(text.lastIndexOf(`（${previous}）`), text.lastIndexOf(`(${previous})`));
	return fromStart ? at >= 0 : at > 0;
}

/**
 * Whether `next` is an item of a list set one a block under a dash (——稳存量，…；), after a block
 * that introduces the list (…重点抓了四件事：) or is the item before (…；): a paragraph each,
 * the way the page sets them. A dash after a cut (…，| ——) is no item; a subtitle's dash is
 * read by the kinds.
 *
 * @example
 * setsDashItem('重点抓了四件事：', '——稳存量，发放稳岗资金；') // true
 */
export function setsDashItem(text: string, next: string): boolean {
	return /[：:；;]$/u.test(text.trimEnd()) && /^——(?!—)\s*\S/u.test(next.trimStart());
}

/** A short list item ("• 产业配套") ends without punctuation by design. */
function startsWithShortListItem(text: string): boolean {
	return startsWithListMarker(text) && text.length < 60;
}

function lastBody(kinds: SegmentKind[], blocks: readonly TextBlock[]): number {
	for (let i = kinds.length - 1; i >= 0; i--)
		if (kinds[i] === 'body' && blocks[i].text.trim()) return i;
	return -1;
}

/**
 * Builds the paragraphs from the blocks and the accepted proposals. Proposals not in
 * `decisions` count as accepted; a rejected kind leaves the block as body (or as its format's
 * kind); a rejected join or move leaves both blocks where they were.
 *
 * @example
 * const blocks = [{ text: '较为完善的产业' }, { text: '配套。' }];
 * applyRepairs(blocks, repairBlocks(blocks).proposals) // [{ kind: 'body', text: '较为完善的产业配套。', joined: [0, 1] }]
 */
export function applyRepairs(
	blocks: readonly TextBlock[],
	proposals: readonly RepairItem[],
	decisions: RepairDecisions = {}
): RepairedUnit[] {
	const accepted = proposals.filter((p) => decisions[p.id] !== false);
	const kinds: SegmentKind[] = blocks.map((b) => b.kind ?? 'body');
	for (const p of accepted) if (p.kind === 'kind' && p.to) kinds[p.blocks[0]] = p.to;
	const next = new Map<number, number>();
	const prev = new Map<number, number>();
	for (const p of accepted) {
		if (p.kind === 'kind') continue;
		const [a, b] = p.blocks;
		if (a === b || next.has(a) || prev.has(b) || a >= blocks.length || b >= blocks.length) continue;
		// Refuse a link that would close a loop.
		let head = a;
		while (prev.has(head)) head = prev.get(head)!;
		let loop = false;
		for (let k: number | undefined = b; k !== undefined; k = next.get(k))
			if (k === head) loop = true;
		if (loop) continue;
		next.set(a, b);
		prev.set(b, a);
	}
	const headOf = (k: number) => {
		while (prev.has(k)) k = prev.get(k)!;
		return k;
	};
	// Blocks a join stepped over now follow the joined paragraph: say which one.
	const movedAfter = new Map<number, number>();
	for (const p of accepted) {
		if (p.kind !== 'join' || next.get(p.blocks[0]) !== p.blocks[1]) continue;
		for (const s of p.skipped ?? []) {
			if (!prev.has(s) && !next.has(s)) movedAfter.set(s, headOf(p.blocks[0]));
		}
	}
	const units: RepairedUnit[] = [];
	for (let i = 0; i < blocks.length; i++) {
		if (prev.has(i)) continue;
		const joined = [i];
		for (let k = next.get(i); k !== undefined; k = next.get(k)) joined.push(k);
		const text = joined.reduce((acc, k) => joinPieces(acc, blocks[k].text.trim()), '');
		if (!text) continue;
		const after = movedAfter.get(i);
		units.push({
			kind: kinds[i],
			text,
			joined,
			...(after !== undefined ? { movedAfter: after } : {})
		});
	}
	return units;
}
