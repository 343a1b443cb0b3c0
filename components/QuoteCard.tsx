import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageMatch } from '@/lib/messages';
import type { PageRef } from '@/lib/store/sightings';
import { VERDICT_LABELS } from '@/lib/model';
import { formatDate } from '@/lib/format-date';
import { safeHref } from '@/lib/safe-href';
import { clipWords } from '@/lib/text/clip-words';
import { NEXT_QUOTE_KEYS, PREVIOUS_QUOTE_KEYS } from '@/lib/page/keyboard-nav';
import { MatchDiff, MatchKindSummary } from './MatchDetails';
import { VerdictEditor } from './VerdictEditor';
import { SourceHistory } from './SourceHistory';

/** Words of the source's text shown on each side of the quote: about a sentence. */
const CONTEXT_WORDS = 30;

interface QuoteCardProps {
  match: PageMatch;
  /** The page the card is on, whose version the reader rates. */
  page: PageRef;
  /** The page's text just before and after the match. */
  around: { before: string; after: string };
  /** Where the page links the quoted words to, when it does (the click that opened the card did not follow it). */
  pageLink?: string;
  /** The keyboard goes to the card's copy of the page's link rather than to the card. */
  focusPageLink?: boolean;
  /** This page is the quote's own source. */
  onSource?: boolean;
  onClose: () => void;
}

/** Whether the card's document scrolls and has more below what shows. */
function useMoreBelow(): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const check = () => setMore(scrollY + innerHeight < document.documentElement.scrollHeight - 2);
    check();
    addEventListener('scroll', check, { passive: true });
    addEventListener('resize', check);
    const watch = new ResizeObserver(check);
    watch.observe(document.body);
    return () => {
      removeEventListener('scroll', check);
      removeEventListener('resize', check);
      watch.disconnect();
    };
  }, []);
  return more;
}

/**
 * A known quote's card, in order of importance: is this page's version right (the
 * reader's verdict on it, how it quotes the original, a warning when it credits
 * someone else), who said it and where, the difference word by word, the original in
 * its context, where else it was seen, and the two verdict forms.
 */
export function QuoteCard({ match, page, around, pageLink, focusPageLink = false, onSource = false, onClose }: QuoteCardProps) {
  const { quote } = match;
  const { source } = quote;
  const href = safeHref(source.url);
  const link = safeHref(pageLink);
  const dialog = useRef<HTMLElement>(null);
  const pageLinkRef = useRef<HTMLAnchorElement>(null);
  const moreBelow = useMoreBelow();
  // Focus moves to the card when it opens on a quote, not when the same quote's card is refreshed.
  useEffect(() => (focusPageLink && pageLinkRef.current ? pageLinkRef.current : dialog.current)?.focus({ preventScroll: true }), [match.quoteId, match.start]);
  const outlet = source.outlet || (href ? new URL(href).hostname : 'Unknown source');
  const speaker = quote.speaker || 'Unknown speaker';
  // On the quote's own source the original's status is this page's verdict.
  const verdict = onSource ? quote.verdict : match.verdict;
  return (
    <section class="panel card" role="dialog" aria-label={`Quote by ${speaker}`} tabIndex={-1} ref={dialog}>
      <header class="answer">
        <div>
          <h2 class="question">Is this right?</h2>
          <p class="page-verdict">
            {onSource ? 'The original' : 'This page’s version'}:{' '}
            {verdict ? <strong class={`verdict verdict-${verdict}`}>{VERDICT_LABELS[verdict]}</strong> : <span class="unrated">not rated yet</span>}
          </p>
        </div>
        <button class="close" type="button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {onSource && match.kind === 'exact' ? <p class="kind kind-exact">You are reading this quote’s source.</p> : <MatchKindSummary match={match} />}
      <div class="who">
        <p class="speaker">{speaker}</p>
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
      {link && (
        <p class="page-link">
          On this page the words link to{' '}
          <a href={link} target="_top" rel="noopener noreferrer" ref={pageLinkRef}>
            {new URL(link).hostname}
          </a>
        </p>
      )}
      <MatchDiff kind={match.kind} diff={match.diff} around={around} />
      <blockquote class="original" aria-label="The original, in its source">
        <span class="context">{clipWords(quote.context.before, CONTEXT_WORDS, 'end').trimStart()}</span>
        <mark>“{quote.text}”</mark>
        <span class="context">{clipWords(quote.context.after, CONTEXT_WORDS).trimEnd()}</span>
      </blockquote>
      <SourceHistory quoteId={quote.id} />
      <VerdictEditor match={match} page={page} onSource={onSource} />
      <footer class="keys">
        <kbd>{NEXT_QUOTE_KEYS}</kbd> next quote · <kbd>{PREVIOUS_QUOTE_KEYS}</kbd> previous · <kbd>Esc</kbd> close
      </footer>
      {moreBelow && (
        <p class="more-below" aria-hidden="true">
          More below ↓
        </p>
      )}
    </section>
  );
}
