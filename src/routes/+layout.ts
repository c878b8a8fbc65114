// A pure single-page app: IndexedDB is opened only in the browser, nothing is prerendered.
export const ssr = false;
export const prerender = false;
