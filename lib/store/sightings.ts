import type { VerbatimDB } from './db';
import { safeHref } from '../safe-href';
import type { MatchKind, QuoteRecord, SightingRecord, Source } from '../model';

/** Query parameters that say how a reader arrived, not which page it is. */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|ref_url|referrer|cmpid|ocid|smid|smtyp|sr_share|share|src|at_medium|at_campaign|CMP|ito|xtor|ns_campaign|ns_mchannel|ns_source|ns_linkname|ns_fee|__twitter_impression|s_cid|icid|spm|guccounter|guce_referrer\w*|amp)$/i;

/**
 * One page, one address: the page's canonical link when it declares one (so the
 * same article reached by several URLs is one page), without tracking
 * parameters, fragment or default port. Undefined for what is not a web page.
 */
export function normalizePageUrl(url: string, canonical?: string): string | undefined {
  for (const candidate of [canonical, url]) {
    const href = safeHref(candidate, url);
    if (!href) continue;
    const parsed = new URL(href);
    parsed.hash = '';
    // The query is filtered as text: in a Firefox content script, URLSearchParams' iterators cannot be read.
    const kept = parsed.search
      .slice(1)
      .split('&')
      .filter((pair) => pair && !TRACKING.test(paramName(pair)));
    parsed.search = kept.length ? `?${kept.join('&')}` : '';
    return parsed.href;
  }
  return undefined;
}

function paramName(pair: string): string {
  const name = pair.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // a malformed escape: keep the parameter rather than fail the page
  }
}

/** A page as the content script describes it when it reports what it found. */
export interface PageRef {
  url: string;
  canonical?: string;
  title?: string;
  outlet?: string;
}

/** The page at `url` as a sighting names it, from what the page says about itself (`meta`, its canonical address first). */
export function pageRefOf(url: string, meta: Source): PageRef {
  return {
    url,
    ...(meta.url !== url ? { canonical: meta.url } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
  };
}

export interface SightingHit {
  quoteId: string;
  kind: MatchKind;
}

/** Sightings kept per quote: the earliest ones, since first appearance is what they are for. */
export const MAX_SIGHTINGS_PER_QUOTE = 100;
/** Sightings kept in all: beyond this, new pages are no longer recorded. */
export const MAX_SIGHTINGS = 50_000;

const MAX_TITLE = 300;

/**
 * Records that known quotes were seen on a page. A quote is recorded once per page
 * (reloading adds nothing), never on its own source, and the store stays bounded.
 * Returns how many sightings are new.
 */
export async function recordSightings(db: VerbatimDB, page: PageRef, hits: SightingHit[], now = new Date().toISOString()): Promise<number> {
  const pageUrl = normalizePageUrl(page.url, page.canonical);
  if (!pageUrl || !hits.length) return 0;
  return db.transaction('rw', [db.quotes, db.sightings], async () => {
    const ids = [...new Set(hits.map((h) => h.quoteId))];
    const quotes = await db.quotes.bulkGet(ids);
    const seen = await db.sightings.where('[quoteId+pageUrl]').anyOf(ids.map((id) => [id, pageUrl])).toArray();
    const have = new Set(seen.map((s) => s.quoteId));
    let room = MAX_SIGHTINGS - (await db.sightings.count());
    const fresh: SightingRecord[] = [];
    for (const [i, id] of ids.entries()) {
      const quote = quotes[i];
      if (!quote || have.has(id) || quote.sourceUrl === pageUrl || room <= 0) continue;
      if ((await db.sightings.where('quoteId').equals(id).count()) >= MAX_SIGHTINGS_PER_QUOTE) continue;
      const kind = hits.find((h) => h.quoteId === id)!.kind;
      fresh.push({
        quoteId: id,
        pageUrl,
        ...(page.title ? { title: page.title.slice(0, MAX_TITLE) } : {}),
        ...(page.outlet ? { outlet: page.outlet.slice(0, MAX_TITLE) } : {}),
        seenAt: now,
        matchKind: kind,
      });
      room--;
    }
    await db.sightings.bulkAdd(fresh);
    return fresh.length;
  });
}

/** Where a quote appeared: its earliest place, then every other page it was seen on. */
export interface SourceHistory {
  first: { url: string; title?: string; outlet?: string; date: string; isSource: boolean };
  others: SightingRecord[];
}

/**
 * The quote's story for the card: the earliest appearance (its source, dated by
 * publication or by when it was saved, or an earlier sighting) and the other pages.
 */
export async function sourceHistory(db: VerbatimDB, quoteId: string): Promise<SourceHistory | undefined> {
  const quote: QuoteRecord | undefined = await db.quotes.get(quoteId);
  if (!quote) return undefined;
  const source: Source = (await db.sources.get(quote.sourceUrl)) ?? { url: quote.sourceUrl };
  const sightings = (await db.sightings.where('quoteId').equals(quoteId).toArray()).sort((a, b) => a.seenAt.localeCompare(b.seenAt));
  const sourceDate = source.publishedAt ?? quote.createdAt;
  const earliest = sightings[0];
  if (!source.url && !earliest) return undefined;
  if (earliest && (!source.url || earliest.seenAt < sourceDate)) {
    const { pageUrl: url, title, outlet, seenAt: date } = earliest;
    const rest = sightings.slice(1);
    if (source.url) rest.push({ quoteId, pageUrl: source.url, title: source.title, outlet: source.outlet, seenAt: sourceDate, matchKind: 'exact' });
    return { first: { url, title, outlet, date, isSource: false }, others: rest };
  }
  return { first: { url: source.url, title: source.title, outlet: source.outlet, date: sourceDate, isSource: true }, others: sightings };
}
