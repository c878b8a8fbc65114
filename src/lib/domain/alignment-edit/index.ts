/** Editing an alignment by hand, undo and redo, and accepting it into a project. */
export * from './beads.ts';
export * from './history.ts';
export * from './accept.ts';
export * from './original-order.ts';
