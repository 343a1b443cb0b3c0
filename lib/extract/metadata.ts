import type { Source } from '../model';
import { safeHref } from '../safe-href';

type Json = Record<string, unknown>;

/** Schema.org types a news page describes itself with. */
const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage/;

function jsonLdArticles(doc: Document): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const obj = node as Json;
    if (Array.isArray(obj['@graph'])) visit(obj['@graph']);
    const type = ([] as unknown[]).concat(obj['@type'] ?? []).join(' ');
    if (ARTICLE_TYPES.test(type)) found.push(obj);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      /* a page's broken JSON-LD is its own business */
    }
  }
  // A NewsArticle says more about the story than the WebPage around it.
  return found.sort((a, b) => Number(/Article|Posting/.test(String(b['@type']))) - Number(/Article|Posting/.test(String(a['@type']))));
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return nameOf((value as Json).name);
  return undefined;
}

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** "Headline | The Outlet" → "Headline": page titles often end with the outlet's name, which is shown apart. */
function withoutOutlet(title: string | undefined, outlet: string | undefined): string | undefined {
  if (!title || !outlet) return title || undefined;
  const suffix = new RegExp(`\\s*[|\\-–—:·]\\s*${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  return title.replace(suffix, '') || title;
}

/** The address the page gives as its own (canonical link, else og:url), or `pageUrl`: cheap, with no JSON-LD read. */
export function canonicalUrl(doc: Document, pageUrl: string): string {
  return safeHref(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ?? safeHref(meta(doc, 'og:url'), pageUrl) ?? pageUrl;
}

/**
 * What a page says about itself: canonical URL, outlet, headline, author, date and
 * language, from <link rel=canonical>, Open Graph and article meta tags, and
 * JSON-LD (the first that answers wins, in that order of trust).
 */
export function pageMetadata(doc: Document, pageUrl: string): Source {
  const ld = jsonLdArticles(doc);
  const fromLd = (key: string) => ld.map((a) => nameOf(a[key])).find(Boolean);
  const source: Source = { url: canonicalUrl(doc, pageUrl) };
  const outlet = meta(doc, 'og:site_name', 'application-name') ?? fromLd('publisher');
  const title = withoutOutlet(fromLd('headline') ?? meta(doc, 'og:title', 'twitter:title') ?? doc.title?.trim(), outlet);
  const publishedAt = meta(doc, 'article:published_time', 'date', 'pubdate', 'publish-date') ?? fromLd('datePublished') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const author = fromLd('author') ?? meta(doc, 'author', 'article:author', 'byl');
  const lang = doc.documentElement.getAttribute('lang')?.trim() || meta(doc, 'og:locale', 'language');
  return {
    ...source,
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(author ? { author: author.replace(/^by\s+/i, '') } : {}),
    ...(lang ? { lang } : {}),
  };
}
