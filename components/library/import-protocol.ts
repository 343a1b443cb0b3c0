import type { FormatId, Problem } from '@/lib/formats/batch';
import type { BundlePart, ImportPreview } from '@/lib/store/library';

export interface ImportRequest {
  file: File;
}

/** What the page needs of a read file: the counts, the problems, and the rows as JSON parts for the background. */
export interface ReadFile {
  format: FormatId;
  quotes: number;
  rejections: Problem[];
  warnings: Problem[];
  preview: ImportPreview;
  parts: BundlePart[];
}

export type ImportReply = ReadFile | { problems: string[] };
