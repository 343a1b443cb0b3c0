// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { SEED_DIR } from '../../fixture-paths';
import { PageQuotes } from '../../../components/PageQuotes';
import type { SaveRequest } from '../../../lib/service/capture-service';

const PAGE_URL = 'http://127.0.0.1/demo/article.html?utm_source=newsletter';
const saves: SaveRequest[] = [];
/** The page the tab lends: the seed article unless a test sets another. */
let pageHtml: string | undefined;
/** Texts the store knows, as the background's findKnown would say (any kind). */
let knownTexts: string[] = [];

// The tab lends the seed article; the background records what the popup asks it to save.
vi.mock('@/lib/messages', () => ({
  callTab: async (_tabId: number, name: string) => {
    if (name !== 'readPage') throw new Error(`unexpected ${name}`);
    return { url: PAGE_URL, html: pageHtml ?? readFileSync(join(SEED_DIR, 'article.html'), 'utf8') };
  },
  callBackground: async (name: string, arg: unknown) => {
    if (name === 'findKnown')
      return (arg as { text: string }[]).map(({ text }) =>
        knownTexts.includes(text) ? { quoteId: 'q1', speaker: 'Ann Example', kind: 'altered', diff: [], description: 'this page alters a known quote by Ann Example: 1 word changed' } : undefined,
      );
    if (name === 'saveQuotes') {
      saves.push(arg as SaveRequest);
      return { saved: 1, alreadyKnown: 0, sightings: 0, message: 'Saved.' };
    }
    throw new Error(`unexpected ${name}`);
  },
}));

afterEach(() => {
  render(null, document.body);
  pageHtml = undefined;
  knownTexts = [];
});

describe("the popup's quotes on this page", () => {
  it('saves with the page named as a sighting names it: address, canonical link, headline and outlet', async () => {
    render(<PageQuotes tabId={1} />, document.body);
    const saveAll = await vi.waitFor(
      () => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save all');
        if (!button) throw new Error('The popup lists no quotations yet');
        return button;
      },
      { timeout: 60_000 },
    );
    saveAll.click();
    await vi.waitFor(() => expect(saves).toHaveLength(1), { timeout: 60_000 });
    expect(saves[0].page).toEqual({
      url: PAGE_URL,
      canonical: 'http://news.example/world/2025/08/17/article-5-like-guarantees',
      title: "Putin agreed to 'Article 5-like' security guarantees for Ukraine, U.S. envoy says",
      outlet: 'Example Daily News',
    });
    expect(saves[0].quotes.length).toBeGreaterThan(0);
  });

  it('ticks only what is new: not a quotation known in any form, not a one- or two-word scare quote', async () => {
    pageHtml = `<html><head><title>Talks</title></head><body><article><h1>Talks resume</h1>
      <p>The minister called the plan “totally unacceptable,” Ann Example said on Monday, before the vote in parliament.</p>
      <p>“We will never accept a deal that gives away our land and our future,” Ann Example told reporters in the capital.</p>
      <p>“The talks were long, hard and in the end worth every minute of them,” said Bob Sample, the mediator.</p>
      <p>Officials met again on Tuesday and said little more about what had been agreed or what came next.</p></article></body></html>`;
    knownTexts = ['We will never accept a deal that gives away our land and our future,'];
    render(<PageQuotes tabId={1} />, document.body);
    await vi.waitFor(
      () => {
        if (!document.querySelector('.detected li')) throw new Error('The popup lists no quotations yet');
      },
      { timeout: 60_000 },
    );
    const rows = [...document.querySelectorAll('.detected li')].map((li) => ({
      text: li.querySelector('.words')!.getAttribute('title'),
      ticked: li.querySelector<HTMLInputElement>('input[name=pick]')!.checked,
      relation: li.querySelector('.relation')?.textContent,
    }));
    expect(rows.find((r) => r.text?.startsWith('totally'))?.ticked).toBe(false);
    expect(rows.find((r) => r.text?.startsWith('We will never'))).toMatchObject({ ticked: false, relation: 'This page alters a known quote by Ann Example: 1 word changed. Saving records this page as an appearance of it.' });
    expect(rows.find((r) => r.text?.startsWith('The talks were long'))?.ticked).toBe(true);
  });
});
