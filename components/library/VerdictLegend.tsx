import { VERDICT_LABELS, VERDICTS } from '@/lib/model';

/** What each highlight colour on a page means; painted by the list with the pages' own highlights. */
export function VerdictLegend() {
  return (
    <ul class="legend" aria-label="Highlight colours">
      {[...VERDICTS, 'unrated' as const].map((v) => (
        <li key={v}>
          <span data-verdict={v}>{v === 'unrated' ? 'Not rated' : VERDICT_LABELS[v]}</span>
        </li>
      ))}
    </ul>
  );
}
