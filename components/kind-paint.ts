import { useLayoutEffect, type Inputs, type MutableRef } from 'preact/hooks';
import { kindHighlightName, type KindCue } from '@/lib/match/kinds';
import { HIGHLIGHT_PREFIX } from '@/lib/page/highlights';

/** The unrated verdict's background, under a sample as under a quote nobody has rated. */
const UNRATED = `${HIGHLIGHT_PREFIX}-unrated`;

/** Adds `range` to the highlight `name` without dropping what other parts of the page painted under that name. */
function addRange(name: string, range: Range): () => void {
  const highlight = CSS.highlights.get(name) ?? CSS.highlights.set(name, new Highlight()).get(name)!;
  highlight.add(range);
  return () => CSS.highlights.get(name)?.delete(range);
}

/**
 * Paints each `[data-kind]` element under `root` with the very highlight a page gives
 * that kind (`verbatim_kind-<kind>`, entrypoints/content/highlights.css, which the page
 * using this loads), so the legend, the popup and the card show a kind as the page does.
 * With `background`, the unrated verdict's colour goes under it too, as on a page.
 */
export function usePaintedKinds(root: MutableRef<HTMLElement | null>, inputs: Inputs, { background = false } = {}): void {
  useLayoutEffect(() => {
    const undo: (() => void)[] = [];
    for (const sample of root.current?.querySelectorAll<HTMLElement>('[data-kind]') ?? []) {
      const range = document.createRange();
      range.selectNodeContents(sample);
      if (background) undo.push(addRange(UNRATED, range));
      undo.push(addRange(kindHighlightName(sample.dataset.kind as KindCue), range));
    }
    return () => undo.forEach((u) => u());
  }, inputs);
}
