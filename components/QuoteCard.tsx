import { useEffect, useRef } from 'preact/hooks';
import type { PageMatch } from '@/lib/messages';
import type { PageRef } from '@/lib/store/sightings';
import { formatDate } from '@/lib/format-date';
import { safeHref } from '@/lib/safe-href';
import { clipWords } from '@/lib/text/clip-words';
import { MatchDetails } from './MatchDetails';
import { VerdictEditor } from './VerdictEditor';
import { SourceHistory } from './SourceHistory';

/** Words of the source's text shown on each side of the quote: about a sentence. */
const CONTEXT_WORDS = 30;

interface QuoteCardProps {
  match: PageMatch;
  /** The page the card is on, whose version the reader rates. */
  page: PageRef;
  /** Where the page links the quoted words to, when it does (the click that opened the card did not follow it). */
  pageLink?: string;
  /** This page is the quote's own source. */
  onSource?: boolean;
  onClose: () => void;
}

export function QuoteCard({ match, page, pageLink, onSource = false, onClose }: QuoteCardProps) {
  const { quote } = match;
  const { source } = quote;
  const href = safeHref(source.url);
  const dialog = useRef<HTMLElement>(null);
  // Focus moves to the card when it opens on a quote, not when the same quote's card is refreshed.
  useEffect(() => dialog.current?.focus({ preventScroll: true }), [match.quoteId, match.start]);
  const outlet = source.outlet || (href ? new URL(href).hostname : 'Unknown source');
  return (
    <section
      class="panel card"
      role="dialog"
      aria-label={`Quote by ${quote.speaker || 'unknown speaker'}`}
      tabIndex={-1}
      ref={dialog}
    >
      <header>
        <div>
          <p class="speaker">{quote.speaker || 'Unknown speaker'}</p>
          <p class="source">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {outlet}
              </a>
            ) : (
              outlet
            )}
            {source.publishedAt && <span> · {formatDate(source.publishedAt)}</span>}
          </p>
          {source.title && <p class="title">{source.title}</p>}
        </div>
        <button class="close" type="button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {onSource && match.kind === 'exact' ? <p class="kind kind-exact">You are reading this quote’s source.</p> : <MatchDetails match={match} />}
      {safeHref(pageLink) && (
        <p class="page-link">
          On this page the words link to{' '}
          <a href={safeHref(pageLink)} rel="noopener noreferrer">
            {new URL(safeHref(pageLink)!).hostname}
          </a>
        </p>
      )}
      <blockquote class="original" aria-label="The original, in its source">
        <span class="context">{clipWords(quote.context.before, CONTEXT_WORDS, 'end').trimStart()}</span>
        <mark>“{quote.text}”</mark>
        <span class="context">{clipWords(quote.context.after, CONTEXT_WORDS).trimEnd()}</span>
      </blockquote>
      <SourceHistory quoteId={quote.id} />
      <VerdictEditor match={match} page={page} onSource={onSource} />
    </section>
  );
}
