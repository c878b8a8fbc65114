/**
 * OpenAI-compatible chat completions (`POST {base}/chat/completions`): OpenAI itself and the
 * local servers that speak the same protocol (Ollama, llama.cpp's server, vLLM). The glossary
 * and the context travel in the prompt.
 */
import type { MtClient } from './engine.ts';
import {
	postJson,
	reasonOfStatus,
	type HttpAnswer,
	type HttpOptions,
	type MtResult
} from './http.ts';
import { buildMessages, cleanCompletion } from './prompt.ts';

export interface OpenAiConfig extends HttpOptions {
	/** Base URL up to and including /v1 (https://api.openai.com/v1, http://localhost:11434/v1). */
	baseUrl: string;
	model: string;
	/** Bearer key; local servers usually need none. */
	apiKey?: string;
	/** Sampling temperature (default 0.2: faithful rather than creative). */
	temperature?: number;
}

/** OpenAI answers 429 both for a rate limit and for an exhausted quota (`insufficient_quota`). */
function classify(answer: HttpAnswer) {
	if (answer.status === 429 && /insufficient_quota/.test(answer.body)) return 'quota' as const;
	if (answer.status === 400 && /context_length|maximum context|too long/i.test(answer.body)) {
		return 'too_long' as const;
	}
	return reasonOfStatus(answer.status);
}

/** The assistant's text from a chat completion response, or undefined when it has none. */
export function completionText(json: unknown): string | undefined {
	const choices = (json as { choices?: unknown })?.choices;
	if (!Array.isArray(choices) || choices.length === 0) return undefined;
	const content = (choices[0] as { message?: { content?: unknown } })?.message?.content;
	return typeof content === 'string' ? content : undefined;
}

export function openAiClient(config: OpenAiConfig): MtClient {
	const url = config.baseUrl.replace(/\/+$/, '') + '/chat/completions';
	const headers: Record<string, string> = config.apiKey
		? { Authorization: `Bearer ${config.apiKey}` }
		: {};
	return {
		engine: 'openai',
		engineName: config.model,
		async translate(request): Promise<MtResult<string>> {
			const body = {
				model: config.model,
				messages: buildMessages(request),
				temperature: config.temperature ?? 0.2,
				stream: false
			};
			const answer = await postJson(url, body, headers, config, classify);
			if (!answer.ok) return answer;
			const content = completionText(answer.value);
			const text = content === undefined ? '' : cleanCompletion(content);
			if (!text) {
				return { ok: false, error: { reason: 'bad_response', detail: 'no message content' } };
			}
			return { ok: true, value: text };
		}
	};
}
