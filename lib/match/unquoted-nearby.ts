import type { DiffPart } from './diff';
import { toWords } from '../text/words';

/** A piece of the difference as the card shows it: original words the page does not quote may still stand on the page next to the quotation. */
export type ShownPart = DiffPart & {
  /** Original words outside the quotation marks that the page prints right next to them: not "unquoted" to the reader. */
  besideQuote?: true;
};

/** How many of `a`'s last words are `b`'s last words (or first words, with `fromStart`). */
function sharedRun(a: string[], b: string[], fromStart: boolean): number {
  let n = 0;
  while (n < a.length && n < b.length) {
    const x = fromStart ? a[n] : a[a.length - 1 - n];
    const y = fromStart ? b[n] : b[b.length - 1 - n];
    if (x !== y) break;
    n++;
  }
  return n;
}

/**
 * Splits the original's unquoted words where the page prints the same words just
 * before or just after the fragment it quotes (`Rubio said the talks were "going
 * well"` for "The talks were going well"): those words are on the page, only outside
 * the match, so the card must not grey them out as "not quoted on this page".
 * `pageBefore` and `pageAfter` are the page's text on each side of the match.
 */
export function markWordsBesideQuote(parts: DiffPart[], pageBefore: string, pageAfter: string): ShownPart[] {
  return parts.flatMap((part, i): ShownPart[] => {
    const leading = i === 0;
    const trailing = i === parts.length - 1;
    if (part.op !== 'unquoted' || (!leading && !trailing)) return [part];
    const original = toWords(part.original);
    const page = toWords(leading ? pageBefore : pageAfter).words;
    const n = sharedRun(original.words, page, !leading);
    if (n === 0) return [part];
    const total = original.words.length;
    // Split at a word boundary: the shared words keep their original spelling and punctuation.
    const at = leading ? (n === total ? 0 : original.starts[total - n]) : n === total ? part.original.length : original.ends[n - 1];
    const unquoted = (leading ? part.original.slice(0, at) : part.original.slice(at)).trim();
    const beside = (leading ? part.original.slice(at) : part.original.slice(0, at)).trim();
    const besidePart: ShownPart = { op: 'unquoted', original: beside, page: '', besideQuote: true };
    const rest: ShownPart[] = unquoted ? [{ ...part, original: unquoted }] : [];
    return leading ? [...rest, besidePart] : [besidePart, ...rest];
  });
}
