/**
 * From paragraphs to checked suggestions: the request for one paragraph (its recognised terms
 * and its neighbours), and the engine's answer run through our QA at once.
 */
import { findTerms, type TermIndex } from '../glossary/index.ts';
import { runChecks } from '../qa/index.ts';
import type { MtSuggestion } from '../types.ts';
import type { MtClient, MtRequest } from './engine.ts';
import type { MtResult } from './http.ts';

/**
 * The request for paragraph `index` of a document: its terms (from a compiled glossary, when
 * there is one) and the previous and next paragraphs as context.
 */
export function mtRequest(
	paragraphs: readonly string[],
	index: number,
	glossary?: TermIndex
): MtRequest {
	const source = paragraphs[index];
	const request: MtRequest = {
		source,
		terms: glossary
			? findTerms(glossary, source).map(({ start, end, zh, en, forbidden }) => ({
					start,
					end,
					zh,
					en,
					forbidden
				}))
			: []
	};
	if (index > 0) request.previous = paragraphs[index - 1];
	if (index + 1 < paragraphs.length) request.next = paragraphs[index + 1];
	return request;
}

/** QA findings on a suggestion: numbers by value, the request's glossary terms, and the rest. */
export function checkSuggestion(request: MtRequest, target: string) {
	return runChecks([{ source: request.source, target }], {
		termMatches: [request.terms],
		// one paragraph has no document to judge its length or consistency by
		disabled: ['length', 'consistency']
	});
}

/**
 * Asks an engine for one paragraph and returns the suggestion with its QA findings, or the
 * reason there is none.
 */
export async function suggest(
	client: MtClient,
	request: MtRequest
): Promise<MtResult<MtSuggestion>> {
	const answer = await client.translate(request);
	if (!answer.ok) return answer;
	return {
		ok: true,
		value: {
			engine: client.engine,
			engineName: client.engineName,
			source: request.source,
			target: answer.value,
			findings: checkSuggestion(request, answer.value)
		}
	};
}
