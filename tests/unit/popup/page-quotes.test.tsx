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

// The tab lends the seed article; the background records what the popup asks it to save.
vi.mock('@/lib/messages', () => ({
  callTab: async (_tabId: number, name: string) => {
    if (name !== 'readPage') throw new Error(`unexpected ${name}`);
    return { url: PAGE_URL, html: readFileSync(join(SEED_DIR, 'article.html'), 'utf8') };
  },
  callBackground: async (name: string, arg: unknown) => {
    if (name === 'findKnown') return (arg as unknown[]).map(() => undefined);
    if (name === 'saveQuotes') {
      saves.push(arg as SaveRequest);
      return { saved: 1, alreadyKnown: 0, sightings: 0, message: 'Saved.' };
    }
    throw new Error(`unexpected ${name}`);
  },
}));

afterEach(() => render(null, document.body));

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
});
