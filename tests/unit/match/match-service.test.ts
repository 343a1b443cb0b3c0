import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VerbatimDB } from '@/lib/store/db';
import { addQuotes } from '@/lib/store/quotes';
import { parseQuotesFile } from '@/lib/formats/verbatim-json';
import { IndexSnapshots } from '@/lib/match/index-snapshots';
import { matchService } from '@/lib/service/match-service';
import type { ServiceContext } from '@/lib/service/context';

const starter = readFileSync(resolve(import.meta.dirname, '../../../assets/starter-quotes.json'), 'utf8');
const RUBIO = 'We’re not at the precipice of a peace agreement, and that getting there would not be easy and would take a lot of work.';
const NEW = 'An entirely new quotation that nobody had stored before this test ran.';
const page = `Witkoff said: "${RUBIO}" Later: "${NEW}"`;

let n = 0;
function setup() {
  const db = new VerbatimDB(`match-service-${++n}`);
  const snapshots = new IndexSnapshots(`match-index-${n}`);
  const listeners: (() => void)[] = [];
  const context: ServiceContext = {
    db,
    storeChanged: async () => listeners.forEach((l) => l()),
    onStoreChanged: (l) => listeners.push(l),
  };
  return { db, snapshots, context, service: () => matchService(context, { snapshots, saveDelayMs: 10 }) };
}

const texts = (matches: { quote: { text: string } }[]) => matches.map((m) => m.quote.text);
const until = async (test: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await test()); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('matchService', () => {
  it('matches against the store, joined with the quote and its word-by-word difference', async () => {
    const { db, service } = setup();
    await addQuotes(db, parseQuotesFile(starter));
    const [m] = await service().matchPage({ text: page });
    expect(m).toMatchObject({ kind: 'exact', misattributed: true, pageSpeaker: 'Witkoff', quote: { speaker: 'Marco Rubio', text: RUBIO } });
    expect(m.diff).toEqual([{ op: 'same', original: RUBIO.slice(0, -1), page: RUBIO.slice(0, -1) }]);
  });

  it('matches only the quotes asked for, when a store write names them', async () => {
    const { db, service } = setup();
    await addQuotes(db, parseQuotesFile(starter));
    await addQuotes(db, [{ text: NEW, speaker: 'Someone', source: { url: 'http://new' } }]);
    const matches = service();
    const [fresh] = await db.quotes.where('key').startsWith('an entirely').primaryKeys();
    expect(texts(await matches.matchPage({ text: page, ids: [fresh] }))).toEqual([NEW]);
    expect(texts(await matches.matchPage({ text: page, ids: ['gone'] }))).toEqual([]);
    const slice = page.slice(page.indexOf('Later'));
    const [m] = await matches.matchPage({ text: slice, base: page.indexOf('Later'), ids: [fresh] });
    expect(page.slice(m.start, m.end)).toBe(NEW.slice(0, -1));
  });

  it('follows additions and removals, whoever made them', async () => {
    const { db, context, service } = setup();
    await addQuotes(db, parseQuotesFile(starter));
    const matches = service();
    expect(texts(await matches.matchPage({ text: page }))).toEqual([RUBIO]);
    await addQuotes(db, [{ text: NEW, speaker: 'Someone', source: { url: 'http://new' } }]);
    await context.storeChanged();
    expect(texts(await matches.matchPage({ text: page }))).toEqual([RUBIO, NEW]);
    await db.quotes.where('key').startsWith('we re not').delete();
    await context.storeChanged();
    expect(texts(await matches.matchPage({ text: page }))).toEqual([NEW]);
  });

  it('restores its index from the saved snapshot after a restart, and catches up with what changed meanwhile', async () => {
    const { db, snapshots, context, service } = setup();
    await addQuotes(db, parseQuotesFile(starter));
    await service().matchPage({ text: page });
    await until(async () => (await snapshots.snapshots.count()) > 0);
    const saved = await snapshots.snapshots.get('quotes');
    expect(saved?.segments[0].ids).toHaveLength(8);
    // Changed while the worker was asleep: one quote added.
    await addQuotes(db, [{ text: NEW, speaker: 'Someone', source: { url: 'http://new' } }]);
    // Restoring reads the snapshot and only the quotes that changed, never the whole store.
    const readAll = vi.spyOn(db.quotes, 'orderBy');
    const woken = matchService(context, { snapshots, saveDelayMs: 10 });
    expect(texts(await woken.matchPage({ text: page }))).toEqual([RUBIO, NEW]);
    expect(readAll).not.toHaveBeenCalled();
  });
});
