import type { IndexableType, Table } from 'dexie';
import type { VerbatimDB } from './db';
import type { Quote, QuoteInput, QuoteRecord, Source, Verdict } from '../model';
import { LIMITS, normalizeTag, VERDICTS } from '../model';
import { quoteKey } from '../text/words';
import { getQuotes, joinSource, putSources, putSpeakers, speakerKey, stripEmpty, toRecord } from './quotes';
import type { SightingInput } from '../formats/batch';
import type { Reviewer } from '../formats/claimreview';
import { sameValue } from './same';
import { toAppearanceRecord, withoutKey, type AppearanceRecord } from './appearances';

/**
 * The reader's library: edits, deletes that can be undone, bulk tagging, and imports
 * that merge into what is there. Every write is one transaction: a failure leaves the
 * library exactly as it was.
 */

/** Quotes with their appearances on other pages (sightings): what an import writes and what a delete hands back for undo. */
export interface LibraryBundle {
  quotes: QuoteInput[];
  sightings: SightingInput[];
}

export interface ImportPreview {
  /** Quotes whose words are not in the library yet. */
  fresh: number;
  /** Quotes whose words are already in the library: they merge into the stored one. */
  existing: number;
  /** Rows of the file that repeat the words of an earlier row of the same file. */
  repeated: number;
  /** Sightings the library does not have yet. */
  sightings: number;
}

export interface ImportResult extends ImportPreview {
  /** Stored quotes the import made richer (a verdict, a note, tags, context it lacked). */
  enriched: number;
}

export type Progress = (done: number, total: number) => void;

/**
 * What an import will write, worked out once against the store as it was then
 * (`stamp`): the preview shows its counts and the write carries it out.
 */
export interface ImportPlan {
  preview: ImportResult;
  stamp: string;
  /** Quotes new to the library (added: a quote of the same words or id appearing meanwhile aborts the write). */
  added: QuoteRecord[];
  /** Stored quotes the import enriches. */
  enriched: QuoteRecord[];
  sources: Source[];
  sightings: AppearanceRecord[];
}

const CHUNK = 2_000;
const chunksOf = <T>(list: T[]): T[][] => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));
/** Past this many values, one pass over a table beats `anyOf`, which seeks once per value (quadratic in some IndexedDB implementations). */
const SEEKS = 500;

/** The records of `table` whose `index` value, as `keyOf` spells it, is among `values`. */
async function recordsWhere<T>(table: Table<T, any, any>, index: string, values: IndexableType[], keyOf: (r: T) => string, spell: (v: IndexableType) => string = String): Promise<T[]> {
  if (values.length <= SEEKS) return table.where(index).anyOf(values).toArray();
  const wanted = new Set(values.map(spell));
  return (await table.toArray()).filter((r) => wanted.has(keyOf(r)));
}

/** How much a quote says: the merge keeps the richer of two records as its base. */
function richness(q: QuoteInput): number {
  const filled = [q.speaker, q.context?.before, q.context?.after, q.verdict, q.note, ...Object.values(q.source)].filter((v) => v && String(v).trim()).length;
  return filled + (q.tags?.length ?? 0) / 100;
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  return !a ? b : !b ? a : a < b ? a : b;
}

/** One quote from two records of the same words: the richer one's fields, gaps filled from the other, tags joined. */
export function mergeQuote(stored: QuoteInput, incoming: QuoteInput): QuoteInput {
  const [base, other] = richness(incoming) > richness(stored) ? [incoming, stored] : [stored, incoming];
  const fill = <T>(a: T | undefined, b: T | undefined) => (a !== undefined && a !== '' ? a : b);
  const tags = [...new Set([...(stored.tags ?? []), ...(incoming.tags ?? [])])];
  const merged: QuoteInput = {
    ...base,
    id: stored.id,
    speaker: fill(base.speaker, other.speaker) ?? '',
    source: base.source.url === other.source.url || !base.source.url ? { ...other.source, ...stripEmpty(base.source) } : base.source,
    context: { before: fill(base.context?.before, other.context?.before) ?? '', after: fill(base.context?.after, other.context?.after) ?? '' },
    tags,
  };
  const verdict = fill(base.verdict, other.verdict);
  const note = fill(base.note, other.note);
  if (verdict) merged.verdict = verdict;
  if (note) merged.note = note;
  const createdAt = earliest(stored.createdAt, incoming.createdAt);
  if (createdAt) merged.createdAt = createdAt;
  return merged;
}

/** Whether two records of one quote say the same, whenever each was last touched. */
const sameRecord = (a: QuoteRecord, b: QuoteRecord) => sameValue({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });

/**
 * What the store looks like to a plan: how many quotes and sightings, and the latest
 * change to each. Any write that could change a plan (an add, a delete, an edit, a
 * sighting) changes it.
 */
async function stampOf(db: VerbatimDB): Promise<string> {
  const [quotes, updated, sightings, lastSighting] = await Promise.all([
    db.quotes.count(),
    db.quotes.orderBy('updatedAt').lastKey(),
    db.appearances.count(),
    db.appearances.toCollection().lastKey(),
  ]);
  return JSON.stringify([quotes, updated ?? '', sightings, lastSighting ?? '']);
}

async function makePlan(db: VerbatimDB, bundle: LibraryBundle, now: string): Promise<ImportPlan> {
  const stamp = await stampOf(db);
  const keyed = bundle.quotes.map((q) => ({ q, key: quoteKey(q.text) })).filter(({ key }) => key);
  const storedList = await recordsWhere(db.quotes, 'key', [...new Set(keyed.map((k) => k.key))], (r) => r.key);
  const stored = new Map(storedList.map((r) => [r.key, r]));
  const storedSources = new Map((await db.sources.bulkGet([...new Set(storedList.map((r) => r.sourceUrl).filter(Boolean))])).filter((s): s is Source => !!s).map((s) => [s.url, s]));
  // Ids already taken by other quotes: an incoming quote with one of them gets a new id.
  const incomingIds = keyed.map(({ q }) => q.id).filter((id): id is string => !!id);
  const takenIds = new Set<string>(
    incomingIds.length > SEEKS ? await db.quotes.toCollection().primaryKeys() : (await db.quotes.bulkGet(incomingIds)).flatMap((r) => (r ? [r.id] : [])),
  );
  const merged = new Map<string, QuoteInput>();
  const ids = new Map<string, string>();
  for (const { q, key } of keyed) {
    const storedRecord = stored.get(key);
    const base = merged.get(key) ?? (storedRecord && joinSource(storedRecord, storedSources));
    const incoming = { ...q, id: q.id && !takenIds.has(q.id) ? q.id : undefined };
    const next = base ? mergeQuote(base, incoming) : { ...incoming, id: incoming.id ?? crypto.randomUUID() };
    merged.set(key, next);
    if (q.id) ids.set(q.id, next.id!);
  }
  const added: QuoteRecord[] = [];
  const enriched: QuoteRecord[] = [];
  for (const [key, q] of merged) {
    const record = toRecord(q, now);
    const before = stored.get(key);
    if (!before) added.push(record);
    else if (!sameRecord(before, record)) enriched.push(record);
  }
  const sightings = await freshSightings(db, bundle.sightings, ids);
  const existing = merged.size - added.length;
  return {
    preview: { fresh: added.length, existing, repeated: keyed.length - merged.size, sightings: sightings.length, enriched: enriched.length },
    stamp,
    added,
    enriched,
    sources: bundle.quotes.map((q) => q.source),
    sightings,
  };
}

/** The file's appearances the library lacks, pointed at the ids their quotes have in the library (the earliest of each page kept). */
async function freshSightings(db: VerbatimDB, incoming: SightingInput[], ids: Map<string, string>): Promise<AppearanceRecord[]> {
  const sightings = incoming.flatMap((s) => (ids.has(s.quoteId) ? [toAppearanceRecord({ ...s, quoteId: ids.get(s.quoteId)! })] : []));
  const seen = await recordsWhere(db.appearances, 'key', sightings.map((s) => s.key), (s) => s.key);
  const have = new Set(seen.map((s) => s.key));
  const fresh = new Map<string, AppearanceRecord>();
  for (const s of sightings) {
    if (!have.has(s.key) && (!fresh.has(s.key) || s.seenAt < fresh.get(s.key)!.seenAt)) fresh.set(s.key, s);
  }
  return [...fresh.values()];
}

const IMPORT_TABLES = (db: VerbatimDB) => [db.quotes, db.sources, db.speakers, db.appearances];

/** What importing this bundle would do, worked out in one read of the store; nothing is written. */
export async function planImport(db: VerbatimDB, bundle: LibraryBundle): Promise<ImportPlan> {
  return db.transaction('r', IMPORT_TABLES(db), () => makePlan(db, bundle, new Date().toISOString()));
}

/**
 * Writes a planned import in one transaction: all of it or, on any failure, none.
 * When the store changed since the plan (another tab's import, an edit), the plan is
 * made again inside the transaction, so it merges into what is there now.
 * Each quote merges into the stored quote of the same words (the richer record wins,
 * gaps are filled, tags joined) and every sighting is kept.
 */
export async function writeImport(db: VerbatimDB, bundle: LibraryBundle, planned: ImportPlan, onProgress: Progress = () => {}, receipt?: string): Promise<ImportResult> {
  return db.transaction('rw', [...IMPORT_TABLES(db), db.settings], async () => {
    const now = new Date().toISOString();
    const plan = (await stampOf(db)) === planned.stamp ? planned : await makePlan(db, bundle, now);
    // Changed quotes carry the time of the write, which is how the background's index finds them.
    const enriched = plan.enriched.map((r) => ({ ...r, updatedAt: now }));
    // Every write is issued at once: IndexedDB runs a transaction's requests in order
    // without a round trip to this code between parts. Progress counts rows as they land.
    const total = plan.added.length + plan.enriched.length + plan.sightings.length;
    let done = 0;
    const landed = (rows: number) => () => onProgress((done += rows), total);
    onProgress(0, total);
    await Promise.all([
      ...chunksOf(plan.added).map((part) => db.quotes.bulkAdd(part).then(landed(part.length))),
      ...chunksOf(enriched).map((part) => db.quotes.bulkPut(part).then(landed(part.length))),
      putSources(db, plan.sources),
      putSpeakers(db, [...plan.added, ...enriched]),
      ...chunksOf(plan.sightings).map((part) => db.appearances.bulkAdd(part).then(landed(part.length))),
      ...(receipt ? [db.settings.put({ key: RECEIPT + receipt, value: { result: plan.preview, at: now } })] : []),
    ]);
    return plan.preview;
  });
}

const REVIEWER = 'claimReviewReviewer';

/** Who publishes the reader's fact checks and where, for ClaimReview exports; empty until the reader sets it. */
export async function getReviewer(db: VerbatimDB): Promise<Partial<Reviewer>> {
  return ((await db.settings.get(REVIEWER))?.value as Partial<Reviewer> | undefined) ?? {};
}

export async function setReviewer(db: VerbatimDB, reviewer: Partial<Reviewer>): Promise<void> {
  await db.settings.put({ key: REVIEWER, value: stripEmpty({ name: reviewer.name?.trim(), url: reviewer.url?.trim() }) });
}

/** Why a write failed, in words for the reader (the transaction was rolled back: nothing of it is stored). */
export function writeFailure(e: unknown): string {
  const name = (e as { name?: string } | null)?.name ?? '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if ([name, inner].includes('QuotaExceededError')) return 'The browser has no room left for the library. Free some disk space, then import again.';
  if ([name, inner].includes('ConstraintError')) return 'The library changed at the same moment (another tab imported or edited the same quotes). Import again: it will merge with what is there now.';
  if (['AbortError', 'DatabaseClosedError', 'InvalidStateError', 'TransactionInactiveError'].some((n) => [name, inner].includes(n))) return 'The write was stopped before it finished.';
  return 'The browser refused to write to the library.';
}

/**
 * An import's receipt is written in its own transaction, so a page that was reloaded
 * while writing can tell whether the import landed whole or not at all.
 */
const RECEIPT = 'importReceipt:';
/** Receipts nobody came back for (the tab was closed) are dropped after this long. */
const RECEIPT_DAYS = 7;

/** The result of the import whose receipt is `receipt`, if it was written; takes the receipt (and any forgotten ones) away. */
export async function takeReceipt(db: VerbatimDB, receipt: string): Promise<ImportResult | undefined> {
  return db.transaction('rw', db.settings, async () => {
    const found = await db.settings.get(RECEIPT + receipt);
    const old = new Date(Date.now() - RECEIPT_DAYS * 86_400_000).toISOString();
    const forgotten = (await db.settings.where('key').startsWith(RECEIPT).toArray()).filter((r) => (r.value as { at: string }).at < old);
    await db.settings.bulkDelete([RECEIPT + receipt, ...forgotten.map((r) => r.key)]);
    return (found?.value as { result: ImportResult } | undefined)?.result;
  });
}

/** Plans and writes at once (an undo, a test): see writeImport. */
export async function importBundle(db: VerbatimDB, bundle: LibraryBundle, onProgress: Progress = () => {}): Promise<ImportResult> {
  return writeImport(db, bundle, await planImport(db, bundle), onProgress);
}

/** The quotes and their sightings as they are now: what undoing their deletion puts back (with importBundle). */
export async function bundleOf(db: VerbatimDB, ids: string[]): Promise<LibraryBundle> {
  const [quotes, sightings] = await Promise.all([getQuotes(db, ids), recordsWhere(db.appearances, 'quoteId', ids, (s) => s.quoteId)]);
  return { quotes, sightings: sightings.map(withoutKey) };
}

/** Removes quotes and their sightings; returns how many quotes went. */
export async function deleteQuotes(db: VerbatimDB, ids: string[]): Promise<number> {
  return db.transaction('rw', [db.quotes, db.appearances], async () => {
    const present = (await db.quotes.bulkGet(ids)).filter(Boolean).length;
    const sightings = await recordsWhere(db.appearances, 'quoteId', ids, (s) => s.quoteId);
    await db.quotes.bulkDelete(ids);
    await db.appearances.bulkDelete(sightings.map((s) => s.key));
    return present;
  });
}

export interface QuoteEdit {
  text?: string;
  speaker?: string;
  note?: string;
  tags?: string[];
  /** null clears the verdict. */
  verdict?: Verdict | null;
}

/** Applies an edit to one quote; refuses text that is empty or already another quote's words. */
export async function editQuote(db: VerbatimDB, id: string, edit: QuoteEdit): Promise<Quote> {
  return db.transaction('rw', [db.quotes, db.sources, db.speakers], async () => {
    const record = await db.quotes.get(id);
    if (!record) throw new Error('This quote is no longer in the library.');
    const next: QuoteRecord = { ...record, updatedAt: new Date().toISOString() };
    if (edit.text !== undefined) {
      const key = quoteKey(edit.text);
      if (!key) throw new Error('A quote needs at least one word.');
      if (edit.text.length > LIMITS.text) throw new Error(`A quote can be at most ${LIMITS.text.toLocaleString('en')} characters.`);
      const other = await db.quotes.where('key').equals(key).first();
      if (other && other.id !== id) throw new Error('Another quote in the library has these words.');
      next.text = edit.text;
      next.key = key;
    }
    if (edit.speaker !== undefined) {
      next.speaker = edit.speaker.trim().slice(0, LIMITS.field);
      next.speakerKey = speakerKey(next.speaker);
      if (next.speaker) await db.speakers.put({ key: next.speakerKey, name: next.speaker });
    }
    if (edit.note !== undefined) {
      if (edit.note.length > LIMITS.note) throw new Error(`A note can be at most ${LIMITS.note.toLocaleString('en')} characters.`);
      if (edit.note.trim()) next.note = edit.note;
      else delete next.note;
    }
    if (edit.tags !== undefined) next.tags = cleanTags(edit.tags);
    if (edit.verdict === null) delete next.verdict;
    else if (edit.verdict !== undefined) {
      if (!VERDICTS.includes(edit.verdict)) throw new Error(`A verdict is one of ${VERDICTS.join(', ')}.`);
      next.verdict = edit.verdict;
    }
    await db.quotes.put(next);
    return (await getQuotes(db, [id]))[0];
  });
}

function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map(normalizeTag).filter(Boolean).map((t) => t.slice(0, LIMITS.tag)))].slice(0, LIMITS.tags);
}

/** Adds and removes tags on many quotes at once; returns how many changed. */
export async function tagQuotes(db: VerbatimDB, ids: string[], change: { add?: string[]; remove?: string[] }): Promise<number> {
  const add = cleanTags(change.add ?? []);
  const remove = new Set(cleanTags(change.remove ?? []));
  return db.transaction('rw', db.quotes, async () => {
    const now = new Date().toISOString();
    const records = (await db.quotes.bulkGet(ids)).filter((r): r is QuoteRecord => !!r);
    const changed = records.flatMap((r) => {
      const tags = cleanTags([...r.tags.filter((t) => !remove.has(t)), ...add]);
      return tags.join('\n') === r.tags.join('\n') ? [] : [{ ...r, tags, updatedAt: now }];
    });
    await db.quotes.bulkPut(changed);
    return changed.length;
  });
}
