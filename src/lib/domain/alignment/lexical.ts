/**
 * The lexical term of a bead's cost, in one direction: each item of the "source" side (English
 * content words, or Chinese words) either finds a matching key in the other side of the bead
 * or not. A match is scored as a likelihood ratio, P(match | true bead) against P(match |
 * random unit of this document), the latter growing with the number of units merged on the
 * other side; so a common word earns little and merging is not rewarded for free.
 */
import type { UnitFeatures } from './features.ts';

/** Most units merged on the other side that the gains are tabulated for. */
const MAX_MERGE = 8;
const STRIDE = MAX_MERGE + 1;

export class LexicalModel {
	/** Per source unit: items as ids of the keys that occur on the other side at all. */
	private readonly items: Int32Array[][];
	/** Per other-side unit, `words` 32-bit words: bit k set when the unit holds key k. */
	private readonly otherBits: Uint32Array;
	private readonly words: number;
	private readonly otherCount: number;
	/** Per source unit, per item: log-ratio gain if matched / missed, by units merged. */
	private readonly matchGain: Float64Array[];
	private readonly missGain: Float64Array[];
	private readonly pairCache = new NumberCache();

	/** With `bySize`: per source unit, per item, the random match rate per character of the other side. */
	private readonly lambda: Float64Array[] = [];
	private readonly otherPrefix: Float64Array;
	private readonly pMiss: number;
	private readonly logMiss: number;

	constructor(
		source: UnitFeatures[],
		other: UnitFeatures[],
		pMatch: number,
		pRandomFloor: number,
		/** Whether the random match rate grows with the other side's characters, not its units. */
		readonly bySize = false
	) {
		this.pMiss = 1 - pMatch;
		this.logMiss = Math.log(1 - pMatch);
		this.otherPrefix = new Float64Array(other.length + 1);
		other.forEach(
			(u, o) => (this.otherPrefix[o + 1] = this.otherPrefix[o] + Math.max(u.length, 1))
		);
		const meanLength = Math.max(this.otherPrefix[other.length] / Math.max(other.length, 1), 1);
		// Only keys found on both sides can ever match: number those densely.
		const sourceKeys = new Set<string>();
		for (const u of source) for (const item of u.items) for (const k of item) sourceKeys.add(k);
		const ids = new Map<string, number>();
		const postings: number[][] = [];
		other.forEach((u, o) => {
			for (const k of u.keys) {
				if (!sourceKeys.has(k)) continue;
				let id = ids.get(k);
				if (id === undefined) {
					ids.set(k, (id = ids.size));
					postings.push([]);
				}
				postings[id].push(o);
			}
		});
		this.otherCount = other.length;
		this.words = Math.max(1, (ids.size + 31) >> 5);
		this.otherBits = new Uint32Array(other.length * this.words);
		postings.forEach((units, k) => {
			for (const o of units) this.otherBits[o * this.words + (k >> 5)] |= 1 << (k & 31);
		});
		this.items = source.map((u) =>
			u.items.map((keys) => {
				const known: number[] = [];
				for (const k of keys) {
					const id = ids.get(k);
					if (id !== undefined) known.push(id);
				}
				return Int32Array.from(known);
			})
		);

		// How often an item matches a random unit of the other side of this document.
		const stamp = new Int32Array(other.length).fill(-1);
		const rateCache = new Map<string, number>();
		let serial = 0;
		const randomRate = (keys: Int32Array): number => {
			const sig = keys.join(',');
			let rate = rateCache.get(sig);
			if (rate === undefined) {
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
				rate = Math.max((hits + 0.5) / (other.length + 1), pRandomFloor);
				rateCache.set(sig, rate);
			}
			return rate;
		};
		this.matchGain = [];
		this.missGain = [];
		for (const unitItems of this.items) {
			const match = new Float64Array(unitItems.length * STRIDE);
			const miss = new Float64Array(unitItems.length * STRIDE);
			const lambda = new Float64Array(unitItems.length);
			unitItems.forEach((keys, b) => {
				const f = randomRate(keys);
				lambda[b] = -Math.log(1 - Math.min(f, 0.98)) / meanLength;
				for (let n = 1; n <= MAX_MERGE; n++) {
					const p0 = Math.min(1 - Math.pow(1 - f, n), 0.98);
					match[b * STRIDE + n] = Math.max(Math.log(pMatch / p0), 0);
					miss[b * STRIDE + n] = Math.min(Math.log((1 - pMatch) / (1 - p0)), 0);
				}
			});
			this.lambda.push(lambda);
			this.matchGain.push(match);
			this.missGain.push(miss);
		}
	}

	/** Log-likelihood ratio of source units [s0, s1) against other-side units [o0, o1). */
	llr(s0: number, s1: number, o0: number, o1: number): number {
		if (o1 - o0 === 1) {
			let total = 0;
			for (let s = s0; s < s1; s++) total += this.pair(s, o0);
			return total;
		}
		return this.compute(s0, s1, o0, o1);
	}

	/** The 1-1 ratio, cached: beads of one unit on the other side are the most common. */
	private pair(s: number, o: number): number {
		const id = s * (this.otherCount + 1) + o;
		let v = this.pairCache.get(id);
		if (Number.isNaN(v)) {
			v = this.compute(s, s + 1, o, o + 1);
			this.pairCache.set(id, v);
		}
		return v;
	}

	private compute(s0: number, s1: number, o0: number, o1: number): number {
		const n = Math.min(o1 - o0, MAX_MERGE);
		const size = this.otherPrefix[o1] - this.otherPrefix[o0];
		let total = 0;
		for (let s = s0; s < s1; s++) {
			const items = this.items[s];
			const match = this.matchGain[s];
			const miss = this.missGain[s];
			for (let b = 0; b < items.length; b++) {
				const keys = items[b];
				let hit = false;
				for (let o = o0; o < o1 && !hit; o++) {
					const base = o * this.words;
					for (let k = 0; k < keys.length; k++) {
						const key = keys[k];
						if (this.otherBits[base + (key >> 5)] & (1 << (key & 31))) {
							hit = true;
							break;
						}
					}
				}
				if (this.bySize) {
					// A true bead matches by translation (pMatch) or by chance like a random one.
					const q = Math.exp(-Math.min(this.lambda[s][b] * size, 3.9));
					total += hit ? Math.log((1 - this.pMiss * q) / (1 - q)) : this.logMiss;
				} else {
					total += hit ? match[b * STRIDE + n] : miss[b * STRIDE + n];
				}
			}
		}
		return total;
	}
}

/** An open-addressing hash map from non-negative integers to numbers (NaN = absent), sparing the GC. */
class NumberCache {
	private keys = new Int32Array(1 << 12).fill(-1);
	private values = new Float64Array(1 << 12);
	private size = 0;

	get(key: number): number {
		const mask = this.keys.length - 1;
		for (let h = hash(key) & mask; ; h = (h + 1) & mask) {
			const k = this.keys[h];
			if (k === key) return this.values[h];
			if (k === -1) return NaN;
		}
	}

	set(key: number, value: number): void {
		if (this.size * 2 >= this.keys.length) this.grow();
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
