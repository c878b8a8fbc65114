// The SvelteKit options live in vite.config.ts (inside sveltekit({...})); this file exists for
// tools (eslint-plugin-svelte, svelte-check) that look for it.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default { preprocess: vitePreprocess() };
