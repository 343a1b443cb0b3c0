/**
 * Reads, plans and writes an import off the page's thread: parsing and checking
 * 100,000 rows takes long enough to freeze the page. The store is opened here (a
 * worker shares the extension's origin), so the file is written where it was read,
 * in one transaction: all of it or, if anything stops it (the tab closing too),
 * none. Each tab has its own worker, hence its own import.
 */
import { VerbatimDB } from '@/lib/store/db';
import { readImportFile } from '@/lib/formats';
import { decodeFile } from '@/lib/formats/decode';
import { ImportError } from '@/lib/formats/batch';
import { planImport, writeFailure, writeImport, type ImportPlan, type LibraryBundle } from '@/lib/store/library';
import type { ImportRequest, ImportReply } from '@/components/library/import-protocol';

const db = new VerbatimDB();
let planned: { bundle: LibraryBundle; plan: ImportPlan } | undefined;
const reply = (message: ImportReply) => self.postMessage(message);

async function read(file: File) {
  planned = undefined;
  try {
    const { text, note } = decodeFile(file.name, new Uint8Array(await file.arrayBuffer()));
    const batch = readImportFile(file.name, text);
    const plan = await planImport(db, batch);
    planned = { bundle: batch, plan };
    const { format, quotes, rejections, warnings } = batch;
    reply({ read: { format, quotes: quotes.length, rejections, warnings, notes: note ? [note] : [], preview: plan.preview } });
  } catch (e) {
    if (!(e instanceof ImportError)) console.error(e);
    reply({ problems: e instanceof ImportError ? e.problems : [`${file.name} could not be read: ${readFailure(e)}`] });
  }
}

/** An unexpected failure while reading, in words for the reader. */
function readFailure(e: unknown): string {
  if (e instanceof RangeError) return 'it is too large or too deeply nested for the memory Verbatim has.';
  if ((e as { name?: string } | null)?.name === 'NotReadableError') return 'the browser could not read it (was it moved or deleted?).';
  return 'Verbatim stopped on something in it that it did not expect.';
}

async function write(receipt: string) {
  if (!planned) return reply({ failed: 'The file is no longer held by this page. Choose it again.' });
  const { bundle, plan } = planned;
  planned = undefined;
  reply({ preparing: true });
  try {
    reply({ written: await writeImport(db, bundle, plan, (done, total) => reply({ progress: { done, total } }), receipt) });
  } catch (e) {
    console.error(e);
    reply({ failed: writeFailure(e) });
  }
}

self.onmessage = ({ data }: MessageEvent<ImportRequest>) => {
  if ('read' in data) void read(data.read);
  else if ('write' in data) void write(data.write.receipt);
  else planned = undefined;
};
