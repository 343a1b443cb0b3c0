import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VerbatimDB } from '@/lib/store/db';
import { addQuotes, clearQuotes, getSettings, listQuotes } from '@/lib/store/quotes';
import { highlightsOn } from '@/lib/settings';
import type { QuoteInput } from '@/lib/model';

let db: VerbatimDB;
beforeEach(() => {
  db = new VerbatimDB(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const source = { url: 'https://news.example/a', outlet: 'Example', publishedAt: '2025-08-17' };
const quote = (text: string, speaker = 'Marco Rubio'): QuoteInput => ({ text, speaker, source });

describe('addQuotes', () => {
  it('stores quotes with their source joined back on read', async () => {
    expect(await addQuotes(db, [quote('We are not at the precipice of a peace agreement.')])).toEqual({ added: 1, duplicates: 0 });
    const [stored] = await listQuotes(db);
    expect(stored).toMatchObject({ text: 'We are not at the precipice of a peace agreement.', speaker: 'Marco Rubio', source, tags: [] });
    expect(await db.speakers.get('marco rubio')).toEqual({ key: 'marco rubio', name: 'Marco Rubio' });
  });

  it('does not store the same words twice, whatever the typography', async () => {
    await addQuotes(db, [quote('We’re not at the precipice.')]);
    const result = await addQuotes(db, [quote('"We\'re NOT at the precipice"'), quote('A different quote here.')]);
    expect(result).toEqual({ added: 1, duplicates: 1 });
    expect((await listQuotes(db)).map((q) => q.text)).toEqual(['We’re not at the precipice.', 'A different quote here.']);
  });

  it('writes nothing when one record fails', async () => {
    await addQuotes(db, [quote('Already here, first.')]);
    const broken = { ...quote('Would be new.'), tags: 'not a list' } as unknown as QuoteInput;
    // An id that is not a valid IndexedDB key makes the second write throw inside the transaction.
    const invalid = { ...quote('Also new.'), id: {} } as unknown as QuoteInput;
    await expect(addQuotes(db, [broken, invalid])).rejects.toThrow();
    expect((await listQuotes(db)).map((q) => q.text)).toEqual(['Already here, first.']);
    expect(await db.sources.count()).toBe(1);
  });
});

describe('clearQuotes', () => {
  it('empties quotes, sources, speakers and sightings but keeps settings', async () => {
    await addQuotes(db, [quote('Something said on the record.')]);
    await db.settings.put({ key: 'highlightsEnabled', value: false });
    await clearQuotes(db);
    expect(await listQuotes(db)).toEqual([]);
    expect(await db.sources.count()).toBe(0);
    expect((await getSettings(db)).highlightsEnabled).toBe(false);
  });
});

describe('settings', () => {
  it('defaults to highlighting everywhere and remembers sites turned off', async () => {
    const defaults = await getSettings(db);
    expect(highlightsOn(defaults, 'news.example')).toBe(true);
    await db.settings.put({ key: 'disabledSites', value: ['news.example'] });
    const changed = await getSettings(db);
    expect(highlightsOn(changed, 'news.example')).toBe(false);
    expect(highlightsOn(changed, 'other.example')).toBe(true);
    expect(highlightsOn({ ...changed, highlightsEnabled: false }, 'other.example')).toBe(false);
  });
});
