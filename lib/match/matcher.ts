import type { MatchKind } from '../model';
import { toWords, type Words } from '../text/words';

export interface MatchableQuote {
  id: string;
  text: string;
}

/** A known quote found in a page's text; offsets are into the raw text that was matched. */
export interface QuoteMatch {
  quoteId: string;
  start: number;
  end: number;
  kind: MatchKind;
}

export interface Matcher {
  /** Every known quote in `text`, in text order. */
  match(text: string): QuoteMatch[];
}

/**
 * Quotes shorter than this many words are common phrases ("game-changing"):
 * they only match where the page itself puts them in quotation marks.
 */
export const SHORT_QUOTE_WORDS = 4;

const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›']);

/** True when `raw.slice(start, end)` sits between quotation marks (punctuation inside the marks allowed). */
export function isQuoted(raw: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && /\s/.test(raw[before])) before--;
  let after = end;
  while (after < raw.length && /[\s.,;:!?]/.test(raw[after])) after++;
  return QUOTE_MARKS.has(raw[before]) && QUOTE_MARKS.has(raw[after]);
}

export function createMatcher(quotes: MatchableQuote[]): Matcher {
  const known = quotes
    .map((q) => ({ id: q.id, words: toWords(q.text).words }))
    .filter((q) => q.words.length > 0);
  const byFirstWord = new Map<string, number[]>();
  known.forEach((q, i) => {
    const list = byFirstWord.get(q.words[0]);
    if (list) list.push(i);
    else byFirstWord.set(q.words[0], [i]);
  });

  function wordsEqualAt(page: Words, at: number, words: string[]): boolean {
    if (at + words.length > page.words.length) return false;
    for (let k = 0; k < words.length; k++) if (page.words[at + k] !== words[k]) return false;
    return true;
  }

  return {
    match(text) {
      const page = toWords(text);
      const found: QuoteMatch[] = [];
      for (let i = 0; i < page.words.length; i++) {
        for (const qi of byFirstWord.get(page.words[i]) ?? []) {
          const q = known[qi];
          if (!wordsEqualAt(page, i, q.words)) continue;
          const start = page.starts[i];
          const end = page.ends[i + q.words.length - 1];
          if (q.words.length < SHORT_QUOTE_WORDS && !isQuoted(text, start, end)) continue;
          found.push({ quoteId: q.id, start, end, kind: 'exact' });
        }
      }
      return found;
    },
  };
}
