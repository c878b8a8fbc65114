/** Keys of the workspace settings the app keeps in IndexedDB. */
export const AUTHOR_KEY = 'author';
