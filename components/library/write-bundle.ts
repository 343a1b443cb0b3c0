import { callBackground } from '@/lib/messages';
import { bundleParts, type BundlePart, type ImportResult, type LibraryBundle } from '@/lib/store/library';

/**
 * Hands a bundle (or its parts, made off the page's thread) to the background one
 * part at a time, then has it written in one transaction: an import, or the undo of a
 * delete. `onSent` counts the rows sent so far.
 */
export async function writeBundle(bundle: LibraryBundle | BundlePart[], onSent: (sent: number, total: number) => void = () => {}): Promise<ImportResult> {
  const parts = Array.isArray(bundle) ? bundle : bundleParts(bundle);
  const importId = crypto.randomUUID();
  const total = parts.reduce((n, p) => n + p.rows, 0);
  let sent = 0;
  // The first, empty part opens the import even when there is nothing else to send.
  for (const part of [{ json: JSON.stringify({ quotes: [], sightings: [] }), rows: 0 }, ...parts]) {
    await callBackground('stageImport', { importId, json: part.json });
    sent += part.rows;
    onSent(sent, total);
  }
  return callBackground('commitImport', importId);
}
