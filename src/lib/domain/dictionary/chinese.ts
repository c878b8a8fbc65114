/**
 * Chinese word segmentation for alignment: forward maximum matching against the dictionary's
 * headwords; text the dictionary does not know falls back to single characters.
 */
import type { Dictionary } from './index.ts';

const STOP = new Set(
	(
		'的 了 着 过 是 在 和 与 及 而 也 就 都 又 还 才 把 被 给 对 向 从 以 于 之 其 这 那 此 该 ' +
		'我 你 他 她 它 们 我们 你们 他们 她们 它们 咱们 自己 这个 那个 这些 那些 这样 那样 这里 那里 ' +
		'一 个 有 没 没有 不 很 太 更 最 吗 呢 吧 啊 呀 哪 么 什么 怎么 怎样 为 为了 因为 所以 但 但是 ' +
		'可是 如果 虽然 或 或者 并 并且 等 等等 地 得 所 者 乎 矣 焉 哉 也 亦 乃 则 即 便 来 去 上 下 ' +
		'说 道 又 已 已经 将 要 会 能 可 可以 让 使 叫 只 只是 就是 还是 一个 一些 一样 起来 出来 下来'
	).split(' ')
);

/** Whether a Chinese word is a function word that carries nothing for alignment. */
export function isChineseStopWord(word: string): boolean {
	return STOP.has(word);
}

const HAN = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/**
 * Splits the Han runs of a text into words by forward maximum matching; characters outside Han
 * runs are skipped (Latin words and digits are read separately).
 *
 * @example
 * segmentChinese('陈清扬说他是破鞋', dict) // ['陈', '清', '扬', '说', '他', '是', '破鞋']
 */
export function segmentChinese(text: string, dictionary: Dictionary | undefined): string[] {
	const words: string[] = [];
	let i = 0;
	while (i < text.length) {
		if (!HAN.test(text[i])) {
			i++;
			continue;
		}
		const len = dictionary ? dictionary.longestAt(text, i) : 1;
		words.push(text.slice(i, i + len));
		i += len;
	}
	return words;
}
