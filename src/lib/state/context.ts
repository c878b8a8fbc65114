/** The app context: the repositories, shared with every page through Svelte context. */
import { getContext, setContext } from 'svelte';
import type { Repos } from '$lib/db/repos/index.ts';

const KEY = Symbol('duiyi.app');

export interface AppContext {
	repos: Repos;
}

export function setAppContext(context: AppContext): AppContext {
	return setContext(KEY, context);
}

export function getAppContext(): AppContext {
	const context = getContext<AppContext | undefined>(KEY);
	if (!context) throw new Error('the app context is set in the root layout');
	return context;
}
