import { beforeEach, describe, expect, it } from 'vitest';
import { VerbatimDB } from '../../../lib/store/db';
import { listQuotes } from '../../../lib/store/quotes';
import { bundleOf, deleteQuotes, editQuote, importBundle, planImport, tagQuotes, takeReceipt, writeImport } from '../../../lib/store/library';
import { exportQuotes, readImportFile } from '../../../lib/formats';
import type { QuoteInput } from '../../../lib/model';
import { generateLibrary } from '../formats/generate';
import { withoutKey } from '../../../lib/store/appearances';

let db: VerbatimDB;
beforeEach(async () => {
  db = new VerbatimDB(`library-${crypto.randomUUID()}`);
  await db.open();
});

const sightingsOf = async (d: VerbatimDB) => (await d.appearances.toArray()).map(withoutKey).sort((a, b) => a.pageUrl.localeCompare(b.pageUrl));
const byText = <T extends { text: string }>(list: T[]) => [...list].sort((a, b) => a.text.localeCompare(b.text));

describe('JSON export then import into an empty library', () => {
  it('gives back exactly the same library, sightings and verdicts included', async () => {
    const { quotes, sightings } = generateLibrary(11, 200);
    await importBundle(db, { quotes, sightings });
    const before = await listQuotes(db);
    const file = exportQuotes('verbatim-json', before, await db.appearances.toArray());
    const empty = new VerbatimDB(`library-${crypto.randomUUID()}`);
    const batch = readImportFile('library.json', file);
    const result = await importBundle(empty, batch);
    expect(result).toMatchObject({ fresh: 200, existing: 0, sightings: sightings.length });
    expect(byText(await listQuotes(empty))).toEqual(byText(before));
    expect(await sightingsOf(empty)).toEqual(await sightingsOf(db));
    expect(byText(before)).toEqual(byText(quotes));
  });
});

const quote = (text: string, extra: Partial<QuoteInput> = {}): QuoteInput => ({ text, speaker: '', source: { url: 'https://a.example/1' }, ...extra });

describe('import merges into what is there', () => {
  it('keeps the richer record, fills its gaps, joins tags and keeps every sighting', async () => {
    await importBundle(db, {
      quotes: [quote('Game-changing', { id: 'old', speaker: 'Steve Witkoff', tags: ['summit'], createdAt: '2025-01-01T00:00:00.000Z' })],
      sightings: [{ quoteId: 'old', pageUrl: 'https://seen.example/1', seenAt: '2025-02-01T00:00:00Z', matchKind: 'exact' }],
    });
    const incoming = {
      quotes: [
        quote('game changing!', { id: 'new', verdict: 'accurate', note: 'Checked against the video.', tags: ['checked'], context: { before: 'calling it a ', after: ' moment' } }),
        quote('A new quote', { id: 'fresh' }),
        quote('a NEW quote', { id: 'again' }),
      ],
      sightings: [
        { quoteId: 'new', pageUrl: 'https://seen.example/2', seenAt: '2025-03-01T00:00:00Z', matchKind: 'partial' as const },
        { quoteId: 'new', pageUrl: 'https://seen.example/1', seenAt: '2025-03-01T00:00:00Z', matchKind: 'exact' as const },
      ],
    };
    expect((await planImport(db, incoming)).preview).toEqual({ fresh: 1, existing: 1, repeated: 1, sightings: 1, enriched: 1 });
    expect(await db.quotes.count()).toBe(1);
    const result = await importBundle(db, incoming);
    expect(result).toMatchObject({ fresh: 1, existing: 1, repeated: 1, enriched: 1, sightings: 1 });
    const merged = (await listQuotes(db)).find((q) => q.id === 'old')!;
    expect(merged).toMatchObject({
      text: 'game changing!',
      speaker: 'Steve Witkoff',
      verdict: 'accurate',
      note: 'Checked against the video.',
      context: { before: 'calling it a ', after: ' moment' },
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    expect(merged.tags.sort()).toEqual(['checked', 'summit']);
    expect((await sightingsOf(db)).map((s) => [s.quoteId, s.pageUrl])).toEqual([['old', 'https://seen.example/1'], ['old', 'https://seen.example/2']]);
    expect(await db.quotes.count()).toBe(2);
  });
  it('re-importing the same file changes nothing', async () => {
    const { quotes, sightings } = generateLibrary(3, 50);
    await importBundle(db, { quotes, sightings });
    const before = await listQuotes(db);
    const result = await importBundle(db, { quotes, sightings });
    expect(result).toMatchObject({ fresh: 0, existing: 50, enriched: 0, sightings: 0 });
    expect(await listQuotes(db)).toEqual(before);
  });
  it('is all or nothing: a failure half way leaves the library as it was', async () => {
    const { quotes } = generateLibrary(4, 30);
    await importBundle(db, { quotes: quotes.slice(0, 10), sightings: [] });
    const before = await listQuotes(db);
    // A sighting object that IndexedDB cannot store (a function) fails the last write of the transaction.
    const poison = { quoteId: quotes[20].id, pageUrl: 'https://x.example', seenAt: '2026-01-01', matchKind: 'exact' as const, title: (() => 1) as unknown as string };
    await expect(importBundle(db, { quotes, sightings: [poison] })).rejects.toThrow();
    expect(await listQuotes(db)).toEqual(before);
    expect(await db.appearances.count()).toBe(0);
  });
  it('reports progress up to the total', async () => {
    const { quotes } = generateLibrary(5, 4_500);
    const seen: [number, number][] = [];
    await importBundle(db, { quotes, sightings: [] }, (done, total) => seen.push([done, total]));
    expect(seen[0]).toEqual([0, 4_500]);
    expect(seen.at(-1)).toEqual([4_500, 4_500]);
    expect(seen.length).toBeGreaterThan(3);
  }, 120_000);
});

describe('edits', () => {
  beforeEach(() => importBundle(db, { quotes: [quote('First quote', { id: 'a' }), quote('Second quote', { id: 'b', verdict: 'false' })], sightings: [{ quoteId: 'a', pageUrl: 'https://s.example', seenAt: '2026-01-01T00:00:00Z', matchKind: 'exact' }] }));

  it('change text, speaker, note, tags and verdict', async () => {
    const q = await editQuote(db, 'a', { text: 'First quote, corrected', speaker: '  Ursula von der Leyen ', note: 'Seen on TV', tags: ['eu', ' eu ', 'a;b'], verdict: 'misquoted' });
    expect(q).toMatchObject({ text: 'First quote, corrected', speaker: 'Ursula von der Leyen', note: 'Seen on TV', tags: ['eu', 'a b'], verdict: 'misquoted' });
    expect((await db.quotes.get('a'))!.speakerKey).toBe('ursula von der leyen');
    expect((await editQuote(db, 'b', { verdict: null, note: '' })).verdict).toBeUndefined();
  });
  it('refuse empty text and another quote’s words', async () => {
    await expect(editQuote(db, 'a', { text: ' … ' })).rejects.toThrow('A quote needs at least one word.');
    await expect(editQuote(db, 'a', { text: 'SECOND QUOTE!' })).rejects.toThrow('Another quote in the library has these words.');
    expect((await db.quotes.get('a'))!.text).toBe('First quote');
  });
  it('delete can be undone exactly by importing what was read before it', async () => {
    const before = await listQuotes(db);
    const removed = await bundleOf(db, ['a']);
    expect(await deleteQuotes(db, ['a', 'gone'])).toBe(1);
    expect((await listQuotes(db)).map((q) => q.id)).toEqual(['b']);
    expect(await db.appearances.count()).toBe(0);
    await importBundle(db, removed);
    expect(await listQuotes(db)).toEqual(before);
    expect(await db.appearances.count()).toBe(1);
  });
  it('tag many at once', async () => {
    expect(await tagQuotes(db, ['a', 'b', 'missing'], { add: ['summit'] })).toBe(2);
    expect(await tagQuotes(db, ['a', 'b'], { add: ['summit'] })).toBe(0);
    expect(await tagQuotes(db, ['a'], { remove: ['summit'] })).toBe(1);
    expect((await listQuotes(db)).map((q) => q.tags)).toEqual([[], ['summit']]);
  });
});

describe('an import planned once', () => {
  it('writes the plan the preview showed when the library did not change meanwhile', async () => {
    const { quotes } = generateLibrary(12, 300);
    const plan = await planImport(db, { quotes, sightings: [] });
    expect(await db.quotes.count()).toBe(0);
    expect(await writeImport(db, { quotes, sightings: [] }, plan)).toEqual(plan.preview);
    expect(await db.quotes.count()).toBe(300);
  });
  it('plans again inside its transaction when another import wrote meanwhile, merging instead of failing', async () => {
    const { quotes } = generateLibrary(13, 200);
    const first = { quotes: quotes.slice(0, 150), sightings: [] };
    const second = { quotes: quotes.slice(100), sightings: [] };
    const [planA, planB] = await Promise.all([planImport(db, first), planImport(db, second)]);
    expect(planB.preview).toMatchObject({ fresh: 100, existing: 0 });
    await writeImport(db, first, planA);
    expect(await writeImport(db, second, planB)).toMatchObject({ fresh: 50, existing: 50 });
    expect(await db.quotes.count()).toBe(200);
  });
  it('leaves a receipt in its own transaction, so a reloaded page can tell whether it landed', async () => {
    const { quotes } = generateLibrary(16, 20);
    const bundle = { quotes, sightings: [] };
    const result = await writeImport(db, bundle, await planImport(db, bundle), undefined, 'r1');
    expect(await takeReceipt(db, 'r1')).toEqual(result);
    expect(await takeReceipt(db, 'r1')).toBeUndefined();
    const other = generateLibrary(17, 5).quotes;
    const poison = { quoteId: other[0].id, pageUrl: 'https://x.example', seenAt: '2026-01-01', matchKind: 'exact' as const, title: (() => 1) as unknown as string };
    const failing = { quotes: other, sightings: [poison] };
    await expect(writeImport(db, failing, await planImport(db, failing), undefined, 'r2')).rejects.toThrow();
    expect(await takeReceipt(db, 'r2')).toBeUndefined();
  });
  it('two imports at once are each whole', async () => {
    const a = generateLibrary(14, 2_000);
    const b = generateLibrary(15, 2_000);
    await Promise.all([importBundle(db, { quotes: a.quotes, sightings: a.sightings }), importBundle(db, { quotes: b.quotes, sightings: b.sightings })]);
    const texts = new Set((await listQuotes(db)).map((q) => q.text));
    expect([...a.quotes, ...b.quotes].every((q) => texts.has(q.text))).toBe(true);
  }, 120_000);
});
