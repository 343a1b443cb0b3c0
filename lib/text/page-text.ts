import { lastAtOrBefore } from './sorted';

/**
 * The text of a page as a reader sees it, joined into one string with a map back
 * to the DOM. Inline elements join (a quote may run across <a>, <em>, <span>);
 * block elements and <br> separate; script, form fields, `hidden` elements and the
 * extension's own UI are left out. Open shadow roots are read where they render.
 * What styles hide is left in, and asked about only where a match lands
 * (`Visibility`, `textShows`).
 */
export interface PageText {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins, and where it ended when it was read. */
  starts: number[];
  ends: number[];
}

/**
 * Tags by `localName`, lower case in HTML and XHTML documents alike and for SVG and
 * MathML: one DOM read per element, where `tagName` would need upper-casing.
 */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title',
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

/**
 * Elements that lay out as blocks by default (HTML's rendering rules): text in one
 * does not run on into its neighbours'. The walk decides by tag rather than by
 * computed style: asking every element for its style makes the browser work out the
 * page's styles inside the script's task, most of what a walk of a large page costs.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
]);

/** Whether `el` keeps its text apart from its neighbours' (a block) rather than joining it (inline). */
export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/** An element whose markup alone says that it and everything in it is never read. */
export function skipsSubtree(el: Element, exclude: ElementFilter = () => false): boolean {
  return skipsByMarkup(el, el.localName, exclude);
}

function skipsByMarkup(el: Element, tag: string, exclude: ElementFilter): boolean {
  return SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden') || exclude(el);
}

/** A closed <details> shows its summary only; the rest is not rendered even though its style says it is. */
function closedDetails(el: Element, tag = el.localName): boolean {
  return tag === 'details' && !el.hasAttribute('open');
}

/**
 * The children that render in place of `el`'s when they are not its own: its open
 * shadow root's, a slot's assigned nodes, a closed <details>' summary. Undefined for
 * every other element, whose own children the walk reads.
 */
function renderedInstead(el: Element, tag: string, onShadowRoot?: (root: ShadowRoot) => void): ArrayLike<Node> | undefined {
  const shadow = el.shadowRoot;
  if (shadow) {
    onShadowRoot?.(shadow);
    return shadow.childNodes;
  }
  if (tag === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    return assigned.length ? assigned : undefined;
  }
  if (closedDetails(el, tag)) {
    const summary = [...el.children].find((c) => c.localName === 'summary');
    return summary ? [summary] : [];
  }
  return undefined;
}

/** The element `node` renders inside: its parent, or the host for the top of a shadow tree. */
export function renderParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent?.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent?.nodeType === 1 ? (parent as Element) : null;
}

/**
 * What a reader sees, from computed styles: display:none, opacity 0, `hidden`, a
 * closed <details> or the extension's UI above an element, or its own visibility.
 * The walk leaves styles alone; this is asked only of the few elements that hold a
 * match, and of the element a partial walk starts at. Answers are kept, so make one
 * per reading: styles do not change within one task.
 */
export class Visibility {
  private readonly hidden = new Map<Element, boolean>();

  constructor(private readonly exclude: ElementFilter = () => false) {}

  /** Whether something above `el` keeps it from being seen (anti-flicker snippets hide <html>). */
  hiddenAbove(el: Element): boolean {
    const parent = renderParent(el);
    return !!parent && ((closedDetails(parent) && el.localName !== 'summary') || this.hidesSubtree(parent));
  }

  /** Whether the text right inside `el` is seen: visibility is inherited, but a child may make itself visible again. */
  shows(el: Element): boolean {
    return !this.hidesSubtree(el) && el.ownerDocument.defaultView!.getComputedStyle(el).visibility === 'visible';
  }

  /** Whether `el`, or something above it, hides `el` and everything inside it. */
  private hidesSubtree(el: Element): boolean {
    let hides = this.hidden.get(el);
    if (hides === undefined) {
      const style = el.ownerDocument.defaultView!.getComputedStyle(el);
      hides = skipsSubtree(el, this.exclude) || style.display === 'none' || style.opacity === '0' || this.hiddenAbove(el);
      this.hidden.set(el, hides);
    }
    return hides;
  }
}

/**
 * Walks `root` and yields every `sliceSize` elements so that a caller can spread
 * the walk over several tasks on a large page; run it to completion with
 * `collectPageText` when that does not matter.
 */
export function* walkPageText(root: Element, { exclude = () => false, onShadowRoot, sliceSize = 64 }: WalkOptions = {}): Generator<void, PageText> {
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
    // Each DOM read costs a call across the binding (in an extension's isolated world, a wrapper per node too): one per question.
    const tag = el.localName;
    if (tag === 'br') {
      separate();
      continue;
    }
    if (skipsByMarkup(el, tag, exclude)) continue;
    if (BLOCK_TAGS.has(tag)) {
      separate();
      stack.push(null);
    }
    const instead = renderedInstead(el, tag, onShadowRoot);
    if (instead) for (let i = instead.length - 1; i >= 0; i--) stack.push(instead[i]);
    else for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
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

/** Indexes in `page.nodes` of the first and the last node holding `text.slice(start, end)`; separators between nodes are skipped. */
function nodeSpan(page: PageText, start: number, end: number): [number, number] {
  let first = lastAtOrBefore(page.starts, start);
  if (start >= page.ends[first] && first + 1 < page.nodes.length) first += 1;
  return [first, lastAtOrBefore(page.starts, end - 1)];
}

/** The DOM Range covering `text.slice(start, end)`. */
export function rangeFor(page: PageText, start: number, end: number): Range {
  const range = page.nodes[0].ownerDocument.createRange();
  const [first, last] = nodeSpan(page, start, end);
  // A node's `length`, not its `data`: in an extension's isolated world each read of `data` copies the string.
  range.setStart(page.nodes[first], Math.max(0, Math.min(start - page.starts[first], page.nodes[first].length)));
  range.setEnd(page.nodes[last], Math.min(end - page.starts[last], page.nodes[last].length));
  return range;
}

/** Whether a reader sees every word of `text.slice(start, end)`: none of it is hidden by style. */
export function textShows(page: PageText, start: number, end: number, visibility: Visibility): boolean {
  const [first, last] = nodeSpan(page, start, end);
  for (let i = first; i <= last; i++) {
    if (!/\S/.test(page.text.slice(page.starts[i], page.ends[i]))) continue;
    const parent = renderParent(page.nodes[i]);
    if (!parent || !visibility.shows(parent)) return false;
  }
  return true;
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
