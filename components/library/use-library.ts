import { useEffect, useMemo, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { VerbatimDB } from '@/lib/store/db';
import { listQuotes, speakerKey } from '@/lib/store/quotes';
import { LibraryIndex, type LibraryItem } from '@/lib/store/library-search';

async function loadItems(db: VerbatimDB): Promise<LibraryItem[]> {
  const [quotes, seenBy] = await Promise.all([listQuotes(db), db.sightings.orderBy('quoteId').keys()]);
  const sightings = new Map<string, number>();
  for (const id of seenBy as string[]) sightings.set(id, (sightings.get(id) ?? 0) + 1);
  return quotes.map((quote) => ({ quote, speakerKey: speakerKey(quote.speaker), sightings: sightings.get(quote.id) ?? 0 }));
}

/**
 * The whole library, read straight from the store (this page shares the extension's
 * origin) and kept current: Dexie tells every page of the origin when the background
 * writes, so edits made from a page's card show here too.
 */
export function useLibrary(db: VerbatimDB): { index: LibraryIndex | undefined; error: string | undefined } {
  const [items, setItems] = useState<LibraryItem[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const subscription = liveQuery(() => loadItems(db)).subscribe({ next: setItems, error: (e: Error) => setError(e.message) });
    return () => subscription.unsubscribe();
  }, [db]);
  const index = useMemo(() => items && new LibraryIndex(items), [items]);
  return { index, error };
}
