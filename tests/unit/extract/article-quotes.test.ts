import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { PAGES_DIR, SEED_DIR } from '../../fixture-paths';
import { detectPageQuotes, detectSnapshotQuotes } from '../../../lib/extract/article-quotes';
import gold from '../../fixtures/seed-article/quotes.gold.json';

const URL = 'http://127.0.0.1/demo/article.html?utm_source=x';
const load = (file: string) => new JSDOM(readFileSync(file, 'utf8'), { url: URL, virtualConsole: new VirtualConsole() }).window;

afterEach(() => vi.unstubAllGlobals());

describe('detecting the quotations of a page', () => {
  it('names the page as a sighting does, with its headline and outlet, beside the speech it quotes', () => {
    const detection = detectPageQuotes(load(join(SEED_DIR, 'article.html')).document, URL);
    expect(detection.page).toEqual({
      url: URL,
      canonical: 'http://news.example/world/2025/08/17/article-5-like-guarantees',
      title: "Putin agreed to 'Article 5-like' security guarantees for Ukraine, U.S. envoy says",
      outlet: 'Example Daily News',
    });
    expect(detection.quotes.map((q) => [q.text, q.speaker])).toEqual(gold.quotes.map((q) => [q.text, q.speaker]));
  });

  // The popup detects on the HTML a tab sends it: it must find what detection on the live document finds
  // (real pages, with <noscript> and JSON-LD among them).
  it.each(['bbc-1', 'wapo-1', 'herald-sun-1'])(
    'finds the same in a snapshot of the page as in the page itself: %s',
    (name) => {
      const window = load(join(PAGES_DIR, `${name}.html`));
      // A parsed document has no window: the article is parsed by the global DOMParser, as in the popup.
      vi.stubGlobal('DOMParser', window.DOMParser);
      const snapshot = { url: URL, html: window.document.documentElement.outerHTML };
      const fromSnapshot = detectSnapshotQuotes(snapshot, new window.DOMParser());
      expect(fromSnapshot.quotes.length).toBeGreaterThan(0);
      expect(fromSnapshot).toEqual(detectPageQuotes(window.document, URL));
    },
    // jsdom reads large pages slowly on a busy machine: a ceiling against hangs, not a speed test.
    120_000,
  );
});
