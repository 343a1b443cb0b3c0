import type { PageSnapshot } from '../extract/article-quotes';

/**
 * The page as its reader sees it, for detection: the document serialized without the
 * elements that are not rendered (display:none, `hidden`, a closed <details>, opacity 0)
 * and without the text of those made invisible, so that a hidden copy of a quote is
 * never offered. The copy is made in a document of its own with no browsing context:
 * nothing in it loads or runs.
 */
export function snapshotPage(doc: Document, url: string): PageSnapshot {
  const live = doc.documentElement;
  const copy = doc.implementation.createHTMLDocument('').importNode(live, true);
  const liveElements = live.querySelectorAll('body *');
  const copies = copy.querySelectorAll('body *');
  liveElements.forEach((el, i) => {
    if (!el.checkVisibility({ opacityProperty: true })) copies[i].remove();
    else if (!el.checkVisibility({ visibilityProperty: true })) for (const child of [...copies[i].childNodes]) if (child.nodeType === 3) child.remove();
  });
  return { url, html: copy.outerHTML };
}
