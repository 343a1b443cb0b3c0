import type { QuoteMatch } from './matcher';
import type { StepOp } from './align';
import { toWords } from '../text/words';

/** One piece of the word-by-word difference between the original quote and the page. */
export interface DiffPart {
  /** 'unquoted': original words outside the fragment the page quotes. */
  op: StepOp | 'unquoted';
  /** The original's words for this piece, as written in the original ('' when the page added words). */
  original: string;
  /** The page's words for this piece, as written on the page ('' when the page has none). */
  page: string;
}

/**
 * The match's alignment as text: `quoteText` is the original quote and `pageText`
 * the text that was matched, starting at offset `base` of the text the match's
 * offsets refer to.
 */
export function diffParts(quoteText: string, pageText: string, match: Pick<QuoteMatch, 'steps'>, base = 0): DiffPart[] {
  const { starts, ends } = toWords(quoteText);
  const original = (from: number, to: number) => (to > from ? quoteText.slice(starts[from], ends[to - 1]) : '');
  const parts: DiffPart[] = [];
  const first = match.steps[0];
  const last = match.steps[match.steps.length - 1];
  if (first && first.quoteFrom > 0) parts.push({ op: 'unquoted', original: original(0, first.quoteFrom), page: '' });
  for (const step of match.steps) {
    parts.push({ op: step.op, original: original(step.quoteFrom, step.quoteTo), page: pageText.slice(step.start - base, step.end - base) });
  }
  if (last && last.quoteTo < starts.length) parts.push({ op: 'unquoted', original: original(last.quoteTo, starts.length), page: '' });
  return parts;
}
