import { markClass, QUOTE_MARKS } from '../text/quote-marks';
import { isAbbreviation } from './names';

export interface Span {
  start: number;
  end: number;
}

const QUOTE_OR_BRACKET = new RegExp(markClass(QUOTE_MARKS, ')\\]'));
const REFERENCE = /^\[[^\]\n]{1,30}\]/;
const WORD_OR_DOT = /[\p{L}.]/u;
const STARTS_SENTENCE = new RegExp(markClass(QUOTE_MARKS, '\\p{Lu}\\p{N}(\\['), 'u');
/** Full stops of Chinese and Japanese text. */
const FULL_WIDTH_STOPS = '。！？';
/** Closing marks that stay with the sentence a full-width stop ends (an opening “ starts the next one). */
const CLOSING_AFTER_STOP = /[”’»」』）)]/;
/** Opening marks: one touching the word after a full stop opens the next sentence ("30 percent.“We have found…”"). */
const OPENING_MARKS = /[“„«‘]/;

/**
 * Sentences of a text whose paragraphs are separated by line breaks. A full stop
 * after an abbreviation or an initial ("Mr.", "U.S.", "J.") does not end one.
 * Run it on text with quotations masked so that a quoted sentence stays inside
 * the sentence that quotes it.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const close = (end: number, next: number) => {
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = next;
  };
  const opensNext = (k: number) => OPENING_MARKS.test(text[k]) && /[\p{L}\p{N}]/u.test(text[k + 1] ?? '');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      close(i, i + 1);
      continue;
    }
    if (FULL_WIDTH_STOPS.includes(ch)) {
      // Chinese puts no space after a full stop: the sentence ends at the mark (and a closing quote or bracket after it).
      let end = i + 1;
      while (end < text.length && CLOSING_AFTER_STOP.test(text[end])) end++;
      close(end, end);
      i = end - 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    for (;;) {
      while (end < text.length && QUOTE_OR_BRACKET.test(text[end]) && !opensNext(end)) end++;
      // Reference marks after the full stop ("marriage.[30][31] Yagan claims") belong to the sentence they end.
      const reference = text[end] === '[' ? REFERENCE.exec(text.slice(end, end + 40)) : null;
      if (!reference) break;
      end += reference[0].length;
    }
    if (end < text.length && text[end] !== ' ' && text[end] !== '\u00A0' && !opensNext(end)) continue;
    let next = end;
    while (next < text.length && (text[next] === ' ' || text[next] === '\u00A0')) next++;
    if (next < text.length && text[next] !== '\n' && !STARTS_SENTENCE.test(text[next])) continue;
    if (ch === '.') {
      let from = i;
      while (from > 0 && WORD_OR_DOT.test(text[from - 1])) from--;
      if (isAbbreviation(text.slice(from, i + 1))) continue;
    }
    close(end, next);
    i = next - 1;
  }
  close(text.length, text.length);
  return spans;
}
