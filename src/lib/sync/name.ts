/**
 * The name of a shared project or glossary lives in its document (the `meta` map), so a rename
 * reaches every member and the server's list; the server's role rule holds for it as for any
 * change (a viewer's rename is refused). Pure: only Y.js.
 */
import type * as Y from 'yjs';

export function sharedName(doc: Y.Doc): string {
	return String(doc.getMap('meta').get('name') ?? '');
}

/**
 * Carries a rename made here into the document: `fed` is the name the document last gave this
 * replica, `here` the name here now. Only a change made here is written, so a rename by another
 * member is never reverted. Returns true when the name was written.
 */
export function carryRename(doc: Y.Doc, fed: string, here: string): boolean {
	if (!here.trim() || here === fed || here === sharedName(doc)) return false;
	doc.getMap('meta').set('name', here);
	return true;
}
