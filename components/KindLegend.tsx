import { useRef } from 'preact/hooks';
import { KIND_CUES, KINDS } from '@/lib/match/kinds';
import { usePaintedKinds } from './kind-paint';
import './KindLegend.css';

/**
 * What each highlight style on a page means. Each sample is painted with the very
 * highlights a page gets (entrypoints/content/highlights.css, which the page embedding
 * the legend loads): a kind's line over the unrated background.
 */
export function KindLegend() {
  const root = useRef<HTMLDetailsElement>(null);
  usePaintedKinds(root, [], { background: true });
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
