import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../../fixture-paths';
import { JSDOM, VirtualConsole } from 'jsdom';
import { pageMetadata } from '../../../lib/extract/metadata';
import { extractArticle } from '../../../lib/extract/article';

const page = (html: string, url = 'http://127.0.0.1/a/b.html') => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;

describe('page metadata', () => {
  it('reads canonical URL, outlet, headline, author, date and language from the seed page', () => {
    const doc = page(readFileSync(join(SEED_DIR, 'article.html'), 'utf8'));
    expect(pageMetadata(doc, 'http://127.0.0.1/demo/article.html?utm_source=x')).toEqual({
      url: 'http://news.example/world/2025/08/17/article-5-like-guarantees',
      title: "Putin agreed to 'Article 5-like' security guarantees for Ukraine, U.S. envoy says",
      outlet: 'Example Daily News',
      publishedAt: '2025-08-17T18:30:00Z',
      author: 'Staff Reporter',
      lang: 'en',
    });
  });

  it('falls back to JSON-LD publisher and datePublished, and to the page URL without a canonical link', () => {
    const doc = page(`<html><head><title>T</title><script type="application/ld+json">
      {"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "headline": "H", "datePublished": "2020-01-02",
       "publisher": {"@type": "Organization", "name": "The Paper"}, "author": [{"name": "A"}, {"name": "B"}]}]}</script></head><body></body></html>`);
    expect(pageMetadata(doc, 'http://127.0.0.1/x')).toEqual({ url: 'http://127.0.0.1/x', title: 'H', outlet: 'The Paper', publishedAt: '2020-01-02', author: 'A, B' });
  });

  it("drops the outlet's name from the end of a page title", () => {
    const doc = page('<html><head><title>What the summit settled | The Example Ledger</title><meta property="og:site_name" content="The Example Ledger"></head><body></body></html>');
    expect(pageMetadata(doc, 'http://127.0.0.1/x')).toMatchObject({ title: 'What the summit settled', outlet: 'The Example Ledger' });
  });

  it('ignores a canonical link that is not a web address', () => {
    const doc = page('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>');
    expect(pageMetadata(doc, 'http://127.0.0.1/x').url).toBe('http://127.0.0.1/x');
  });
});

describe('article extraction', () => {
  it('keeps the article and leaves out navigation, related links and footer', () => {
    const doc = page(readFileSync(join(SEED_DIR, 'article.html'), 'utf8'));
    const { text } = extractArticle(doc);
    expect(text).toContain('Witkoff concluded, "I think everybody agreed');
    expect(text).not.toMatch(/Home|What was agreed in Alaska|©/);
    // One paragraph per line.
    expect(text.split('\n').filter((l) => l.startsWith('Witkoff'))).toHaveLength(3);
  });
});
