import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clickHighlight, closeCard, pageFinds, pageMatches, readCard, readHighlights, SCREENSHOTS, startSession, type Session } from './extension';
import gold from '../fixtures/seed-article/quotes.gold.json';

let session: Session;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await startSession();
});
afterAll(() => session?.close());

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the demo article', () => {
  it('highlights all eight quotations with their exact words', async () => {
    const page = await session.open('/demo/article.html');
    const seen = await readHighlights(page);
    expect(seen.map((h) => oneLine(h.text)).sort()).toEqual(gold.quotes.map((q) => oneLine(q.text).replace(/[,.]$/, '')).sort());
    await page.screenshot({ path: join(SCREENSHOTS, 'demo-highlights.png') });
  });

  it('highlights a quotation that the page adds after it has loaded', async () => {
    const page = await session.open('/demo/article.html');
    await page.evaluate(() => {
      const late = Object.assign(document.createElement('p'), {
        id: 'late',
        textContent: 'Later, Rubio repeated: “We’re not at the precipice of a peace agreement, and that getting there would not be easy and would take a lot of work.”',
      });
      document.querySelector('article')!.append(late);
    });
    await expect.poll(async () => (await readHighlights(page)).filter((h) => h.inId === 'late').length, { timeout: 5_000 }).toBe(1);
    expect(await readHighlights(page)).toHaveLength(9);
  });

  it('opens a card with speaker, source and context on a click, and closes it with Escape', async () => {
    const page = await session.open('/demo/article.html');
    await clickHighlight(page, 'We welcome President');
    const card = await readCard(page);
    expect(card?.text).toContain('Ursula von der Leyen');
    expect(card?.text).toContain('Example Daily News');
    expect(card?.text).toMatch(/August 17, 2025|17 August 2025/);
    expect(card?.text).toContain('She stated,');
    // The demo article is where the starter quotes come from (its canonical link is their source).
    expect(card?.text).toContain('You are reading this quote’s source.');
    expect(card?.html).toContain('href="http://news.example/world/2025/08/17/article-5-like-guarantees"');
    await page.screenshot({ path: join(SCREENSHOTS, 'demo-card.png') });

    // The page's own scripts cannot see into the card: no element of the page holds its words.
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].some((el) => el.shadowRoot))).toBe(false);
    expect(await pageFinds(page, 'You are reading this quote')).toBe(false);

    await closeCard(page);
    await clickHighlight(page, 'Now, ultimately');
    expect((await readCard(page))?.text).toContain('Marco Rubio');
    await page.mouse.click(5, 5);
    await expect.poll(() => readCard(page)).toBeNull();
  });

  it('ignores clicks synthesized by the page', async () => {
    const page = await session.open('/demo/article.html');
    await page.evaluate(() => {
      const [, highlight] = [...CSS.highlights].find(([name]) => name.startsWith('verbatim-'))!;
      const rect = [...(highlight as unknown as Set<Range>)][0].getClientRects()[0];
      document.elementFromPoint(rect.left + 5, rect.top + 5)!.dispatchEvent(
        new MouseEvent('click', { bubbles: true, clientX: rect.left + 5, clientY: rect.top + 5 }),
      );
    });
    expect(await readCard(page)).toBeNull();
  });
});

describe('the requote page', () => {
  it('highlights the exact and whitespace-changed quotes and nothing hidden, scripted or unknown', async () => {
    const page = await session.open('/requote/article.html');
    const seen = await readHighlights(page);
    const inParagraph = (id: string) => seen.filter((h) => h.inId === id);
    expect(inParagraph('e1').map((h) => h.text)).toEqual([
      'We were able to win the following concession: That the United States could offer Article 5-like protection, which is one of the real reasons why Ukraine wants to be in NATO',
    ]);
    expect(inParagraph('w1').map((h) => oneLine(h.text))).toEqual([oneLine(gold.quotes[3].text).replace(/\.$/, '')]);
    expect(inParagraph('m1').map((h) => h.text)).toEqual([gold.quotes[6].text.replace(/’/g, "'").replace(/\.$/, '')]);
    expect(inParagraph('n1')).toEqual([]);
    // Nothing outside the article's visible paragraphs: no hidden copy, no <script>, no <textarea>.
    expect(seen.every((h) => h.inId !== null)).toBe(true);
    const matches = await pageMatches(session, page);
    expect(matches.map((m) => m.quote.text)).not.toContain(gold.quotes[7].text);
    await page.screenshot({ path: join(SCREENSHOTS, 'requote-highlights.png'), fullPage: true });
  });
});
