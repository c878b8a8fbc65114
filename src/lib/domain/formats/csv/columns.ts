/**
 * What a CSV glossary's header cells mean. CAT tools name columns every which way: language
 * codes (zh-CN, en-US), language names (Chinese, English_United_States, 中文, 英文), roles
 * (source, target, term, translation) and term or concept fields (note, comment, definition,
 * domain, part of speech, status), sometimes tied to a language ("en note", "zh_status").
 */
import { normaliseLang } from '../languages.ts';

export type Field = 'status' | 'partOfSpeech' | 'note';
export type EntryField = 'domain' | 'definition' | 'note' | 'source';

export type Column =
	| { kind: 'term'; lang: string; role?: 'source' | 'target' }
	/** A term-level field; `lang` null means "the target term of the row". */
	| { kind: 'termField'; field: Field; lang: string | null }
	| { kind: 'entry'; field: EntryField }
	| { kind: 'id' }
	| { kind: 'ignore'; header: string };

function norm(header: string): string {
	return header
		.trim()
		.toLowerCase()
		.replace(/[_\s\-–,，]+/g, ' ')
		.replace(/[()（）]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const LANGUAGE_NAMES: [RegExp, string][] = [
	[
		/^(?:chinese|simplified chinese|中文|汉语|漢語|简体中文|簡體中文|中文 ?简体|华文)(?=$|\s)/,
		'zh'
	],
	[/^(?:english|英文|英语|英語)(?=$|\s)/, 'en'],
	[/^(?:french|français|法文|法语)(?=$|\s)/, 'fr'],
	[/^(?:german|deutsch|德文|德语)(?=$|\s)/, 'de'],
	[/^(?:japanese|日文|日语)(?=$|\s)/, 'ja'],
	[/^(?:spanish|español|西班牙语)(?=$|\s)/, 'es']
];

const SOURCE_WORDS = new Set([
	'source',
	'source term',
	'source text',
	'source language',
	'src',
	'term',
	'原文',
	'源语言',
	'源语',
	'术语',
	'源术语'
]);
const TARGET_WORDS = new Set([
	'target',
	'target term',
	'target text',
	'target language',
	'tgt',
	'translation',
	'译文',
	'目标语言',
	'目标语',
	'翻译',
	'译名',
	'目标术语'
]);

const FIELD_WORDS: [Set<string>, Field][] = [
	[
		new Set(['status', 'term status', 'usage', 'usage status', 'administrative status', '状态']),
		'status'
	],
	[new Set(['part of speech', 'partofspeech', 'pos', 'grammar', '词性']), 'partOfSpeech'],
	[new Set(['term note', 'term comment']), 'note']
];

const DEFINITION_WORDS = new Set([
	'definition',
	'def',
	'definitions',
	'description',
	'定义',
	'释义'
]);
const NOTE_WORDS = new Set([
	'note',
	'notes',
	'comment',
	'comments',
	'remark',
	'remarks',
	'注释',
	'备注',
	'说明'
]);

/** Last words that make a language-named header a field of that language. */
const FIELD_TAILS = new Set([
	'note',
	'notes',
	'comment',
	'comments',
	'status',
	'info',
	'example',
	'examples',
	'pos',
	'speech',
	'context',
	'source',
	'domain'
]);

const ENTRY_WORDS: [Set<string>, EntryField][] = [
	[
		new Set([
			'domain',
			'subject',
			'subject field',
			'subjectfield',
			'field',
			'category',
			'领域',
			'类别',
			'分类',
			'专业'
		]),
		'domain'
	],
	[DEFINITION_WORDS, 'definition'],
	[NOTE_WORDS, 'note'],
	[new Set(['origin', 'reference', 'provenance', '出处', '来源']), 'source']
];

const ID_WORDS = new Set(['id', 'concept', 'concept id', 'entry id', 'entry', '编号']);

/** Primary language subtags accepted as a column header on their own. */
const LANGUAGE_SUBTAGS = new Set(
	(
		'zh en fr de es it ja ko ru pt ar nl sv pl tr vi th ms zu la el cs da fi no nb nn hu ro uk ' +
		'he hi bn ur fa sk sl hr sr bg lt lv et ca eu gl ga cy is mt sq mk bs ka hy az kk uz mn km lo ' +
		'my ta te ml kn mr gu pa si ne af sw yue zho chi eng fra fre deu ger spa jpn kor rus por ara'
	).split(' ')
);

/** A language tag (zh, zh-CN, en_US, zh-Hans) or a language name; null when it is neither. */
export function headerLanguage(header: string): string | null {
	const raw = header.trim();
	if (
		/^[a-z]{2,3}(?:[-_](?:hans|hant|latn|cyrl|arab))?(?:[-_](?:[a-z]{2}|[0-9]{3}))?$/i.test(raw)
	) {
		const primary = raw.split(/[-_]/)[0].toLowerCase();
		if (!LANGUAGE_SUBTAGS.has(primary)) return null;
		return normaliseLang(raw);
	}
	const n = norm(raw);
	// "Chinese_PRC_Def" or "English note" name a field of a language, not the language's terms.
	const last = n.split(' ').pop() ?? '';
	if (n.includes(' ') && (FIELD_TAILS.has(last) || DEFINITION_WORDS.has(last))) return null;
	for (const [re, lang] of LANGUAGE_NAMES) if (re.test(n)) return lang;
	return null;
}

/**
 * Reads a header row. `hasLanguages` tells whether "source" is a language column (no other
 * language column) or the provenance of the entry (canonical layout: zh,en,…,source).
 */
export function readHeader(
	cells: string[],
	sourceLang: string,
	targetLang: string
): { columns: Column[]; recognised: number; termColumns: number } {
	const languageCells = cells.map((c) => {
		const n = norm(c);
		if (SOURCE_WORDS.has(n) || TARGET_WORDS.has(n)) return null;
		if ([...FIELD_WORDS, ...ENTRY_WORDS].some(([words]) => words.has(n))) return null;
		return headerLanguage(c);
	});
	const hasLanguages = languageCells.some((l) => l !== null);
	let recognised = 0;
	let termColumns = 0;
	const columns = cells.map((cell, i): Column => {
		const n = norm(cell);
		const lang = languageCells[i];
		if (lang) {
			recognised++;
			termColumns++;
			return { kind: 'term', lang };
		}
		if (!hasLanguages && SOURCE_WORDS.has(n)) {
			recognised++;
			termColumns++;
			return { kind: 'term', lang: sourceLang, role: 'source' };
		}
		if (TARGET_WORDS.has(n)) {
			recognised++;
			termColumns++;
			return { kind: 'term', lang: targetLang, role: 'target' };
		}
		if (hasLanguages && (n === 'source' || n === 'source term')) {
			recognised++;
			return { kind: 'entry', field: 'source' };
		}
		if (ID_WORDS.has(n)) {
			recognised++;
			return { kind: 'id' };
		}
		// A field tied to a language: "zh status", "en note", "English_Def" (memoQ),
		// "Term [en]", "Translation [zh-CN]", "Part of Speech [en]" (Crowdin), "Source (zh-CN)".
		const words = n.split(' ');
		// "Term [en]", "Source (zh-CN)", "译文（英文）": no bracket inside, so linear on "[[[["
		const bracket = /[[(（]([^[\]()（）]+)[\])）]/.exec(cell);
		const candidates: [string, string][] = [
			[words[0], words.slice(1).join(' ')],
			[words[words.length - 1], words.slice(0, -1).join(' ')]
		];
		if (bracket) candidates.unshift([bracket[1], norm(cell.replace(bracket[0], ' '))]);
		// "Chinese_PRC_Def": the language is everything but the last word.
		if (words.length > 2) candidates.push([words.slice(0, -1).join(' '), words[words.length - 1]]);
		for (const [first, rest] of candidates) {
			const l = first ? headerLanguage(first) : null;
			if (!l || !rest) continue;
			if (SOURCE_WORDS.has(rest) || TARGET_WORDS.has(rest)) {
				recognised++;
				termColumns++;
				return { kind: 'term', lang: l };
			}
			if (DEFINITION_WORDS.has(rest)) {
				recognised++;
				return { kind: 'entry', field: 'definition' };
			}
			for (const [set, field] of FIELD_WORDS) {
				if (set.has(rest) || (field === 'note' && NOTE_WORDS.has(rest))) {
					recognised++;
					return { kind: 'termField', field, lang: l };
				}
			}
		}
		// memoQ prefixes entry-level fields: Entry_Subject, Entry_Domain, Entry_Note.
		const bare = n.startsWith('entry ') ? n.slice(6) : n;
		if (bare !== n) {
			for (const [set, field] of ENTRY_WORDS) {
				if (set.has(bare)) {
					recognised++;
					return { kind: 'entry', field };
				}
			}
		}
		for (const [set, field] of FIELD_WORDS) {
			if (set.has(n)) {
				recognised++;
				return { kind: 'termField', field, lang: null };
			}
		}
		for (const [set, field] of ENTRY_WORDS) {
			if (set.has(n)) {
				recognised++;
				return { kind: 'entry', field };
			}
		}
		return { kind: 'ignore', header: cell };
	});
	return { columns, recognised, termColumns };
}
