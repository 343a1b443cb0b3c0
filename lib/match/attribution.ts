/**
 * Who the page says spoke the words of a match, from the text right around it:
 * `Witkoff said: "…"`, `"…," Steve Witkoff told reporters`, `"…," said Rubio`,
 * `Zelenskyy, for his part, repeated that "…"`. A lightweight reading of the usual
 * news patterns; detecting speakers in general belongs to lib/extract.
 */
import { toWords } from '../text/words';

const VERBS =
  'said|says|say|told|tells|added|adds|insisted|insists|stated|states|repeated|repeats|argued|argues|claimed|claims|declared|declares|noted|notes|warned|warns|wrote|writes|explained|explains|asked|asks|replied|replies|continued|continues|recalled|recalls|admitted|admits|acknowledged|acknowledges|stressed|stresses|emphasized|emphasised|emphasizes|emphasises|announced|announces|conceded|concedes|suggested|suggests|according to|in the words of';
const PARTICLE = "(?:von|van|der|den|de|da|del|di|du|la|le|bin|al|el|ibn|of)";
// A full stop only after an initial ("J."): after a word it ends the sentence.
const NAME_WORD = "\\p{Lu}(?:\\.|[\\p{L}\\p{M}'’-]*)";
/** One to five capitalised words, with lower-case particles inside ("Ursula von der Leyen", "Secretary of State Marco Rubio"). */
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){0,4}`;
// Capitalised words that start sentences but name no one.
const NOT_NAMES = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'this', 'that', 'but', 'and', 'so', 'then', 'now', 'later', 'also', 'yet', 'still', 'meanwhile', 'however', 'asked', 'officials', 'supporters', 'critics']);

// "Name [, aside ,] said [that|:]" ending right before the quote (and its opening mark).
const BEFORE = new RegExp(`(${NAME})(?:,[^,"“”]{1,40},)?\\s+(?:${VERBS})\\b[^"“”.!?]{0,30}[:,]?\\s*["“‘']?\\s*$`, 'u');
// "said Name" / "Name said" / "according to Name" right after the quote's closing mark.
const AFTER_VERB_FIRST = new RegExp(`^[\\s.,!?…"”’']*(?:${VERBS})\\s+(${NAME})`, 'u');
const AFTER_NAME_FIRST = new RegExp(`^[\\s.,!?…"”’']*(${NAME})\\s+(?:${VERBS})\\b`, 'u');

const LOOK_BEFORE = 160;
const LOOK_AFTER = 80;

function clean(name: string): string | undefined {
  const trimmed = name.replace(/[’'.]+$/, '').trim();
  const words = trimmed.split(/\s+/).filter((w) => !NOT_NAMES.has(w.toLowerCase()));
  return words.length ? words.join(' ') : undefined;
}

/** The name the page gives to the words in `text[start, end)`, if it gives one near them. */
export function pageSpeaker(text: string, start: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, start - LOOK_BEFORE), start).split('\n').pop()!;
  const after = text.slice(end, end + LOOK_AFTER).split('\n')[0];
  const named = AFTER_NAME_FIRST.exec(after) ?? AFTER_VERB_FIRST.exec(after) ?? BEFORE.exec(before);
  return named ? clean(named[1]) : undefined;
}

// Words of a title or description that come with a name but do not tell people apart.
const TITLES = new Set(
  'president vice secretary state minister prime foreign mr mrs ms dr sir dame senator sen rep representative gov governor chancellor general gen envoy special commissioner commission chief judge justice mayor king queen prince pope former deputy spokesperson spokesman spokeswoman of the'.split(' '),
);

function nameWords(name: string): string[] {
  return toWords(name).words.filter((w) => w.length > 1 && !TITLES.has(w));
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
