/**
 * Everything the import screen needs from a file or pasted text, in one pure call (run in the
 * import worker, or in place under Node): the document's blocks, the format issues, whether the
 * file belongs to another importer, and the proposed repairs.
 */
import type { FormatIssue } from '../types.ts';
import { repairBlocks, type RepairProposal } from '../segmentation/repair.ts';
import { importDocument, importPasted, type ImportedDocument } from './index.ts';
import { detectInterchange, type InterchangeKind } from './interchange.ts';

export type ImportInput =
	| { kind: 'file'; bytes: Uint8Array; fileName: string }
	| { kind: 'pasted'; text: string; type: 'text' | 'html' };

export interface ImportRead {
	doc: ImportedDocument | null;
	issues: FormatIssue[];
	/** The file is an XLIFF, TMX, TBX or Duiyi file (null for pasted text). */
	interchange: InterchangeKind | null;
	proposal: RepairProposal;
}

export function readImport(input: ImportInput): ImportRead {
	const result =
		input.kind === 'file'
			? importDocument(input.bytes, input.fileName)
			: importPasted(input.text, input.type);
	return {
		doc: result.value,
		issues: result.issues,
		interchange: input.kind === 'file' ? detectInterchange(input.bytes) : null,
		proposal: result.value ? repairBlocks(result.value.blocks) : { kinds: [], proposals: [] }
	};
}
