import { callBackground, type PageMatch } from '@/lib/messages';
import { pageMetadata } from '@/lib/extract/metadata';
import type { PageRef } from '@/lib/store/sightings';

/** This page as a sighting names it: address, canonical link, headline, outlet. */
export function currentPageRef(): PageRef {
  const meta = pageMetadata(document, location.href);
  return {
    url: location.href,
    ...(meta.url !== location.href ? { canonical: meta.url } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
  };
}

/** Tells the store which known quotes this page shows; only ids and kinds travel. */
export async function reportSightings(matches: Pick<PageMatch, 'quoteId' | 'kind'>[]): Promise<void> {
  if (!matches.length) return;
  const hits = [...new Map(matches.map((m) => [m.quoteId, { quoteId: m.quoteId, kind: m.kind }])).values()];
  await callBackground('reportSightings', { page: currentPageRef(), hits }).catch(() => undefined);
}
