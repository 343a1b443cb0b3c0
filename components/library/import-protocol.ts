import type { FormatId, Problem } from '@/lib/formats/batch';
import type { ImportResult } from '@/lib/store/library';

/** What the library page asks of its import worker: read a file (and plan its import), write the planned import, or forget it. */
/** `receipt` names the write's receipt in the store (lib/store/library takeReceipt). */
export type ImportRequest = { read: File } | { write: { receipt: string } } | { drop: true };

/** What the page needs of a read file: the counts, the problems, and what the import would do. */
export interface ReadFile {
  format: FormatId;
  quotes: number;
  rejections: Problem[];
  warnings: Problem[];
  /** Said about the file as a whole (it was not UTF-8). */
  notes: string[];
  preview: ImportResult;
}

export type ImportReply =
  | { read: ReadFile }
  /** The file could not be read: nothing was planned. */
  | { problems: string[] }
  /** The write's transaction is open and checking the plan against the store as it is now. */
  | { preparing: true }
  | { progress: { done: number; total: number } }
  | { written: ImportResult }
  /** The transaction was rolled back: nothing of the file is stored. */
  | { failed: string };
