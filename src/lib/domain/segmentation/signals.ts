/**
 * The textual signals block kinds and paragraph repair are read from: how a block ends, how it
 * starts, whether its quotes and brackets balance. Shared by kinds.ts and repair.ts.
 */

const CLOSERS = '"\'”’」』）)\\]】》〉';
/** A paragraph ends here: sentence-final punctuation (or a colon introducing what follows). */
const TERMINAL_END = new RegExp(`(?:[。！？!?；;:：.]|…|⋯)[${CLOSERS}]*$`, 'u');
/** Sentence-final punctuation somewhere before the end. */
const INNER_TERMINAL = /[。！？!?](?=.)|\.(?=\s+\p{Lu})/u;
/** Characters that cannot start a Chinese sentence: structural particles and closing marks. */
const CONTINUATION_START = /^[的了着们吗呢吧么，,、。.；;：:！!？?”’」』）)\]】》〉…]/u;
const LIST_MARKER =
	/^(?:[•·●○◆◇■□▪\-*–]\s*|\(?\d{1,2}[.)、）]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|第[一二三四五六七八九十\d]{1,3}[章节条部分])/u;
/** Openings of a new paragraph in news writing: a date, a time phrase, a connective. */
const NEW_THOUGHT =
	/^(?:\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|近年来|近日|日前|今年以来|去年以来|据了解|据悉|据介绍|同时，|此外|另外|与此同时|目前，|截至|记者|本报讯)/u;

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

/** Whether a block ends a paragraph (。！？；：… or . ! ? :, closing quotes allowed after). */
export function endsTerminated(text: string): boolean {
	return TERMINAL_END.test(text.trimEnd());
}

/** Whether a block holds a sentence end before its last character (so it is running text). */
export function hasInnerTerminal(text: string): boolean {
	return INNER_TERMINAL.test(text.trimEnd());
}

/** ’ inside or at the end of an English word (CATL’s, workers’) is an apostrophe, not a quote. */
function withoutApostrophes(text: string): string {
	return text.replace(/(?<=\p{L})’(?=\p{L})|(?<=s)’(?=\s|$)/gu, '');
}

/** A closing quote or bracket with no opener before it: the opener is in another block. */
export function hasUnmatchedCloser(text: string): boolean {
	const depth: Record<string, number> = {};
	for (const ch of withoutApostrophes(text)) {
		if (PAIRS[ch]) depth[ch] = (depth[ch] ?? 0) + 1;
		else if (OPENERS_OF[ch]) {
			const open = OPENERS_OF[ch];
			if (!depth[open]) return true;
			depth[open]--;
		}
	}
	return false;
}

/** An opening quote or bracket never closed in the block: it closes in another block. */
export function hasUnmatchedOpener(text: string): boolean {
	const depth: Record<string, number> = {};
	for (const ch of withoutApostrophes(text)) {
		if (PAIRS[ch]) depth[ch] = (depth[ch] ?? 0) + 1;
		else if (OPENERS_OF[ch] && depth[OPENERS_OF[ch]]) depth[OPENERS_OF[ch]]--;
	}
	return Object.values(depth).some((d) => d > 0);
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
	if (CONTINUATION_START.test(t)) return 'particle';
	if (/^\p{Ll}/u.test(t) && !/^(?:e\.g\.|i\.e\.|iPhone|iPad|eBay|vs\.)/.test(t)) return 'lowercase';
	if (hasUnmatchedCloser(t.slice(0, 80))) return 'unmatched_closer';
	const first = /^[^。！？!?，,；;]{1,4}[。！？!?]/u.exec(t);
	if (first && t.length > first[0].length) return 'short_first_sentence';
	return null;
}

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
	for (const ch of text) if (!/\s/u.test(ch)) n++;
	return n;
}

/** Words of an English text (for length limits on English headings and captions). */
export function wordCount(text: string): number {
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
