import type { ImportBatch } from '@/lib/formats/batch';
import type { ImportPreview } from '@/lib/store/library';

export interface ImportRequest {
  file: File;
}

export type ImportReply = { batch: ImportBatch; preview: ImportPreview } | { problems: string[] };
