/** Notes on exact words: anchoring, re-anchoring and W3C Web Annotation JSON-LD. */
export {
	DEFAULT_CONTEXT,
	createSelector,
	diffSingleEdit,
	mapThroughEdit,
	mapThroughTextEdit,
	reanchor,
	rebaseOnMerge,
	rebaseOnSplit,
	type ReanchorMethod,
	type ReanchorResult,
	type SplitRebase,
	type TextEdit
} from './anchor.ts';
export { applyEditToAnnotations, reanchorAnnotation } from './place.ts';
export {
	ANNO_CONTEXT,
	CATEGORY_MOTIVATION,
	DUIYI_NS,
	fromCodePointOffset,
	toCodePointOffset,
	parseAnnotations,
	serializeAnnotations,
	type ParseAnnotationsOptions,
	type SerializeContext
} from './jsonld.ts';
export { annotationAuthors, filterAnnotations, type AnnotationFilter } from './filter.ts';
