/**
 * The lexical term of a bead's cost, in one direction: each item of the "source" side (English
 * content words, or Chinese words) either finds a matching key in the other side of the bead
 * or not, scored as a likelihood ratio against a random bead of this document. By chance an item
 * matches other-side text of L characters with probability 1 - exp(-λL), λ estimated from how
 * many units of the document hold its keys; a true bead matches by translation (pMatch) or by
 * chance. So a common word earns little, a miss always costs log(1 - pMatch), and merging more
 * text into a bead is not rewarded for free.
 */
import type { UnitFeatures } from './features.ts';

/** The match gain table covers x = rate · size from e^-8 to e^1.4 (p0 up to .98), 64 steps per unit of log x. */
const LOG_X_MIN = -8;
const GAIN_STEPS = 64;
const GAIN_SIZE = Math.ceil((1.4 - LOG_X_MIN) * GAIN_STEPS) + 1;

/** log n for the sizes (characters) of spans: tabulated, it is asked for in every search cell. */
const LOG_TABLE = Float64Array.from({ length: 8192 }, (_, n) => Math.log(n));
function logOf(n: number): number {
	return n < 8192 ? LOG_TABLE[n] : Math.log(n);
}

export class LexicalModel {
	/**
	 * Per source unit, its items as ids of the keys that occur on the other side at all, in one
	 * flat layout (20,000 paragraphs hold millions of items; an array per item cost tens of MB):
	 * unit s owns items itemStart[s]..itemStart[s+1]-1; item g is entry e = itemEntry[g], whose
	 * keys are itemKeys[keyStart[e]..keyStart[e+1]-1]. An entry per keys array the units share
	 * (a word's, features.ts): keys and log λ written once per item were 40 MB of typed arrays
	 * per search of a 20,000-paragraph draft, garbage at its end.
	 */
	private readonly itemStart: Int32Array;
	private readonly itemEntry: Int32Array;
	private readonly keyStart: Int32Array;
	private readonly itemKeys: Int32Array;
	/** Per other-side unit, `words` 32-bit words: bit k set when the unit holds key k. */
	private readonly otherBits: Uint32Array;
	private readonly words: number;
	private readonly otherCount: number;
	/**
	 * Per key id, the other-side units holding it, ascending: units postStart[k] …
	 * postStart[k + 1] - 1 of postUnits.
	 */
	private readonly postStart: Int32Array;
	private readonly postUnits: Int32Array;
	/**
	 * Per source unit of at most 32 items, its masks (bit b set when item b has a key the other
	 * unit holds) against the other-side units rowLo[s] … rowHi[s] - 1, worked out together from
	 * the postings of its items' keys when first asked for (maskRow). Most pairs share no key:
	 * a pair-by-pair test read every key of every item against the other unit's bits (a Chinese
	 * unit of a chapter has some 50 keys) and a hash table cached the result; from the postings
	 * only the units holding a key are visited, and a mask is one array read.
	 */
	private readonly rowLo: Int32Array;
	private readonly rowHi: Int32Array;
	private readonly rows: (Int32Array | null)[];
	/**
	 * Cache of the 1-1 ratios of units of more than 32 items (paragraphs), per (source unit,
	 * other unit): it starts small and grows as the search fills it.
	 */
	private readonly pairCache = new NumberCache(1 << 10);
	/** Per span length, the ratio of one source unit against that many other-side units. */
	private readonly spanCaches: NumberCache[] = [];

	/** Per entry (see itemEntry), log of the random match rate per character of the other side. */
	private readonly logLambda: Float64Array;
	/** Gain of a match as a function of x = rate · size, tabulated on log x (see GAIN_STEPS). */
	private readonly hitGain: Float64Array;
	private readonly otherPrefix: Float64Array;
	private readonly pMiss: number;
	private readonly logMiss: number;
	/** A patch (see the constructor): the model whose terms the units not in `only` keep. */
	private readonly before: LexicalModel | null;
	/** A patch's source units modelled here (1); null: all are. */
	private readonly only: Uint8Array | null;

	/**
	 * With a patch, only the source units marked in `patch.only` are modelled here; the terms
	 * of the others are `patch.before`'s, which must be a model of the same units against the
	 * same other side, where nothing the ratio of an unmarked unit reads has changed: its items,
	 * and for each of its items' keys, which other-side units hold it (the second pass: Chinese
	 * words with learnt keys, English units holding a learnt key). Every term is then the number
	 * a model of all the units would give, at the cost of the marked units only.
	 */
	constructor(
		source: UnitFeatures[],
		other: UnitFeatures[],
		pMatch: number,
		pRandomFloor: number,
		patch?: { before: LexicalModel; only: Uint8Array }
	) {
		this.before = patch?.before ?? null;
		const only = (this.only = patch?.only ?? null);
		this.pMiss = 1 - pMatch;
		this.logMiss = Math.log(1 - pMatch);
		// A true bead matches by translation (pMatch) or by chance like a random one (1 - q).
		this.hitGain = new Float64Array(GAIN_SIZE);
		for (let t = 0; t < GAIN_SIZE; t++) {
			const q = Math.exp(-Math.exp(t / GAIN_STEPS + LOG_X_MIN));
			this.hitGain[t] = Math.log((1 - this.pMiss * q) / (1 - q));
		}
		this.otherPrefix = new Float64Array(other.length + 1);
		other.forEach(
			(u, o) => (this.otherPrefix[o + 1] = this.otherPrefix[o] + Math.max(u.length, 1))
		);
		const meanLength = Math.max(this.otherPrefix[other.length] / Math.max(other.length, 1), 1);
		// Only keys found on both sides can ever match: number those densely.
		// Items of a dictionary word share one keys array (features.ts): read each array once.
		const sourceKeys = new Set<string>();
		const seenArrays = new Set<readonly string[]>();
		for (let s = 0; s < source.length; s++) {
			if (only && !only[s]) continue;
			for (const item of source[s].items) {
				if (item.length > 1) {
					if (seenArrays.has(item)) continue;
					seenArrays.add(item);
				}
				for (const k of item) sourceKeys.add(k);
			}
		}
		const ids = new Map<string, number>();
		const postings: number[][] = [];
		const idOf = (k: string): number => {
			let id = ids.get(k);
			if (id === undefined) {
				if (!sourceKeys.has(k)) return -1;
				ids.set(k, (id = ids.size));
				postings.push([]);
			}
			return id;
		};
		const post = (id: number, o: number) => {
			const list = postings[id];
			if (list[list.length - 1] !== o) list.push(o);
		};
		const idsOfArray = new Map<readonly string[], number[]>();
		other.forEach((u, o) => {
			for (const item of u.items) {
				if (item.length === 1) {
					const id = idOf(item[0]);
					if (id >= 0) post(id, o);
					continue;
				}
				let list = idsOfArray.get(item);
				if (!list) {
					list = [];
					for (const k of item) {
						const id = idOf(k);
						if (id >= 0) list.push(id);
					}
					idsOfArray.set(item, list);
				}
				for (const id of list) post(id, o);
			}
			for (const k of u.keys) {
				const id = idOf(k);
				if (id >= 0) post(id, o);
			}
		});
		this.otherCount = other.length;
		this.words = Math.max(1, (ids.size + 31) >> 5);
		this.otherBits = new Uint32Array(other.length * this.words);
		this.postStart = new Int32Array(postings.length + 1);
		let posted = 0;
		postings.forEach((units, k) => {
			for (const o of units) this.otherBits[o * this.words + (k >> 5)] |= 1 << (k & 31);
			posted += units.length;
			this.postStart[k + 1] = posted;
		});
		this.postUnits = new Int32Array(posted);
		posted = 0;
		for (const units of postings) for (const o of units) this.postUnits[posted++] = o;
		this.rowLo = new Int32Array(source.length);
		this.rowHi = new Int32Array(source.length);
		this.rows = new Array<Int32Array | null>(source.length).fill(null);
		// How often an item matches a random unit of the other side of this document, as
		// log λ. Units share their items' keys arrays (a dictionary word's, and features.ts's one
		// array per key): both are worked out once per array (by identity), and log λ once per key
		// for items of one key.
		const stamp = new Int32Array(other.length).fill(-1);
		let serial = 0;
		const logLambdaOf = (keys: number[]): number => {
			serial++;
			let hits = 0;
			for (const k of keys) {
				for (const o of postings[k]) {
					if (stamp[o] !== serial) {
						stamp[o] = serial;
						hits++;
					}
				}
			}
			const f = Math.min(Math.max((hits + 0.5) / (other.length + 1), pRandomFloor), 0.98);
			return Math.log(-Math.log(1 - f) / meanLength);
		};
		const byKey = new Float64Array(ids.size).fill(NaN);
		const bySig = new Map<string, number>();
		type Entry = { known: number[]; logLambda: number; entry: number };
		const byArray = new Map<readonly string[], Entry>();
		const resolve = (keys: readonly string[]): Entry => {
			let known: number[] | null = null;
			for (const k of keys) {
				const id = ids.get(k);
				if (id === undefined) continue;
				if (known) known.push(id);
				else known = [id];
			}
			if (!known) return { known: [], logLambda: 0, entry: -1 };
			let logLambda: number;
			if (known.length === 1) {
				logLambda = byKey[known[0]];
				if (Number.isNaN(logLambda)) logLambda = byKey[known[0]] = logLambdaOf(known);
			} else {
				const sig = known.join(',');
				logLambda = bySig.get(sig) ?? NaN;
				if (Number.isNaN(logLambda)) bySig.set(sig, (logLambda = logLambdaOf(known)));
			}
			return { known, logLambda, entry: -1 };
		};
		const entries: Entry[] = [];
		this.itemStart = new Int32Array(source.length + 1);
		let keyCount = 0;
		source.forEach((u, s) => {
			let count = 0;
			if (!only || only[s]) {
				for (const keys of u.items) {
					let r = byArray.get(keys);
					if (!r) byArray.set(keys, (r = resolve(keys)));
					if (r.entry < 0) {
						r.entry = entries.length;
						entries.push(r);
						keyCount += r.known.length;
					}
				}
				count = u.items.length;
			}
			this.itemStart[s + 1] = this.itemStart[s] + count;
		});
		this.itemEntry = new Int32Array(this.itemStart[source.length]);
		source.forEach((u, s) => {
			if (only && !only[s]) return;
			let g = this.itemStart[s];
			for (const keys of u.items) this.itemEntry[g++] = byArray.get(keys)!.entry;
		});
		this.keyStart = new Int32Array(entries.length + 1);
		this.itemKeys = new Int32Array(keyCount);
		this.logLambda = new Float64Array(entries.length);
		let at = 0;
		entries.forEach((r, e) => {
			for (const id of r.known) this.itemKeys[at++] = id;
			this.keyStart[e + 1] = at;
			this.logLambda[e] = r.logLambda;
		});
	}

	/**
	 * Log-likelihood ratio of source units [s0, s1) against other-side units [o0, o1): the sum of
	 * unitLlr over the source units, in order (the search's row caches add the same terms in the
	 * same order, so their sums are equal to the last bit).
	 */
	llr(s0: number, s1: number, o0: number, o1: number): number {
		if (this.only) {
			let total = 0;
			for (let s = s0; s < s1; s++) total += this.unitLlr(s, o0, o1);
			return total;
		}
		if (o1 - o0 === 1) {
			let total = 0;
			for (let s = s0; s < s1; s++) total += this.pair(s, o0);
			return total;
		}
		return this.compute(s0, s1, o0, o1);
	}

	/**
	 * Whether an item of source unit s has a key other-side unit o holds (a unit of more than
	 * 32 items: true, untested). When not, every term of s against a span of o alone is misses.
	 */
	mayMatch(s: number, o: number): boolean {
		if (this.only && !this.only[s]) return this.before!.mayMatch(s, o);
		if (this.itemStart[s + 1] - this.itemStart[s] > 32) return true;
		let row = this.rows[s];
		if (row === null || o < this.rowLo[s] || o >= this.rowHi[s]) row = this.maskRow(s, o, o + 1);
		return row[o - this.rowLo[s]] !== 0;
	}

	/** The ratio of one source unit s against other-side units [o0, o1): one term of llr. */
	unitLlr(s: number, o0: number, o1: number): number {
		if (this.only && !this.only[s]) return this.before!.unitLlr(s, o0, o1);
		return o1 - o0 === 1 ? this.pair(s, o0) : this.span(s, o0, o1);
	}

	/**
	 * The 1-1 ratio: beads of one unit on the other side are the most common. Cached for units
	 * of more than 32 items; a shorter unit's is one mask read (maskRow) and its hits.
	 */
	private pair(s: number, o: number): number {
		if (this.itemStart[s + 1] - this.itemStart[s] <= 32) return this.spanUncached(s, o, o + 1);
		const id = s * (this.otherCount + 1) + o;
		let v = this.pairCache.get(id);
		if (Number.isNaN(v)) {
			v = this.spanUncached(s, o, o + 1);
			this.pairCache.set(id, v);
		}
		return v;
	}

	private compute(s0: number, s1: number, o0: number, o1: number): number {
		let total = 0;
		for (let s = s0; s < s1; s++) total += this.span(s, o0, o1);
		return total;
	}

	/**
	 * The ratio of source unit s against other-side units [o0, o1). For long units (paragraphs)
	 * it is cached per span length: the same span recurs in every bead shape and every search
	 * cell that covers it.
	 */
	private span(s: number, o0: number, o1: number): number {
		// Units of a few items (sentences) are cheaper to score again than to look up.
		if (this.itemStart[s + 1] - this.itemStart[s] <= 32) return this.spanUncached(s, o0, o1);
		const length = o1 - o0;
		let cache = this.spanCaches[length];
		if (!cache) cache = this.spanCaches[length] = new NumberCache(1 << 12);
		const id = s * (this.otherCount + 1) + o0;
		let v = cache.get(id);
		if (Number.isNaN(v)) {
			v = this.spanUncached(s, o0, o1);
			cache.set(id, v);
		}
		return v;
	}

	private spanUncached(s: number, o0: number, o1: number): number {
		const first = this.itemStart[s];
		const count = this.itemStart[s + 1] - first;
		if (count === 0) return 0;
		const logSize = logOf(this.otherPrefix[o1] - this.otherPrefix[o0]);
		if (count > 32) return this.computeLong(s, o0, o1, logSize);
		let row = this.rows[s];
		let lo = this.rowLo[s];
		if (row === null || o0 < lo || o1 > this.rowHi[s]) {
			row = this.maskRow(s, o0, o1);
			lo = this.rowLo[s];
		}
		let bits = 0;
		for (let o = o0; o < o1; o++) bits |= row[o - lo];
		let total = 0;
		let hits = 0;
		const logLambda = this.logLambda;
		while (bits) {
			const low = bits & -bits;
			const b = 31 - Math.clz32(low);
			bits ^= low;
			hits++;
			total += this.hitGain[this.gainIndex(logLambda[this.itemEntry[first + b]] + logSize)];
		}
		return total + (count - hits) * this.logMiss;
	}

	private gainIndex(logX: number): number {
		const t = Math.round((logX - LOG_X_MIN) * GAIN_STEPS);
		return t < 0 ? 0 : t >= GAIN_SIZE ? GAIN_SIZE - 1 : t;
	}

	/**
	 * The mask row of source unit s (at most 32 items), made to cover other-side units [o0, o1)
	 * and ROW_MARGIN units either side (with what it covered before): bit b of the mask of
	 * other unit o set when item b of s has a key o holds. From the postings of the items' keys,
	 * each narrowed to the row by binary search.
	 */
	private maskRow(s: number, o0: number, o1: number): Int32Array {
		const old = this.rows[s];
		const lo = Math.max(0, Math.min(o0, old ? this.rowLo[s] : o0) - ROW_MARGIN);
		const hi = Math.min(this.otherCount, Math.max(o1, old ? this.rowHi[s] : o1) + ROW_MARGIN);
		const row = new Int32Array(hi - lo);
		const first = this.itemStart[s];
		const count = this.itemStart[s + 1] - first;
		const postStart = this.postStart;
		const postUnits = this.postUnits;
		for (let b = 0; b < count; b++) {
			const bit = 1 << b;
			const e = this.itemEntry[first + b];
			const end = this.keyStart[e + 1];
			for (let k = this.keyStart[e]; k < end; k++) {
				const key = this.itemKeys[k];
				let p = postStart[key];
				let q = postStart[key + 1];
				// The first posting at or after lo.
				while (p < q) {
					const mid = (p + q) >> 1;
					if (postUnits[mid] < lo) p = mid + 1;
					else q = mid;
				}
				const last = postStart[key + 1];
				for (; p < last; p++) {
					const o = postUnits[p];
					if (o >= hi) break;
					row[o - lo] |= bit;
				}
			}
		}
		this.rows[s] = row;
		this.rowLo[s] = lo;
		this.rowHi[s] = hi;
		return row;
	}

	/** Per item of source unit s, whether it has a key in other-side units [o0, o1). */
	matchedItems(s: number, o0: number, o1: number): Uint8Array {
		if (this.only && !this.only[s]) return this.before!.matchedItems(s, o0, o1);
		const first = this.itemStart[s];
		const count = this.itemStart[s + 1] - first;
		const out = new Uint8Array(count);
		for (let b = 0; b < count; b++) {
			const e = this.itemEntry[first + b];
			const start = this.keyStart[e];
			const end = this.keyStart[e + 1];
			for (let o = o0; o < o1 && !out[b]; o++) {
				const base = o * this.words;
				for (let k = start; k < end; k++) {
					const key = this.itemKeys[k];
					if (this.otherBits[base + (key >> 5)] & (1 << (key & 31))) {
						out[b] = 1;
						break;
					}
				}
			}
		}
		return out;
	}

	/** Units with many items (paragraphs): checked key by key, uncached. */
	private computeLong(s: number, o0: number, o1: number, logSize: number): number {
		const first = this.itemStart[s];
		const count = this.itemStart[s + 1] - first;
		let total = 0;
		for (let b = 0; b < count; b++) {
			const e = this.itemEntry[first + b];
			const start = this.keyStart[e];
			const end = this.keyStart[e + 1];
			let hit = false;
			for (let o = o0; o < o1 && !hit; o++) {
				const base = o * this.words;
				for (let k = start; k < end; k++) {
					const key = this.itemKeys[k];
					if (this.otherBits[base + (key >> 5)] & (1 << (key & 31))) {
						hit = true;
						break;
					}
				}
			}
			total += hit ? this.hitGain[this.gainIndex(this.logLambda[e] + logSize)] : this.logMiss;
		}
		return total;
	}
}

/**
 * Most entries a NumberCache holds (half its largest table, 3 MB): past that it is emptied and
 * fills again. The search asks for pairs near its current row, so little is lost; unbounded, a
 * 20,000-paragraph draft's caches reached 1.6 million pairs each (the anchors' window of 81
 * units a row), 144 MB of typed arrays while the pair cache doubled.
 */
const CACHE_MAX_ENTRIES = 1 << 17;

/** Other-side units a mask row covers beyond those first asked for, either side. */
const ROW_MARGIN = 32;

/**
 * An open-addressing hash map from non-negative integers to numbers (NaN = absent), sparing the
 * GC; a cache of at most CACHE_MAX_ENTRIES, emptied when full.
 */
class NumberCache {
	private keys: Int32Array;
	private values: Float64Array;
	private size = 0;

	constructor(capacity: number) {
		this.keys = new Int32Array(capacity).fill(-1);
		this.values = new Float64Array(capacity);
	}

	get(key: number): number {
		const mask = this.keys.length - 1;
		for (let h = hash(key) & mask; ; h = (h + 1) & mask) {
			const k = this.keys[h];
			if (k === key) return this.values[h];
			if (k === -1) return NaN;
		}
	}

	set(key: number, value: number): void {
		if (this.size * 2 >= this.keys.length) {
			if (this.size < CACHE_MAX_ENTRIES) this.grow();
			else {
				this.keys.fill(-1);
				this.size = 0;
			}
		}
		const mask = this.keys.length - 1;
		let h = hash(key) & mask;
		while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & mask;
		if (this.keys[h] === -1) this.size++;
		this.keys[h] = key;
		this.values[h] = value;
	}

	private grow(): void {
		const keys = this.keys;
		const values = this.values;
		this.keys = new Int32Array(keys.length * 2).fill(-1);
		this.values = new Float64Array(keys.length * 2);
		this.size = 0;
		for (let h = 0; h < keys.length; h++) if (keys[h] !== -1) this.set(keys[h], values[h]);
	}
}

function hash(key: number): number {
	return Math.imul(key, 0x9e3779b1) >>> 7;
}
