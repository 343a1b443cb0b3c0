import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REQUOTE_DIR, SEED_DIR } from '../fixture-paths';
import { closeCard, pageMatches, readCard, readHighlights, SCREENSHOTS, startSession, type Session } from './extension';

interface Case {
  id: string;
  expect: 'match' | 'none';
  kind?: string;
  quoteIndex?: number;
  misattributed?: { page: string; original: string };
}
const expected: { cases: Case[] } = JSON.parse(readFileSync(join(REQUOTE_DIR, 'expected.json'), 'utf8'));
const gold: { quotes: { text: string; speaker: string }[] } = JSON.parse(
  readFileSync(join(SEED_DIR, 'quotes.gold.json'), 'utf8'),
);

const KIND_LABEL: Record<string, RegExp> = {
  exact: /Exact match/,
  partial: /Partial match/,
  altered: /Altered: some words differ/,
  abridged: /Abridged: words were cut/,
};

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

let session: Session;
let page: Page;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await startSession();
  page = await session.open('/requote/article.html');
});
afterAll(() => session?.close());

/**
 * Opens the card of the `nth` highlight inside the element with id `id` as a reader
 * would, with a click (also on a highlight inside a link, which then does not navigate).
 */
async function openCardIn(id: string, nth = 0): Promise<void> {
  const target = await page.evaluate(
    ({ id, nth }) => {
      const ranges: Range[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('verbatim-') || name === 'verbatim-active' || name === 'verbatim-flash') continue;
        ranges.push(...(highlight as unknown as Iterable<Range>));
      }
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges.filter((r) => r.startContainer.parentElement?.closest('[id]')?.id === id)[nth];
      if (!range) return null;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    },
    { id, nth },
  );
  if (!target) throw new Error(`No highlight number ${nth} in #${id}`);
  const url = page.url();
  await page.mouse.click(target.x, target.y);
  expect(page.url()).toBe(url);
}

describe('the requote page (tests/fixtures/requote/expected.json)', () => {
  for (const c of expected.cases.filter((c) => c.expect === 'match')) {
    it(`${c.id}: ${c.kind}${c.misattributed ? ', misattributed' : ''}, shown in the card`, async () => {
      const seen = (await readHighlights(page)).filter((h) => h.inId === c.id);
      expect(seen.length).toBeGreaterThan(0);
      for (let i = 0; i < seen.length; i++) {
        await openCardIn(c.id, i);
        const card = await readCard(page);
        expect(card?.text).toContain(oneLine(gold.quotes[c.quoteIndex!].text));
        expect(card?.text).toContain(gold.quotes[c.quoteIndex!].speaker);
        expect(card?.text).toMatch(KIND_LABEL[c.kind!]);
        if (c.misattributed) {
          const surname = c.misattributed.page.split(' ').pop();
          expect(card?.text).toMatch(new RegExp(`The page credits (\\w+ )?${surname}; the original speaker is ${c.misattributed.original}`));
        } else expect(card?.text).not.toContain('The page credits');
      }
      if (['a1', 'l1', 'm1', 'p1'].includes(c.id)) await page.screenshot({ path: join(SCREENSHOTS, `requote-card-${c.id}.png`) });
      await closeCard(page);
    });
  }

  it('a1: the card shows the changed words one by one', async () => {
    await openCardIn('a1');
    const text = (await readCard(page))?.text;
    expect(text).toContain('added on this page: of');
    expect(text).toContain('left out on this page: other');
    await closeCard(page);
  });

  it('l1: the card shows what the ellipses cut', async () => {
    await openCardIn('l1');
    const text = (await readCard(page))?.text;
    expect(text).toContain('cut with an ellipsis: and');
    expect(text).toContain('cut with an ellipsis: including the European Union');
    await closeCard(page);
  });

  it('p1: both fragments, the one in <em> and the one in <a>, are found', async () => {
    const seen = (await readHighlights(page)).filter((h) => h.inId === 'p1').map((h) => h.text).sort();
    expect(seen).toEqual(['Article 5-like protection', 'which is one of the real reasons why Ukraine wants to be in NATO']);
  });

  it('p1: a click on the fragment inside a link opens its card, which offers the link', async () => {
    await openCardIn('p1', 1);
    const card = await readCard(page);
    expect(card?.text).toContain('On this page the words link to 127.0.0.1');
    expect(card?.html).toContain(`href="${new URL('/glossary/article-5', page.url()).href}"`);
    await closeCard(page);
  });

  it('nothing else: no unknown quote, nothing hidden, scripted or in a form field', async () => {
    const matches = await pageMatches(session, page);
    const seen = await readHighlights(page);
    for (const c of expected.cases.filter((c) => c.expect === 'none')) expect(seen.filter((h) => h.inId === c.id)).toEqual([]);
    expect(seen.every((h) => expected.cases.some((c) => c.id === h.inId && c.expect === 'match'))).toBe(true);
    expect(matches.map((m) => m.kind).sort()).toEqual(['abridged', 'altered', 'exact', 'exact', 'exact', 'partial', 'partial']);
    expect(matches.filter((m) => m.misattributed).map((m) => m.quote.speaker)).toEqual(['Marco Rubio']);
  });
});
