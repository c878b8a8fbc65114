/** Machine translation in the editor: the current paragraph's suggestion and pre-translation. */
import type { Repos } from '$lib/db/repos/index.ts';
import type { EditorState } from './editor.svelte.ts';
import { MtSuggestState } from './mt.svelte.ts';
import { PretranslateState } from './pretranslate.svelte.ts';
import type { TermsState } from './terms.svelte.ts';

export class MtEditorState {
	readonly suggest: MtSuggestState;
	readonly pretranslate: PretranslateState;

	constructor(repos: Repos, editor: EditorState, terms: TermsState) {
		this.suggest = new MtSuggestState(repos, editor, terms);
		this.pretranslate = new PretranslateState(repos, editor, terms);
	}
}
