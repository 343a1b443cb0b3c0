/**
 * Whether the name a page gives to a quote's words can be the quote's own
 * speaker. Who the page names is read by lib/extract (speakerOfSpan), with the
 * same reader and lexicon as detection; this module only compares two names.
 */
import { isTitleWord } from '../extract/names';
import { toWords } from '../text/words';

function nameWords(name: string): string[] {
  return toWords(name).words.filter((w) => w.length > 1 && !isTitleWord(w));
}

/** The same name word, allowing one letter of difference in longer names (Zelensky, Zelenskyy). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/**
 * Whether the page's name can be the original speaker. Pages shorten names
 * ("Witkoff" for "Steve Witkoff") and add titles ("Secretary of State Marco
 * Rubio"), so one name's words must all be in the other's; "Anna Rubio" is not
 * "Marco Rubio". When either name has no telling words, nothing can be said.
 */
export function samePerson(pageName: string, speaker: string): boolean {
  const page = nameWords(pageName);
  const original = nameWords(speaker);
  if (!page.length || !original.length) return true;
  const within = (a: string[], b: string[]) => a.every((w) => b.some((v) => sameWord(w, v)));
  return within(page, original) || within(original, page);
}
