import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readHighlights, SCREENSHOTS, startSession, type Session } from './extension';
import gold from '../../../shared/fixtures/seed-article/quotes.gold.json';

let session: Session;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await startSession();
});
afterAll(() => session?.close());

describe('the demo article', () => {
  it('highlights all eight quotations with their exact words', async () => {
    const page = await session.open('/demo/article.html');
    const seen = await readHighlights(page);
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    expect(seen.map((h) => norm(h.text)).sort()).toEqual(gold.quotes.map((q) => norm(q.text).replace(/[,.]$/, '')).sort());
    await page.screenshot({ path: join(SCREENSHOTS, 'demo-highlights.png') });
  });
});
