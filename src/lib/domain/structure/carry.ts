/**
 * Text typed while a structure edit is being stored (a split, merge, unjoin, their undo, a
 * restored version) follows the words it was typed beside into the paragraphs the edit left,
 * so none of it is lost or lands in another paragraph.
 *
 * A merge is done again on the typed texts (joinTexts), and a split cuts the typed text where
 * it cut the stored one; the result is what the edit would have given had the typing been
 * stored first. Any other edit that keeps every non-space character in order (an unjoin's undo)
 * finds each place by the count of non-space characters before it. An edit that changed the
 * words themselves (a restored version) is merged three ways.
 */
import { mergeText, type TextChange } from '../text/merge.ts';
import { diffChars } from '../tm/diff.ts';
import { joinTexts } from './merge.ts';

/** Every change from `base` to `side`, in order, in `base`'s offsets (UTF-16). */
function changesOf(base: string, side: string): TextChange[] {
	const changes: TextChange[] = [];
	let at = 0;
	for (const part of diffChars(base, side)) {
		const last = changes.at(-1);
		const open = last !== undefined && last.to === at;
		if (part.op === 'equal') at += part.text.length;
		else if (part.op === 'delete') {
			if (open) last.to += part.text.length;
			else changes.push({ from: at, to: at + part.text.length, text: '' });
			at += part.text.length;
		} else if (open) last.text += part.text;
		else changes.push({ from: at, to: at, text: part.text });
	}
	return changes;
}

/**
 * Where offset `at` of a text is after `changes`. Text typed exactly at `at` comes before it for
 * the end of a piece (it joins that piece) and after it for the start of one.
 */
function mapOffset(changes: readonly TextChange[], at: number, side: 'start' | 'end'): number {
	let shift = 0;
	for (const c of changes) {
		if (c.from > at || (side === 'start' && c.from === at && c.to === at)) break;
		if (c.to <= at) shift += c.text.length - (c.to - c.from);
		// Inside a replaced span: just after the text that replaced it.
		else return c.from + shift + c.text.length;
	}
	return at + shift;
}

/** A paragraph's id and target text. */
export interface TargetText {
	id: string;
	target: string;
}

interface Place {
	row: number;
	offset: number;
}

const SPACE = /\s/u;
const solid = (text: string) => text.replace(/\s/gu, '');

/** Where each non-space character of the paragraphs after the edit sits. */
function placesOf(after: readonly TargetText[]): Place[] {
	const places: Place[] = [];
	after.forEach((row, r) => {
		for (let i = 0; i < row.target.length; i++)
			if (!SPACE.test(row.target[i])) places.push({ row: r, offset: i });
	});
	return places;
}

/** The place after the edit of offset `at` in paragraph `index` before it. */
function placeAfter(
	before: readonly TargetText[],
	after: readonly TargetText[],
	places: Place[],
	index: number,
	at: number
): Place & { spaces: number } {
	const text = before[index].target;
	let earlier = 0;
	for (let k = 0; k < index; k++) earlier += solid(before[k].target).length;
	const inside = solid(text.slice(0, at)).length;
	let spaces = 0;
	while (spaces < at && SPACE.test(text[at - 1 - spaces])) spaces++;
	const count = earlier + inside;
	if (inside > 0) {
		// Just after the character before it, and the white space that followed that character.
		const { row, offset } = places[count - 1];
		let end = offset + 1;
		let left = spaces;
		while (left > 0 && end < after[row].target.length && SPACE.test(after[row].target[end])) {
			end++;
			left--;
		}
		return { row, offset: end, spaces: left };
	}
	// At the start of its paragraph: just before that paragraph's first character.
	if (count < places.length) return { ...places[count], spaces: 0 };
	const row = after.length - 1;
	return { row, offset: after[row].target.length, spaces: 0 };
}

/**
 * The texts the paragraphs after a structure edit should hold, given what was typed into the
 * paragraphs before it (`typed`, by id) while the edit ran. Only paragraphs that get typed text
 * are in the result.
 *
 * @example
 * carryTyping(
 *   [{ id: 'a', target: 'It grew.' }, { id: 'b', target: 'It won.' }],
 *   [{ id: 'a', target: 'It grew. It won.' }],
 *   new Map([['b', 'It won. Again.']])
 * ) // Map { 'a' => 'It grew. It won. Again.' }
 */
export function carryTyping(
	before: readonly TargetText[],
	after: readonly TargetText[],
	typed: ReadonlyMap<string, string>
): Map<string, string> {
	const result = new Map<string, string>();
	if (!after.length || before.every((row) => (typed.get(row.id) ?? row.target) === row.target))
		return result;
	const texts =
		joinedAgain(before, after, typed) ??
		cutAgain(before, after, typed) ??
		byPlace(before, after, typed);
	after.forEach((row, r) => {
		if (texts[r] !== row.target) result.set(row.id, texts[r]);
	});
	return result;
}

const joinAll = (texts: string[]) => texts.reduce((text, next) => joinTexts(text, next).text);

/** A merge (of two paragraphs or more): the typed texts joined as the stored ones were. */
function joinedAgain(
	before: readonly TargetText[],
	after: readonly TargetText[],
	typed: ReadonlyMap<string, string>
): string[] | null {
	if (after.length !== 1 || before.length < 2) return null;
	if (joinAll(before.map((r) => r.target)) !== after[0].target) return null;
	return [joinAll(before.map((r) => typed.get(r.id) ?? r.target))];
}

/**
 * A split: the typed text cut where the stored one was. Typing at a cut stays with the piece
 * before it, typing after the white space of a cut with the piece after it.
 */
function cutAgain(
	before: readonly TargetText[],
	after: readonly TargetText[],
	typed: ReadonlyMap<string, string>
): string[] | null {
	if (before.length !== 1 || after.length < 2) return null;
	const whole = before[0].target;
	const local = typed.get(before[0].id) ?? whole;
	// Where each piece sits in the stored text, with only white space between them.
	const spans: [number, number][] = [];
	let cursor = 0;
	for (const { target } of after) {
		const at = whole.indexOf(target, cursor);
		if (at < 0 || whole.slice(cursor, at).trim()) return null;
		spans.push([at, at + target.length]);
		cursor = at + target.length;
	}
	if (whole.slice(cursor).trim()) return null;
	const changes = changesOf(whole, local);
	const cuts = spans.map(([start, end], k) => [
		k === 0 ? 0 : mapOffset(changes, start, 'start'),
		k === spans.length - 1 ? local.length : mapOffset(changes, end, 'end')
	]);
	// A piece whose start the typing moved past its end keeps what lies between.
	for (let k = 1; k < cuts.length; k++) cuts[k][0] = Math.max(cuts[k][0], cuts[k - 1][1]);
	return cuts.map(([from, to], k) => {
		const piece = local.slice(from, Math.max(from, to));
		const trimmed = k === 0 ? piece : piece.trimStart();
		return k === cuts.length - 1 ? trimmed : trimmed.trimEnd();
	});
}

/** Any other edit: each typed change goes where the characters around it went. */
function byPlace(
	before: readonly TargetText[],
	after: readonly TargetText[],
	typed: ReadonlyMap<string, string>
): string[] {
	const texts = after.map((row) => row.target);
	const edits: { index: number; change: TextChange }[] = [];
	before.forEach((row, index) => {
		const local = typed.get(row.id);
		if (local !== undefined && local !== row.target)
			for (const change of changesOf(row.target, local)) edits.push({ index, change });
	});
	const sameWords =
		solid(before.map((r) => r.target).join('')) === solid(after.map((r) => r.target).join(''));
	if (!sameWords) {
		for (const [index, row] of before.entries()) {
			const local = typed.get(row.id) ?? row.target;
			if (local === row.target) continue;
			const kept = after.findIndex((r) => r.id === row.id);
			if (kept >= 0) texts[kept] = mergeText(row.target, local, texts[kept]).text;
			// Its paragraph is gone and its words changed: the typed text joins the first one left.
			else
				for (const { change } of edits.filter((e) => e.index === index))
					texts[0] = `${texts[0]} ${change.text}`.trim();
		}
	} else {
		const places = placesOf(after);
		const moves = edits.map(({ index, change }) => {
			const from = placeAfter(before, after, places, index, change.from);
			const to = placeAfter(before, after, places, index, change.to);
			// A deletion across a cut stops at the end of the paragraph it started in.
			const end = to.row === from.row ? Math.max(to.offset, from.offset) : from.offset;
			return {
				index,
				row: from.row,
				from: from.offset,
				to: end,
				text: ' '.repeat(from.spaces) + change.text
			};
		});
		// From the end backwards, so each edit's offsets still hold when it is applied.
		moves.sort((x, y) => y.row - x.row || y.from - x.from || y.index - x.index);
		for (const move of moves) {
			const text = texts[move.row];
			texts[move.row] = text.slice(0, move.from) + move.text + text.slice(move.to);
		}
	}
	return texts;
}
