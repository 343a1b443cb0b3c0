/** Characters of the page's text taken on each side of a match: enough for a sentence. */
const AROUND_CHARS = 240;

/** The block a range's text belongs to (its paragraph, list item, quotation...), as a reader reads it. */
function blockOf(node: Node): Element | null {
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest('p, li, blockquote, dd, dt, td, th, figcaption, h1, h2, h3, h4, h5, h6, article, section, div') ?? el ?? null;
}

/** The text of the block around `range` on each side of it, up to AROUND_CHARS each. */
export function textAround(range: Range): { before: string; after: string } {
  const block = blockOf(range.commonAncestorContainer);
  if (!block) return { before: '', after: '' };
  const side = (start: boolean) => {
    const r = document.createRange();
    r.selectNodeContents(block);
    if (start) r.setEnd(range.startContainer, range.startOffset);
    else r.setStart(range.endContainer, range.endOffset);
    return r.toString();
  };
  return { before: side(true).slice(-AROUND_CHARS), after: side(false).slice(0, AROUND_CHARS) };
}

/**
 * The rectangles of where the page names `name` near `range` (the credit line a
 * misattribution warning is about: `Witkoff said: "…"`), in the quote's block; the
 * occurrence closest to the quote. None when the block does not name it.
 */
export function nameRects(range: Range, name: string): DOMRect[] {
  const block = blockOf(range.commonAncestorContainer);
  if (!block || !name.trim()) return [];
  const text = block.textContent ?? '';
  const lower = text.toLowerCase();
  // The full name, or as a page often writes it after the first mention, the last name.
  const candidates = [name, name.trim().split(/\s+/).pop()!].map((n) => n.toLowerCase());
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const quoteAt = before.toString().length;
  for (const needle of candidates) {
    let best = -1;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      if (best < 0 || Math.abs(at - quoteAt) < Math.abs(best - quoteAt)) best = at;
    }
    const found = best >= 0 ? rangeAt(block, best, best + needle.length) : undefined;
    if (found) return [...found.getClientRects()];
  }
  return [];
}

/** The range of `block`'s text from character `from` to `to` (offsets into its textContent). */
function rangeAt(block: Element, from: number, to: number): Range | undefined {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && from < offset + length) {
      range.setStart(node, from - offset);
      started = true;
    }
    if (started && to <= offset + length) {
      range.setEnd(node, to - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}
