import type { DiffPart } from './diff';
import { toWords } from '../text/words';

/** A piece of the difference as the card shows it: original words the page does not quote may still stand on the page next to the quotation. */
export type ShownPart = DiffPart & {
  /** Original words outside the match that the page prints near it: not "unquoted" to the reader. */
  besideQuote?: true;
};

/** Words shared with the page elsewhere than right next to the fragment count from this many: "the" alone proves nothing. */
const MIN_RUN_APART = 3;

/** Whether `run` occurs as consecutive words in `page`; `at` 'end' or 'start' also accepts it there only, however short. */
function occurs(run: string[], page: string[], at: 'end' | 'start'): boolean {
  const edge = at === 'end' ? page.length - run.length : 0;
  const matchesAt = (i: number) => run.every((word, j) => page[i + j] === word);
  if (edge >= 0 && matchesAt(edge)) return true;
  if (run.length < MIN_RUN_APART) return false;
  for (let i = 0; i + run.length <= page.length; i++) if (matchesAt(i)) return true;
  return false;
}

/**
 * Splits the original's unquoted words where the page prints the same words just
 * before or after the fragment it quotes (`Rubio said the talks were "going well"`
 * for "The talks were going well", or a quote split around a few words of the
 * writer's): those words are on the page, only outside the match, so the card must
 * not grey them out as "not quoted on this page". Right next to the fragment any
 * shared words count; a little further, a run of MIN_RUN_APART words or more.
 * `pageBefore` and `pageAfter` are the page's text on each side of the match.
 */
export function markWordsBesideQuote(parts: DiffPart[], pageBefore: string, pageAfter: string): ShownPart[] {
  return parts.flatMap((part, i): ShownPart[] => {
    const leading = i === 0;
    const trailing = i === parts.length - 1;
    if (part.op !== 'unquoted' || (!leading && !trailing)) return [part];
    const original = toWords(part.original);
    const page = toWords(leading ? pageBefore : pageAfter).words;
    const total = original.words.length;
    // The most of the original's words nearest the fragment that the page prints too.
    let n = total;
    while (n > 0 && !occurs(leading ? original.words.slice(total - n) : original.words.slice(0, n), page, leading ? 'end' : 'start')) n--;
    if (n === 0) return [part];
    // Split at a word boundary: the shared words keep their original spelling and punctuation.
    const at = leading ? (n === total ? 0 : original.starts[total - n]) : n === total ? part.original.length : original.ends[n - 1];
    const unquoted = (leading ? part.original.slice(0, at) : part.original.slice(at)).trim();
    const beside = (leading ? part.original.slice(at) : part.original.slice(0, at)).trim();
    const besidePart: ShownPart = { op: 'unquoted', original: beside, page: '', besideQuote: true };
    const rest: ShownPart[] = unquoted ? [{ ...part, original: unquoted }] : [];
    return leading ? [...rest, besidePart] : [besidePart, ...rest];
  });
}
