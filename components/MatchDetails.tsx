import { Fragment } from 'preact';
import { useRef } from 'preact/hooks';
import type { PageMatch } from '@/lib/messages';
import type { MatchKind } from '@/lib/model';
import type { DiffPart } from '@/lib/match/diff';
import { summarizeDiff } from '@/lib/match/diff-summary';
import { KINDS } from '@/lib/match/kinds';
import { markWordsBesideQuote, type ShownPart } from '@/lib/match/words-beside-quote';
import { usePaintedKinds } from './kind-paint';
import './MatchDiff.css';

/**
 * The card's first answer to "is this right?": how the page quotes the words (the
 * kind, with what changed in a few words: "1 word changed"), and a warning when it
 * credits them to someone else.
 */
export function MatchKindSummary({ match }: { match: PageMatch }) {
  const summary = match.kind === 'exact' ? '' : summarizeDiff(match.kind, match.diff);
  // Each kind's name drawn with its line on the page (solid, dotted, wavy, dashed; an overline when credited to someone else).
  const root = useRef<HTMLDivElement>(null);
  usePaintedKinds(root, [match.kind, match.misattributed, match.pageSpeaker]);
  return (
    <div class="kind-summary" ref={root}>
      <p class={`kind kind-${match.kind}`}>
        <strong>
          <span data-kind={match.kind}>{KINDS[match.kind].label}:</span> {KINDS[match.kind].meaning}
        </strong>
        {summary && <span class="summary"> ({summary})</span>}
      </p>
      {match.misattributed && match.pageSpeaker && (
        <p class="misattributed" role="alert">
          <strong data-kind="misattributed">{KINDS.misattributed.label}.</strong> The page credits {match.pageSpeaker}; the original speaker is {match.quote.speaker}.
        </p>
      )}
    </div>
  );
}

/** How each piece of the difference reads, also for screen readers (which do not announce <del>/<ins>). */
function DiffPiece({ part, partial }: { part: ShownPart; partial: boolean }) {
  switch (part.op) {
    case 'same':
      // In a fragment, the words the page quotes stand out from the rest of the original.
      return partial ? <span class="quoted">{part.original}</span> : <span>{part.original}</span>;
    case 'unquoted':
      return part.besideQuote ? (
        <span class="beside" title="On this page too, near the quoted words">
          <span class="sr">on this page too, near the quoted words: </span>
          {part.original}
        </span>
      ) : (
        <span class="unquoted" title="Not quoted on this page">
          <span class="sr">not quoted on this page: </span>
          {part.original}
        </span>
      );
    case 'changed':
      return (
        <>
          <del><span class="sr">original: </span>{part.original}</del>{' '}
          <ins><span class="sr">on this page: </span>{part.page}</ins>
        </>
      );
    case 'added':
      return <ins><span class="sr">added on this page: </span>{part.page}</ins>;
    case 'inserted':
      return (
        <>
          {part.original && <del><span class="sr">original: </span>{part.original}</del>}{part.original && ' '}
          <ins class="editorial"><span class="sr">editor's insertion: </span>{part.page}</ins>
        </>
      );
    case 'dropped':
      return <del><span class="sr">left out on this page: </span>{part.original}</del>;
    case 'cut':
      return <del class="cut" title="Cut with an ellipsis on this page"><span class="sr">cut with an ellipsis: </span>{part.original}</del>;
  }
}

/** The legend's entries, each shown only when the difference uses its mark. */
const LEGEND: { shows(part: ShownPart): boolean; sample: preact.JSX.Element; means: string }[] = [
  { shows: (p) => p.op === 'unquoted', sample: <span class="quoted">words</span>, means: 'quoted on this page' },
  { shows: (p) => p.op === 'changed' || p.op === 'dropped', sample: <del>original</del>, means: 'changed or left out' },
  { shows: (p) => p.op === 'changed' || p.op === 'added', sample: <ins>page</ins>, means: 'on this page instead, or added' },
  { shows: (p) => p.op === 'cut', sample: <del class="cut">cut</del>, means: 'cut with an ellipsis' },
  { shows: (p) => p.op === 'inserted', sample: <ins class="editorial">[insert]</ins>, means: 'inserted by an editor' },
  { shows: (p) => p.op === 'unquoted' && !p.besideQuote, sample: <span class="unquoted">words</span>, means: 'not quoted on this page' },
  { shows: (p) => p.op === 'unquoted' && !!p.besideQuote, sample: <span class="beside">words</span>, means: "on this page too, near the quoted words" },
];

/**
 * The page's words against the original's, word by word, with a legend of the marks
 * it uses: the card shows it for the match it explains, the library for each page a
 * quote appeared on. `around` is the page's text on each side of the match, when it
 * is known (on the page): the original's words printed there are not "unquoted".
 */
export function MatchDiff({ kind, diff, around }: { kind: MatchKind; diff: readonly DiffPart[] | undefined; around?: { before: string; after: string } }) {
  if (kind === 'exact' || !diff?.length) return null;
  const parts: ShownPart[] = around ? markWordsBesideQuote([...diff], around.before, around.after) : [...diff];
  const legend = LEGEND.filter((entry) => parts.some(entry.shows));
  return (
    <section class="match-diff" aria-label="Difference from the original">
      <p class="diff">
        {parts.map((part, i) => (
          <Fragment key={i}>
            {i > 0 && ' '}
            <DiffPiece part={part} partial={kind === 'partial'} />
          </Fragment>
        ))}
      </p>
      {legend.length > 0 && (
        <ul class="diff-legend" aria-label="What the marks mean">
          {legend.map((entry, i) => (
            <li key={i}>
              <span class="diff-sample" aria-hidden="true">{entry.sample}</span> {entry.means}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
