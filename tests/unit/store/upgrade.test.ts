import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { VerbatimDB } from '@/lib/store/db';
import { appearanceKey } from '@/lib/store/appearances';
import { getPageVerdict, verdictsOnPage } from '@/lib/store/sightings';
import { listQuotes } from '@/lib/store/quotes';
import { V1_RECORDS, writeV1Store } from './v1-store';

let name: string;
afterEach(() => Dexie.delete(name));

describe('upgrading a version-1 store', () => {
  it('keeps every record: quotes, sources, speakers and settings as they were, sightings as appearances keyed by quote and page', async () => {
    name = `upgrade-${crypto.randomUUID()}`;
    await writeV1Store(name);
    const db = new VerbatimDB(name);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['appearances', 'quotes', 'settings', 'sources', 'speakers']);
    expect(await db.quotes.orderBy('id').toArray()).toEqual([...V1_RECORDS.quotes].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.sources.toArray()).toEqual(V1_RECORDS.sources);
    expect(await db.speakers.toArray()).toEqual(V1_RECORDS.speakers);
    expect(await db.settings.toArray()).toEqual(V1_RECORDS.settings);
    const appearances = await db.appearances.toArray();
    expect(appearances).toHaveLength(V1_RECORDS.sightings.length);
    for (const s of V1_RECORDS.sightings) expect(await db.appearances.get(appearanceKey(s.quoteId, s.pageUrl))).toEqual({ key: appearanceKey(s.quoteId, s.pageUrl), ...s });
    db.close();
  });

  it('makes a verdict set before per-page verdicts the original’s status, and no page’s verdict', async () => {
    name = `upgrade-${crypto.randomUUID()}`;
    await writeV1Store(name);
    const db = new VerbatimDB(name);
    const witkoff = (await listQuotes(db)).find((q) => q.id === 'q-witkoff')!;
    expect(witkoff.verdict).toBe('misquoted');
    expect(await getPageVerdict(db, 'q-witkoff', { url: 'https://ledger.example/analysis' })).toEqual({ isSource: false });
    expect(await verdictsOnPage(db, 'https://ledger.example/analysis', [witkoff])).toEqual(new Map());
    expect(await verdictsOnPage(db, witkoff.source.url, [witkoff])).toEqual(new Map([['q-witkoff', 'misquoted']]));
    db.close();
  });

  it('opens an upgraded store again without change, and a new store empty', async () => {
    name = `upgrade-${crypto.randomUUID()}`;
    await writeV1Store(name);
    await new VerbatimDB(name).open().then((db) => db.close());
    const again = new VerbatimDB(name);
    expect(await again.appearances.count()).toBe(V1_RECORDS.sightings.length);
    expect(await again.quotes.count()).toBe(V1_RECORDS.quotes.length);
    again.close();
    const fresh = new VerbatimDB(`upgrade-fresh-${crypto.randomUUID()}`);
    expect(await fresh.appearances.count()).toBe(0);
    await fresh.delete();
  });
});
