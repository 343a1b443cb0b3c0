import { callBackground, type PageMatch } from '@/lib/messages';
import { pageMetadata } from '@/lib/extract/metadata';
import { describeSelection } from '@/lib/extract/page';
import { normalizePageUrl, pageRefOf, type PageRef, type SightingHit } from '@/lib/store/sightings';
import { collectPageText, type ElementFilter, type PageText } from '@/lib/text/page-text';
import { SaveFormHost } from './save-form-host';

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

/** Offset in the page's text of a point in the DOM, when the point is in one of its text nodes. */
function offsetOf(page: PageText, node: Node, offset: number): number | undefined {
  const i = node.nodeType === 3 ? page.nodes.indexOf(node as Text) : -1;
  return i < 0 ? undefined : page.starts[i] + offset;
}

/**
 * Opens the save form for the reader's selection, prefilled with the selection,
 * the speaker detected around it, this page as the source and the context.
 */
export function openSaveForm(form: SaveFormHost, exclude: ElementFilter): void {
  const selection = document.getSelection();
  const range = selection && selection.rangeCount ? selection.getRangeAt(0) : undefined;
  const text = range?.toString().replace(/\s+/g, ' ').trim() ?? '';
  const page = collectPageText(document.body, exclude);
  const start = range && offsetOf(page, range.startContainer, range.startOffset);
  const end = range && offsetOf(page, range.endContainer, range.endOffset);
  const details = text && start !== undefined && end !== undefined && end > start ? describeSelection(page.text, start, end) : { confidence: 0, context: { before: '', after: '' } };
  const source = pageMetadata(document, location.href);
  form.open({
    text,
    speaker: details.speaker ?? '',
    confidence: details.confidence,
    source: { ...source, url: normalizePageUrl(location.href, source.url) ?? source.url },
    context: details.context,
  });
}

/** The form's host, saving through the background with this page as where an already-known quote was seen. */
export function createSaveFormHost(): SaveFormHost {
  return new SaveFormHost((input) => callBackground('saveQuotes', { quotes: [input], page: currentPageRef() }));
}
