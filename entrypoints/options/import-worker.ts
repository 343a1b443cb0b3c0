/**
 * Reads an import file off the page's thread: parsing and checking 100,000 rows takes
 * long enough to freeze the page. The store is opened here too (workers share the
 * extension's origin) to say what is new and what will merge, without writing.
 */
import { VerbatimDB } from '@/lib/store/db';
import { readImportFile } from '@/lib/formats';
import { ImportError } from '@/lib/formats/batch';
import { bundleParts, previewImport } from '@/lib/store/library';
import type { ImportRequest, ImportReply } from '@/components/library/import-protocol';

const db = new VerbatimDB();

self.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
  const reply = (message: ImportReply) => self.postMessage(message);
  try {
    const text = await data.file.text();
    const batch = readImportFile(data.file.name, text);
    const { format, quotes, rejections, warnings } = batch;
    reply({ format, quotes: quotes.length, rejections, warnings, preview: await previewImport(db, batch), parts: bundleParts(batch) });
  } catch (e) {
    reply({ problems: e instanceof ImportError ? e.problems : [`${data.file.name} could not be read: ${(e as Error).message}`] });
  }
};
