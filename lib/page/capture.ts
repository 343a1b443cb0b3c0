import { callBackground, type PageMatch } from '@/lib/messages';
import { pageMetadata } from '@/lib/extract/metadata';
import { describeSelection } from '@/lib/extract/page';
import { normalizePageUrl, type PageRef } from '@/lib/store/sightings';
import { collectPageText, type ElementFilter, type PageText } from '@/lib/text/page-text';
import { SaveFormHost } from './save-form-host';

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
