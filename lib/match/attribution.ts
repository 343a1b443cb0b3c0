/**
 * Who the page says spoke the words of a match, from the text right around it:
 * `Witkoff said: "…"`, `"…," Steve Witkoff told reporters`, `"…," said Rubio`,
 * `Zelenskyy, for his part, repeated that "…"`. A lightweight reading of the usual
 * news patterns; detecting speakers in general belongs to lib/extract.
 */
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

function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1);
}

/**
 * Whether the page's name can be the original speaker: pages often use only a
 * surname ("Witkoff" for "Steve Witkoff"), so one shared name word is enough.
 */
export function samePerson(pageName: string, speaker: string): boolean {
  const original = new Set(nameWords(speaker));
  return nameWords(pageName).some((w) => original.has(w));
}
