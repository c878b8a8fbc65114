/**
 * Writing a glossary as TBX-Basic v3 (ISO 30042:2019), DCA style, valid against the TBX core
 * structure schema (TBXcoreStructV03.rng). Statuses become administrativeStatus, the domain a
 * concept-level subjectField, dates origination/modification transactions; multi-line notes
 * keep their line breaks as `&#10;`.
 */
import type { TermEntry, TermStatus } from '../../types.ts';

export interface TbxSerializeOptions {
	/** The file's main language (xml:lang of <tbx>), default 'zh-CN'. */
	lang?: string;
	/** Title for the header's sourceDesc. */
	title?: string;
}

const STATUS: Record<TermStatus, string> = {
	preferred: 'preferredTerm-admn-sts',
	admitted: 'admittedTerm-admn-sts',
	forbidden: 'deprecatedTerm-admn-sts'
};

/** Drops characters XML 1.0 forbids (C0 controls but tab, LF, CR; lone surrogates; FFFE/FFFF). */
function stripInvalid(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) continue;
		if (c === 0xfffe || c === 0xffff) continue;
		if (c >= 0xd800 && c <= 0xdbff) {
			const d = text.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) {
				out += text[i] + text[i + 1];
				i++;
			}
			continue;
		}
		if (c >= 0xdc00 && c <= 0xdfff) continue;
		out += text[i];
	}
	return out;
}

/** Escapes element text; line breaks and tabs become character references so they survive. */
function esc(text: string): string {
	return stripInvalid(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\r\n?|\n/g, '&#10;')
		.replace(/\t/g, '&#9;')
		.replace(/^ | $/g, (m) => (m === ' ' ? '&#32;' : m));
}

function escAttr(text: string): string {
	return esc(text).replace(/"/g, '&quot;');
}

/** An xsd:ID: an NCName, unique in the file. */
function conceptId(id: string, used: Set<string>): string {
	let base = id.replace(/[^\p{L}\p{N}._-]/gu, '_');
	if (!/^[\p{L}_]/u.test(base)) base = 'c-' + base;
	let out = base;
	for (let n = 2; used.has(out); n++) out = `${base}-${n}`;
	used.add(out);
	return out;
}

function isoDate(ms: number): string | null {
	const d = new Date(ms);
	return Number.isFinite(d.getTime()) && ms > 0 ? d.toISOString() : null;
}

/**
 * Serialises entries as TBX-Basic v3. Entries without terms are left out (a conceptEntry needs
 * at least one langSec); languages appear in the order of each entry's terms.
 *
 * @example
 * serializeTbx([entry]) // '<?xml version="1.0" encoding="UTF-8"?>\n…<conceptEntry id="…">…'
 */
export function serializeTbx(entries: TermEntry[], options: TbxSerializeOptions = {}): string {
	const lang = options.lang ?? 'zh-CN';
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
		'<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>',
		`<tbx type="TBX-Basic" style="dca" xml:lang="${escAttr(lang)}" xmlns="urn:iso:std:iso:30042:ed-2">`,
		'\t<tbxHeader>',
		'\t\t<fileDesc>',
		'\t\t\t<sourceDesc>',
		`\t\t\t\t<p>${esc(options.title ?? 'Glossary exported by Duiyi')}</p>`,
		'\t\t\t</sourceDesc>',
		'\t\t</fileDesc>',
		'\t</tbxHeader>',
		'\t<text>',
		'\t\t<body>'
	];
	const used = new Set<string>();
	for (const entry of entries) {
		const terms = entry.terms.filter((t) => t.text.trim() !== '');
		if (terms.length === 0) continue;
		const i3 = '\t\t\t';
		out.push(`${i3}<conceptEntry id="${escAttr(conceptId(entry.id, used))}">`);
		if (entry.domain)
			out.push(`${i3}\t<descrip type="subjectField">${esc(entry.domain)}</descrip>`);
		if (entry.definition)
			out.push(`${i3}\t<descrip type="definition">${esc(entry.definition)}</descrip>`);
		if (entry.source) out.push(`${i3}\t<admin type="source">${esc(entry.source)}</admin>`);
		if (entry.note) out.push(`${i3}\t<note>${esc(entry.note)}</note>`);
		for (const [kind, ms] of [
			['origination', entry.createdAt],
			['modification', entry.updatedAt]
		] as const) {
			const date = isoDate(ms);
			if (!date) continue;
			out.push(
				`${i3}\t<transacGrp>`,
				`${i3}\t\t<transac type="transactionType">${kind}</transac>`,
				`${i3}\t\t<date>${date}</date>`,
				`${i3}\t</transacGrp>`
			);
		}
		const langs: string[] = [];
		for (const t of terms) if (!langs.includes(t.lang)) langs.push(t.lang);
		for (const l of langs) {
			out.push(`${i3}\t<langSec xml:lang="${escAttr(l)}">`);
			for (const t of terms.filter((x) => x.lang === l)) {
				out.push(`${i3}\t\t<termSec>`, `${i3}\t\t\t<term>${esc(t.text)}</term>`);
				if (t.partOfSpeech)
					out.push(`${i3}\t\t\t<termNote type="partOfSpeech">${esc(t.partOfSpeech)}</termNote>`);
				out.push(`${i3}\t\t\t<termNote type="administrativeStatus">${STATUS[t.status]}</termNote>`);
				if (t.note) out.push(`${i3}\t\t\t<note>${esc(t.note)}</note>`);
				out.push(`${i3}\t\t</termSec>`);
			}
			out.push(`${i3}\t</langSec>`);
		}
		out.push(`${i3}</conceptEntry>`);
	}
	out.push('\t\t</body>', '\t</text>', '</tbx>', '');
	return out.join('\n');
}
