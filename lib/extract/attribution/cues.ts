/**
 * Whether the word at a position makes a quotation speech: a listed verb of saying in any of its
 * forms (separable, reflexive, perfect, inverted, in an incise), a phrase ("according to",
 * "mise en garde", "calls it") or a reading ("the statement reads").
 */
import { isQuoteMark } from '../../text/quote-marks';
import { ACCORDING, AUXILIARIES, AVOIR, CLAUSE_PARTICIPLES, FRENCH_PERFECT_CUES, GERMAN_SUBJUNCTIVE_CUES, HABER, IMPERSONAL_CUES, INCISE_ADVERBS, INCISE_CUES, INFINITIVE_CUES, NOT_NAMES, PERFECT_CUES, REFLEXIVE_CUES, REFLEXIVES, SEPARABLE_CUES, SOURCE_PHRASES } from '../lexicon';
import { isOrganisationWord, PRONOUNS, runStartingBefore, type Token } from '../names';
import { AND, GERMAN_DETERMINER, isAdverb, isArticle, isCap, isCue, isIndefinite, isInfinitive, isLower, isMasked, NOUN_POSSESSIVES } from './words';

/** Words opening a photo credit, before "by" or a colon. */
export const CREDIT_OPENERS = new Set(['Photo', 'Photograph', 'Picture', 'Image', 'Foto', 'Bild']);
export const CREDIT_TAIL = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'when', 'while', 'now', 'later', 'then', 'afterwards', 'recently', 'yesterday', 'today']);
/** Verbs that report speech with "on" after them and nothing more ("…,” he goes on", "He went on: “…”"). */
const GOING_ON = new Set(['goes', 'went', 'go']);
/** Verbs that report speech with "out" after them, then the clause's end or "that" ("…,” Weiss points out", "She pointed out that"). */
const POINTING = new Set(['points', 'pointed', 'point']);
/** How many words a German separable cue may stand before its particle ("führte Webhofer am Montag aus"). */
const PARTICLE_WITHIN = 6;
/** "regt sie an", "führte Webhofer aus": a German cue verb whose particle closes the clause a few words on. */
function isSeparableCueAt(tokens: Token[], i: number): boolean {
  const particles = SEPARABLE_CUES.get(tokens[i]?.text ?? '');
  if (!particles) return false;
  for (let p = i + 1; p <= i + PARTICLE_WITHIN && tokens[p]; p++) {
    if (!particles.has(tokens[p].text)) continue;
    const next = tokens[p + 1];
    if (!next || [',', ':', ';'].includes(next.text) || AND.has(next.text)) return true;
  }
  return false;
}
/** "Aus dem Ministerium heißt es", "hieß es": a German impersonal cue, whose source, if any, follows "aus" or "von". */
export const isImpersonalCueAt = (tokens: Token[], i: number) => IMPERSONAL_CUES.has(tokens[i]?.text ?? '') && tokens[i + 1]?.text === 'es';
/** Infinitives that report speech after "fait" ("a fait valoir", "fait savoir l'Élysée", "a fait remarquer"). */
const AFTER_FAIT = new Set(['valoir', 'savoir', 'remarquer', 'observer']);
/** "a mis en garde", "met en garde": a cue of three words, read at its last. */
const isMiseEnGarde = (tokens: Token[], i: number) =>
  tokens[i]?.text === 'garde' && tokens[i - 1]?.text === 'en' && ['mis', 'met'].includes(tokens[i - 2]?.text ?? '');
/** Czech forms of "nechat" (to let) in "nechal se slyšet" (let it be heard). */
const LETTING = new Set(['nechal', 'nechala', 'nechali', 'nechaly', 'nechává']);
/** "nechal se slyšet", "se nechala slyšet": "slyšet" at token i, the two words before it in either order. */
const isLetBeHeardAt = (tokens: Token[], i: number) => {
  if (tokens[i]?.text.toLowerCase() !== 'slyšet') return false;
  const [before, previous] = [tokens[i - 2]?.text.toLowerCase() ?? '', tokens[i - 1]?.text.toLowerCase() ?? ''];
  return (previous === 'se' && LETTING.has(before)) || (before === 'se' && LETTING.has(previous));
};
/**
 * French cues of two or three words: "a fait valoir" (argued), "a fait savoir" (let it be known), "a mis en garde"
 * (warned), "d'après" (according to), and Czech "nechal se slyšet". Elision is its own token ("d’" + "après"), so
 * "après" alone is never one.
 */
export const isPhraseCue = (tokens: Token[], i: number): boolean => {
  const word = tokens[i]?.text.toLowerCase();
  const previous = tokens[i - 1]?.text.toLowerCase();
  return (
    (AFTER_FAIT.has(word ?? '') && previous === 'fait') ||
    isMiseEnGarde(tokens, i) ||
    (word === 'après' && (previous === "d'" || previous === 'd’')) ||
    isLetBeHeardAt(tokens, i) ||
    (NARRATIVE_INFINITIVES.has(word ?? '') && ["d'", 'd’', 'de'].includes(previous ?? '') && tokens[i - 2]?.text.toLowerCase() === 'et')
  );
};
/** English verbs giving the words someone chose for a thing, after "what" and its subject ("what he calls “…”"). */
export const NAMING_VERBS = new Set('calls called terms termed dubs dubbed labels labelled labeled brands branded'.split(' '));
/**
 * English, German, French, Spanish, Portuguese and Czech verbs naming a thing, with "as", "als", "de", "como" or "za"
 * before the words chosen ("dismissed the plan as “…”", "bezeichnete das Projekt als „…“", "calificó la medida de “…”",
 * "chamou o plano de “…”", "označil plán za „…“"); German "nennen" and Spanish "llamar" take none ("nannte den Plan „…“", "llamó “…” a Martínez").
 */
const NAMING_AS = new Map<string, ReadonlySet<string>>([
  ...'bezeichnet bezeichnete bezeichneten'.split(' ').map((w) => [w, new Set(['als'])] as const),
  ...'nennt nannte nannten'.split(' ').map((w) => [w, new Set<string>()] as const),
  ...'označil označila označili označilo'.split(' ').map((w) => [w, new Set(['za'])] as const),
  ...'qualifié qualifie qualifiait qualifient'.split(' ').map((w) => [w, new Set(['de', 'd’', "d'"])] as const),
  ...'classificou classifica classificaram qualificou qualifica chamou chama chamaram'.split(' ').map((w) => [w, new Set(['de', 'como'])] as const),
  ...'calificó califica calificaron tildó tilda tildaron tachó tacha tacharon'.split(' ').map((w) => [w, new Set(['de', 'como'])] as const),
  ...'llamó llama llamaron'.split(' ').map((w) => [w, new Set<string>()] as const),
  ...'dismissed dismissing dismisses derided deriding derides decried decrying decries denounced denouncing slammed slamming hailed hailing'.split(' ').map((w) => [w, new Set(['as'])] as const),
]);
/** Verbs of NAMING_AS whose words chosen may follow them right away, before the thing named ("llamó “…” a Martínez"). */
const NAMING_RIGHT_AFTER = new Set(['llamó', 'llama', 'llamaron']);
/** Negations after a naming verb: what follows it is not named so ("nennt sie nicht"). */
const NEGATIONS = new Set(['nicht', 'nie', 'niemals', 'kein', 'keine']);
/** How many words may stand between "what" and its naming verb ("what the defence minister called"). */
const NAMING_SUBJECT_WORDS = 4;
/** How many words may stand between "als" or "de" and the quotation it introduces ("als den „…“", "de véritable « … »"). */
const NAMING_COMPLEMENT_WORDS = 3;

/**
 * Words someone chose, quoted as theirs: "what he calls “…”", "what the ministry termed “…”", "as Fischer put it, “…”",
 * "as she puts it, “…”", "Trump bezeichnete das Projekt als den „…“", "a qualifié la réforme de « … »". The verb's
 * subject speaks.
 */
const isWordingCueAt = (tokens: Token[], i: number): boolean => {
  const word = tokens[i]?.text ?? '';
  // isCueAt asks of every word: the words before are read only for a verb that may name.
  const within = (opener: string) => tokens.slice(Math.max(0, i - NAMING_SUBJECT_WORDS - 1), i - 1).some((t) => t.text.toLowerCase() === opener);
  if (NAMING_VERBS.has(word)) return within('what');
  if ((word === 'put' || word === 'puts') && tokens[i + 1]?.text === 'it') return within('as');
  const links = NAMING_AS.get(word);
  if (!links || tokens.slice(i + 1).some(isMasked)) return false;
  if (links.size) return tokens.slice(-NAMING_COMPLEMENT_WORDS - 1).some((t) => links.has(t.text.toLowerCase()));
  // With no link word, the words chosen follow the verb or the thing named right away ("nannte die Reform „…“", "llamó
  // “…” a Martínez"); not "das Wort „…“, den Namen nennt sie nicht", where the verb comes after them.
  const named = tokens.slice(i + 1);
  return named.length >= (NAMING_RIGHT_AFTER.has(word) ? 0 : 1) && named.length <= NAMING_COMPLEMENT_WORDS && named.every((t) => /\p{L}/u.test(t.text) && !NEGATIONS.has(t.text));
};
/** Where the cue phrase ending at token v begins ("fait" of "a fait savoir", "mis" of "a mis en garde"): its subject stands before it. */
export const cuePhraseStart = (tokens: Token[], v: number) =>
  isMiseEnGarde(tokens, v) || isLetBeHeardAt(tokens, v) ? v - 2 : AFTER_FAIT.has(tokens[v]?.text.toLowerCase() ?? '') && tokens[v - 1]?.text === 'fait' ? v - 1 : v;
/** "d'après X" means "selon X": "après" is a cue only after "d'" (isPhraseCue). */
const isAccording = (cue: string) => ACCORDING.has(cue) || cue === 'après';
/** "de acuerdo con", "na avaliação da": a phrase of SOURCE_PHRASES ending at token i. */
const isSourcePhraseAt = (tokens: Token[], i: number) => SOURCE_PHRASES.some((phrase) => phraseAt(tokens, i - phrase.length + 1, phrase));
/** Whether the words of `phrase` (in lower case) stand from token `i` on, whatever their case there. */
export const phraseAt = (tokens: Token[], i: number, phrase: readonly string[]) => phrase.every((word, j) => tokens[i + j]?.text.toLowerCase() === word);

/** A cue meaning "according to" at token i, a word or a phrase: its source follows it. */
export const isAccordingAt = (tokens: Token[], i: number) => isAccording(tokens[i].text.toLowerCase()) || isSourcePhraseAt(tokens, i);
/**
 * "a noté", "ont critiqué", "a aussi demandé": a French participle of FRENCH_PERFECT_CUES after "avoir", perhaps
 * past an adverb between them.
 */
const isFrenchPerfectAt = (tokens: Token[], i: number) => {
  if (!FRENCH_PERFECT_CUES.has(tokens[i]?.text ?? '')) return false;
  const before = INCISE_ADVERBS.has(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  return AVOIR.has(tokens[before]?.text.toLowerCase() ?? '');
};
/** "s'alarme", "se désole": a cue only with its reflexive pronoun, joined to it or the word before. */
const isReflexiveCueAt = (tokens: Token[], i: number) => {
  const word = tokens[i]?.text.toLowerCase() ?? '';
  const bare = word.replace(/^s['’]/, '');
  return REFLEXIVE_CUES.has(bare) && (bare !== word || tokens[i - 1]?.text.toLowerCase() === 'se');
};
/** Romance words opening a reported clause ("que", "qu’"). */
export const ROMANCE_THAT: ReadonlySet<string> = new Set(['que', "qu'", 'qu’']);
/** What may follow a verb that ends its clause, or whom the words were shared with. */
const CLAUSE_ENDS = new Set(['.', ',', '!', ';', 'with']);
/** English subject pronouns of a person. */
export const ENGLISH_SUBJECTS = new Set(['he', 'she', 'they']);
/**
 * "…, note aussi la Drees", "…, juge Mme Binet": a verb that is also a noun reports speech only inverted after a comma, or
 * right after the closing mark, where French sets none after a question ("« Vous partez ? » demande Léa Martin").
 */
const isInciseCue = (tokens: Token[], i: number) => {
  if (!INCISE_CUES.has(tokens[i]?.text ?? '')) return false;
  // "“…,” he reflects": after the words, a subject pronoun before it makes it a verb.
  if (ENGLISH_SUBJECTS.has(tokens[i - 1]?.text ?? '') && (i === 1 || tokens[i - 2].text === ',')) return true;
  // "“…,” Vanco shares, noting that…", "“…,” Ana Ruiz jokes.", "“…,” Maria Lopez, a planner, shares with Veranda": so
  // does a name there, perhaps with an appositive between commas after it, the verb ending its clause.
  const aside = tokens[i - 1]?.text === ',' ? tokens.findIndex((t) => t.text === ',') : -1;
  const subjectEnd = aside > 0 && aside < i - 1 ? aside - 1 : i - 1;
  const named = isCap(tokens[subjectEnd]) ? runStartingBefore(tokens, subjectEnd) : -1;
  const ending = !tokens[i + 1] || CLAUSE_ENDS.has(tokens[i + 1].text);
  if (named >= 0 && (named === 0 || (subjectEnd === i - 1 && tokens[named - 1].text === ',')) && ending) return true;
  // "João Silva conta que", "O ministro João Silva, de 52 anos, denuncia que": after a name, before "que", a verb; not
  // after an article ("La cuenta que", "A conta que").
  if (named >= 0 && ROMANCE_THAT.has(tokens[i + 1]?.text ?? '') && !NOT_NAMES.has(tokens[subjectEnd].text.toLowerCase())) return true;
  if (i > 0 && tokens[i - 1]?.text !== ',') return false;
  // "…, erinnert sich der junge Mann": past the verb's reflexive pronoun too.
  let k = i + 1;
  while (INCISE_ADVERBS.has(tokens[k]?.text ?? '') || REFLEXIVES.has(tokens[k]?.text ?? '')) k++;
  // "…, dicta un comunicado del Departamento de Estado": a writing brought in after it.
  return isArticle(tokens[k]) || isCap(tokens[k]) || isIndefinite(tokens[k]);
};
/**
 * A verb with its subject pronoun joined after it, after a comma or the words ("…, sourit-il", "…, souffle-t-elle",
 * "…, a-t-il raconté"): French inverts only in an incise of speech, whatever the verb.
 */
export const isInvertedVerb = (tokens: Token[], i: number): boolean =>
  !!tokens[i + 1]?.inverted && isLower(tokens[i]) && (i === 0 || tokens[i - 1].text === ',' || isMasked(tokens[i - 1]) || isReflexiveBefore(tokens, i));
/** "…, se souvient-il", "…, s’amuse-t-elle": the verb's reflexive pronoun stands between the comma and it. */
const isReflexiveBefore = (tokens: Token[], i: number) => tokens[i - 1]?.text === 'se' && (i === 1 || tokens[i - 2].text === ',' || isMasked(tokens[i - 2]));
/** A German verb of the third person singular, present or weak past ("beschreibt", "lacht", "seufzte"). */
export const GERMAN_THIRD_PERSON = /^\p{Ll}{3,}(?:t|te)$/u;
/** Words ending like such a verb that open a clause instead ("„…“, seit er …", "damit sie …"). */
export const NOT_GERMAN_VERBS = new Set(['seit', 'damit', 'womit', 'somit', 'nicht', 'jetzt', 'erst', 'selbst', 'meist', 'zuletzt', 'zunächst', 'bereits', 'solange', 'ehe']);
/**
 * "„…“, beschreibt er die Lage", "„…“, lachte sie": a quotation opening a German sentence holds its first place, so the
 * verb right after it and its comma, with "er" or "sie" after that, is the verb of whoever said the words, whatever verb.
 */
const isGermanIncise = (tokens: Token[], i: number) =>
  tokens[i - 1]?.text === ',' &&
  (i === 1 || isMasked(tokens[i - 2]) || isQuoteMark(tokens[i - 2].text)) &&
  GERMAN_THIRD_PERSON.test(tokens[i].text) &&
  !NOT_GERMAN_VERBS.has(tokens[i].text) &&
  ['er', 'sie'].includes(tokens[i + 1]?.text ?? '');
/** Forms of English "be" that make a participle after them passive. */
const ENGLISH_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** English participles of verbs of saying that end in neither -ed nor -en: passive after "be" ("the council was told that"). */
const IRREGULAR_PARTICIPLES = new Set(['told', 'said', 'taught', 'heard', 'read', 'sent', 'thought']);

/** Participles whose passive subject still speaks: asked or quoted, the person answers or is the one quoted. */
const SPEAKS_WHEN_PASSIVE = new Set(['asked', 'quoted', 'questioned', 'pressed', 'interviewed']);

/**
 * "in a written submission", "the question asked of the court": an English participle after an article, or after a noun
 * with "of" or "by" following, describes that noun; no one is said to speak. So does a passive ("the party was accused
 * of …", "he was told"): its subject did not speak. "was asked by reporters" still reports, and so does a passive
 * with its agent ("described by the charity as …") or naming the words, its agent after them ("described as “…” by").
 */
function isParticipleModifier(tokens: Token[], i: number): boolean {
  const word = tokens[i]?.text ?? '';
  const before = tokens[i - 1];
  const passive = ENGLISH_BE.has(before?.text.toLowerCase() ?? '') && !SPEAKS_WHEN_PASSIVE.has(word) && !['by', 'as'].includes(tokens[i + 1]?.text ?? '');
  if (IRREGULAR_PARTICIPLES.has(word)) return passive;
  if (!/^\p{Ll}+(?:ed|en)$/u.test(word)) return false;
  if (['a', 'an', 'the'].includes(before?.text ?? '')) return true;
  if (passive) return true;
  return ['of', 'by'].includes(tokens[i + 1]?.text ?? '') && !!before && isLower(before) && /\p{L}{3,}/u.test(before.text) && !PRONOUNS.has(before.text) && !AUXILIARIES.has(before.text) && !isCue(before) && !isAdverb(before);
}

/**
 * A cue word at token i, a Spanish perfect ("ha señalado"), a German cue with its particle or "es", a French cue of
 * two words, an incise or an inverted verb, a cue in the infinitive, or "goes on" ending its clause there. Never a
 * capitalised word after a German determiner: German writes nouns with a capital, and "die Argumente" is not the
 * French cue "argumente".
 */
export const isCueAt = (tokens: Token[], i: number) =>
  // "die Aussage", "Sfgate States", "the United States": a capitalised word after a German determiner or inside a name is no cue.
  !(isCap(tokens[i]) && (GERMAN_DETERMINER.test(tokens[i - 1]?.text ?? '') || isCap(tokens[i - 1]))) &&
  !isParticipleModifier(tokens, i) &&
  // "to pore over their notes": after a possessive, a noun.
  !NOUN_POSSESSIVES.has(tokens[i - 1]?.text.toLowerCase() ?? '') &&
  (isCue(tokens[i]) ||
  isGermanIncise(tokens, i) ||
  isSeparableCueAt(tokens, i) ||
  isImpersonalCueAt(tokens, i) ||
  (PERFECT_CUES.has(tokens[i]?.text) && HABER.has(tokens[i - 1]?.text.toLowerCase() ?? '')) ||
  isFrenchPerfectAt(tokens, i) ||
  isReflexiveCueAt(tokens, i) ||
  isPhraseCue(tokens, i) ||
  isWordingCueAt(tokens, i) ||
  isSourcePhraseAt(tokens, i) ||
  isInciseCue(tokens, i) ||
  (CLAUSE_PARTICIPLES.has(tokens[i]?.text) && tokens[i - 1]?.text === ',') ||
  (GERMAN_SUBJUNCTIVE_CUES.has(tokens[i]?.text) && ![tokens[i - 1], tokens[i + 1]].some((t) => t?.text.toLowerCase() === 'ich')) ||
  isInvertedVerb(tokens, i) ||
  (INFINITIVE_CUES.has(tokens[i]?.text) && isInfinitive(tokens, i)) ||
  isReadingAt(tokens, i) ||
  (GOING_ON.has(tokens[i]?.text) && tokens[i + 1]?.text === 'on' && (!tokens[i + 2] || [',', ':'].includes(tokens[i + 2].text))) ||
  (POINTING.has(tokens[i]?.text) && tokens[i + 1]?.text === 'out' && (!tokens[i + 2] || [',', ':', 'that'].includes(tokens[i + 2].text))));
/** What an organisation or a person issues and the text then quotes as if it spoke ("the statement said", "the letter continued"). */
export const DOCUMENTS = new Set(['statement', 'release', 'letter', 'memo', 'note']);

/** "read" reports a document's words: "the statement read", "a statement from Kestrel Airways read:". */
export const READING = new Set(['read', 'reads']);

/** True when "read" at token i has a document for subject, perhaps with its issuer after it ("a letter from the council read"). */
function isReadingAt(tokens: Token[], i: number): boolean {
  if (!READING.has(tokens[i]?.text ?? '')) return false;
  let j = i - 1;
  // "a statement from Kestrel Airways read", "a statement from the company read": past the issuer, a name or a word for a body.
  const issuer = isCap(tokens[j]) ? runStartingBefore(tokens, j) : isArticle(tokens[j - 1]) && isOrganisationWord(tokens[j]?.text ?? '') ? j : -1;
  if (issuer >= 0) {
    j = issuer - 1;
    if (isArticle(tokens[j])) j--;
    if (!['from', 'by', 'of'].includes(tokens[j]?.text ?? '')) return false;
    j--;
  }
  return DOCUMENTS.has(tokens[j]?.text.toLowerCase() ?? '');
}

/** French infinitives of narration after "Et de" ("Et d'ajouter", "Et de conclure"). */
export const NARRATIVE_INFINITIVES = new Set('ajouter préciser expliquer souligner conclure rappeler insister lancer poursuivre renchérir résumer marteler affirmer assurer estimer déplorer regretter dénoncer'.split(' '));
