import { describe, expect, it } from 'vitest';
import { parseXml } from './xml.ts';

describe('parseXml', () => {
	it('gives each element its exact span, with CRLF, astral characters and entities before it', () => {
		const src = '<?xml version="1.0"?>\r\n<a x="1&amp;2">𝄞 &lt;\r\n<b y="2"/><c>t</c></a>';
		const root = parseXml(src).value!.root!;
		const [b, c] = root.children.filter((n) => n.type === 'element');
		expect(src.slice(root.start, root.openEnd)).toBe('<a x="1&amp;2">');
		expect(root.attrs.x).toBe('1&2');
		expect(b.type === 'element' && src.slice(b.start, b.end)).toBe('<b y="2"/>');
		expect(c.type === 'element' && src.slice(c.start, c.end)).toBe('<c>t</c>');
		expect(c.type === 'element' && src.slice(c.openEnd, c.closeStart)).toBe('t');
		expect(src.slice(root.closeStart, root.end)).toBe('</a>');
		expect(root.line).toBe(2);
	});

	it('refuses an entity a DOCTYPE declares instead of expanding it', () => {
		const r = parseXml('<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>');
		expect(r.value).toBeNull();
		expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'xml_malformed' });
	});

	it('names a mismatched end tag and the element it should have closed', () => {
		const r = parseXml('<a>\n<b>\n</c></a>');
		expect(r.issues[0]).toMatchObject({
			code: 'xml_mismatched_tag',
			message: 'end tag </c> does not match the open <b>',
			line: 3
		});
		expect(parseXml('<a>\n<b>\n</a>').issues[0]).toMatchObject({
			code: 'xml_mismatched_tag',
			message: 'end tag </a> does not match the open <b>'
		});
	});

	it('says where a cut-short file leaves an element open', () => {
		expect(parseXml('<a>\n<b>text').issues[0]).toMatchObject({ code: 'xml_unclosed_element' });
	});
});
