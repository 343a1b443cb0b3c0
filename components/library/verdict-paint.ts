import { HIGHLIGHT_PREFIX } from '@/lib/page/highlights';
import { VERDICTS } from '@/lib/model';

const NAMES = [...VERDICTS, 'unrated'].map((v) => `${HIGHLIGHT_PREFIX}-${v}`);

/**
 * Paints every `[data-verdict]` element under `root` with the highlight its verdict
 * has on web pages (entrypoints/content/highlights.css), so the library and its
 * legend show the very colours a reader meets on a page.
 */
export function paintVerdicts(root: ParentNode): void {
  const groups = new Map<string, Range[]>(NAMES.map((name) => [name, []]));
  for (const el of root.querySelectorAll<HTMLElement>('[data-verdict]')) {
    const range = document.createRange();
    range.selectNodeContents(el);
    groups.get(`${HIGHLIGHT_PREFIX}-${el.dataset.verdict}`)?.push(range);
  }
  for (const [name, ranges] of groups) CSS.highlights.set(name, new Highlight(...ranges));
}
