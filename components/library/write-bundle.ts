import { callBackground } from '@/lib/messages';
import type { ImportResult, LibraryBundle } from '@/lib/store/library';

/** Quotes per message: far below the 64 MB a runtime message may carry, even with long context and notes. */
const QUOTES_PER_PART = 5_000;
const SIGHTINGS_PER_PART = 20_000;

/**
 * Hands a bundle to the background in parts, then has it written in one transaction
 * (an import, or the undo of a delete). `onSent` counts the rows sent so far.
 */
export async function writeBundle(bundle: LibraryBundle, onSent: (sent: number, total: number) => void = () => {}): Promise<ImportResult> {
  const importId = crypto.randomUUID();
  const total = bundle.quotes.length + bundle.sightings.length;
  let sent = 0;
  const send = async (part: LibraryBundle) => {
    await callBackground('stageImport', { importId, ...part });
    sent += part.quotes.length + part.sightings.length;
    onSent(sent, total);
  };
  await send({ quotes: [], sightings: [] }); // opens the import even when the bundle is empty
  for (let i = 0; i < bundle.quotes.length; i += QUOTES_PER_PART) await send({ quotes: bundle.quotes.slice(i, i + QUOTES_PER_PART), sightings: [] });
  for (let i = 0; i < bundle.sightings.length; i += SIGHTINGS_PER_PART) await send({ quotes: [], sightings: bundle.sightings.slice(i, i + SIGHTINGS_PER_PART) });
  return callBackground('commitImport', importId);
}
