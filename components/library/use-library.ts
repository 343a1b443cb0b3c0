import { useEffect, useState } from 'preact/hooks';
import { liveQuery, type Table } from 'dexie';
import type { VerbatimDB } from '@/lib/store/db';
import type { QuoteRecord, Source, Verdict } from '@/lib/model';
import type { AppearanceRecord } from '@/lib/store/appearances';
import { joinSource } from '@/lib/store/quotes';
import { LibraryIndex, type LibraryItem } from '@/lib/store/library-search';

/** Records read per request: the page's thread deserializes each answer, so a big library is read in steps it can breathe between. */
const PAGE = 5_000;

async function readAll<T>(table: Table<T, string, unknown>, keyOf: (r: T) => string): Promise<T[]> {
  const out: T[] = [];
  for (let page: T[] = await table.limit(PAGE).toArray(); page.length; page = await table.where(':id').above(keyOf(page[page.length - 1])).limit(PAGE).toArray()) {
    for (const r of page) out.push(r);
    if (page.length < PAGE) break;
  }
  return out;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function loadItems(db: VerbatimDB): Promise<LibraryItem[]> {
  const [records, sources, appearances] = await Promise.all([
    readAll<QuoteRecord>(db.quotes, (r) => r.id),
    readAll<Source>(db.sources, (s) => s.url),
    readAll<AppearanceRecord>(db.appearances, (a) => a.key),
  ]);
  const byUrl = new Map(sources.map((s) => [s.url, s]));
  const seen = new Map<string, { pages: number; verdicts: Verdict[] }>();
  for (const { quoteId, verdict } of appearances) {
    const entry = seen.get(quoteId) ?? { pages: 0, verdicts: [] };
    entry.pages++;
    if (verdict) entry.verdicts.push(verdict);
    seen.set(quoteId, entry);
  }
  return records.map((record) => {
    const quote = joinSource(record, byUrl);
    const { pages = 0, verdicts = [] } = seen.get(quote.id) ?? {};
    return { quote, speakerKey: record.speakerKey, sightings: pages, pageVerdicts: verdicts };
  });
}

/**
 * The whole library, read straight from the store (this page shares the extension's
 * origin) and kept current: Dexie tells every page of the origin when the background
 * writes, so edits made from a page's card show here too.
 */
export function useLibrary(db: VerbatimDB): { index: LibraryIndex | undefined; error: string | undefined } {
  const [index, setIndex] = useState<LibraryIndex>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let latest: LibraryItem[] | undefined;
    const subscription = liveQuery(() => loadItems(db)).subscribe({
      next(items) {
        latest = items;
        // An index built for items that a newer read replaced is dropped.
        void LibraryIndex.build(items, nextTask).then((built) => latest === items && setIndex(built), (e: Error) => setError(e.message));
      },
      error: (e: Error) => setError(e.message),
    });
    return () => {
      latest = undefined;
      subscription.unsubscribe();
    };
  }, [db]);
  return { index, error };
}
