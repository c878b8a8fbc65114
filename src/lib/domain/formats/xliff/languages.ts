/**
 * Whether an XLIFF agrees with itself on its languages: every <file> with the same source and
 * target language, every <source>/<target> xml:lang matching its file's, and a target language
 * different from the source. An import would quietly take the first file's pair; `inspect` says
 * so instead.
 */
import type { FormatIssue } from '../../types.ts';
import { normaliseLang } from '../languages.ts';
import type { XmlElement } from './xml.ts';

interface Pair {
	source: string;
	target: string;
}

const label = (p: Pair) => `${p.source || '?'} → ${p.target || '?'}`;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** en and en-US agree (one is the other made more precise); en-US and fr-FR do not. */
const compatible = (a: string, b: string) => {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	return x === y || x.startsWith(y + '-') || y.startsWith(x + '-');
};

function elements(root: XmlElement): XmlElement[] {
	const out: XmlElement[] = [];
	const stack = [root];
	while (stack.length) {
		const el = stack.pop() as XmlElement;
		out.push(el);
		for (let i = el.children.length - 1; i >= 0; i--) {
			const c = el.children[i];
			if (c.type === 'element') stack.push(c);
		}
	}
	return out;
}

/**
 * Warnings where the parts of an XLIFF disagree on languages, or source equals target.
 *
 * @example
 * xliffLanguageIssues(parseXml(text).value.root)[0]?.code // 'inspect_xliff_files_disagree'
 */
export function xliffLanguageIssues(root: XmlElement): FormatIssue[] {
	const v2 = /^2/.test(root.attrs.version ?? '');
	const lang = (s: string | undefined) => (s ? normaliseLang(s) : '');
	const files = root.children.filter(
		(c): c is XmlElement => c.type === 'element' && c.local === 'file'
	);
	const pairOf = (file: XmlElement): Pair =>
		v2
			? { source: lang(root.attrs.srcLang), target: lang(root.attrs.trgLang) }
			: {
					source: lang(file.attrs['source-language']),
					target: lang(file.attrs['target-language'])
				};
	const issues: FormatIssue[] = [];
	const pairs = new Map<string, number>();
	let strayUnits = 0;
	let firstStray: XmlElement | null = null;
	for (const file of v2 && !files.length ? [root] : files) {
		const pair = pairOf(file);
		pairs.set(label(pair), (pairs.get(label(pair)) ?? 0) + 1);
		if (pair.source && pair.target && same(pair.source, pair.target)) {
			issues.push({
				severity: 'warning',
				code: 'inspect_xliff_same_language',
				message: `source and target language are both ${pair.source}`,
				line: file.line
			});
		}
		for (const el of elements(file)) {
			const declared = lang(el.attrs['xml:lang']);
			const expected =
				el.local === 'source' ? pair.source : el.local === 'target' ? pair.target : '';
			if (!declared || !expected || compatible(declared, expected)) continue;
			strayUnits++;
			firstStray ??= el;
		}
	}
	if (pairs.size > 1) {
		const list = [...pairs].map(([l, n]) => `${l} (${n} file${n > 1 ? 's' : ''})`).join(', ');
		issues.push({
			severity: 'warning',
			code: 'inspect_xliff_files_disagree',
			message: `the files disagree on languages: ${list}; an import takes the first pair`
		});
	}
	if (firstStray) {
		issues.push({
			severity: 'warning',
			code: 'inspect_xliff_unit_language',
			message: `${strayUnits} <source>/<target> element${strayUnits > 1 ? 's' : ''} declare a language other than their file's (first: <${firstStray.name} xml:lang="${firstStray.attrs['xml:lang']}">)`,
			line: firstStray.line
		});
	}
	return issues;
}
