import { isBlock, renderParent, type ElementFilter } from '../text/page-text';

/** What a batch of DOM changes means for the page's text. */
export interface TextChanges {
  /** A style sheet came or went, or <html>/<body> changed: anything on the page may now show or hide. */
  restyled: boolean;
  /** The smallest blocks that hold every other change, none inside another (the body when it is all of them). */
  blocks: Element[];
  /** Nodes taken out of each block: their text was part of it. */
  removed: Map<Element, Node[]>;
}

/** Attributes that show or hide text: a "Read more" class, `hidden`, inline styles, an opened <details>. */
export const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES };

/**
 * Watches a document, and the shadow roots it is told of, for changes that may
 * change what a reader sees. Records are only kept here; reading them (readChanges)
 * waits until the caller wants to rescan, so a burst of changes costs one reading.
 */
export class ChangeWatch {
  private records: MutationRecord[] = [];
  private readonly observer: MutationObserver;
  private watched = new WeakSet<Node>();

  constructor(private readonly doc: Document, onChange: () => void) {
    this.observer = new MutationObserver((records) => {
      this.records.push(...records);
      onChange();
    });
  }

  /** Starts watching the document. */
  connect(): void {
    this.watch(this.doc);
  }

  /** Also watch `root` (an open shadow root the text walk entered). */
  watch(root: Node): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, OBSERVED);
  }

  /** The records since the last call. */
  take(): MutationRecord[] {
    const records = [...this.records, ...this.observer.takeRecords()];
    this.records = [];
    return records;
  }

  /** Stops watching anything, and forgets what was seen. */
  disconnect(): void {
    this.observer.disconnect();
    this.records = [];
    this.watched = new WeakSet();
  }
}

const isStyleSheet = (node: Node) => node.nodeName === 'STYLE' || (node.nodeName === 'LINK' && /stylesheet/i.test((node as Element).getAttribute('rel') ?? ''));
const hasText = (node: Node) => !!node.textContent?.trim() || !!(node as Element).shadowRoot;

/** The element `node` is or renders in, if it is on the page's body (shadow trees included) rather than in its head. */
function onBody(node: Node): Element | null {
  const el = node.nodeType === 1 ? (node as Element) : renderParent(node);
  let outer = el;
  for (let root = outer?.getRootNode(); outer && root?.nodeType === 11; root = outer.getRootNode()) outer = (root as ShadowRoot).host;
  return outer && outer.ownerDocument.body?.contains(outer) ? el : null;
}

function insideExcluded(el: Element, exclude: ElementFilter): boolean {
  for (let e: Element | null = el; e; e = renderParent(e)) if (exclude(e)) return true;
  return false;
}

/**
 * The nearest element at or above `el` that is a block, as the walk reads blocks: text
 * in it does not run on into its neighbours'. Inline content placed right in the body
 * (a ticker's <span>) is read as its own piece rather than as the whole page.
 */
function blockOf(el: Element): Element {
  const body = el.ownerDocument.body;
  let outermost: Element = body;
  for (let e: Element | null = el; e && e !== body; e = renderParent(e)) {
    if (isBlock(e)) return e;
    outermost = e;
  }
  return outermost;
}

/** Reads a batch of mutation records into the blocks whose text must be read again. */
export function readChanges(records: Iterable<MutationRecord>, exclude: ElementFilter): TextChanges {
  let restyled = false;
  const touched = new Map<Element, Node[]>();
  const touch = (node: Node, removed: Node[] = []) => {
    const el = onBody(node);
    if (!el || insideExcluded(el, exclude)) return;
    const list = touched.get(el);
    if (list) list.push(...removed);
    else touched.set(el, [...removed]);
  };
  for (const record of records) {
    const target = record.target;
    const doc = target.ownerDocument ?? (target as Document);
    if (record.type === 'attributes') {
      if (target === doc.documentElement || target === doc.body || isStyleSheet(target)) restyled = true;
      else if (hasText(target)) touch(target);
    } else if (record.type === 'characterData') {
      const parent = target.parentNode;
      if (parent && isStyleSheet(parent)) restyled = true;
      else if (parent?.nodeName !== 'SCRIPT') touch(target);
    } else {
      const changed = [...record.addedNodes, ...record.removedNodes];
      if (changed.some(isStyleSheet) || isStyleSheet(target)) restyled = true;
      const removed = [...record.removedNodes].filter((n) => !(n.nodeType === 1 && exclude(n as Element)) && hasText(n));
      if (removed.length) touch(target, removed);
      for (const added of record.addedNodes) {
        if (!hasText(added) || (added.nodeType === 1 && exclude(added as Element))) continue;
        touch(added.nodeType === 1 ? added : target);
      }
    }
  }
  // Each changed element is read again as a whole block, and a block inside another is read with it.
  const blocks = new Map<Element, Node[]>();
  for (const [el, removed] of touched) {
    const block = blockOf(el);
    blocks.set(block, [...(blocks.get(block) ?? []), ...removed]);
  }
  const removed = new Map<Element, Node[]>();
  for (const [block, nodes] of blocks) {
    let outer = block;
    for (let e = renderParent(block); e; e = renderParent(e)) if (blocks.has(e)) outer = e;
    removed.set(outer, [...(removed.get(outer) ?? []), ...nodes]);
  }
  return { restyled, blocks: [...removed.keys()], removed };
}
