import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse.ts';

const texts = (html: string) => parseHtml(html).value!.map((b) => b.text);

describe('parseHtml: text only, blocks in reading order', () => {
	it.each([
		['paragraphs', '<p>甲。</p><p>乙。</p>', ['甲。', '乙。']],
		[
			'inline markup joins its text',
			'<p>宜春<b>经开区</b><a href="x">链接</a><span>。</span></p>',
			['宜春经开区链接。']
		],
		[
			'script and style dropped whole',
			'<p>甲<script>document.write("<p>x</p>")</script>乙</p><style>p{color:red}</style>',
			['甲乙']
		],
		[
			'script text with a closing-looking string',
			'<script>var s = "</p><p>";</script><p>正文</p>',
			['正文']
		],
		[
			'attributes never become text',
			'<p onclick="alert(1)" title="标题">正文</p><img src=x onerror="alert(2)" alt="图">',
			['正文']
		],
		[
			'comments and conditional comments',
			'<!-- <p>隐藏</p> --><p>可见</p><!--[if gte mso 9]><xml>w</xml><![endif]-->',
			['可见']
		],
		[
			'the head is dropped, the body kept',
			'<html><head><title>页</title><meta charset="utf-8"></head><body><p>正文</p></body></html>',
			['正文']
		],
		['a head never closed ends at the body', '<head><title>页</title><body><p>正文</p>', ['正文']],
		['br and div break blocks', '<div>甲<br>乙<br/>丙</div>', ['甲', '乙', '丙']],
		[
			'list items and table cells are blocks',
			'<ul><li>一</li><li>二</li></ul><table><tr><td>三</td><td>四</td></tr></table>',
			['一', '二', '三', '四']
		],
		['unclosed tags are forgiven', '<p>甲<p>乙<div>丙', ['甲', '乙', '丙']],
		[
			'named and numeric entities',
			'<p>&ldquo;A&rdquo; &amp; &#x5B9C;&#26149; &lt;b&gt;&hellip;</p>',
			['“A” & 宜春 <b>…']
		],
		[
			'white space collapsed; a source line break between Han removed',
			'<p>宜春经\n  开区   发展\nzone  grows</p>',
			['宜春经开区 发展 zone grows']
		],
		['NBSP and ideographic indents', '<p>&nbsp;&nbsp;\u3000\u3000正文&nbsp;一</p>', ['正文 一']],
		[
			'Word clipboard HTML with o:p and mso styles',
			'<p class=MsoNormal style="mso-x:1"><span lang=ZH-CN>宜春<o:p></o:p></span></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p>乙</p>',
			['宜春', '乙']
		],
		[
			'svg and forms dropped',
			'<p>甲</p><svg><text>矢量</text></svg><select><option>选</option></select><p>乙</p>',
			['甲', '乙']
		],
		['a lone < that is not a tag stays text', '<p>3 < 5 且 5 > 3</p>', ['3 < 5 且 5 > 3']],
		['empty input', '', []],
		[
			'a DOCTYPE with an internal subset is not text',
			'<!DOCTYPE html [\n  <!ENTITY co "宜春">\n]>\n<p>正文</p>',
			['正文']
		],
		[
			'every HTML character reference, and broken ones as a browser reads them',
			'<p>&frac12;&nbsp;&NotEqualTilde;&#x1F600;&amp &unknown; &#0;</p>',
			['½ ≂̸😀& &unknown; \uFFFD']
		],
		[
			'nested dropped elements',
			'<svg><svg><text>甲</text></svg><text>乙</text></svg><p>丙</p>',
			['丙']
		],
		['a textarea is dropped whole', '<p>甲<textarea><p>x</p></textarea>乙</p>', ['甲乙']]
	])('%s', (_name, html, expected) => {
		expect(texts(html)).toEqual(expected);
	});

	it('gives kinds from h1 (first one a title), h2–h6 and figcaption', () => {
		const blocks = parseHtml(
			'<h1>标题</h1><h2>小标题</h2><p>正文。</p><figure><img src=a><figcaption>现场</figcaption></figure><h1>再一个</h1>'
		).value!;
		expect(blocks.map((b) => [b.text, b.kind])).toEqual([
			['标题', 'title'],
			['小标题', 'heading'],
			['正文。', undefined],
			['现场', 'caption'],
			['再一个', 'heading']
		]);
	});

	it('marks list items and table cells', () => {
		const value = parseHtml(
			'<ul><li>一</li></ul><table><tr><td>二</td></tr></table><p>三</p>'
		).value!;
		expect(value.map((b) => b.boundary)).toEqual(['list-item', 'table-cell', undefined]);
	});

	it('never lets markup through, whatever the input', () => {
		const evil =
			'<p>a<script>x</script><iframe src=javascript:1></iframe><img src=x onerror=y><svg onload=z></svg><a href="javascript:alert(1)">b</a></p>';
		const out = texts(evil).join('\n');
		expect(out).toBe('ab');
	});
});
