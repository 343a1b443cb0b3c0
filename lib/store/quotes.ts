import type { VerbatimDB } from './db';
import type { Quote, QuoteInput, QuoteRecord, Settings, Source } from '../model';
import { DEFAULT_SETTINGS } from '../model';
import { quoteKey } from '../text/words';
import { sameValue } from './same';

/** Folded form of a person's name, so "Marco  Rubio" and "marco rubio" group together. */
export function speakerKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function toRecord(input: QuoteInput, now: string): QuoteRecord {
  const { url, ...details } = input.source;
  const known = stripEmpty(details);
  return {
    id: input.id ?? crypto.randomUUID(),
    key: quoteKey(input.text),
    text: input.text,
    speaker: input.speaker,
    speakerKey: speakerKey(input.speaker),
    sourceUrl: url,
    ...(!url && Object.keys(known).length ? { sourceDetails: known } : {}),
    context: input.context ?? { before: '', after: '' },
    ...(input.verdict ? { verdict: input.verdict } : {}),
    ...(input.note ? { note: input.note } : {}),
    tags: input.tags ?? [],
    ...(input.relatedTo ? { relatedTo: input.relatedTo } : {}),
    createdAt: input.createdAt ?? now,
    updatedAt: input.updatedAt ?? now,
  };
}

export interface AddResult {
  added: number;
  /** Quotes whose words were already in the store; the stored record was kept. */
  duplicates: number;
}

/**
 * Adds quotes in one transaction: either all new ones are written or none.
 * A quote whose words are already stored (same key) is not added twice.
 */
export async function addQuotes(db: VerbatimDB, inputs: QuoteInput[]): Promise<AddResult> {
  const now = new Date().toISOString();
  return db.transaction('rw', db.quotes, db.sources, db.speakers, async () => {
    const records = inputs.map((input) => toRecord(input, now)).filter((r) => r.key !== '');
    const sameWords = await db.quotes.where('key').anyOf(records.map((r) => r.key)).toArray();
    const sameIds = await db.quotes.bulkGet(records.map((r) => r.id));
    const taken = new Set([...sameWords.map((r) => r.key), ...sameIds.map((r) => r?.key)]);
    const takenIds = new Set(sameIds.map((r) => r?.id));
    const fresh = new Map<string, QuoteRecord>();
    for (const r of records) if (!taken.has(r.key) && !takenIds.has(r.id) && !fresh.has(r.key)) fresh.set(r.key, r);
    const toAdd = [...fresh.values()];
    await db.quotes.bulkAdd(toAdd);
    await putSources(db, inputs.map((input) => input.source));
    await putSpeakers(db, toAdd);
    return { added: toAdd.length, duplicates: inputs.length - toAdd.length };
  });
}

/** The fields of `o` that say something: undefined and empty text are left out. */
export function stripEmpty<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

/** Stores each source (the transaction must include db.sources), keeping details already known that the new copy lacks. */
export async function putSources(db: VerbatimDB, sources: Source[]): Promise<void> {
  const byUrl = new Map<string, Source>();
  for (const s of sources) if (s.url) byUrl.set(s.url, { ...byUrl.get(s.url), ...stripEmpty(s), url: s.url });
  const urls = [...byUrl.keys()];
  const stored = await db.sources.bulkGet(urls);
  const changed = urls.flatMap((url, i) => {
    const after = { ...stored[i], ...byUrl.get(url)! };
    return sameValue(after, stored[i]) ? [] : [after];
  });
  await db.sources.bulkPut(changed);
}

/** Stores the speaker of each record that names one (the transaction must include db.speakers). */
export async function putSpeakers(db: VerbatimDB, records: QuoteRecord[]): Promise<void> {
  const speakers = new Map(records.filter((r) => r.speaker).map((r) => [r.speakerKey, { key: r.speakerKey, name: r.speaker }]));
  await db.speakers.bulkPut([...speakers.values()]);
}

/** Every stored quote joined with its source, oldest first. */
export async function listQuotes(db: VerbatimDB): Promise<Quote[]> {
  const [records, sources] = await Promise.all([db.quotes.orderBy('createdAt').toArray(), db.sources.toArray()]);
  const byUrl = new Map(sources.map((s) => [s.url, s]));
  return records.map((r) => joinSource(r, byUrl));
}

export async function getQuotes(db: VerbatimDB, ids: string[]): Promise<Quote[]> {
  const records = (await db.quotes.bulkGet(ids)).filter((r): r is QuoteRecord => !!r);
  return joinSources(db, records);
}

/** The records joined with their sources, read in one request. */
export async function joinSources(db: VerbatimDB, records: QuoteRecord[]): Promise<Quote[]> {
  const sources = await db.sources.bulkGet([...new Set(records.map((r) => r.sourceUrl).filter(Boolean))]);
  const byUrl = new Map(sources.filter((s): s is Source => !!s).map((s) => [s.url, s]));
  return records.map((r) => joinSource(r, byUrl));
}

/** A stored quote as the rest of Verbatim sees it: with its source, from the table or (without a URL) from the record. */
export function joinSource(record: QuoteRecord, sourcesByUrl: Map<string, Source>): Quote {
  const { key: _key, speakerKey: _speakerKey, sourceUrl, sourceDetails, ...rest } = record;
  return { ...rest, source: (sourceUrl && sourcesByUrl.get(sourceUrl)) || { ...sourceDetails, url: sourceUrl } };
}

/** Empties the store of quotes and everything hanging off them; settings stay. */
export async function clearQuotes(db: VerbatimDB): Promise<void> {
  await db.transaction('rw', db.quotes, db.sources, db.speakers, db.appearances, async () => {
    await Promise.all([db.quotes.clear(), db.sources.clear(), db.speakers.clear(), db.appearances.clear()]);
  });
}

export async function getSettings(db: VerbatimDB): Promise<Settings> {
  const rows = await db.settings.bulkGet(Object.keys(DEFAULT_SETTINGS));
  const stored = Object.fromEntries(rows.flatMap((r) => (r ? [[r.key, r.value]] : [])));
  return { ...DEFAULT_SETTINGS, ...stored } as Settings;
}
