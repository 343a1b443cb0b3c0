import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VerbatimDB } from '@/lib/store/db';
import { addQuotes, listQuotes } from '@/lib/store/quotes';
import { MAX_SIGHTINGS_PER_QUOTE, normalizePageUrl, pageRefOf, recordSightings, sourceHistory } from '@/lib/store/sightings';
import { captureService } from '@/lib/service/capture-service';
import { matchService } from '@/lib/service/match-service';
import { IndexSnapshots } from '@/lib/match/index-snapshots';
import type { ServiceContext } from '@/lib/service/context';

let db: VerbatimDB;
let changes: number;
let service: ReturnType<typeof captureService>;
beforeEach(() => {
  db = new VerbatimDB(`test-${crypto.randomUUID()}`);
  changes = 0;
  const ctx: ServiceContext = { db, storeChanged: async () => void changes++, onStoreChanged: () => {} };
  // The matcher reads the store when it starts: only once a test asks it something.
  let matches: ReturnType<typeof matchService> | undefined;
  service = captureService(ctx, (req) => (matches ??= matchService(ctx, { snapshots: new IndexSnapshots(`snapshots-${crypto.randomUUID()}`) })).matchPage(req));
});
afterEach(() => db.delete());

const source = { url: 'http://news.example/world/summit', outlet: 'Example Daily News', title: 'Summit', publishedAt: '2025-08-17T18:30:00Z' };
const words = 'We covered almost all the other issues necessary for a peace deal,';

async function storedId(): Promise<string> {
  await addQuotes(db, [{ text: words, speaker: 'Steve Witkoff', source }]);
  return (await listQuotes(db))[0].id;
}

describe('normalizePageUrl', () => {
  it('prefers the canonical link and strips tracking parameters and fragments', () => {
    expect(normalizePageUrl('https://ledger.example/a?utm_source=tw&fbclid=1#top', 'https://ledger.example/a')).toBe('https://ledger.example/a');
    expect(normalizePageUrl('https://ledger.example/a?id=7&utm_medium=x&gclid=2#c')).toBe('https://ledger.example/a?id=7');
    expect(normalizePageUrl('https://ledger.example/a?page=2')).toBe('https://ledger.example/a?page=2');
    expect(normalizePageUrl('https://ledger.example/a?q=%E2%80%9Cquote%E2%80%9D&utm%5Fsource=x&bad=%E0%A4%A')).toBe('https://ledger.example/a?q=%E2%80%9Cquote%E2%80%9D&bad=%E0%A4%A');
  });

  it('ignores a canonical link that is not a web page, and rejects non-web URLs', () => {
    expect(normalizePageUrl('https://ledger.example/a', 'javascript:alert(1)')).toBe('https://ledger.example/a');
    expect(normalizePageUrl('chrome-extension://abc/popup.html')).toBeUndefined();
  });
});

describe('pageRefOf', () => {
  it('names a page by its address, with its canonical link only when it differs, its headline and its outlet', () => {
    expect(pageRefOf('https://ledger.example/a?utm_source=x', { ...source, url: 'https://ledger.example/a', author: 'A', lang: 'en' })).toEqual({
      url: 'https://ledger.example/a?utm_source=x',
      canonical: 'https://ledger.example/a',
      title: 'Summit',
      outlet: 'Example Daily News',
    });
    expect(pageRefOf('https://ledger.example/a', { url: 'https://ledger.example/a' })).toEqual({ url: 'https://ledger.example/a' });
  });
});

describe('recordSightings', () => {
  it('records one sighting per quote and page, however often the page is reloaded or reached', async () => {
    const id = await storedId();
    const page = { url: 'https://ledger.example/analysis?utm_source=x', canonical: 'https://ledger.example/analysis', title: 'Analysis', outlet: 'Ledger' };
    expect(await recordSightings(db, page, [{ quoteId: id, kind: 'altered' }])).toBe(1);
    expect(await recordSightings(db, { ...page, url: 'https://ledger.example/analysis?ref=home' }, [{ quoteId: id, kind: 'altered' }])).toBe(0);
    expect(await db.appearances.toArray()).toMatchObject([{ quoteId: id, pageUrl: 'https://ledger.example/analysis', title: 'Analysis', outlet: 'Ledger', matchKind: 'altered' }]);
  });

  it('does not record a quote seen on its own source, nor unknown quotes', async () => {
    const id = await storedId();
    expect(await recordSightings(db, { url: `${source.url}?utm_campaign=a` }, [{ quoteId: id, kind: 'exact' }, { quoteId: 'nope', kind: 'exact' }])).toBe(0);
  });

  it('keeps at most a bounded number of sightings per quote', async () => {
    const id = await storedId();
    for (let i = 0; i < MAX_SIGHTINGS_PER_QUOTE + 5; i++) await recordSightings(db, { url: `https://site${i}.example/` }, [{ quoteId: id, kind: 'exact' }]);
    expect(await db.appearances.count()).toBe(MAX_SIGHTINGS_PER_QUOTE);
  });
});

describe('sourceHistory', () => {
  it('gives the source as the first appearance and lists the other pages', async () => {
    const id = await storedId();
    await recordSightings(db, { url: 'https://ledger.example/a', title: 'A', outlet: 'Ledger' }, [{ quoteId: id, kind: 'exact' }], '2026-01-01T00:00:00Z');
    const history = await sourceHistory(db, id);
    expect(history?.first).toMatchObject({ url: source.url, outlet: 'Example Daily News', isSource: true, date: source.publishedAt });
    expect(history?.others.map((s) => s.pageUrl)).toEqual(['https://ledger.example/a']);
  });

  it('gives an earlier sighting as the first appearance, with the source among the others', async () => {
    const id = await storedId();
    await recordSightings(db, { url: 'https://early.example/a', outlet: 'Early' }, [{ quoteId: id, kind: 'exact' }], '2025-08-16T00:00:00Z');
    const history = await sourceHistory(db, id);
    expect(history?.first).toMatchObject({ url: 'https://early.example/a', outlet: 'Early', isSource: false });
    expect(history?.others.map((s) => s.pageUrl)).toEqual([source.url]);
  });

  it('has nothing to tell for a quote with neither a source address nor sightings, and starts with a sighting when there is no source', async () => {
    await addQuotes(db, [{ text: words, speaker: 'Steve Witkoff', source: { url: '' } }]);
    const id = (await listQuotes(db))[0].id;
    expect(await sourceHistory(db, id)).toBeUndefined();
    await recordSightings(db, { url: 'https://late.example/a' }, [{ quoteId: id, kind: 'exact' }], '2030-01-01T00:00:00Z');
    expect((await sourceHistory(db, id))?.first).toMatchObject({ url: 'https://late.example/a', isSource: false });
  });
});

describe('findKnown', () => {
  it('tells which texts have their words in the store, whatever the typography', async () => {
    await storedId();
    expect((await service.findKnown(['“We covered almost all the other issues necessary for a peace deal”', 'Something else entirely'].map((text) => ({ text, speaker: '' })))).map(Boolean)).toEqual([true, false]);
  });
});

describe('saveQuotes', () => {
  it('saves new quotes with a normalized source URL', async () => {
    const outcome = await service.saveQuotes({ quotes: [{ text: words, speaker: 'Steve Witkoff', source: { ...source, url: `${source.url}?utm_source=a` } }] });
    expect(outcome).toMatchObject({ saved: 1, alreadyKnown: 0, sightings: 0, message: 'Saved 1 quote.', results: [{ outcome: 'saved' }] });
    expect((await listQuotes(db))[0].source.url).toBe(source.url);
    expect(changes).toBe(1);
  });

  it('records a sighting instead of a duplicate when the same words are saved from another page, and says so', async () => {
    const id = await storedId();
    const again = { text: '“We covered almost ALL the other issues necessary for a peace deal”', speaker: 'Witkoff', source: { url: 'https://ledger.example/a' } };
    const outcome = await service.saveQuotes({ quotes: [again], page: { url: 'https://ledger.example/a', outlet: 'Ledger' } });
    expect(outcome).toMatchObject({ saved: 0, alreadyKnown: 1, sightings: 1, results: [{ outcome: 'appearance', known: { quoteId: id, kind: 'exact' } }] });
    expect(outcome.message).toBe('1 quote was already in the store: recorded an appearance on this page instead.');
    expect((await service.saveQuotes({ quotes: [again], page: { url: 'https://ledger.example/a' } })).message).toBe('1 quote was already in the store (and already known on this page): nothing added.');
    expect(await db.quotes.count()).toBe(1);
    expect(await db.appearances.toArray()).toMatchObject([{ quoteId: id, pageUrl: 'https://ledger.example/a' }]);
  });
});
