import { useLayoutEffect, useRef } from 'preact/hooks';
import { KIND_CUES, KINDS, kindHighlightName, type KindCue } from '@/lib/match/kinds';
import { HIGHLIGHT_PREFIX } from '@/lib/page/highlights';
import './KindLegend.css';

/** The unrated verdict's background, under each sample as under a quote nobody has rated. */
const UNRATED = `${HIGHLIGHT_PREFIX}-unrated`;

/** Adds `range` to the highlight `name` without dropping what other parts of the page painted under that name. */
function addRange(name: string, range: Range): () => void {
  const highlight = CSS.highlights.get(name) ?? CSS.highlights.set(name, new Highlight()).get(name)!;
  highlight.add(range);
  return () => CSS.highlights.get(name)?.delete(range);
}

/**
 * What each highlight style on a page means. Each sample is painted with the very
 * highlights a page gets (entrypoints/content/highlights.css, which the page embedding
 * the legend loads): a kind's line over the unrated background.
 */
export function KindLegend() {
  const root = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    const undo: (() => void)[] = [];
    for (const sample of root.current!.querySelectorAll<HTMLElement>('[data-kind]')) {
      const range = document.createRange();
      range.selectNodeContents(sample);
      undo.push(addRange(UNRATED, range), addRange(kindHighlightName(sample.dataset.kind as KindCue), range));
    }
    return () => undo.forEach((u) => u());
  }, []);
  return (
    <details class="kind-legend" ref={root}>
      <summary>
        <span class="kind-legend-title">Highlight styles:</span>
        {KIND_CUES.map((cue) => (
          // The library paints every [data-verdict] with its verdict's colour: these samples are unrated.
          <span key={cue} class="kind-sample" data-kind={cue} data-verdict="unrated">
            {KINDS[cue].label}
          </span>
        ))}
      </summary>
      <dl>
        {KIND_CUES.map((cue) => (
          <div key={cue} class={KINDS[cue].warning ? 'warning' : undefined}>
            <dt>{KINDS[cue].label}</dt>
            <dd>{KINDS[cue].meaning}</dd>
          </div>
        ))}
      </dl>
      <p>
        The background colour is your verdict on the page’s version. The toolbar badge counts the known quotes on the tab; it ends with “!” on red when any is altered,
        abridged or credited to someone else.
      </p>
    </details>
  );
}
