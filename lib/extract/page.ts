import { contextAround } from './context';
import { detectQuotes } from './detect';

/** What the save form starts from for a selection: its speaker when it lies in a quotation, and its context. */
export interface SelectionDetails {
  speaker?: string;
  confidence: number;
  context: { before: string; after: string };
}

/** How much text around a selection is read to find who said it. */
const WINDOW_BEFORE = 4000;
const WINDOW_AFTER = 1500;

/**
 * The speaker and context of `text.slice(start, end)` (a reader's selection in the
 * page's text): the quotation it falls in decides the speaker; outside any
 * quotation the speaker is left for the reader to fill in.
 */
export function describeSelection(text: string, start: number, end: number): SelectionDetails {
  const from = Math.max(0, text.lastIndexOf('\n', Math.max(0, start - WINDOW_BEFORE)) + 1);
  const nextBreak = text.indexOf('\n', Math.min(text.length, end + WINDOW_AFTER));
  const to = nextBreak < 0 ? text.length : nextBreak;
  const slice = text.slice(from, to);
  const [s, e] = [start - from, end - from];
  const inside = detectQuotes(slice).find((q) => q.kind === 'speech' && q.start <= e && q.end >= s);
  return {
    ...(inside?.speaker ? { speaker: inside.speaker } : {}),
    confidence: inside?.confidence ?? 0,
    context: contextAround(slice, s, e),
  };
}
