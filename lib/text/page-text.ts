import { lastAtOrBefore } from './sorted';

/**
 * The text of a page as a reader sees it, joined into one string with a map back
 * to the DOM. Inline elements join (a quote may run across <a>, <em>, <span>);
 * block elements and <br> separate; script, form fields, hidden elements and the
 * extension's own UI are left out. Open shadow roots are read where they render.
 */
export interface PageText {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins, and where it ended when it was read. */
  starts: number[];
  ends: number[];
}

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);

export const SEPARATOR = '\n';

/** Elements the walk should never enter beyond the built-in list (the extension's own UI). */
export type ElementFilter = (el: Element) => boolean;

export interface WalkOptions {
  exclude?: ElementFilter;
  /** Told of every open shadow root the walk enters (to watch it for changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
  sliceSize?: number;
}

/** An element whose own box and all its descendants are never painted, whatever they say. */
function hidesSubtree(el: Element, style: CSSStyleDeclaration, exclude: ElementFilter): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || exclude(el) || style.display === 'none' || style.opacity === '0';
}

/** A closed <details> shows its summary only; the rest is not rendered even though its style says it is. */
function closedDetails(el: Element): boolean {
  return el.tagName === 'DETAILS' && !el.hasAttribute('open');
}

/** The children that render in place of `el`'s: its open shadow root's, a slot's assigned nodes, a closed <details>' summary. */
function renderedChildren(el: Element, onShadowRoot?: (root: ShadowRoot) => void): ArrayLike<Node> {
  if (el.shadowRoot) {
    onShadowRoot?.(el.shadowRoot);
    return el.shadowRoot.childNodes;
  }
  if (el.tagName === 'SLOT') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    return assigned.length ? assigned : el.childNodes;
  }
  if (closedDetails(el)) {
    const summary = [...el.children].find((c) => c.tagName === 'SUMMARY');
    return summary ? [summary] : [];
  }
  return el.childNodes;
}

/** The element `node` renders inside: its parent, or the host for the top of a shadow tree. */
export function renderParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent?.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent?.nodeType === 1 ? (parent as Element) : null;
}

/**
 * Whether something above `el` keeps it from being seen (display:none, opacity 0,
 * `hidden`, a closed <details>, the extension's UI): a walk that starts at `el`
 * rather than at the body needs to know. visibility is inherited, so `el`'s own
 * computed style already carries it.
 */
export function hiddenAbove(el: Element, exclude: ElementFilter = () => false): boolean {
  const view = el.ownerDocument.defaultView!;
  let child: Element = el;
  for (let parent = renderParent(el); parent; child = parent, parent = renderParent(parent)) {
    if (hidesSubtree(parent, view.getComputedStyle(parent), exclude)) return true;
    if (closedDetails(parent) && child.tagName !== 'SUMMARY') return true;
  }
  return false;
}

/**
 * Walks `root` and yields every `sliceSize` elements so that a caller can spread
 * the walk over several tasks on a large page; run it to completion with
 * `collectPageText` when that does not matter.
 */
export function* walkPageText(root: Element, { exclude = () => false, onShadowRoot, sliceSize = 400 }: WalkOptions = {}): Generator<void, PageText> {
  const view = root.ownerDocument.defaultView!;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
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
      const parent = renderParent(node);
      if (!data || (parent && invisible.has(parent))) continue;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      ends.push(length);
      lastWasSeparator = false;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === 'BR') {
      separate();
      continue;
    }
    const style = view.getComputedStyle(el);
    if (hidesSubtree(el, style, exclude)) continue;
    if (style.visibility !== 'visible') invisible.add(el);
    const display = style.display;
    const block = !display.startsWith('inline') && display !== 'contents';
    if (block) {
      separate();
      stack.push(null);
    }
    const children = renderedChildren(el, onShadowRoot);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    if (++seen % sliceSize === 0) yield;
  }
  return { text: parts.join(''), nodes, starts, ends };
}

export function collectPageText(root: Element, exclude?: ElementFilter): PageText {
  const walk = walkPageText(root, { exclude });
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/** Every text node under `root`, shown or not, shadow trees included: what a change to `root` may have touched. */
export function textNodesUnder(root: Node): Text[] {
  const found: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === 3) found.push(node as Text);
    else if ((node as Element).shadowRoot) found.push(...textNodesUnder((node as Element).shadowRoot!));
  }
  return found;
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
  range.setStart(page.nodes[first], Math.min(startOffset, page.nodes[first].data.length));
  range.setEnd(page.nodes[last], Math.min(end - page.starts[last], page.nodes[last].data.length));
  return range;
}

export interface TextSplice {
  page: PageText;
  /** The text that was replaced, in the old text. */
  cut: [number, number];
  /** Where the new piece stands in the new text. */
  start: number;
  end: number;
  /** How far the text after the cut moved. */
  shift: number;
}

/**
 * `page` with its nodes [from, to), and the separators around them, replaced by
 * `piece`: the new text of the block that held those nodes. Returns the new text,
 * where the piece now starts and ends in it, and how far everything after it moved.
 */
export function splicePageText(page: PageText, from: number, to: number, piece: PageText): TextSplice {
  const { text, nodes, starts, ends } = page;
  const cutStart = from > 0 ? ends[from - 1] : 0;
  const cutEnd = to < nodes.length ? starts[to] : text.length;
  const inner = piece.text.endsWith(SEPARATOR) ? piece.text.slice(0, -SEPARATOR.length) : piece.text;
  const before = cutStart > 0 ? SEPARATOR : '';
  const after = cutEnd < text.length ? SEPARATOR : '';
  // A block that had no text and still has none leaves what stood between its neighbours.
  const replacement = inner ? before + inner + after : from === to ? text.slice(cutStart, cutEnd) : before && after ? SEPARATOR : '';
  const pieceStart = cutStart + (inner ? before.length : 0);
  const shift = cutStart + replacement.length - cutEnd;
  const kept = inner ? piece : { nodes: [], starts: [], ends: [] };
  return {
    page: {
      text: text.slice(0, cutStart) + replacement + text.slice(cutEnd),
      nodes: [...nodes.slice(0, from), ...kept.nodes, ...nodes.slice(to)],
      starts: [...starts.slice(0, from), ...kept.starts.map((s) => s + pieceStart), ...starts.slice(to).map((s) => s + shift)],
      ends: [...ends.slice(0, from), ...kept.ends.map((e) => e + pieceStart), ...ends.slice(to).map((e) => e + shift)],
    },
    cut: [cutStart, cutEnd],
    start: pieceStart,
    end: pieceStart + inner.length,
    shift,
  };
}
