/**
 * TMX 1.4b export (valid against the LISA DTD): the translation memory, or a project's
 * confirmed translations by paragraph or by sentence pair.
 */
import { statusAtLeast } from '../../stats/together.ts';
import type { Segment, SegmentStatus, TmUnit } from '../../types.ts';
import type { ProjectFile } from '../project/project-file.ts';
import { writeInline, type InlineTag } from '../xliff/inline.ts';
import type { SentencePair } from '../xliff/serialize.ts';
import { escapeAttr, escapeText } from '../xliff/xml.ts';

export interface TmxPair {
	source: string;
	target: string;
	sourceLang: string;
	targetLang: string;
	createdAt?: number;
	updatedAt?: number;
	/** Inline codes of the texts' placeholders. */
	tags?: InlineTag[];
	/** Extra properties written as <prop type="x-…">. */
	props?: Record<string, string>;
}

export interface TmxOptions {
	segtype?: 'sentence' | 'paragraph';
	toolVersion?: string;
}

/**
 * A date as TMX writes it.
 *
 * @example
 * tmxDate(0) // '19700101T000000Z'
 */
export function tmxDate(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/**
 * Writes pairs as TMX 1.4b.
 *
 * @example
 * serializeTmx([{ source: '放管服', target: 'streamlining administration', sourceLang: 'zh-CN', targetLang: 'en' }])
 */
export function serializeTmx(pairs: TmxPair[], options: TmxOptions = {}): string {
	const srclang = pairs[0]?.sourceLang ?? 'zh-CN';
	const out = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
		'<tmx version="1.4">',
		`  <header creationtool="Duiyi" creationtoolversion="${escapeAttr(options.toolVersion ?? '0.1.0')}" segtype="${options.segtype ?? 'sentence'}" o-tmf="duiyi" adminlang="en" srclang="${escapeAttr(srclang)}" datatype="plaintext"/>`,
		'  <body>'
	];
	for (const p of pairs) {
		const dates =
			(p.createdAt !== undefined ? ` creationdate="${tmxDate(p.createdAt)}"` : '') +
			(p.updatedAt !== undefined ? ` changedate="${tmxDate(p.updatedAt)}"` : '');
		out.push(`    <tu${dates}>`);
		for (const [k, v] of Object.entries(p.props ?? {})) {
			out.push(`      <prop type="${escapeAttr(k)}">${escapeText(v)}</prop>`);
		}
		const w = (s: string) => writeInline(s, p.tags, 'tmx', escapeText);
		out.push(`      <tuv xml:lang="${escapeAttr(p.sourceLang)}"><seg>${w(p.source)}</seg></tuv>`);
		out.push(`      <tuv xml:lang="${escapeAttr(p.targetLang)}"><seg>${w(p.target)}</seg></tuv>`);
		out.push('    </tu>');
	}
	out.push('  </body>', '</tmx>', '');
	return out.join('\n');
}

/** TM units as TMX pairs. */
export function tmUnitsToPairs(units: TmUnit[]): TmxPair[] {
	return units.map((u) => ({
		source: u.source,
		target: u.target,
		sourceLang: u.sourceLang,
		targetLang: u.targetLang,
		createdAt: u.createdAt,
		updatedAt: u.updatedAt
	}));
}

/**
 * A project's translations as TMX pairs, confirmed ones by default (`lowest`: the lowest status
 * included): one per paragraph, or one per sentence pair when `sentencePairs` gives them (pairs
 * with an empty side are left out).
 *
 * @example
 * projectTmxPairs(file).length // number of translated or reviewed segments
 */
export function projectTmxPairs(
	file: ProjectFile,
	sentencePairs?: (segment: Segment) => SentencePair[] | null | undefined,
	lowest: SegmentStatus = 'translated'
): TmxPair[] {
	const { sourceLang, targetLang } = file.project;
	const out: TmxPair[] = [];
	for (const s of [...file.segments].sort((a, b) => a.order - b.order)) {
		if (!statusAtLeast(s.status, lowest) || !s.target.trim()) continue;
		const tags = file.inlineTags?.[s.id];
		const props = { 'x-duiyi-segment': s.id, 'x-duiyi-status': s.status };
		const pairs = sentencePairs?.(s);
		const list = pairs && pairs.length ? pairs : [{ source: s.source, target: s.target }];
		for (const p of list) {
			if (!p.source.trim() || !p.target.trim()) continue;
			out.push({
				source: p.source.trim(),
				target: p.target.trim(),
				sourceLang,
				targetLang,
				updatedAt: s.updatedAt,
				tags,
				props
			});
		}
	}
	return out;
}
