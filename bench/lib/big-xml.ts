/**
 * The large synthetic files of issue 15's benches (bench/xml-stream.ts, bench/glossary-browser.ts):
 * a TBX of 100,000 concept entries in the shape of the lead's make-big-tbx.py (a zh-CN and an en
 * term each) and a TMX of 100,000 units, the same on every run (seeded).
 */
import { writeFileSync } from 'node:fs';

const ENTRIES = 100_000;

/** A small seeded generator (mulberry32): the same files on every run and machine. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const HZ =
	'经济开发区产业集群营商环境改革创新发展项目投资企业服务数字政府园区招商引资制造业高新技术';
const WORDS = 'economic zone industry cluster reform service project digital park investment'.split(
	' '
);

function pairs(n: number): [string, string][] {
	const rnd = random(1);
	const pick = <T>(xs: ArrayLike<T>) => xs[Math.floor(rnd() * xs.length)];
	const span = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
	const out: [string, string][] = [];
	for (let i = 0; i < n; i++) {
		const zh = Array.from({ length: span(2, 6) }, () => pick(HZ)).join('') + i;
		const en = Array.from({ length: span(1, 4) }, () => pick(WORDS)).join(' ') + ` ${i}`;
		out.push([zh, en]);
	}
	return out;
}

/** A TBX of `entries` concept entries (100,000 unless told; the browser test of cancel uses fewer). */
export function bigTbx(path: string, entries = ENTRIES): void {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
		'<tbxHeader><fileDesc><sourceDesc><p>bench</p></sourceDesc></fileDesc></tbxHeader>',
		'<text><body>'
	];
	pairs(entries).forEach(([zh, en], i) =>
		lines.push(
			`<conceptEntry id="c${i}"><langSec xml:lang="zh-CN"><termSec><term>${zh}</term></termSec></langSec><langSec xml:lang="en"><termSec><term>${en}</term></termSec></langSec></conceptEntry>`
		)
	);
	lines.push('</body></text></tbx>');
	writeFileSync(path, lines.join('\n'));
}

export function bigTmx(path: string): void {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="zh-CN" datatype="plaintext"/>',
		'<body>'
	];
	pairs(ENTRIES).forEach(([zh, en], i) =>
		lines.push(
			`<tu tuid="u${i}" creationdate="20240101T000000Z"><tuv xml:lang="zh-CN"><seg>${zh}，${zh}。</seg></tuv><tuv xml:lang="en"><seg>The ${en}, ${en}.</seg></tuv></tu>`
		)
	);
	lines.push('</body></tmx>');
	writeFileSync(path, lines.join('\n'));
}
