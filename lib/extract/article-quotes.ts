import type { Source } from '../model';
import { pageRefOf, type PageRef } from '../store/sightings';
import { extractArticle } from './article';
import { detectQuotes, type DetectedQuote } from './detect';
import { pageMetadata } from './metadata';
import { quoteKey } from '../text/words';

/** What the popup's "Quotes on this page" lists: the page as a source and as a sighting names it, and the speech it quotes. */
export interface PageDetection {
  source: Source;
  /** Where a quote already in the store is recorded as seen when the reader saves it again. */
  page: PageRef;
  quotes: DetectedQuote[];
}

/** Every quotation of speech in the page's article, with the page's metadata. */
export function detectPageQuotes(doc: Document, pageUrl: string): PageDetection {
  const article = extractArticle(doc);
  const meta = pageMetadata(doc, pageUrl);
  const source = { ...meta, title: meta.title ?? article.title };
  return {
    source,
    page: pageRefOf(pageUrl, source),
    quotes: onePerQuotation(detectQuotes(article.text).filter((q) => q.kind === 'speech')),
  };
}

/**
 * A quotation the page repeats (a pull quote set again in a sidebar or between
 * paragraphs) is one quotation: listed once, where it first appears, with the
 * speaker the page names most surely for any of its copies.
 */
export function onePerQuotation(quotes: DetectedQuote[]): DetectedQuote[] {
  const byKey = new Map<string, DetectedQuote>();
  for (const q of quotes) {
    const key = quoteKey(q.text);
    const first = byKey.get(key);
    if (!first) byKey.set(key, q);
    else if (q.speaker && (!first.speaker || q.confidence > first.confidence)) {
      const { speaker, confidence, how, cue } = q;
      byKey.set(key, { ...first, speaker, confidence, ...(how ? { how } : {}), ...(cue ? { cue } : {}) });
    }
  }
  return [...byKey.values()];
}

/** A page's address and its document serialized as HTML: what a tab lends the popup to detect quotations in. */
export interface PageSnapshot {
  url: string;
  html: string;
}

/**
 * Detection on a copy of the page, away from it: the HTML is parsed inert by
 * `parser` (nothing in it runs or loads), so Readability and the detector never
 * load into the page, and the page's main thread only pays for serializing itself.
 */
export function detectSnapshotQuotes({ url, html }: PageSnapshot, parser: DOMParser = new DOMParser()): PageDetection {
  return detectPageQuotes(parser.parseFromString(html, 'text/html'), url);
}
