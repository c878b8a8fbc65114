/** Safe light Markdown for notes: a token tree to render without HTML. */
export {
	markdownToPlainText,
	parseInline,
	renderMarkdownTokens,
	safeHref,
	type BlockToken,
	type InlineToken,
	type ListItemToken,
	type Token
} from './tokens.ts';
