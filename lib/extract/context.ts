import type { QuoteContext } from '../model';
import { sentenceSpans, type Span } from './sentences';

const MAX_CONTEXT = 320;

/**
 * The sentence or two around `text.slice(start, end)`, within its paragraph and
 * the ones beside it: enough for the card to show the quote as it stood.
 */
export function contextAround(text: string, start: number, end: number, spans: Span[] = sentenceSpans(text), sentences = 1): QuoteContext {
  const first = spans.findLastIndex((s) => s.start <= start);
  const last = spans.findIndex((s) => s.end >= end);
  const from = spans[Math.max(0, first - sentences)]?.start ?? 0;
  const to = spans[Math.min(spans.length - 1, (last < 0 ? spans.length - 1 : last) + sentences)]?.end ?? text.length;
  const clip = (s: string, fromEnd: boolean) => {
    const flat = s.replace(/\s+/g, ' ');
    if (flat.length <= MAX_CONTEXT) return flat;
    const cut = fromEnd ? flat.slice(flat.length - MAX_CONTEXT) : flat.slice(0, MAX_CONTEXT);
    return fromEnd ? `…${cut.replace(/^\S*\s/, '')}` : `${cut.replace(/\s\S*$/, '')}…`;
  };
  return { before: clip(text.slice(from, start), true), after: clip(text.slice(end, to), false) };
}
