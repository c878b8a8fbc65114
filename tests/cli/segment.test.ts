import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

const SEED = 'corpus/yichun-etdz-2023/zh.txt';
const dir = tempDir('duiyi-segment-');

function duiyi(...args: string[]) {
	const r = spawnSync('node', ['bin/duiyi.js', 'segment', ...args], { encoding: 'utf8' });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Unit {
	kind: string;
	text: string;
	sentences?: string[];
	joined: number[];
}

describe('duiyi segment', () => {
	it('repairs the seed article into 28 paragraphs, with the blocks each was made from', () => {
		const r = duiyi(SEED, '--repair');
		expect(r.code).toBe(0);
		const { units } = JSON.parse(r.stdout) as { units: Unit[] };
		expect(units).toHaveLength(28);
		expect(Object.keys(units[0])).toEqual(['kind', 'text', 'joined']);
		const joined = units.filter((u) => u.joined.length > 1).map((u) => u.joined);
		expect(joined).toEqual([
			[9, 10, 11],
			[16, 17, 18],
			[22, 23],
			[24, 25],
			[34, 21]
		]);
		expect(units.map((u) => u.kind).filter((k) => k === 'caption')).toHaveLength(4);
		expect(units.find((u) => u.kind === 'credit')?.text).toBe('（本版文图由宜春经开区提供）');
	});

	it('without --repair keeps every block, kinds inferred', () => {
		const { units } = JSON.parse(duiyi(SEED).stdout) as { units: Unit[] };
		expect(units).toHaveLength(35);
		expect(units.every((u, i) => u.joined.length === 1 && u.joined[0] === i)).toBe(true);
		expect(units[0].kind).toBe('title');
	});

	it('adds sentences with --sentences', () => {
		const { units } = JSON.parse(duiyi(SEED, '--repair', '--sentences').stdout) as {
			units: Unit[];
		};
		expect(Object.keys(units[4])).toEqual(['kind', 'text', 'sentences', 'joined']);
		expect(units[5].sentences).toHaveLength(2);
		expect(units[5].sentences?.join('')).toBe(units[5].text);
	});

	it('writes txt: one paragraph per unit, a blank line between', () => {
		const r = duiyi(SEED, '--repair', '--format', 'txt');
		expect(r.code).toBe(0);
		const paragraphs = r.stdout.trimEnd().split('\n\n');
		expect(paragraphs).toHaveLength(28);
		expect(paragraphs[0]).toBe('风华正茂勇争先');
		expect(paragraphs.at(-1)).toMatch(/千亿园区”的“双百双千”良好发展格局/u);
	});

	it('reads Markdown, HTML and GB18030 files', () => {
		writeFileSync(join(dir, 'a.md'), '# 标题\n\n较为完善的产业\n\n配套。下一句。\n');
		writeFileSync(join(dir, 'a.html'), '<h1>标题</h1><p>甲。</p><script>alert(1)</script>');
		// 宜春。 in GB18030: D2CB B4BA A1A3
		writeFileSync(join(dir, 'gb.txt'), Buffer.from([0xd2, 0xcb, 0xb4, 0xba, 0xa1, 0xa3]));
		const md = JSON.parse(duiyi(join(dir, 'a.md'), '--repair').stdout) as { units: Unit[] };
		expect(md.units).toEqual([
			{ kind: 'title', text: '标题', joined: [0] },
			{ kind: 'body', text: '较为完善的产业配套。下一句。', joined: [1, 2] }
		]);
		const html = JSON.parse(duiyi(join(dir, 'a.html')).stdout) as { units: Unit[] };
		expect(html.units.map((u) => u.text)).toEqual(['标题', '甲。']);
		const gb = JSON.parse(duiyi(join(dir, 'gb.txt')).stdout) as { units: Unit[] };
		expect(gb.units[0].text).toBe('宜春。');
	});

	it('reads a .docx: headings from styles, broken paragraphs repaired', async () => {
		const doc = new Document({
			sections: [
				{
					children: [
						new Paragraph({ text: '风华正茂勇争先', heading: HeadingLevel.TITLE }),
						new Paragraph({ text: '坚持改革创新', heading: HeadingLevel.HEADING_1 }),
						new Paragraph('形成了较为鲜明的产业特色、较为完善的产业'),
						new Paragraph('配套。围绕主导产业，该区着力在招优引强上求突破。')
					]
				}
			]
		});
		writeFileSync(join(dir, 'a.docx'), await Packer.toBuffer(doc));
		const r = duiyi(join(dir, 'a.docx'), '--repair', '--sentences');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout).units).toEqual([
			{ kind: 'title', text: '风华正茂勇争先', sentences: ['风华正茂勇争先'], joined: [0] },
			{ kind: 'heading', text: '坚持改革创新', sentences: ['坚持改革创新'], joined: [1] },
			{
				kind: 'body',
				text: '形成了较为鲜明的产业特色、较为完善的产业配套。围绕主导产业，该区着力在招优引强上求突破。',
				sentences: [
					'形成了较为鲜明的产业特色、较为完善的产业配套。',
					'围绕主导产业，该区着力在招优引强上求突破。'
				],
				joined: [2, 3]
			}
		]);
	});

	it.each([
		[['missing.txt'], 2, /cannot read missing\.txt: no such file/],
		[['JUNK'], 2, /cannot read .*junk\.txt: .*not a text file/],
		[['EMPTY'], 2, /cannot read .*empty\.txt: the file is empty/],
		[['TRUNCATED'], 2, /cannot read .*cut\.docx: the \.docx archive is damaged or cut short/],
		[[SEED, '--format', 'xml'], 1, /--format must be one of json, txt/],
		[[SEED, '--bogus'], 1, /bogus/],
		[[], 1, /usage: duiyi segment FILE/]
	])('fails with one line: %j', (args, code, message) => {
		writeFileSync(
			join(dir, 'junk.txt'),
			Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256))
		);
		writeFileSync(join(dir, 'empty.txt'), '');
		// A zip cut short: the local header survives, the central directory does not.
		writeFileSync(
			join(dir, 'cut.docx'),
			Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3])
		);
		const files: Record<string, string> = {
			JUNK: join(dir, 'junk.txt'),
			EMPTY: join(dir, 'empty.txt'),
			TRUNCATED: join(dir, 'cut.docx')
		};
		const real = args.map((a) => files[a] ?? a);
		const r = duiyi(...real);
		expect(r.code).toBe(code);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(message);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
	});
});
