import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VerbatimDB } from '@/lib/store/db';
import { addQuotes, listQuotes } from '@/lib/store/quotes';
import { parseQuotesFile } from '@/lib/formats/verbatim-json';
import { IndexSnapshots } from '@/lib/match/index-snapshots';
import { appearanceKey } from '@/lib/store/appearances';
import { recordSightings } from '@/lib/store/sightings';
import { captureService } from '@/lib/service/capture-service';
import { matchService } from '@/lib/service/match-service';
import { verdictService } from '@/lib/service/verdict-service';
import { libraryService } from '@/lib/service/library-service';
import type { ServiceContext } from '@/lib/service/context';
import type { Quote } from '@/lib/model';
import { REQUOTE_DIR } from '../../fixture-paths';

const starter = readFileSync(resolve(import.meta.dirname, '../../../assets/starter-quotes.json'), 'utf8');
const article = readFileSync(resolve(REQUOTE_DIR, 'article.html'), 'utf8');
const REQUOTE = 'https://requote.example/analysis';
const OTHER = 'https://other.example/story';

/** The words the re-quote page puts between quotation marks in paragraph `id`, as the popup would offer them. */
function quotedIn(id: string): string {
  const paragraph = new RegExp(`<p id="${id}"[^>]*>([\\s\\S]*?)</p>`).exec(article)![1].replace(/<[^>]+>/g, '');
  return /["“]([^"”]+)["”]/.exec(paragraph)![1].replace(/\s+/g, ' ').trim();
}

let db: VerbatimDB;
let changed: (string[] | undefined)[];
let ctx: ServiceContext;
let quotes: Quote[];
let matches: ReturnType<typeof matchService> | undefined;
const matcher = () => (matches ??= matchService(ctx, { snapshots: new IndexSnapshots(`snapshots-${crypto.randomUUID()}`) }));
const by = (start: string) => quotes.find((q) => q.text.startsWith(start))!;

beforeEach(async () => {
  db = new VerbatimDB(`appearances-${crypto.randomUUID()}`);
  changed = [];
  matches = undefined;
  ctx = { db, storeChanged: async (ids) => void changed.push(ids), onStoreChanged: () => {} };
  await addQuotes(db, parseQuotesFile(starter));
  quotes = await listQuotes(db);
});
afterEach(() => db.delete());

describe('verdicts per appearance', () => {
  it('colour only the page they were set on: the source and other pages stay unrated', async () => {
    const witkoff = by('We covered almost all');
    await recordSightings(db, { url: REQUOTE }, [{ quoteId: witkoff.id, kind: 'altered' }]);
    const verdicts = verdictService(ctx);
    expect(await verdicts.setPageVerdict({ quoteId: witkoff.id, page: { url: `${REQUOTE}?utm_source=x` }, verdict: 'misquoted', note: 'One word changed.' })).toEqual({ verdict: 'misquoted', note: 'One word changed.', isSource: false });
    expect(changed).toEqual([[witkoff.id]]);
    expect(await db.appearances.get(appearanceKey(witkoff.id, REQUOTE))).toMatchObject({ matchKind: 'altered', verdict: 'misquoted', note: 'One word changed.' });
    expect((await listQuotes(db)).find((q) => q.id === witkoff.id)!.verdict).toBeUndefined();
    const text = `Witkoff said: “${witkoff.text}”`;
    const on = async (url: string) => (await matcher().matchPage({ text, page: { url } }))[0];
    expect((await on(REQUOTE)).verdict).toBe('misquoted');
    expect((await on(witkoff.source.url)).verdict).toBeUndefined();
    expect((await on(OTHER)).verdict).toBeUndefined();
    // Without a page named, a content script's own address is the page.
    expect((await matcher().matchPage({ text }, { url: REQUOTE }))[0].verdict).toBe('misquoted');
    expect((await matcher().matchPage({ text }, { url: 'chrome-extension://id/popup.html' }))[0].verdict).toBeUndefined();
  });

  it('on the quote’s own source rate the original; the original’s status shows there only', async () => {
    const witkoff = by('We covered almost all');
    const verdicts = verdictService(ctx);
    expect(await verdicts.setPageVerdict({ quoteId: witkoff.id, page: { url: witkoff.source.url }, verdict: 'accurate' })).toEqual({ verdict: 'accurate', isSource: true });
    expect((await listQuotes(db)).find((q) => q.id === witkoff.id)!.verdict).toBe('accurate');
    expect(await db.appearances.count()).toBe(0);
    const text = `“${witkoff.text}”`;
    expect((await matcher().matchPage({ text, page: { url: witkoff.source.url } }))[0]).toMatchObject({ verdict: 'accurate', quote: { verdict: 'accurate' } });
    expect((await matcher().matchPage({ text, page: { url: OTHER } }))[0]).toMatchObject({ quote: { verdict: 'accurate' } });
    expect((await matcher().matchPage({ text, page: { url: OTHER } }))[0].verdict).toBeUndefined();
    await verdicts.setOriginalStatus({ quoteId: witkoff.id, verdict: null });
    expect((await listQuotes(db)).find((q) => q.id === witkoff.id)!.verdict).toBeUndefined();
  });

  it('clear, keep or replace the note, and refuse what is not a verdict or not a web page', async () => {
    const rubio = by('Now, ultimately');
    const verdicts = verdictService(ctx);
    await verdicts.setPageVerdict({ quoteId: rubio.id, page: { url: OTHER }, verdict: 'out-of-context', note: 'Cut short.' });
    expect(await verdicts.setPageVerdict({ quoteId: rubio.id, page: { url: OTHER }, verdict: 'false' })).toEqual({ verdict: 'false', note: 'Cut short.', isSource: false });
    expect(await verdicts.setPageVerdict({ quoteId: rubio.id, page: { url: OTHER }, verdict: null, note: '' })).toEqual({ isSource: false });
    await expect(verdicts.setPageVerdict({ quoteId: rubio.id, page: { url: OTHER }, verdict: 'wrong' as never })).rejects.toThrow(/A verdict is one of/);
    await expect(verdicts.setPageVerdict({ quoteId: rubio.id, page: { url: 'file:///tmp/a.html' }, verdict: 'false' })).rejects.toThrow(/web page/);
    await expect(verdicts.setPageVerdict({ quoteId: 'gone', page: { url: OTHER }, verdict: 'false' })).rejects.toThrow(/no longer in the library/);
  });

  it('set on a page stay that page’s when the library edits the original', async () => {
    const rubio = by('Now, ultimately');
    await verdictService(ctx).setPageVerdict({ quoteId: rubio.id, page: { url: `${OTHER}#frag` }, verdict: 'false', note: 'Not what he said.', kind: 'abridged' });
    expect(await db.appearances.get(appearanceKey(rubio.id, OTHER))).toMatchObject({ verdict: 'false', note: 'Not what he said.', matchKind: 'abridged' });
    const quote = (await listQuotes(db)).find((q) => q.id === rubio.id)!;
    expect([quote.verdict, quote.note]).toEqual([undefined, undefined]);
    await libraryService(ctx).editQuote({ id: rubio.id, edit: { verdict: 'accurate' } });
    expect((await listQuotes(db)).find((q) => q.id === rubio.id)!.verdict).toBe('accurate');
    expect((await db.appearances.get(appearanceKey(rubio.id, OTHER)))!.verdict).toBe('false');
  });

  it('survive the page being described again with another kind', async () => {
    const witkoff = by('We covered almost all');
    await recordSightings(db, { url: REQUOTE }, [{ quoteId: witkoff.id, kind: 'exact' }]);
    await verdictService(ctx).setPageVerdict({ quoteId: witkoff.id, page: { url: REQUOTE }, verdict: 'misquoted' });
    const diff = [{ op: 'changed' as const, original: 'the other', page: 'of the' }];
    expect(await recordSightings(db, { url: REQUOTE }, [{ quoteId: witkoff.id, kind: 'altered', diff, pageSpeaker: 'Someone Else' }])).toBe(0);
    expect(await db.appearances.get(appearanceKey(witkoff.id, REQUOTE))).toMatchObject({ matchKind: 'altered', diff, pageSpeaker: 'Someone Else', verdict: 'misquoted' });
  });
});

describe('saving from the re-quote page', () => {
  const page = { url: REQUOTE, title: 'Analysis', outlet: 'Requote' };
  const save = (id: string, speaker: string, saveSeparately?: boolean) =>
    captureService(ctx, (req) => matcher().matchPage(req)).saveQuotes({ quotes: [{ text: quotedIn(id), speaker, source: { url: REQUOTE }, saveSeparately }], page });

  it('records the altered line as an appearance of the known quote, with its kind and difference, and says so', async () => {
    const witkoff = by('We covered almost all');
    const outcome = await save('a1', 'Witkoff');
    expect(outcome).toMatchObject({ saved: 0, alreadyKnown: 1, sightings: 1, results: [{ outcome: 'appearance', known: { quoteId: witkoff.id, kind: 'altered' } }] });
    expect(outcome.message).toBe('This page alters a known quote by Steve Witkoff: 1 word left out, 1 word added: recorded on this page as an appearance of it, not saved as a new quote.');
    expect(await db.quotes.count()).toBe(quotes.length);
    const appearance = await db.appearances.get(appearanceKey(witkoff.id, REQUOTE));
    expect(appearance).toMatchObject({ matchKind: 'altered', title: 'Analysis', outlet: 'Requote' });
    expect(appearance!.diff!.some((p) => p.op !== 'same')).toBe(true);
    expect(appearance!.pageSpeaker).toBeUndefined();
  });

  it('records the abridged line the page credits to Witkoff as von der Leyen’s, with the credit', async () => {
    const vdl = by('We welcome President');
    const outcome = await save('l1', 'Steve Witkoff');
    expect(outcome.results).toMatchObject([{ outcome: 'appearance', known: { quoteId: vdl.id, kind: 'abridged', pageSpeaker: 'Steve Witkoff' } }]);
    expect(outcome.message).toMatch(/^This page abridges a known quote by Ursula von der Leyen: \d+ words cut.*, and credits it to Steve Witkoff: recorded/);
    expect(await db.appearances.get(appearanceKey(vdl.id, REQUOTE))).toMatchObject({ matchKind: 'abridged', pageSpeaker: 'Steve Witkoff' });
    expect(await db.quotes.count()).toBe(quotes.length);
  });

  it('records a fragment as a partial appearance and the same words credited elsewhere as exact with the credit', async () => {
    const first = by('We were able to win');
    const rubio = by('We’re not at the precipice');
    expect((await save('p1', 'Steve Witkoff')).results).toMatchObject([{ outcome: 'appearance', known: { quoteId: first.id, kind: 'partial' } }]);
    const misattributed = await save('m1', 'Witkoff');
    expect(misattributed.results).toMatchObject([{ outcome: 'appearance', known: { quoteId: rubio.id, kind: 'exact', pageSpeaker: 'Witkoff' } }]);
    expect(misattributed.message).toMatch(/^This page credits a known quote by Marco Rubio to Witkoff: recorded/);
    expect(await db.quotes.count()).toBe(quotes.length);
  });

  it('saves the altered line as a quote of its own only when asked, and both records say how they relate', async () => {
    const witkoff = by('We covered almost all');
    const outcome = await save('a1', 'Witkoff', true);
    expect(outcome).toMatchObject({ saved: 1, results: [{ outcome: 'separate', known: { quoteId: witkoff.id, kind: 'altered' } }] });
    const separate = outcome.results[0] as { quoteId: string };
    expect(outcome.message).toMatch(/^Saved as a quote of its own, noted as related: this page alters a known quote by Steve Witkoff: /);
    expect((await listQuotes(db)).find((q) => q.id === separate.quoteId)).toMatchObject({ text: quotedIn('a1'), relatedTo: { quoteId: witkoff.id, kind: 'altered' } });
    expect(await db.appearances.get(appearanceKey(witkoff.id, REQUOTE))).toMatchObject({ matchKind: 'altered', savedAs: separate.quoteId });
  });

  it('saves a quotation the store does not know as a new quote', async () => {
    const outcome = await save('n1', 'A senior European diplomat');
    expect(outcome).toMatchObject({ saved: 1, alreadyKnown: 0, results: [{ outcome: 'saved' }], message: 'Saved 1 quote.' });
    expect(await db.quotes.count()).toBe(quotes.length + 1);
  });

  it('tells the popup which quotations are known in any kind', async () => {
    const capture = captureService(ctx, (req) => matcher().matchPage(req));
    expect((await capture.findKnown(['e1', 'p1', 'a1', 'm1', 'l1', 'n1'].map((id) => ({ text: quotedIn(id), speaker: '' })))).map(Boolean)).toEqual([true, true, true, true, true, false]);
    const [altered] = await capture.findKnown([{ text: quotedIn('a1'), speaker: 'Witkoff' }]);
    expect(altered?.description).toMatch(/^this page alters a known quote by Steve Witkoff: /);
  });
});
