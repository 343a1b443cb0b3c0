import { lastAtOrBefore } from './sorted';

/**
 * The text of a page as a reader sees it, joined into one string with a map back
 * to the DOM. Inline elements join (a quote may run across <a>, <em>, <span>);
 * block elements and <br> separate; script, form fields, hidden elements and the
 * extension's own UI are left out.
 */
export interface PageText {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins. */
  starts: number[];
}

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);

const SEPARATOR = '\n';

/** Elements the walk should never enter beyond the built-in list (the extension's own UI). */
export type ElementFilter = (el: Element) => boolean;

/**
 * Walks `root` and yields every `sliceSize` elements so that a caller can spread
 * the walk over several tasks on a large page; run it to completion with
 * `collectPageText` when that does not matter.
 */
export function* walkPageText(root: Element, exclude: ElementFilter = () => false, sliceSize = 400): Generator<void, PageText> {
  const view = root.ownerDocument.defaultView!;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastWasSeparator = true;
  const separate = () => {
    if (lastWasSeparator) return;
    parts.push(SEPARATOR);
    length += SEPARATOR.length;
    lastWasSeparator = true;
  };
  // Explicit stack: `null` marks the end of a block element's children.
  const stack: (Node | null)[] = [root];
  // visibility:hidden hides an element's own text but a child may make itself visible again.
  const invisible = new WeakSet<Element>();
  let seen = 0;
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      separate();
      continue;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) continue;
      if (invisible.has(node.parentElement!)) continue;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      lastWasSeparator = false;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || exclude(el)) continue;
    if (el.tagName === 'BR') {
      separate();
      continue;
    }
    const style = view.getComputedStyle(el);
    const display = style.display;
    if (display === 'none') continue;
    if (style.visibility !== 'visible') invisible.add(el);
    const block = !display.startsWith('inline') && display !== 'contents';
    if (block) {
      separate();
      stack.push(null);
    }
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
    if (++seen % sliceSize === 0) yield;
  }
  return { text: parts.join(''), nodes, starts };
}

export function collectPageText(root: Element, exclude?: ElementFilter): PageText {
  const walk = walkPageText(root, exclude);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/** The DOM Range covering `text.slice(start, end)`; separators between nodes are skipped. */
export function rangeFor(page: PageText, start: number, end: number): Range {
  const doc = page.nodes[0].ownerDocument;
  const range = doc.createRange();
  let first = lastAtOrBefore(page.starts, start);
  let startOffset = start - page.starts[first];
  if (startOffset >= page.nodes[first].data.length && first + 1 < page.nodes.length) {
    first += 1;
    startOffset = 0;
  }
  const last = lastAtOrBefore(page.starts, end - 1);
  range.setStart(page.nodes[first], startOffset);
  range.setEnd(page.nodes[last], Math.min(end - page.starts[last], page.nodes[last].data.length));
  return range;
}
