import { Fragment } from 'preact';
import type { PageMatch } from '@/lib/messages';
import type { DiffPart } from '@/lib/match/diff';

const KIND_LABEL: Record<PageMatch['kind'], string> = {
  exact: 'Exact match: the same words as the original',
  partial: 'Partial match: a fragment of the original',
  altered: 'Altered: some words differ from the original',
  abridged: 'Abridged: words were cut from the original',
};

/** How each piece of the difference reads, also for screen readers (which do not announce <del>/<ins>). */
function DiffPiece({ part }: { part: DiffPart }) {
  switch (part.op) {
    case 'same':
      return <span>{part.original}</span>;
    case 'unquoted':
      return <span class="unquoted" title="Not quoted on this page">{part.original}</span>;
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

/** The card's account of how the page's words relate to the original: kind, word-by-word difference, attribution. */
export function MatchDetails({ match }: { match: PageMatch }) {
  const speaker = match.quote.speaker;
  return (
    <div class="match-details">
      <p class={`kind kind-${match.kind}`}>{KIND_LABEL[match.kind]}</p>
      {match.kind !== 'exact' && match.diff.length > 0 && (
        <p class="diff" aria-label="Difference from the original, word by word">
          {match.diff.map((part, i) => (
            <Fragment key={i}>
              {i > 0 && ' '}
              <DiffPiece part={part} />
            </Fragment>
          ))}
        </p>
      )}
      {match.misattributed && match.pageSpeaker && (
        <p class="misattributed" role="alert">
          The page credits {match.pageSpeaker}; the original speaker is {speaker}.
        </p>
      )}
    </div>
  );
}
