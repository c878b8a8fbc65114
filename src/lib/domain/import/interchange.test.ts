import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeTmx } from '../formats/tmx/serialize.ts';
import { importDocument } from './index.ts';
import { detectInterchange } from './interchange.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('detectInterchange', () => {
	it.each([
		['<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2">', 'xliff'],
		['<!-- OmegaT -->\n<xliff:xliff xmlns:xliff="urn:oasis:names:tc:xliff:document:2.0">', 'xliff'],
		['<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4">', 'tmx'],
		['<?xml version="1.0"?><tbx type="TBX-Basic" style="dca">', 'tbx'],
		['<martif type="TBX">', 'tbx'],
		['{\n  "format": "duiyi-project",\n  "version": 1', 'duiyi-project'],
		['<html><body><p>风华正茂</p>', null],
		['风华正茂勇争先\n\n宜春经开区', null],
		['{"name": "not ours"}', null]
	])('%s → %s', (text, kind) => {
		expect(detectInterchange(bytes(text))).toBe(kind);
	});

	it('reads UTF-16 with a BOM', () => {
		const text = '\uFEFF<tmx version="1.4">';
		const utf16 = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) {
			utf16[i * 2] = text.charCodeAt(i) & 0xff;
			utf16[i * 2 + 1] = text.charCodeAt(i) >> 8;
		}
		expect(detectInterchange(utf16)).toBe('tmx');
	});

	it('keeps the document importer from proposing a project of XML lines', () => {
		const tmx = serializeTmx([
			{ source: '风华', target: 'Prime', sourceLang: 'zh-CN', targetLang: 'en' }
		]);
		const result = importDocument(bytes(tmx), 'memory.txt');
		expect(result.value).toBeNull();
		expect(result.issues[0].code).toBe('import.interchange');
		expect(result.issues[0].message).toContain('TMX');
	});

	it('leaves the seed article alone', () => {
		const zh = readFileSync('corpus/yichun-etdz-2023/zh.txt');
		expect(detectInterchange(new Uint8Array(zh))).toBeNull();
		expect(importDocument(new Uint8Array(zh), 'zh.txt').value).not.toBeNull();
	});
});
