import { callBackground, type PageMatch } from '@/lib/messages';
import { canonicalUrl, pageMetadata } from '@/lib/extract/metadata';
import { pageRefOf, type PageRef, type SightingHit } from '@/lib/store/sightings';

/** The latest description of this page, and the address it was made for. */
let described: { href: string; page: PageRef } | undefined;

/** Reads what this page says about itself (address, canonical link, headline, outlet) afresh: once per scan. */
export function describePage(): PageRef {
  const page = pageRefOf(location.href, pageMetadata(document, location.href));
  described = { href: location.href, page };
  return page;
}

/** This page as the latest scan described it; described now when no scan has, or the address changed since. */
export function currentPageRef(): PageRef {
  return described?.href === location.href ? described.page : describePage();
}

/**
 * The page's address as its verdicts and sightings are kept (its canonical address
 * first), without reading the rest of its metadata: what every scan's match request
 * needs, on pages that may hold no known quote at all.
 */
export function pageAddress(): PageRef {
  return pageRefOf(location.href, { url: canonicalUrl(document, location.href) });
}

/** Tells the store which known quotes `page` shows and how: kind, and the difference and credit when there are any. */
export async function reportSightings(page: PageRef, matches: Pick<PageMatch, 'quoteId' | 'kind' | 'diff' | 'pageSpeaker' | 'misattributed'>[]): Promise<void> {
  const hits = [...new Map(matches.map((m) => [m.quoteId, sightingHit(m)])).values()];
  await callBackground('reportSightings', { page, hits }).catch(() => undefined);
}

function sightingHit(m: Pick<PageMatch, 'quoteId' | 'kind' | 'diff' | 'pageSpeaker' | 'misattributed'>): SightingHit {
  return {
    quoteId: m.quoteId,
    kind: m.kind,
    ...(m.kind !== 'exact' ? { diff: m.diff } : {}),
    ...(m.misattributed && m.pageSpeaker ? { pageSpeaker: m.pageSpeaker } : {}),
  };
}
