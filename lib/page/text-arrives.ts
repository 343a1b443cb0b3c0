import { skipsSubtree } from '../text/page-text';

/**
 * Whether `node` holds text a reader could see: a text node with more than blank
 * space whose element is not a script, a style or the like, or an open shadow root
 * (only the walk reads inside). It stops at the first such text and asks nothing
 * of styles, so a frame that stays an empty ad slot costs little to ask.
 */
export function holdsText(node: Node): boolean {
  if (node.nodeType === 3) return readable(node as Text);
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return false;
  const doc = node.ownerDocument ?? (node as Document);
  const nodes = doc.createNodeIterator(node, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = nodes.nextNode(); n; n = nodes.nextNode()) {
    if (n.nodeType === 3 ? readable(n as Text) : !!(n as Element).shadowRoot) return true;
  }
  return false;
}

function readable(text: Text): boolean {
  const parent = text.parentElement;
  return /\S/.test(text.data) && !!parent && !skipsSubtree(parent);
}

/**
 * Resolves once `doc` holds some text to read. Most frames of a news page are empty
 * ad slots: one that never gets text costs this observer, which looks only at what
 * each change added.
 */
export function textArrives(doc: Document): Promise<void> {
  if (holdsText(doc)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      const added = records.some((r) => (r.type === 'characterData' ? holdsText(r.target) : [...r.addedNodes].some(holdsText)));
      if (!added) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
  });
}
