/** Machine translation (issue 17): engines behind one interface, held to the glossary and QA. */
export type { MtClient, MtRequest } from './engine.ts';
export {
	MT_REASONS,
	parseRetryAfter,
	type MtError,
	type MtFetch,
	type MtReason,
	type MtResult,
	type RetryPolicy
} from './http.ts';
export { buildMessages, cleanCompletion, glossaryLines, type ChatMessage } from './prompt.ts';
export { openAiClient, completionText, type OpenAiConfig } from './openai.ts';
export {
	deeplClient,
	deeplBaseUrl,
	deeplThroughTeamServer,
	glossaryTsv,
	type DeepLConfig
} from './deepl.ts';
export { libreTranslateClient, type LibreTranslateConfig } from './libretranslate.ts';
export { mtRequest, checkSuggestion, suggest } from './suggest.ts';
export {
	EMPTY_MT_SETTINGS,
	missingFields,
	mtClient,
	type MtKeys,
	type MtSettings
} from './config.ts';
