/**
 * One interface for every machine-translation engine: a paragraph in (with its recognised
 * glossary terms and its neighbours as context), an English text or a reason out.
 */
import type { QaTermMatch } from '../qa/index.ts';
import type { MtEngine } from '../types.ts';
import type { MtResult } from './http.ts';

export interface MtRequest {
	/** The Chinese paragraph to translate. */
	source: string;
	/** The paragraph before and after it, as context (not to be translated). */
	previous?: string;
	next?: string;
	/** Glossary terms recognised in `source` (domain/glossary `findTerms`). */
	terms: readonly QaTermMatch[];
}

export interface MtClient {
	engine: MtEngine;
	/** The model or service that answers, for provenance ("qwen2.5:7b", "DeepL"). */
	engineName: string;
	/**
	 * Hands the engine the glossary terms of a whole document before translating it, for
	 * engines that hold a glossary on their side (DeepL); others need not implement it.
	 */
	prepare?(terms: readonly QaTermMatch[]): Promise<MtResult<void>>;
	translate(request: MtRequest): Promise<MtResult<string>>;
	/** Removes what `prepare` left on the engine's side. */
	close?(): Promise<void>;
}
