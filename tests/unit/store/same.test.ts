import { describe, expect, it } from 'vitest';
import { sameValue } from '../../../lib/store/same';
import { VerbatimDB } from '../../../lib/store/db';
import { importBundle } from '../../../lib/store/library';

describe('records compared field by field', () => {
  it('key order does not matter; an undefined field is a missing one; values do', () => {
    expect(sameValue({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 })).toBe(true);
    expect(sameValue({ a: 1, note: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: { c: [1, 'x'] } }, { a: 1, b: { c: ['x', 1] } })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: [] }, { a: {} })).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
  });
  it('an import of the same quote with its fields in another order changes nothing', async () => {
    const db = new VerbatimDB(`same-${crypto.randomUUID()}`);
    const quote = { id: 'q', text: 'Same words', speaker: 'A', source: { url: 'https://a.example', outlet: 'O', title: 'T' }, context: { before: 'b', after: 'a' }, tags: ['x'], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
    await importBundle(db, { quotes: [quote], sightings: [] });
    const reordered = { updatedAt: quote.updatedAt, tags: ['x'], context: { after: 'a', before: 'b' }, source: { title: 'T', outlet: 'O', url: 'https://a.example' }, speaker: 'A', text: 'Same words', id: 'q', createdAt: quote.createdAt };
    expect(await importBundle(db, { quotes: [reordered], sightings: [] })).toMatchObject({ existing: 1, enriched: 0 });
    expect((await db.quotes.get('q'))!.updatedAt).toBe('2025-01-01T00:00:00.000Z');
  });
});
