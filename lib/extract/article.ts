import { Readability } from '@mozilla/readability';

/** Elements after which text starts a new paragraph. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(' '),
);

/** The text of `root` with one line break between blocks, white space inside a block collapsed. */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

export interface Article {
  title?: string;
  byline?: string;
  /** The article's text, one paragraph per line. */
  text: string;
}

/**
 * The article of a page without navigation, comments, related links or ads, by
 * Mozilla's Readability (Firefox Reader View). Readability changes the document it
 * reads, so it works on a clone. Falls back to the whole body when the page is not
 * an article.
 */
export function extractArticle(doc: Document): Article {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { keepClasses: false }).parse();
  if (!parsed?.content) return { title: doc.title, text: doc.body ? blockText(doc.body) : '' };
  // Parsed as inert HTML: nothing in it runs or loads.
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const body = new Parser().parseFromString(parsed.content, 'text/html').body;
  return { title: parsed.title ?? undefined, byline: parsed.byline ?? undefined, text: blockText(body) };
}
