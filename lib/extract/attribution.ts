/**
 * Who said each quotation, read the way a careful reader reads a news story:
 * a cue verb before or after the quote (`said`, `told reporters`, `stating`,
 * `calling it`, `according to`), a colon after a name, a name with its titles
 * (`Secretary of State Marco Rubio` is Marco Rubio), a later mention by surname
 * or pronoun (`He stated` after a sentence about Zelenskyy), and a quotation that
 * continues the previous speaker's words. When none of that settles it, the
 * speaker is unknown: a wrong name shown to a fact-checker is worse than none.
 */
import { chineseActors, chineseCueAfter, chineseCueBefore, chineseNames as namesInChinese, chineseOfficeHolders, chineseGenders, chineseIssuerOf, chinesePeopleDescribedAs, hasHan, type ZhCue, type ZhSubject } from './chinese';
import { findQuotations, type Quotation } from './quotations';
import { isQuoteMark } from '../text/quote-marks';
import { ACCORDING, AGE_OF_DESCRIPTION, ANSWERING_VERBS, ARTICLES, AUXILIARIES, AVOIR, BETWEEN_SUBJECT_AND_CUE, CAPITALISED_DESCRIPTORS, CUES, CZECH_DEMONYMS, CZECH_PERSON_NOUN, DEMONYMS, DESCRIBING, DESCRIPTORS, DESCRIPTOR_GENDER, EUROPEAN_LINKS, FRENCH_AGE_DECADES, FRENCH_DEMONYMS, FRENCH_DEMONYM_SUFFIX, FRENCH_PERFECT_CUES, FRENCH_SPEAKING_MANNERS, FRENCH_SPEECH_NOUNS, FRENCH_WRITINGS, GERMAN_CZECH_WRITINGS, GERMAN_DEMONYMS, GERMAN_FEMININE_NOUNS, GERMAN_NOT_PERSONS, GERMAN_PERSON_NOUN, GERMAN_SUBJUNCTIVE, GIVEN_NAME_GENDER, HABER, IMPERSONAL_CUES, INCISE_ADVERBS, INCISE_CUES, INFINITIVE_CUES, IRREGULAR_PAST, ISSUING, KIN, NATIONALITY_ADJECTIVE, NOT_NAMES, OFFICE_PHRASES, PERFECT_CUES, POSSESSIVE_GENDER, PREPOSITIONS, PRONOUN_GENDER, REFERRING_BODIES, REFLEXIVES, REFLEXIVE_CUES, ROLE_COMPLEMENT, ROLES, SEPARABLE_CUES, SOURCE_PHRASES, SPEECH_ACTS, SPEECH_NOUNS, SPOKES, UNNAMED_SOURCES, VIEW_VERBS, WHEN_ADVERBS, WHEN_OPENERS, WHEN_WORDS, YOUNG_PERSON, frenchNounGender, isEpithet, rolesMeant, type Gender } from './lexicon';
import { ACRONYM_WORD, DECLINING_LETTERS, NameRegistry, POSSESSIVE_ENDING, PRONOUNS, isCapitalized, isOrganisationWord, isPlaceName, isRole, isRoleWord, nameOfRun, nameStartAfterPreposition, nominativeOfDeclined, runEndingAfter, runStartingBefore, runsIn, tokenize, type Token } from './names';
import { sentenceSpans, type Span } from './sentences';

export type AttributionCue = 'before' | 'after' | 'colon' | 'pronoun' | 'continuation';

export interface Attribution {
  /** Full name of who spoke, or undefined when the text does not say (or not clearly enough). */
  speaker?: string;
  /** 0–1: how sure the reading is; below SPEAKER_THRESHOLD the speaker is not given. */
  confidence: number;
  /** How the speaker was found. */
  how?: AttributionCue;
  /** The cue word that makes the quotation speech ("said", "according"), if any. */
  cue?: string;
}

/** Attributions less certain than this are reported as an unknown speaker. */
export const SPEAKER_THRESHOLD = 0.6;

/** How many characters beside a quotation's marks tell whether it sits in Chinese text. */
const CHINESE_WINDOW = 12;

/** How many sentences back a pronoun may refer. */
const PRONOUN_REACH = 5;
/** How many sentences back "the statement" may refer. */
const DOCUMENT_REACH = 12;
/** A sentence ends in punctuation (a quotation's closing mark after it, perhaps); a caption or a credit does not. */
const ENDS_SENTENCE = /[.!?…:;。！？：；]["”’'»」]?\s*$/u;
/** Words opening a photo credit, before "by" or a colon. */
const CREDIT_OPENERS = new Set(['Photo', 'Photograph', 'Picture', 'Image', 'Foto', 'Bild']);
/**
 * A photo credit closing a caption: a parenthesis after the caption's last full stop ("…in 2011. (Adel Hana/Associated
 * Press)"), or the photographer after "Photo by", "Foto:" ("…in Karachi. Photo by Jane Roe /AFP via Getty Images").
 */
const CAPTION_CREDIT = new RegExp(`[.!?]\\s*\\([^()\\n]{1,60}\\)\\s*$|(?:^|[.!?]\\s+)(?:${[...CREDIT_OPENERS].join('|')})(?: by|:)\\s[^\\n.!?]{1,60}$`, 'u');
/** A quotation ending like this ended its sentence inside the marks: the credit may follow as a sentence of its own. */
const SENTENCE_END = /[.!?…。！？]$/u;
/**
 * A credit sentence after such a quotation: its cue among the first words ("Rothman recalls", "said Mr. Reeves"),
 * a few words up to the cue's tail (a pull quote's credit line, likewise a few words in all).
 */
const CREDIT_CUE_WITHIN = 2;
const CREDIT_LENGTH = 8;
/** Whom the words were told, between a credit's cue and its tail ("Caudevilla told me when I visited…"). */
const ADDRESSEES = new Set(['me', 'us', 'him', 'her', 'them', 'reporters', 'journalists']);
/**
 * What may follow the cue (and the name) in a credit sentence: nothing, a comma, a participle
 * ("recalls thinking"), a time or place ("said at the time", "said in an interview", "said now").
 * Anything else may open new reported words ("Smith said the plan…").
 */
/** Words opening a sentence that point back at the quotation before it ("Así ha resumido…", "Com essas palavras…", "C’est ce qu’explique…"). */
const BACK_REFERENCE =
  /^(?:así|assim|(?:con|com) (?:esas|estas|essas|tais|tales) (?:palabras|palavras)|é o que|c['’]est(?: là)? ce qu(?:e\s+|['’])|voilà ce qu(?:e\s+|['’])|that['’]s what\s+)\s*/iu;
/** A word pointing back at the quotation before it when a cue follows it ("Das sagt Anna Berger", "Lo dice Ana Pérez", "So says…"). */
const POINTING_WORDS = new Set(['das', 'dies', 'so', 'lo', 'eso', 'ainsi']);
const CREDIT_TAIL = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'when', 'while', 'now', 'later', 'then', 'afterwards', 'recently', 'yesterday', 'today']);

// French reflexive cues ("s’agace", "s'indigne") are read without their pronoun.
const isCue = (t: Token | undefined) => !!t && CUES.has(t.text.toLowerCase().replace(/^s['’]/, ''));
/** Verbs that report speech with "on" after them and nothing more ("…,” he goes on", "He went on: “…”"). */
const GOING_ON = new Set(['goes', 'went', 'go']);
/** How many words a German separable cue may stand before its particle ("führte Webhofer am Montag aus"). */
const PARTICLE_WITHIN = 5;
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
const isImpersonalCueAt = (tokens: Token[], i: number) => IMPERSONAL_CUES.has(tokens[i]?.text ?? '') && tokens[i + 1]?.text === 'es';
/** Infinitives that report speech after "fait" ("a fait valoir", "fait savoir l'Élysée", "a fait remarquer"). */
const AFTER_FAIT = new Set(['valoir', 'savoir', 'remarquer', 'observer']);
/** "a mis en garde", "met en garde": a cue of three words, read at its last. */
const isMiseEnGarde = (tokens: Token[], i: number) =>
  tokens[i]?.text === 'garde' && tokens[i - 1]?.text === 'en' && ['mis', 'met'].includes(tokens[i - 2]?.text ?? '');
/**
 * French cues of two or three words: "a fait valoir" (argued), "a fait savoir" (let it be known), "a mis en garde"
 * (warned), "d'après" (according to). Elision is its own token ("d’" + "après"), so "après" alone is never one.
 */
const isPhraseCue = (tokens: Token[], i: number): boolean => {
  const word = tokens[i]?.text.toLowerCase();
  const previous = tokens[i - 1]?.text.toLowerCase();
  return (
    (AFTER_FAIT.has(word ?? '') && previous === 'fait') ||
    isMiseEnGarde(tokens, i) ||
    (word === 'après' && (previous === "d'" || previous === 'd’')) ||
    (NARRATIVE_INFINITIVES.has(word ?? '') && ["d'", 'd’', 'de'].includes(previous ?? '') && tokens[i - 2]?.text.toLowerCase() === 'et')
  );
};
/** English verbs giving the words someone chose for a thing, after "what" and its subject ("what he calls “…”"). */
const NAMING_VERBS = new Set('calls called terms termed dubs dubbed labels labelled labeled brands branded'.split(' '));
/** German and French verbs naming a thing, with "als" or "de" before the words chosen ("bezeichnete das Projekt als „…“"). */
const NAMING_AS = new Map<string, ReadonlySet<string>>([
  ...'bezeichnet bezeichnete bezeichneten nennt nannte nannten'.split(' ').map((w) => [w, new Set(['als'])] as const),
  ...'qualifié qualifie qualifiait qualifient'.split(' ').map((w) => [w, new Set(['de', 'd’', "d'"])] as const),
]);
/** How many words may stand between "what" and its naming verb ("what the defence minister called"). */
const NAMING_SUBJECT_WORDS = 4;
/** How many words may stand between "als" or "de" and the quotation it introduces ("als den „…“", "de véritable « … »"). */
const NAMING_COMPLEMENT_WORDS = 3;

/**
 * Words someone chose, quoted as theirs: "what he calls “…”", "what the ministry termed “…”", "as Fischer put it,
 * “…”", "Trump bezeichnete das Projekt als den „…“", "a qualifié la réforme de « … »". The verb's subject speaks.
 */
const isWordingCueAt = (tokens: Token[], i: number): boolean => {
  const word = tokens[i]?.text ?? '';
  // isCueAt asks of every word: the words before are read only for a verb that may name.
  const within = (opener: string) => tokens.slice(Math.max(0, i - NAMING_SUBJECT_WORDS - 1), i - 1).some((t) => t.text.toLowerCase() === opener);
  if (NAMING_VERBS.has(word)) return within('what');
  if (word === 'put' && tokens[i + 1]?.text === 'it') return within('as');
  const links = NAMING_AS.get(word);
  return !!links && tokens.slice(-NAMING_COMPLEMENT_WORDS - 1).some((t) => links.has(t.text.toLowerCase())) && tokens.slice(i + 1).every((t) => !isMasked(t));
};
/** Where the cue phrase ending at token v begins ("fait" of "a fait savoir", "mis" of "a mis en garde"): its subject stands before it. */
const cuePhraseStart = (tokens: Token[], v: number) =>
  isMiseEnGarde(tokens, v) ? v - 2 : AFTER_FAIT.has(tokens[v]?.text.toLowerCase() ?? '') && tokens[v - 1]?.text === 'fait' ? v - 1 : v;
/** "d'après X" means "selon X": "après" is a cue only after "d'" (isPhraseCue). */
const isAccording = (cue: string) => ACCORDING.has(cue) || cue === 'après';
/** "de acuerdo con", "na avaliação da": a phrase of SOURCE_PHRASES ending at token i. */
const isSourcePhraseAt = (tokens: Token[], i: number) => SOURCE_PHRASES.some((phrase) => phraseAt(tokens, i - phrase.length + 1, phrase));
/** Whether the words of `phrase` (in lower case) stand from token `i` on, whatever their case there. */
const phraseAt = (tokens: Token[], i: number, phrase: readonly string[]) => phrase.every((word, j) => tokens[i + j]?.text.toLowerCase() === word);
/** Words a speech act may go on with and still say only when or to whom ("hit back on Sunday", "disagreed with her"). */
const SPEECH_ACT_TAIL = new Set([...CREDIT_TAIL, 'with', 'within', 'against']);

/** The gender a word for a spokesperson tells. */
const SPOKES_GENDER = new Map<string, Gender>([['spokeswoman', 'f'], ['spokesman', 'm']]);

/**
 * "A spokeswoman for Tesco said…", "A Tesco spokesman said…": the organisation whose spokesperson is the subject of the
 * sentence's cue, and the spokesperson's gender where the word tells it.
 */
function spokespersonSubject(tokens: Token[]): { organisation: string; gender?: Gender } | undefined {
  const c = tokens.findIndex((_, i) => isCueAt(tokens, i));
  const spokes = tokens.findIndex((t) => SPOKES.has(t.text.toLowerCase()));
  if (c < 0 || spokes < 0 || spokes > c) return undefined;
  const slot = subjectOf(tokens, c);
  const gender = SPOKES_GENDER.get(tokens[spokes].text.toLowerCase());
  return 'name' in slot ? { organisation: slot.name, ...(gender ? { gender } : {}) } : undefined;
}

/** A cue meaning "according to" at token i, a word or a phrase: its source follows it. */
const isAccordingAt = (tokens: Token[], i: number) => isAccording(tokens[i].text.toLowerCase()) || isSourcePhraseAt(tokens, i);
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
/** English subject pronouns of a person. */
const ENGLISH_SUBJECTS = new Set(['he', 'she', 'they']);
/**
 * "…, note aussi la Drees", "…, juge Mme Binet": a verb that is also a noun reports speech only inverted after a comma, or
 * right after the closing mark, where French sets none after a question ("« Vous partez ? » demande Léa Martin").
 */
const isInciseCue = (tokens: Token[], i: number) => {
  if (!INCISE_CUES.has(tokens[i]?.text ?? '')) return false;
  // "“…,” he reflects": after the words, a subject pronoun before it makes it a verb.
  if (ENGLISH_SUBJECTS.has(tokens[i - 1]?.text ?? '') && (i === 1 || tokens[i - 2].text === ',')) return true;
  if (i > 0 && tokens[i - 1]?.text !== ',') return false;
  let k = i + 1;
  while (INCISE_ADVERBS.has(tokens[k]?.text ?? '')) k++;
  return isArticle(tokens[k]) || isCap(tokens[k]);
};
/**
 * A verb with its subject pronoun joined after it, after a comma or the words ("…, sourit-il", "…, souffle-t-elle",
 * "…, a-t-il raconté"): French inverts only in an incise of speech, whatever the verb.
 */
const isInvertedVerb = (tokens: Token[], i: number): boolean =>
  !!tokens[i + 1]?.inverted && isLower(tokens[i]) && (i === 0 || tokens[i - 1].text === ',' || isMasked(tokens[i - 1]) || isReflexiveBefore(tokens, i));
/** "…, se souvient-il", "…, s’amuse-t-elle": the verb's reflexive pronoun stands between the comma and it. */
const isReflexiveBefore = (tokens: Token[], i: number) => tokens[i - 1]?.text === 'se' && (i === 1 || tokens[i - 2].text === ',' || isMasked(tokens[i - 2]));
/** A German verb of the third person singular, present or weak past ("beschreibt", "lacht", "seufzte"). */
const GERMAN_THIRD_PERSON = /^\p{Ll}{3,}(?:t|te)$/u;
/** Words ending like such a verb that open a clause instead ("„…“, seit er …", "damit sie …"). */
const NOT_GERMAN_VERBS = new Set(['seit', 'damit', 'womit', 'somit', 'nicht', 'jetzt', 'erst', 'selbst', 'meist', 'zuletzt', 'zunächst', 'bereits', 'solange', 'ehe']);
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
/**
 * "in a written submission", "the question asked of the court": an English participle after an article, or after a noun
 * with "of" or "by" following, describes that noun; no one is said to speak. "was asked by reporters" still reports.
 */
function isParticipleModifier(tokens: Token[], i: number): boolean {
  const word = tokens[i]?.text ?? '';
  if (!/^\p{Ll}+(?:ed|en)$/u.test(word)) return false;
  const before = tokens[i - 1];
  if (['a', 'an', 'the'].includes(before?.text ?? '')) return true;
  return ['of', 'by'].includes(tokens[i + 1]?.text ?? '') && !!before && isLower(before) && /\p{L}{3,}/u.test(before.text) && !PRONOUNS.has(before.text) && !AUXILIARIES.has(before.text) && !isCue(before) && !isAdverb(before);
}

/**
 * A cue word at token i, a Spanish perfect ("ha señalado"), a German cue with its particle or "es", a French cue of
 * two words, an incise or an inverted verb, a cue in the infinitive, or "goes on" ending its clause there. Never a
 * capitalised word after a German determiner: German writes nouns with a capital, and "die Argumente" is not the
 * French cue "argumente".
 */
const isCueAt = (tokens: Token[], i: number) =>
  // "die Aussage", "Sfgate States", "the United States": a capitalised word after a German determiner or inside a name is no cue.
  !(isCap(tokens[i]) && (GERMAN_DETERMINER.test(tokens[i - 1]?.text ?? '') || isCap(tokens[i - 1]))) &&
  !isParticipleModifier(tokens, i) &&
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
  isInvertedVerb(tokens, i) ||
  (INFINITIVE_CUES.has(tokens[i]?.text) && isInfinitive(tokens, i)) ||
  isReadingAt(tokens, i) ||
  (GOING_ON.has(tokens[i]?.text) && tokens[i + 1]?.text === 'on' && (!tokens[i + 2] || [',', ':'].includes(tokens[i + 2].text))));
const isParticiple = (t: Token) => t.text.endsWith('ing');
/** "Reuters'", "the IDF's": a possessive. */
const isPossessive = (t: Token | undefined) => !!t && POSSESSIVE_ENDING.test(t.text);
/** A word that makes an aside describe the name before it: a possessive or a role ("Al Jazeera's manager…"). */
const describesSomeone = (t: Token) => /\p{L}[’']s$/u.test(t.text) || isRoleWord(t);
/** A cue in the infinitive ("was keen to stress", "went on to say"): its subject is the sentence's. */
const isInfinitive = (tokens: Token[], c: number) => tokens[c - 1]?.text === 'to';
const isLower = (t: Token) => /^\p{Ll}/u.test(t.text) && !isCapitalized(t);
const isCap = isCapitalized;
const isAdverb = (t: Token) => BETWEEN_SUBJECT_AND_CUE.has(t.text.toLowerCase()) || /^\p{Ll}+ly$/u.test(t.text);
/** "the mayor visited", "la ministra visitó", "o prefeito visitou": a cue, an auxiliary, or a past tense in English, Spanish or Portuguese. */
const isVerbLike = (t: Token) => isLower(t) && (isCue(t) || AUXILIARIES.has(t.text) || IRREGULAR_PAST.has(t.text) || PAST_TENSE.test(t.text));
/** A regular past tense of the third person: English "-ed", Spanish "-ó" ("visitó", "perdió"), Portuguese "-ou", "-eu", "-iu" ("votou", "perdeu", "partiu"). */
const PAST_TENSE = /^\p{Ll}{3,}(?:ed|ó|ou|eu|iu)$/u;
/** Words after a cue that introduce who was told, not who speaks ("řekl pro Aktuálně.cz", "řekla serveru…"). */
const ADDRESSEE = new Set(['pro', 'serveru', 'deníku', 'listu', 'agentuře', 'televizi', 'rádiu']);
const isArticle = (t: Token | undefined) => !!t && ARTICLES.has(t.text.toLowerCase());
/** The English articles, which ARTICLES leaves out ("a" is also the Romance preposition). */
const ENGLISH_INDEFINITE = new Set(['a', 'an']);
const ENGLISH_ARTICLES = new Set([...ENGLISH_INDEFINITE, 'the']);
const LINKS = new Set([...'and or of in on at for with to from by as than but'.split(' '), ...EUROPEAN_LINKS]);
/** After a known person's name, any word but a preposition or conjunction is taken for a verb ("Rubio spoke"). */
const isAnyVerb = (t: Token) => isLower(t) && !LINKS.has(t.text);
/** Words joining two names into one subject, in the languages read ("Smith and Jones", "Ruiz y Lima", "Wendt und Ritter"). */
const COORDINATORS = new Set(['and', 'or', '&', 'und', 'oder', 'et', 'ou', 'y', 'e']);
/** Prepositions that bring the agent of a passive ("announced by Smith", "anunciado por Sánchez"): that one acts. */
const AGENTS = new Set(['by', 'por', 'pelo', 'pela', 'par', 'von']);
/** "and" joining two verbs of one subject, in the languages read ("und sagt", "et ajoute", "y añadió"). */
const AND = new Set(['and', 'und', 'et', 'y', 'e']);
/** A user name of a forum or a social network, written in lower case with digits ("elmo666", "jayk1984"). */
const HANDLE = /^\p{Ll}+\d{2,}$/u;
/** A user name as a subject ("acebush1", "Acebush1" opening a sentence, "jayk1984"): letters, then digits, no space. */
const SPEAKING_HANDLE = /^\p{L}\p{Ll}+\d+$/u;
/** The pronoun a verb with no subject stands for (Czech, Spanish, Portuguese): of no known gender. */
const IMPLIED_SUBJECT = '';
/** What an organisation issues, in French: a pronoun that no person answers to, with one of these, is the organisation ("indique-t-il dans un communiqué"). */
const STATEMENTS = new Set(['communiqué', 'communiqués']);
/** What an organisation or a person issues and the text then quotes as if it spoke ("the statement said", "the letter continued"). */
const DOCUMENTS = new Set(['statement', 'release', 'letter', 'memo', 'note']);
/** English cues whose object is who was told ("told BuzzFeed News", "tells The Hollywood Reporter"). */
const TELLING = new Set(['told', 'tells', 'tell', 'telling']);
/** Cues whose object may be who heard the words ("asked Reuters", "emailed the council") or, inverted, who spoke ("“Why?” asked Smith"). */
const ADDRESSING = new Set(['asked', 'asks', 'asking', 'emailed', 'texted']);
/** Days named between a subject and its verb ("Trump on Tuesday said"). */
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Periods named between a subject and its verb ("Ruano last week said"), after PERIOD_OPENERS. */
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'afternoon']);
const PERIOD_OPENERS = new Set(['last', 'this', 'earlier', 'later']);

/**
 * How many tokens the English phrase of a time at k holds, set between a subject and its verb: "on Tuesday", "last
 * week", "this morning", "at that time", "at the time"; 0 when none starts there.
 */
function timePhraseLength(tokens: Token[], k: number): number {
  const first = tokens[k]?.text.toLowerCase() ?? '';
  const second = tokens[k + 1]?.text.toLowerCase() ?? '';
  if (first === 'on' || PERIOD_OPENERS.has(first)) return DAYS.has(second) || (first !== 'on' && PERIODS.has(second)) ? 2 : 0;
  return first === 'at' && (second === 'that' || second === 'the') && tokens[k + 2]?.text.toLowerCase() === 'time' ? 3 : 0;
}
/** Writings that say things without being anyone ("said the report, …"). */
const WRITINGS = new Set(['report', 'study', 'survey', 'ruling', 'document', 'filing', 'complaint', 'lawsuit', 'indictment']);
/** Words that introduce a new document ("issued a statement", "in its statement"), not one spoken of before. */
const INTRODUCING = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'separate', 'joint', 'written', 'brief', 'new', 'second', 'un', 'una', 'um', 'uma', 'su', 'seu', 'sua']);

/** How many adjectives may stand between the word bringing in a writing and the writing ("a short note", "an open letter"). */
const WRITING_ADJECTIVES = 2;

/** True when a word of INTRODUCING brings in the writing at token k, perhaps past an adjective or two ("a short note", "an open letter"). */
function introducesWriting(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j <= WRITING_ADJECTIVES && isAdjective(tokens[j]) && !INTRODUCING.has(tokens[j].text.toLowerCase())) j--;
  return INTRODUCING.has(tokens[j]?.text.toLowerCase() ?? '');
}
/** A count after "of" in a description by family ("the mother of three", "the father of 2"). */
const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/;
/** "45-year-old": an age, standing for the person the text gave it. */
const AGE = /^(\d+)-year-old$/;
/** An age given in an appositive, in French ("Yvette Martin, 67 ans,"). */
const AGE_GIVEN = /\p{Lu}[\p{L}’'-]*, \d{1,3} ans\b/u;
/** How many words may stand between "the" and the noun of a description ("the former Manchester United striker"). */
const DESCRIPTION_MODIFIERS = 4;

/** What a description says of someone: its noun, the gender the noun tells, the age it gives. */
interface Description {
  descriptor: string;
  gender?: Gender;
  age?: string;
  /** "la sexagénaire": an age in the sixties, the decade of FRENCH_AGE_DECADES. */
  decade?: number;
}

/**
 * "the actor", "the mother of three", "the infectious disease expert", "the “Pose” actor", "the Oscar winner", "the
 * Republican from Texas", "the 45-year-old": an English description of someone, from "the" at token a to token e. Its
 * noun is a word of DESCRIPTORS or CAPITALISED_DESCRIPTORS or an age, after a few words that say what kind and before
 * "of" and a count or "from" and a place. A role ("the senator") is read as a role, and "the mayor's brother" is no one.
 */
function descriptionIn(tokens: Token[], a: number, e: number): Description | undefined {
  if (tokens[a]?.text.toLowerCase() !== 'the' || e <= a || !tokens[e]) return undefined;
  let h = e;
  const place = isCap(tokens[e]) ? runStartingBefore(tokens, e) : -1;
  if (tokens[e - 1]?.text === 'of' && COUNT.test(tokens[e].text)) h = e - 2;
  else if (place > 0 && tokens[place - 1].text === 'from') h = place - 2;
  const head = tokens[h];
  const noun = head?.text.toLowerCase() ?? '';
  // "the father of two" is a description, though "Father Brown" gives a priest his title.
  if (h <= a || h - a > DESCRIPTION_MODIFIERS + 1 || (isRoleWord(head) && !DESCRIPTORS.has(noun))) return undefined;
  const age = AGE.exec(noun)?.[1];
  if (!age && !(isLower(head) ? DESCRIPTORS.has(noun) : CAPITALISED_DESCRIPTORS.has(noun))) return undefined;
  const kind = (t: Token) => isMasked(t) || isQuoteMark(t.text) || (!isPossessive(t) && (isAdjective(t) || (isCap(t) && !NOT_NAMES.has(t.text.toLowerCase()))));
  if (!tokens.slice(a + 1, h).every(kind)) return undefined;
  const gender = DESCRIPTOR_GENDER.get(noun);
  return { descriptor: noun, ...(gender ? { gender } : {}), ...(age ? { age } : {}) };
}

/**
 * The description ending at token k ("…,” the mother of three said"), from the nearest "the" before it; none when a
 * preposition or a conjunction brings it in ("the son of the actor said" is the son, someone else; "Ward and the actor" two).
 */
function descriptionEndingAt(tokens: Token[], k: number): Description | undefined {
  for (let a = k - 1; a >= 0 && a >= k - DESCRIPTION_MODIFIERS - 3; a--) {
    if (tokens[a].text.toLowerCase() !== 'the') continue;
    return LINKS.has(tokens[a - 1]?.text ?? '') ? undefined : descriptionIn(tokens, a, k);
  }
  return undefined;
}

/** The description starting at "the" at token a ("said the Republican from Texas."), the longest there; none when a name follows it ("said the actor Tom Hanks"). */
function descriptionAfter(tokens: Token[], a: number): Description | undefined {
  for (let e = a + DESCRIPTION_MODIFIERS + 3; e > a; e--) {
    const description = descriptionIn(tokens, a, e);
    if (description) return isCap(tokens[e + 1]) ? undefined : description;
  }
  return undefined;
}

const NATIONALITIES = new Set(NATIONALITY_ADJECTIVE.values());

/** The nationality a word names, as a noun ("Dutchman") or an adjective ("Dutch"): its adjective. */
const nationalityOf = (word: string) => NATIONALITY_ADJECTIVE.get(word) ?? (NATIONALITIES.has(word) ? word : undefined);

/** How many words for a person may stand between a description and the name it is given ("Dutch cyclist Jan de Vries"). */
const PERSON_NOUNS_BEFORE_NAME = 2;

/** A lower-case word for a person, singular or plural: a description or a role ("cyclist", "riders", "defender", "minister"). */
const isPersonNoun = (t: Token) => isLower(t) && (DESCRIPTORS.has(t.text) || DESCRIPTORS.has(t.text.replace(/s$/, '')) || isRoleWord(t));

/** Words after "the" for the people just named, together ("The two leaders", "The pair"). */
const GROUP_WORDS = new Set(['two', 'three', 'four', 'pair', 'couple', 'duo', 'trio']);

/** True when a sentence opens with the people just named as its subject, together ("Both ministers spoke", "The two leaders discussed"). */
const opensWithGroup = (tokens: Token[]) =>
  tokens[0]?.text === 'Both' || (tokens[0]?.text === 'The' && GROUP_WORDS.has(tokens[1]?.text ?? ''));

/** Prepositions before a place ("in Germany", "across Britain"). */
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'across', 'throughout']);

/** Words that bring in someone not yet spoken of ("a nurse", "one official", "another neighbour"). */
const INTRODUCING_SOMEONE = new Set(['a', 'an', 'one', 'another']);
/** Pronouns that stand for an organisation as a speaker ("it said", "they said in a statement"). */
const BODY_PRONOUNS = new Set(['it', 'they', 'It', 'They']);
const APPOSITIVE_START = new Set(['a', 'an', 'the', 'who', 'which', 'one', 'whose', 'now', 'then', 'qui', 'que', 'quien', 'der', 'die']);

/**
 * What a speaker slot holds: a name, a pronoun to resolve, or an unnamed source ("officials",
 * "a spokesman"). `opensSentence`: a lone capitalized word starting its sentence ("Officials
 * said"), which may be no name at all.
 */
type Slot =
  /** `needsPerson`: read from the sentence's shape alone (a colon after a clause about someone), so only a known person counts. */
  | { name: string; titled: boolean; opensSentence?: boolean; atSentenceStart?: boolean; needsPerson?: boolean; afterArticle?: boolean }
  | { pronoun: string }
  /** "the mayor", "le ministre", "the agency": someone the text named earlier with that role or in that organisation's name. */
  /** `modifier`: the word before an organisation word ("the production company"), which may echo its name ("Dick Clark Productions"). */
  /** `gender`: told by the article ("la syndicaliste"); `epithet`: a word for what someone is, not an office (EPITHETS). */
  /** `qualified`: the role with the adjective after it ("président russe"), which may tell apart two who hold the role. */
  /** `latest`: pointed at by a demonstrative ("este ministerio"), the organisation with that word the text named last. */
  | { role: string; modifier?: string; gender?: Gender; epithet?: boolean; qualified?: string; latest?: boolean }
  /** "the statement continued": whoever issued the statement the text last spoke of. */
  | { document: string }
  /** "said the actor", "the mother of three added": someone the text named, described (see descriptionIn). */
  | Description
  /** "it said", "they said": an organisation the text just quoted, never a person; `body`: the pronoun. */
  | { body: string }
  | { unnamed: true };

interface Context {
  registry: NameRegistry;
  /** Full names known to be people: introduced with a title, or doing something ("Witkoff emphasized"). */
  people: Set<string>;
  /**
   * Those the text marks as people by more than what they do: a title, a role, an honorific, a known given name, "who"
   * after them. The others may be companies, which act in the same words ("Harlow Motors recalled…").
   */
  markedPeople: Set<string>;
  /** Gender of people, where the text tells it (honorific, given name, a pronoun about them). */
  gender: Map<string, Gender>;
  /** Full names given with each role word ("mayor" → Karen Bass). */
  roles: Map<string, Set<string>>;
  /** Organisation names in the text ("Environment Agency"), each with where the text first names it. */
  organisations: Map<string, number>;
  /** Organisations the text introduced by what they are ("le groupe Michelin": "groupe" → Michelin). */
  introducedAs: Map<string, Set<string>>;
  /** Words the text writes in lower case: a sentence-initial capital on one of them is no name ("Officials said"). */
  lowerWords: Set<string>;
  /** Each sentence's tokens, read once here for every later look back at a sentence. */
  sentenceTokens: Token[][];
}

/** The party or body a German compound role names ("afd-chef" → "afd-", "cdu-spitzenkandidat" → "cdu-"), if any. */
const partyOfRole = (role: string) => /^[\p{L}\d]+-(?=\p{L}{3,}$)/u.exec(role)?.[0];

/** Parties that stand before a role as an adjective ("the Republican governor", "the Labour MP"). */
const PARTY_ADJECTIVES = new Set(['Republican', 'Democratic', 'Democrat', 'Labour', 'Conservative', 'Tory', 'Liberal', 'Green', 'Socialist']);

/** A role or organisation word after an article ("the mayor", "la ministre", "the agency"), as a slot. */
function roleAt(tokens: Token[], k: number): Slot | undefined {
  const word = tokens[k]?.text.toLowerCase();
  if (!word) return undefined;
  // "the production company", "the record label": a word for what it does may echo the organisation's name.
  const before = tokens[k - 1];
  if (isOrganisationWord(word) && before && isLower(before) && !isArticle(before) && isArticle(tokens[k - 2])) return { role: word, modifier: before.text };
  const described = epithetAt(tokens, k) ?? germanDescriptionAt(tokens, k) ?? demonymAt(tokens, k);
  if (described) return described;
  // "the former president", "the deputy minister", "the Republican governor": past the titles and a party between the
  // article and the role.
  let a = k - 1;
  while ((isRoleWord(tokens[a]) && isLower(tokens[a])) || PARTY_ADJECTIVES.has(tokens[a]?.text ?? '')) a--;
  if (!(isRole(word) || isOrganisationWord(word)) || !(isArticle(tokens[a]) || isFeminineA(tokens, a))) return undefined;
  return isEpithet(word) ? { role: word, gender: articleGender(tokens[a]), epithet: true } : { role: word };
}

/** The gender a French, Spanish or Portuguese article tells ("le", "el", "o", "la", "a"); "l’" and the plural tell none. */
function articleGender(t: Token | undefined): Gender | undefined {
  const article = t?.text.toLowerCase();
  return article === 'le' || article === 'el' || article === 'o' ? 'm' : article === 'la' || article === 'a' ? 'f' : undefined;
}

/** How a Portuguese role or description ends in the feminine or in either gender ("ministra", "mãe", "avó", "presidente", "parlamentar"). */
const FEMININE_ENDING = /(?:a|ã|ãe|ó|ante|ente|ar)$/u;
/**
 * Portuguese "a" before a role in the feminine ("disse a ministra", "A mãe contou", "contou a gaúcha"): the article,
 * not the preposition nor English "a" ("said a spokesman"), which no such word follows.
 */
const isFeminineA = (tokens: Token[], k: number) =>
  tokens[k]?.text.toLowerCase() === 'a' &&
  (isRoleWord(tokens[k + 1]) || DEMONYMS.has(tokens[k + 1]?.text ?? '') || isOrganisationWord(tokens[k + 1]?.text.toLowerCase() ?? '')) &&
  FEMININE_ENDING.test(tokens[k + 1].text);

/** The token after the Spanish or Portuguese times from k on ("este lunes", "nesta segunda-feira", "ayer", "ontem"). */
function pastWhen(tokens: Token[], k: number): number {
  for (;;) {
    if (WHEN_ADVERBS.has(tokens[k]?.text ?? '')) k++;
    else if (WHEN_OPENERS.has(tokens[k]?.text ?? '') && WHEN_WORDS.has(tokens[k + 1]?.text ?? '')) k += 2;
    else return k;
  }
}

/**
 * "afirmó el francés", "disse o brasileiro", "a expliqué l’Espagnol", "a insisté le Toulousain": a word for where someone
 * is from, after an article and with no name after it, describes someone as an epithet does (see DEMONYMS; French
 * writes them with a capital, FRENCH_DEMONYMS).
 */
function demonymAt(tokens: Token[], k: number): Slot | undefined {
  const word = tokens[k]?.text ?? '';
  if (isCap(tokens[k + 1])) return undefined;
  if (DEMONYMS.has(word) && (isArticle(tokens[k - 1]) || isFeminineA(tokens, k - 1))) return { role: word, gender: articleGender(tokens[k - 1]), epithet: true };
  const lower = word.toLowerCase();
  if (!FRENCH_ARTICLES.has(tokens[k - 1]?.text ?? '') || !(FRENCH_DEMONYMS.has(lower) || FRENCH_DEMONYM_SUFFIX.test(lower))) return undefined;
  return { role: lower, gender: describedGender(tokens[k - 1], lower), epithet: true };
}

/** The gender of someone described: the article's, or after "l’" the French noun's ending ("l’animatrice", "l’Espagnol"). */
const describedGender = (article: Token | undefined, noun: string): Gender | undefined =>
  articleGender(article) ?? (ELIDED_ARTICLES.has(article?.text ?? '') ? frenchNounGender(noun) : undefined);

/** French "le", "la", "l’": an office or a trade after one may describe the person just named. */
const FRENCH_ARTICLES = new Set(['le', 'la', "l'", 'l’']);
/** "l’": the article that tells no gender. */
const ELIDED_ARTICLES = new Set(["l'", 'l’']);

/**
 * "El tetracampeón del mundo Max Verstappen", "a campeã da Europa…": an epithet with a complement in lower case right
 * before the name at i is the name's, as it would be with none. Not a word for kin ("la madre del pequeño Lucas Pérez"),
 * which is someone else's.
 */
function epithetWithComplement(tokens: Token[], i: number): string[] {
  const epithet = tokens[i - 3]?.text.toLowerCase() ?? '';
  const complemented = i >= 4 && isLower(tokens[i - 1]) && ROLE_COMPLEMENT.has(tokens[i - 2].text) && isArticle(tokens[i - 4]);
  return complemented && isEpithet(epithet) && !KIN.has(epithet) ? [epithet] : [];
}

/** A party's or a body's acronym ("LR", "RN", "PSG"). */
const isAcronym = (t: Token | undefined) => !!t && ACRONYM_WORD.test(t.text);

/**
 * "la maire de Paris", "l’ancien ministre", "le premier secrétaire du PS", "l’ex-ministre", "l’élu LR": a French office with
 * what it is of, an adjective before it or a party after it describes someone, as an epithet does; a bare "le ministre"
 * only refers back to whom the text named minister. `firstRole`–`end`: the role words.
 */
function describesOffice(tokens: Token[], firstRole: number, end: number): boolean {
  const adjective = !isArticle(tokens[firstRole - 1]);
  const article = tokens[adjective ? firstRole - 2 : firstRole - 1];
  if (!FRENCH_ARTICLES.has(article?.text ?? '')) return false;
  return adjective || tokens[end - 1].text.startsWith('ex-') || ROLE_COMPLEMENT.has(tokens[end]?.text ?? '') || isAcronym(tokens[end]);
}

/** "la jeune femme", "le jeune homme": someone described, as an epithet (see EPITHETS). */
function epithetAt(tokens: Token[], k: number): Slot | undefined {
  const word = tokens[k]?.text.toLowerCase() ?? '';
  if (!YOUNG_PERSON.has(word) || tokens[k - 1]?.text.toLowerCase() !== 'jeune' || !isArticle(tokens[k - 2])) return undefined;
  return { role: word, gender: articleGender(tokens[k - 2]) ?? (word === 'femme' || word === 'fille' ? 'f' : 'm'), epithet: true };
}

/** The body slot of a spokesperson of no one named: the organisation just spoken of. */
const SPOKESPERSON = 'spokesperson';

/**
 * "a Tesco spokeswoman", "a Home Office spokesman": the organisation the spokesperson speaks for; "a company
 * spokesperson": the company the text means (see REFERRING_BODIES).
 */
function organisationOfSpokesperson(tokens: Token[], k: number): Slot | undefined {
  if (!SPOKES.has(tokens[k]?.text.toLowerCase() ?? '')) return undefined;
  if (REFERRING_BODIES.has(tokens[k - 1]?.text ?? '')) return { role: tokens[k - 1].text };
  // "Tesco raised its prices. A spokeswoman said:": a spokesperson of no one named speaks for the body just spoken of.
  if (isIndefinite(tokens[k - 1]) || ENGLISH_INDEFINITE.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return { body: SPOKESPERSON };
  const start = runStartingBefore(tokens, k - 1);
  if (start < 0) return undefined;
  const mention = nameOfRun(tokens.slice(start, k));
  return mention ? { name: mention.name, titled: true } : undefined;
}

/** German determiners: a capitalised word after one, perhaps past an adjective, is a noun ("seine Freilassung", "einem ruhigen Vormittag"). */
const GERMAN_DETERMINER = /^(?:der|die|das|den|dem|[kmds]?ein(?:e|er|em|en|es)?|ihr(?:e|er|em|en|es)?|unser(?:e|er|em|en|es)?|dies(?:e|er|em|en|es)|jede[rmns]?)$/;

/**
 * True when tokens[start..end] is one capitalised word after a German determiner: German writes every
 * noun with a capital, so "über seine Freilassung sagte er" names no one. Roles and organisations
 * after an article are read before this ("der Minister", "die Bahn").
 */
function isGermanNoun(tokens: Token[], start: number, end: number): boolean {
  if (end !== start) return false;
  const before = tokens[start - 1];
  const at = before && isLower(before) && !GERMAN_DETERMINER.test(before.text) ? start - 2 : start - 1;
  const determiner = tokens[at];
  // "der Sprecher der Stadt": a role's department, which roleOfDepartment reads.
  const department = isRoleWord(tokens[at - 1]);
  // "Ein Nutzer schrieb": a determiner opening the sentence is written with a capital; there it makes a noun for a
  // person no one in particular, while a body opening the sentence ("Die Stadtverwaltung erklärte") is read as named.
  const opening = at === 0 && GERMAN_DETERMINER.test(determiner?.text.toLowerCase() ?? '') && GERMAN_PERSON_NOUN.test(tokens[start].text.toLowerCase());
  const determines = !!determiner && (GERMAN_DETERMINER.test(determiner.text) || opening);
  return determines && !department && !isRoleWord(tokens[start]) && !isOrganisationWord(tokens[start].text.toLowerCase());
}

/**
 * "der drusische Anführer Laith al-Balaous", "der Anwalt und Dissident Ayman Sheib ad-Din": German writes its nouns with
 * a capital and puts no article before a person's name, so a run of three capitals or more after a determiner (perhaps
 * past its adjectives), or joined to a noun that has one, opens with a noun for a person; where the name starts. Not
 * before a known given name (nameOfRun reads the words before it as titles), nor in an organisation's name.
 */
function germanNameStart(tokens: Token[], start: number, end: number): number {
  const first = tokens[start].text;
  // "der Ukrainer Usyk": a word for where someone is from before a surname alone.
  if (end - start < (GERMAN_DEMONYMS.has(first.toLowerCase()) ? 1 : 2) || GIVEN_NAME_GENDER.has(first.toLowerCase()) || !(GERMAN_PERSON_NOUN.test(first.toLowerCase()) || isRole(first.toLowerCase()))) return start;
  if (tokens.slice(start, end + 1).some((t) => isOrganisationWord(t.text.toLowerCase())) || !isGerman(tokens)) return start;
  let at = start - 1;
  // "der Anwalt und Dissident": the noun it is joined to has the determiner.
  if (COORDINATORS.has(tokens[at]?.text ?? '') && isCap(tokens[at - 1])) at -= 2;
  while (at >= 0 && at > start - 4 && isLower(tokens[at]) && !GERMAN_DETERMINER.test(tokens[at].text) && !isCue(tokens[at])) at--;
  return at >= 0 && GERMAN_DETERMINER.test(tokens[at].text.toLowerCase()) ? start + 1 : start;
}

/** The person or organisation the run tokens[start..end] names (nameOfRun), past a German noun opening it (germanNameStart). */
function mentionOfRun(tokens: Token[], start: number, end: number, roleBefore = false) {
  const from = germanNameStart(tokens, start, end);
  const mention = nameOfRun(tokens.slice(from, end + 1), roleBefore || from > start);
  if (!mention || from === start || mention.organisation) return mention;
  // "der Anwalt Karl Bauer", "der Anwalt und Dissident Ayman Sheib ad-Din": the nouns before the name say what the
  // person is, and a later "sagt der Anwalt" is them.
  const joined = COORDINATORS.has(tokens[start - 1]?.text ?? '') && isCap(tokens[start - 2]) ? [tokens[start - 2]] : [];
  return { ...mention, roles: [...mention.roles, ...joined.map((t) => t.text.toLowerCase()), tokens[start].text.toLowerCase()] };
}

/** "TNO's report", "the IDF's statement": whoever the possessive before a writing names issued it, and speaks through it. */
function issuerOfWriting(tokens: Token[], k: number): Slot | undefined {
  const word = tokens[k].text.toLowerCase();
  if (!(DOCUMENTS.has(word) || WRITINGS.has(word)) || !isPossessive(tokens[k - 1])) return undefined;
  const start = runStartingBefore(tokens, k - 1);
  const mention = start >= 0 ? nameOfRun(tokens.slice(start, k)) : undefined;
  return mention && { name: mention.name, titled: mention.titled || mention.organisation, atSentenceStart: start === 0 };
}

/** A name with an age in apposition: "Lamine Yamal, de 17 años,", "Lucas Moreira, 17 anos,". */
const AGE_APPOSITIVE = /(\p{Lu}[\p{L}’'-]+(?: (?:d[aeo]s? |de la )?\p{Lu}[\p{L}’'-]+)+), (?:de )?(\d{1,3}) a[ñn]os\b/gu;

/** Spanish and Portuguese demonstratives: "este ministerio" is the ministry just named. */
const DEMONSTRATIVES = new Set(['este', 'esta', 'ese', 'esa', 'esse', 'essa']);

/** Spanish and Portuguese words for what a body or a person issues in writing ("el comunicado", "a nota", "el texto"). */
const ROMANCE_WRITINGS = new Set(['comunicado', 'nota', 'texto', 'carta', 'informe', 'documento', 'relatório', 'escrito', ...FRENCH_WRITINGS]);

/**
 * "diz o comunicado do STF", "añade la nota del Ministerio de Sanidad": a writing named by whose it is, at k after
 * its article; its issuer speaks through it, as "TNO's report" (issuerOfWriting) in English. "añade el texto": the
 * writing the text just spoke of, whoever issued it (resolveDocument).
 */
function issuerAfterWriting(tokens: Token[], k: number): Slot | undefined {
  // Portuguese "a" is an article before the noun ("a nota"), which ARTICLES leaves out as the preposition it also is.
  if (tokens[k]?.text === 'a') k++;
  const word = tokens[k]?.text.toLowerCase() ?? '';
  if (!(isArticle(tokens[k - 1]) || tokens[k - 1]?.text === 'a') || !(ROMANCE_WRITINGS.has(word) || GERMAN_CZECH_WRITINGS.has(word))) return undefined;
  if (!ROLE_COMPLEMENT.has(tokens[k + 1]?.text ?? '')) return isCap(tokens[k + 1]) ? undefined : { document: word };
  const start = isArticle(tokens[k + 2]) ? k + 3 : k + 2;
  const end = runEndingAfter(tokens, start);
  return end >= 0 ? bodyNamed(tokens, start, end) : undefined;
}

/** The body or person the run from start to end names, as whom a writing or a spokesperson speaks for. */
function bodyNamed(tokens: Token[], start: number, end: number): Slot | undefined {
  const mention = nameOfRun(tokens.slice(start, end + 1));
  return mention && { name: mention.name, titled: true };
}

/** German "darin" (in it) and "in"/"im", Czech "v"/"ve", before a writing where words stand ("heißt es darin"). */
const IN_WRITING = new Set(['in', 'im', 'v', 've']);

/**
 * "heißt es darin", "heißt es in der Erklärung", "uvádí se v prohlášení": the writing at token k the words stand in,
 * whoever issued it speaking through it (resolveDocument). "darin" is the writing the text just spoke of.
 */
function writingAt(tokens: Token[], k: number): Slot | undefined {
  if (tokens[k]?.text === 'darin') return { document: 'darin' };
  if (!IN_WRITING.has(tokens[k]?.text ?? '')) return undefined;
  const at = isArticle(tokens[k + 1]) ? k + 2 : k + 1;
  const word = tokens[at]?.text.toLowerCase() ?? '';
  return GERMAN_CZECH_WRITINGS.has(word) && !isCap(tokens[at + 1]) && !ROLE_COMPLEMENT.has(tokens[at + 1]?.text ?? '') ? { document: word } : undefined;
}

/**
 * "…, peut-on lire dans le communiqué (du ministère)", "lit-on dans la note": the writing read in, after "on" at k - 1, speaks
 * the words; "peut-on lire dans Les Échos", "lit-on sur Mediapart": the publication, its article kept; "…, peut-on lire."
 * alone reads the writing the text just spoke of, whichever of its words it used (resolveDocument).
 */
function writingReadIn(tokens: Token[], k: number): Slot | undefined {
  const at = tokens[k]?.text === 'lire' ? k + 1 : tokens[k - 2]?.text === 'lit' ? k : -1;
  if (at >= 0 && (!tokens[at] || !/\p{L}/u.test(tokens[at].text))) return { document: 'texte' };
  if (!['dans', 'sur'].includes(tokens[at]?.text ?? '')) return undefined;
  if (!isCap(tokens[at + 1])) return tokens[at].text === 'dans' ? issuerAfterWriting(tokens, at + 2) : undefined;
  const end = runEndingAfter(tokens, at + 1);
  const mention = nameOfRun(tokens.slice(at + 1, end + 1));
  const article = tokens[at + 1].text;
  return mention && { name: isArticle(tokens[at + 1]) && !mention.name.startsWith(article) ? `${article} ${mention.name}` : mention.name, titled: true };
}

/** "n’a pas mâché ses mots", "a pris la parole", "a haussé le ton": French phrases for speaking, the participle first. */
const SPEAKING_PHRASES = [['mâché', 'ses', 'mots'], ['pris', 'la', 'parole'], ['haussé', 'le', 'ton']];
/** "s’est montrée cinglante", "s’est voulu rassurant": the participle before a manner of speaking (FRENCH_SPEAKING_MANNERS). */
const SHOWN = /^(?:montré|voulu)e?s?$/u;
/** "se montre prudent", "se veut rassurante": the same in the present. */
const SHOWS = new Set(['montre', 'montrent', 'veut', 'veulent']);
/** French negation around an auxiliary ("n’a pas", "ne s’est"). */
const NEGATION = /^(?:ne|pas|n[’'](?:a|est))$/u;
/** Degrees before a manner of speaking ("s’est montré plus prudent"). */
const DEGREES = new Set(['très', 'plus', 'assez', 'particulièrement', 'aussi', 'encore']);

/**
 * "Jean-Luc Mélenchon n’a pas mâché ses mots.", "Interrogée sur la réforme, Marine Tondelier s’est montrée cinglante.": a
 * sentence saying that someone spoke, and how, with no verb of saying; its subject, the name or role opening its clause
 * right before the verb. "Marine Tondelier s’est montrée très efficace" is not about speaking.
 */
function speakingMannerSubject(tokens: Token[]): Slot | undefined {
  const p = tokens.findIndex((_, i) => SPEAKING_PHRASES.some((phrase) => phrase.every((w, j) => tokens[i + j]?.text === w)));
  const manner = (i: number) => FRENCH_SPEAKING_MANNERS.has(tokens[DEGREES.has(tokens[i]?.text ?? '') ? i + 1 : i]?.text ?? '');
  const shown = tokens.findIndex((t, i) => ((SHOWN.test(t.text) && REFLEXIVE_AUXILIARY.test(tokens[i - 1]?.text ?? '')) || (SHOWS.has(t.text) && tokens[i - 1]?.text === 'se')) && manner(i + 1));
  // Back from the participle past the auxiliary and the negation ("n’a pas", "a", "s’est") to the subject.
  let v = p >= 0 ? p : shown;
  if (v <= 0) return undefined;
  while (v > 0 && (AVOIR.has(tokens[v - 1].text) || REFLEXIVE_AUXILIARY.test(tokens[v - 1].text) || NEGATION.test(tokens[v - 1].text))) v--;
  return v > 0 ? subjectOf(tokens, v) : undefined;
}

/** How many words in lower case may stand between a nationality and the body it qualifies ("the German foreign ministry"). */
const NATIONAL_BODY_WORDS = 2;

/**
 * "the Swedish government", "the Indian army", "the German foreign ministry": a body named by the nation it serves, after
 * "the"; the phrase from the nationality (at `start`) to the organisation word, and where it ends.
 */
function nationalBodyAt(tokens: Token[], start: number): { slot: Slot; end: number } | undefined {
  if (tokens[start - 1]?.text.toLowerCase() !== 'the' || !isCap(tokens[start]) || !nationalityOf(tokens[start].text.toLowerCase())) return undefined;
  for (let end = start + 1; end <= start + 1 + NATIONAL_BODY_WORDS && tokens[end] && isLower(tokens[end]); end++) {
    if (isOrganisationWord(tokens[end].text)) return { slot: { name: joinWords(tokens.slice(start, end + 1)), titled: true }, end };
  }
  return undefined;
}

/** The body named by its nation whose phrase ends at token k ("…the Swedish government said"). */
function nationalBodyEndingAt(tokens: Token[], k: number): Slot | undefined {
  if (!tokens[k] || !isLower(tokens[k]) || !isOrganisationWord(tokens[k].text)) return undefined;
  for (let start = k - 1; start >= Math.max(0, k - 1 - NATIONAL_BODY_WORDS); start--) {
    const body = nationalBodyAt(tokens, start);
    if (body?.end === k) return body.slot;
  }
  return undefined;
}

/** The name, pronoun or role ending at token k (k included), skipping nothing. */
function slotEndingAt(tokens: Token[], k: number): Slot {
  const t = tokens[k];
  if (!t) return { unnamed: true };
  if (PRONOUNS.has(t.text.toLowerCase())) return { pronoun: t.text.toLowerCase() };
  if (DOCUMENTS.has(t.text.toLowerCase()) && isArticle(tokens[k - 1])) return { document: t.text.toLowerCase() };
  const issuer = issuerOfWriting(tokens, k);
  if (issuer) return issuer;
  if (BODY_PRONOUNS.has(t.text)) return { body: t.text.toLowerCase() };
  const description = descriptionEndingAt(tokens, k);
  if (description) return description;
  const other = nationalBodyEndingAt(tokens, k) ?? organisationOfSpokesperson(tokens, k) ?? roleAt(tokens, k);
  if (other) return other;
  const start = runStartingBefore(tokens, k);
  if (start < 0 || isGermanNoun(tokens, start, k)) return { unnamed: true };
  const mention = mentionOfRun(tokens, start, k, isRoleWord(tokens[start - 1]));
  // "Der Minister sagte", "dijo el Ministro de Hacienda": a capitalized role with no name after it, or only its complement.
  const role = isRoleWord(t) ? t : isRoleWord(tokens[start]) ? tokens[start] : undefined;
  if (!mention) return role ? { role: role.text.toLowerCase() } : { unnamed: true };
  return { name: mention.name, titled: mention.titled || mention.organisation, opensSentence: start === 0 && k === 0, atSentenceStart: start === 0, afterArticle: isArticle(tokens[start - 1]) };
}

/** Bodies named by what they are and whose ("le ministère de la Défense", "la préfecture de Paris"); not a team or a party. */
const DEPARTMENT_HEADS = new Set(
  'ministère ministry ministerio ministério préfecture parquet présidence direction département agence commission conseil tribunal cour secrétariat department agency office bureau'.split(' '),
);

/** A lower-case word that may qualify a role ("russe", "américain", "adjoint"): not a link, an article, a cue or a preposition. */
const isAdjective = (t: Token) => isLower(t) && !LINKS.has(t.text) && !isArticle(t) && !isCue(t) && !PREPOSITIONS.has(t.text) && !ROLE_COMPLEMENT.has(t.text) && !AUXILIARIES.has(t.text);

/**
 * True when the word at token k after a role may tell which holder ("président russe", "chef du gouvernement
 * britannique"); not the head of a phrase of its own ("le président lors d’un discours").
 */
const isQualifierAt = (tokens: Token[], k: number) =>
  !!tokens[k] && isAdjective(tokens[k]) && !POSSESSOR_BEFORE.has(tokens[k + 1]?.text.toLowerCase() ?? '');

/**
 * The office a French periphrasis starting at token k stands for ("chef de l’État" → président), when no name
 * follows it ("le Premier ministre François Bayrou" is a role and a name, read as such). An adjective after it
 * may tell which holder ("le chef du gouvernement britannique"), as after any role.
 */
function officeAt(tokens: Token[], k: number): { role: string; qualified?: string } | undefined {
  const phrase = joinWords(tokens.slice(k, k + 4)).toLowerCase().replace(/’/g, "'");
  for (const [words, office] of OFFICE_PHRASES) {
    if (phrase !== words && !phrase.startsWith(`${words} `)) continue;
    const after = k + tokenize(words).length;
    if (isCap(tokens[after])) return undefined;
    return isQualifierAt(tokens, after) ? { role: office, qualified: `${office} ${tokens[after].text}` } : { role: office };
  }
  return undefined;
}

/** Words of a name as written: no space after an elided article ("ministère de l’Intérieur"). */
const joinWords = (tokens: Token[]) => tokens.map((t, i) => (i && !/['’]$/.test(tokens[i - 1].text) ? ' ' : '') + t.text).join('');

/**
 * "le ministère russe de la Défense", "la préfecture de police de Paris": an organisation word in lower case, perhaps an
 * adjective, and its department in capitals: one organisation, named so (the words up to the department's end).
 */
function organisationWithDepartment(tokens: Token[], k: number): Slot | undefined {
  if (!tokens[k] || !isLower(tokens[k]) || !DEPARTMENT_HEADS.has(tokens[k].text)) return undefined;
  let j = k + 1;
  while (j < k + 3 && tokens[j] && isLower(tokens[j]) && !ROLE_COMPLEMENT.has(tokens[j].text) && !isCue(tokens[j]) && !LINKS.has(tokens[j].text)) j++;
  if (!ROLE_COMPLEMENT.has(tokens[j]?.text ?? '') || tokens[j].text === 'of' || tokens[j].text === 'for') return undefined;
  j++;
  if (isArticle(tokens[j])) j++;
  const end = runEndingAfter(tokens, j);
  // "el team principal de Red Bull, Christian Horner": a name after it makes the words a role.
  if (end < 0 || (tokens[end + 1]?.text === ',' && isCap(tokens[end + 2]))) return undefined;
  return { name: joinWords(tokens.slice(k, end + 1)), titled: true };
}

/**
 * "Le ministre de la Défense a affirmé", "el portavoz de la Asociación dijo": the capitalised run starting at
 * `start` is the department of a role a few words before it, and the role is who speaks.
 */
function roleOfDepartment(tokens: Token[], start: number, end: number): Slot | undefined {
  let j = start - 1;
  while (j >= 0 && isArticle(tokens[j])) j--;
  // "Der Sprecher der Bahn sagte", "Schwab, Schulleiterin der MS Egger-Lienz sagte": the German genitive needs no
  // preposition, and the department may take more than one word when no given name in it begins a name.
  const genitive = j >= 0 && j < start - 1 && ['der', 'des'].includes(tokens[j + 1].text) && isRoleWord(tokens[j]);
  if (genitive && !tokens.slice(start, end + 1).some(isGivenName)) return { role: tokens[j].text.toLowerCase() };
  // One word only: "El alcalde de Barcelona Jaume Collboni dijo" names him after his city.
  if (end !== start) return undefined;
  if (j < 0 || !ROLE_COMPLEMENT.has(tokens[j].text.toLowerCase())) return undefined;
  // "Le ministère de la Défense a affirmé": the organisation speaks, not its department.
  for (let r = j - 1; r >= Math.max(0, j - 3) && isLower(tokens[r]); r--) {
    const organisation = isArticle(tokens[r - 1]) ? organisationWithDepartment(tokens, r) : undefined;
    if (organisation) return organisation;
  }
  for (let r = j - 1; r >= Math.max(0, j - 3); r--) {
    // "Le chef de l’État a déclaré": an office named by a periphrasis.
    const office = isArticle(tokens[r - 1]) ? officeAt(tokens, r) : undefined;
    if (office) return office;
    // "a spokeswoman for Tesco said" is Tesco speaking; "el portavoz de la Asociación" the one person the text gave that role.
    if (isRoleWord(tokens[r]) && SPOKES.has(tokens[r].text.toLowerCase()) && !ARTICLES.has(tokens[r - 1]?.text.toLowerCase() ?? '')) return undefined;
    if (isRoleWord(tokens[r])) return { role: tokens[r].text.toLowerCase() };
    if (!isLower(tokens[r])) return undefined;
  }
  return undefined;
}

/** Subject pronouns that may follow their verb: German, French, Spanish and Portuguese ones, not English "he" and "she". */
const INVERTED_PRONOUNS = new Set([...PRONOUNS].filter((p) => p !== 'he' && p !== 'she'));
/** Relative pronouns that are the subject of their clause ("Blanik, die … berichtete:", "Smith, who later testified:"). */
const SUBJECT_RELATIVES = new Set(['der', 'die', 'who', 'qui']);

/**
 * "Blanik, die ansonsten von einem ruhigen Vormittag berichtete:": a cue closing a relative clause
 * (its verb last, as German puts it) has for subject the name before the relative pronoun.
 */
function relativeClauseSubject(tokens: Token[], v: number): Slot | undefined {
  const next = tokens[v + 1];
  if (next && ![':', ','].includes(next.text)) return undefined;
  const comma = tokens.slice(0, v).findLastIndex((t) => t.text === ',');
  if (comma < 1 || comma > v - 2 || !SUBJECT_RELATIVES.has(tokens[comma + 1].text) || !isCap(tokens[comma - 1]) || isCap(tokens[comma + 2])) return undefined;
  const slot = slotEndingAt(tokens, comma - 1);
  return 'name' in slot || 'role' in slot ? slot : undefined;
}

/**
 * Where the words an acronym in parentheses at `open` stands for begin, when they stand right before it: back over
 * names, links and articles to a word with its first letter, the capitals on the way spelling it in order, two or more
 * ("Organisation for Economic Co-operation and Development (OECD)", "Islamische Glaubensgemeinschaft in Österreich
 * (IGGÖ)"); -1 when they are not there ("Olaf Scholz (SPD)", "de Ucrania (GTSOU)").
 */
function expansionBefore(tokens: Token[], open: number, acronym: string): number {
  const inPhrase = (t: Token) => isCap(t) || LINKS.has(t.text) || ROMANCE_OWNER_LINKS.has(t.text) || isArticle(t);
  let first = open - 1;
  while (first >= 0 && inPhrase(tokens[first]) && !(isCap(tokens[first]) && tokens[first].text[0] === acronym[0])) first--;
  if (first < 0 || !isCap(tokens[first]) || tokens[first].text[0] !== acronym[0]) return -1;
  const initials = tokens.slice(first, open).filter(isCap).map((t) => t.text[0]);
  let at = 0;
  for (const initial of initials) {
    at = acronym.indexOf(initial, at) + 1;
    if (!at) return -1;
  }
  return initials.length >= 2 ? first : -1;
}

/**
 * "La operadora de la red de gas de Ucrania (Gtsou) anunció", "the rail union (RMT) said": an acronym in parentheses
 * after a phrase whose head is no name names the phrase; the name before it is only part of it. Where the words it
 * stands for are there, they name it ("The Organisation for Economic Co-operation and Development (OECD) said", not
 * "Development"). Not "Olaf Scholz (SPD) sagte" nor "John Smith (Labour) said", a party after its member.
 */
function acronymOfPhrase(tokens: Token[], open: number): string | undefined {
  const acronym = tokens[open + 1];
  // Some outlets write an acronym as a word ("(Gtsou)").
  if (!acronym || !/^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u.test(acronym.text) || tokens[open + 2]?.text !== ')') return undefined;
  const start = runStartingBefore(tokens, open - 1);
  const expansion = expansionBefore(tokens, open, acronym.text.toUpperCase());
  if (expansion >= 0) return start >= 0 && expansion >= start ? undefined : joinWords(tokens.slice(expansion, open));
  if (isLower(tokens[open - 1]) && !isArticle(tokens[open - 1]) && !PREPOSITIONS.has(tokens[open - 1].text)) return acronym.text;
  if (start <= 0 || tokens[start].text[0] === acronym.text[0]) return undefined;
  const link = isArticle(tokens[start - 1]) ? start - 2 : start - 1;
  return LINKS.has(tokens[link]?.text ?? '') || ROMANCE_OWNER_LINKS.has(tokens[link]?.text ?? '') ? acronym.text : undefined;
}

/** Who does the verb at token v: the name or pronoun just before it, past adverbs and an appositive. */
function subjectOf(tokens: Token[], v: number): Slot {
  // "Die Technik sei kein Selbstzweck, betont sie": after a clause, a verb with a subject pronoun after it is that
  // pronoun's (in English, "…, said he was" opens the reported clause).
  const after = tokens[v + 1];
  if (tokens[v - 1]?.text === ',' && after && INVERTED_PRONOUNS.has(after.text) && !germanPlural(tokens[v], after)) return { pronoun: after.text };
  const relative = relativeClauseSubject(tokens, v);
  if (relative) return relative;
  // "Mme Binet a fait valoir", "l'ONG a mis en garde": past the first words of a cue phrase.
  let k = cuePhraseStart(tokens, v) - 1;
  // "habe er sich gesagt": past the reflexive pronoun to the subject.
  while (k >= 0 && (isAdverb(tokens[k]) || REFLEXIVES.has(tokens[k].text))) k--;
  // "acebush1 posted", "In an earlier post, elmo666 had written": a user name with digits right before the verb is who wrote.
  if (SPEAKING_HANDLE.test(tokens[k]?.text ?? '') && (k === 0 || !/\p{L}/u.test(tokens[k - 1].text))) return { name: tokens[k].text, titled: true };
  // "détaille Mme Cardenal, qui développe :", "Smith, who added:", "Natalia Piergentili, quien afirmó": a relative clause's
  // verb has the name before it for subject.
  if (['qui', 'who', 'quien'].includes(tokens[k]?.text ?? '') && tokens[k - 1]?.text === ',' && isCap(tokens[k - 2])) k -= 2;
  // "Trump on Tuesday said", "Ruano last week said", "Betancourt at that time asked": past a time between the subject and the verb.
  const when = [2, 3].find((n) => k - n + 1 > 0 && timePhraseLength(tokens, k - n + 1) === n);
  if (when) {
    k -= when;
    while (k >= 0 && isAdverb(tokens[k])) k--;
  }
  // "The Indian army in a statement said", "Smith in an interview said": past the occasion between the subject and the verb.
  if (SPEAKING_OCCASIONS.has(tokens[k]?.text.toLowerCase() ?? '') && ['a', 'an', 'the', 'his', 'her', 'its', 'their'].includes(tokens[k - 1]?.text.toLowerCase() ?? '') && tokens[k - 2]?.text === 'in' && k > 2) k -= 3;
  // "Uber stepped in and tweeted", "he felt it was “…,” and explained": a second verb of the sentence's subject.
  if (tokens[k]?.text === 'and' && k > 0 && (isLower(tokens[k - 1]) || tokens[k - 1].text === ',')) return sentenceSubject(tokens, k);
  // "Voigt bedankt sich … und sagt dann:": a second verb of the name opening the sentence, whatever its first verb.
  if (AND.has(tokens[k]?.text) && k > 0) {
    // "Minutos antes del encuentro, Albares ha recalcado … y pidió": past a phrase of time or place and its comma.
    const intro = tokens.findIndex((t, i) => i < k && t.text === ',');
    let named = intro + 1;
    if (isArticle(tokens[named])) named++;
    while (tokens[named] && isLower(tokens[named]) && isRoleWord(tokens[named])) named++;
    const from = intro > 0 && !!tokens[1] && isLower(tokens[1]) && isCap(tokens[named]) ? named : 0;
    const end = runEndingAfter(tokens, from);
    const first = tokens[from].text.toLowerCase();
    const opens = end >= 0 && end < k && !PREPOSITIONS.has(first) && !LINKS.has(first) && tokens[end + 1] && isLower(tokens[end + 1]);
    if (opens) return slotEndingAt(tokens, end);
    // "Por su parte Gazprom, la proveedora rusa…, acusó recibo… y destacó": past a phrase saying whose turn it is,
    // the name it comes to, with its appositive or its verb after it.
    const turn = TURN_PHRASES.find((phrase) => phraseAt(tokens, 0, phrase))?.length ?? 0;
    const turnName = from === 0 && turn ? runEndingAfter(tokens, turn) : -1;
    if (turnName >= 0 && turnName < k && (tokens[turnName + 1]?.text === ',' || isLower(tokens[turnName + 1]))) return slotEndingAt(tokens, turnName);
    return { unnamed: true };
  }
  // "Senator John McCain (R-Ariz.) said": the parenthesis is about the name before it.
  if (tokens[k]?.text === ')') {
    const open = tokens.slice(0, k).findLastIndex((t) => t.text === '(');
    const acronym = open >= 0 ? acronymOfPhrase(tokens, open) : undefined;
    if (acronym) return { name: acronym, titled: true };
    if (open >= 0) k = open - 1;
  }
  // "Karen Lowe, 45, of Tacoma, said": an appositive may follow another; read back past each.
  while (tokens[k]?.text === ',' && tokens[k - 1]?.text !== ',') {
    const open = tokens.slice(0, k).findLastIndex((t) => t.text === ',');
    const first = tokens[open + 1];
    const inner = open > 0 && tokens[open - 1] && /^\d+$/.test(tokens[open - 1].text) && tokens.slice(0, open - 1).findLastIndex((t) => t.text === ',') === open - 2;
    if (!inner || !first || !isLower(first)) break;
    k = open;
  }
  if (tokens[k]?.text === ',') {
    const open = tokens.slice(0, k).findLastIndex((t) => t.text === ',');
    const first = tokens[open + 1];
    if (open >= 0 && first && (isLower(first) || /^\d/.test(first.text) || APPOSITIVE_START.has(first.text.toLowerCase()))) k = open - 1;
    // "Morrison, Vindman's superior, said", "Strauss Zelnick, CEO of Take-Two, adds": an appositive may open with a
    // possessive or a capitalised role, when the name before it opens its clause (not "In Washington, Trump's aides said").
    else if (open > 0 && first && describesSomeone(first) && opensClause(tokens, open - 1)) k = open - 1;
    else k -= 1;
  } else if (tokens[k] && isLower(tokens[k])) {
    k = appositiveHead(tokens, k) ?? workplaceBefore(tokens, k) ?? k;
  }
  const worker = workerBefore(tokens, k);
  if (worker) return worker;
  const slot = slotEndingAt(tokens, k);
  if (!('name' in slot)) return slot;
  const start = runStartingBefore(tokens, k);
  // "zitierte sie den Abgeordneten Max Mordhorst, empfahl ihm:": a German object before the comma is not who speaks.
  if (tokens[k + 1]?.text === ',' && isGermanObject(tokens, start)) return sentenceSubject(tokens, start);
  const department = roleOfDepartment(tokens, start, k);
  if (department) return department;
  // "Sobre la situación de Granda dijo que…": a name completing a noun is not who speaks; after a phrase saying what about,
  // the verb's subject is dropped (the one the story follows), otherwise it is the noun's ("la madre de Granda"), unnamed.
  if (completesNoun(tokens, start, ROMANCE_OWNER_LINKS)) {
    return PREPOSITIONS.has(tokens[0].text.toLowerCase()) ? { pronoun: IMPLIED_SUBJECT } : { unnamed: true };
  }
  // "a lawyer for Smith said", "an aide to the minister said": the name is the object of a
  // preposition, not who speaks; only "a spokeswoman for Tesco" speaks for the one named.
  // "Rebecca English of the Daily Mail recalled": past the article to the preposition.
  const p = isArticle(tokens[start - 1]) && (WORKPLACE_LINKS.has(tokens[start - 2]?.text ?? '') || tokens[start - 2]?.text === 'for') ? start - 2 : start - 1;
  const preposition = tokens[p];
  // "as Reuters reported": "as" is a conjunction here, its clause's subject speaks.
  if (!preposition || !LINKS.has(preposition.text) || ['and', 'or', 'as'].includes(preposition.text)) return slot;
  if (speaksThrough(tokens, p + 1)) return slot;
  // "The Conservatives’ letter to Daniel Greenberg, the standards commissioner, said": the letter speaks, for its issuer.
  if (DOCUMENTS.has(tokens[p - 1]?.text.toLowerCase() ?? '')) return slotEndingAt(tokens, p - 1);
  return { unnamed: true };
}

/** Prepositions joining a person to where they work ("Rebecca English of the Daily Mail", "Ana Ruiz from Reuters"). */
const WORKPLACE_LINKS = new Set(['of', 'from', 'at']);
/** How many words in lower case may follow a workplace's name to say which part of it ("from UPS corporate communications"). */
const WORKPLACE_PART_WORDS = 3;

/**
 * "Matthew O’Connor from UPS corporate communications said": the end of the workplace's name when the words in lower
 * case before the verb at k + 1 name a part of it, with a person before "from", "of" or "at"; subjectOf reads on from there.
 */
function workplaceBefore(tokens: Token[], k: number): number | undefined {
  let j = k;
  while (j > 0 && j > k - WORKPLACE_PART_WORDS && isLower(tokens[j]) && !isVerbLike(tokens[j]) && !isCue(tokens[j])) j--;
  if (j === k || !isCap(tokens[j])) return undefined;
  const link = workplaceLinkBefore(tokens, j);
  return link !== undefined && isCap(tokens[link - 1]) ? j : undefined;
}

/** Where "of", "from" or "at" stands before the workplace whose name ends at `end` (past its article); undefined when none does. */
function workplaceLinkBefore(tokens: Token[], end: number): number | undefined {
  const start = runStartingBefore(tokens, end);
  const link = isArticle(tokens[start - 1]) ? start - 2 : start - 1;
  return WORKPLACE_LINKS.has(tokens[link]?.text ?? '') ? link : undefined;
}

/**
 * The person before "of the Daily Mail", "from Reuters", "at Oxford", "from Natural Justice in Cape Town", when the run
 * ending at k is where they work (or where that is, after "in"): they speak, unless they speak for it (speaksThrough).
 */
function workerBefore(tokens: Token[], k: number): Slot | undefined {
  if (!isCap(tokens[k])) return undefined;
  const place = runStartingBefore(tokens, k);
  const end = tokens[place - 1]?.text === 'in' && isCap(tokens[place - 2]) ? place - 2 : k;
  const link = workplaceLinkBefore(tokens, end);
  if (link === undefined) return undefined;
  // "Analysts at Dunmore Capital in London wrote": the firm speaks through them.
  if (speaksThrough(tokens, link + 1)) return slotEndingAt(tokens, end);
  if (!isCap(tokens[link - 1])) return undefined;
  const person = nameOfRun(tokens.slice(runStartingBefore(tokens, link - 1), link));
  return person && !person.organisation ? slotEndingAt(tokens, link - 1) : undefined;
}

/** An acronym that may stand before a name as a title ("MEC Mamabolo"). */
const ACRONYM_TITLE = /^\p{Lu}{2,4}$/u;

/** Phrases opening a sentence that give the next one their turn, with or without a comma ("Por su parte Gazprom…"). */
const TURN_PHRASES = ['por su parte', 'a su vez', 'por otra parte', 'de su lado', 'por sua vez', 'por seu lado', 'pour sa part', 'de son côté', 'for its part', 'for his part', 'for her part'].map((p) => p.split(' '));

/** People who write for the organisation they work at, in the plural ("analysts at Dunmore Capital wrote"). */
const STAFF = new Set(['analysts', 'economists', 'strategists', 'researchers']);

/**
 * True when the words before the preposition ahead of the name at `start` make it the speaker: "a spokeswoman for
 * Tesco", "a statement from Kestrel Airways", "analysts at Dunmore Capital". "a lawyer for Smith" speaks for himself.
 */
function speaksThrough(tokens: Token[], start: number): boolean {
  const preposition = tokens[start - 1]?.text ?? '';
  const before = tokens[start - 2]?.text.toLowerCase() ?? '';
  if (SPOKES.has(before)) return ['for', 'of', 'de', 'von'].includes(preposition);
  if (DOCUMENTS.has(before)) return ['from', 'by', 'of'].includes(preposition);
  return STAFF.has(before) && preposition === 'at';
}

/**
 * After the cue, whom a spokesperson, a writing or analysts at token k speak for: "said a spokeswoman for Tesco",
 * "according to a statement from the Department of Justice" (speaksThrough), "said a Tesco spokeswoman". Not when the
 * spokesperson is named after ("said a spokesman for the ministry, John Hale"): that one speaks.
 */
function spokenForAfter(tokens: Token[], k: number): Slot | undefined {
  const at = ENGLISH_ARTICLES.has(tokens[k]?.text.toLowerCase() ?? '') ? k + 1 : k;
  const through = speaksThrough(tokens, at + 2);
  const start = through ? (isArticle(tokens[at + 2]) ? at + 3 : at + 2) : at;
  const end = runEndingAfter(tokens, start);
  if (end < 0 || (!through && !(at > k && SPOKES.has(tokens[end + 1]?.text.toLowerCase() ?? '')))) return undefined;
  const after = through ? end + 1 : end + 2;
  return tokens[after]?.text === ',' && isCap(tokens[after + 1]) ? undefined : bodyNamed(tokens, start, end);
}

/** "read" reports a document's words: "the statement read", "a statement from Kestrel Airways read:". */
const READING = new Set(['read', 'reads']);

/** True when "read" at token i has a document for subject, perhaps with its issuer after it ("a letter from the council read"). */
function isReadingAt(tokens: Token[], i: number): boolean {
  if (!READING.has(tokens[i]?.text ?? '')) return false;
  let j = i - 1;
  if (isCap(tokens[j])) {
    j = runStartingBefore(tokens, j) - 1;
    if (isArticle(tokens[j])) j--;
    if (!['from', 'by', 'of'].includes(tokens[j]?.text ?? '')) return false;
    j--;
  }
  return DOCUMENTS.has(tokens[j]?.text.toLowerCase() ?? '');
}

/**
 * The role opening a sentence after an article ("El consejero ha lanzado…", "O parlamentar cobra…"), its subject;
 * none when the sentence names its holder in an appositive ("O presidente da Câmara, Arthur Lira, não participou").
 */
function openingRole(tokens: Token[]): string | undefined {
  if (!isArticle(tokens[0]) || !tokens[1] || !isLower(tokens[1]) || !isRoleWord(tokens[1]) || isCap(tokens[2])) return undefined;
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma > 0 && comma <= ROLE_BEFORE_REACH + 2 && isCap(tokens[comma + 1]) ? undefined : tokens[1].text.toLowerCase();
}

/** True when the capitalised run ending at token k opens its clause: nothing, a comma or a quotation before it. */
function opensClause(tokens: Token[], k: number): boolean {
  const start = runStartingBefore(tokens, k);
  if (start < 0) return false;
  const prev = tokens[start - 1];
  return !prev || prev.text === ',' || isMasked(prev);
}

/** How many words after a quotation a cue may stand ("…,” the minister of finance told reporters on Monday"). */
const CUE_AFTER_WITHIN = 14;
/** How many words an appositive without its closing comma may hold. */
const APPOSITIVE_LENGTH = 15;
const isMasked = (t: Token) => /^x+$/.test(t.text);
/** Relative pronouns that open a clause with its own subject ("a quien el informe…", "que le ministre…", "whom the court…"). */
const OBJECT_RELATIVES = new Set(['quien', 'quienes', 'que', 'qui', 'dont', 'whom', 'whose', 'donde', 'où', 'cuyo', 'cuya']);

/**
 * The name an appositive ending at token k describes, when the writer left out its closing comma
 * ("Kaplan, also an avid collector of games, rare tarot cards, and books says"): the name opens its
 * clause and nothing between it and k is a verb or another name.
 */
function appositiveHead(tokens: Token[], k: number): number | undefined {
  for (let j = k; j > 0 && j >= k - APPOSITIVE_LENGTH; j--) {
    const t = tokens[j];
    // French "a" is a verb, English "a" an article: "Quist, also a collector of…". Names inside it are of the places and
    // bodies it speaks of ("a member of Montana’s LGBTQ+ community"), unless one opens it.
    if ((isVerbLike(t) && !APPOSITIVE_START.has(t.text)) || isMasked(t) || (isCap(t) && tokens[j - 1]?.text === ',' && !isRoleWord(t))) return undefined;
    // "Louise Gittins, Chair of the Local Government Association said": a capitalised role may open it.
    if (t.text !== ',' || !isCap(tokens[j - 1]) || !(isLower(tokens[j + 1]) || isRoleWord(tokens[j + 1]))) continue;
    // "Ocalan, a quien el informe ubicó": a relative clause has a subject of its own.
    if (OBJECT_RELATIVES.has(tokens[j + 1].text) || OBJECT_RELATIVES.has(tokens[j + 2]?.text ?? '')) return undefined;
    const start = runStartingBefore(tokens, j - 1);
    return start === 0 || tokens[start - 1].text === ',' || isMasked(tokens[start - 1]) ? j - 1 : undefined;
  }
  return undefined;
}

const CONJUNCTIONS = new Set(['and', '&', 'a', 'et', 'y', 'e', 'und']);
/** "Michala", "Petrovi", "Pavlem": a man's given name of the list in a Czech or Slovak oblique case. */
const isDeclinedGivenName = (t: Token | undefined) => {
  const word = t?.text.toLowerCase() ?? '';
  const base = /^(\p{L}{3,}?)(?:a|ovi|em|e|u)$/u.exec(word)?.[1];
  return !!base && !GIVEN_NAME_GENDER.has(word) && GIVEN_NAME_GENDER.get(base) === 'm';
};
const isGivenName = (t: Token | undefined) => !!t && GIVEN_NAME_GENDER.has(t.text.toLowerCase());

/** A web outlet ("Aktuálně.cz", "iDNES.cz"): someone is told something there, it does not speak. */
const isOutlet = (t: Token | undefined) => !!t && /\.\p{Ll}{2,3}$/u.test(t.text);

/**
 * The name that closes the clause a few lower-case words after a cue: the speaker put last, as
 * Czech and other free-order languages put it ("píše ve svém hodnocení server Claret and Hugh",
 * "hodnotí českého záložníka večerník Evening Standard"). A capitalized word right after a
 * preposition is where the words went ("na Twitter"), so the name starts after it. Only a
 * name that ends the clause counts: anything after it means the name was an object.
 */
function clauseFinalName(tokens: Token[], k: number): Slot | undefined {
  let j = k;
  while (j < k + 6 && tokens[j] && isLower(tokens[j]) && !isCue(tokens[j])) j++;
  if (j === k || !isCap(tokens[j])) return undefined;
  // "diz em áudio divulgado pelo secretário de Segurança Pública": after an agent, the name is whoever did what the participle says.
  if (tokens.slice(k, j).some((t) => AGENTS.has(t.text))) return undefined;
  // "selon un proche d'Edouard Philippe", "dit une amie de Marie Durand": someone described, named after what they are to the name;
  // "selon l'entourage de Jean Dupont", "dijo el entorno de Sánchez": the name is whose circle speaks.
  if (tokens.slice(k, j).some((t) => INDEFINITE.has(t.text.toLowerCase())) || POSSESSOR_BEFORE.has(tokens[j - 1].text.toLowerCase())) return undefined;
  // "a déclaré à l’AFP Jean Dupont": an article after a preposition begins where the words went; the name follows it.
  const placed = isArticle(tokens[j - 1]) && PREPOSITIONS.has(tokens[j - 2]?.text ?? '');
  // "dijo en declaraciones a la cadena Onda Cero", "afirmou em entrevista à rádio Gaúcha": a noun between "to" and the
  // capitals says what they name, the outlet the words went to.
  if (tokens.slice(k, placed ? j - 2 : j - 1).some((t) => ADDRESSED_TO.has(t.text))) return undefined;
  // "sagt eine Pendlerin", "fragt sich ein Fahrgast", "dit un proche": a noun after an article describes someone, it names no one.
  if (!placed && (isArticle(tokens[j - 1]) || INDEFINITE.has(tokens[j - 1].text.toLowerCase()) || INDEFINITE_DE.test(tokens[j - 1].text))) return undefined;
  // After a preposition, the run's first word is the place or outlet; a name may follow it in the same run
  // ("na Twitter Gary Lineker"), a full one: "to Rolling Stone" is where the words went, and "Stone" no one.
  const afterPreposition = placed || PREPOSITIONS.has(tokens[j - 1].text);
  if (afterPreposition) j++;
  let end = runEndingAfter(tokens, j);
  if (end < 0 || tokens.slice(j, end + 1).some(isOutlet) || (afterPreposition && end === j)) return undefined;
  // "server Claret and Hugh": one name with a conjunction in it, unless it joins two people
  // ("Jana Dvořáková a Pavel Novák": the first begins with a given name).
  const joined = CONJUNCTIONS.has(tokens[end + 1]?.text ?? '') ? runEndingAfter(tokens, end + 2) : -1;
  if (joined > 0 && !isGivenName(tokens[j])) end = joined;
  const next = tokens[end + 1];
  // "uvedla na adresu Michala Redla": a given name in another case than the nominative is an object.
  if (isDeclinedGivenName(tokens[j])) return undefined;
  // "uvedl u soudu Michal Redl jako důvod": a given name in the nominative is the subject, whatever follows.
  if (next && next.text !== ',' && next.text !== ';' && !(isGivenName(tokens[j]) && end > j && !CONJUNCTIONS.has(next.text))) return undefined;
  const mention = nameOfRun(tokens.slice(j, end + 1), isRoleWord(tokens[j - 1]));
  return mention ? { name: mention.name, titled: true } : undefined;
}

/** Spanish and Portuguese verbs of asking with no subject named, others asking ("le preguntaron a", "perguntaram ao técnico"). */
const ASKED_BY_OTHERS = new Set(['preguntaron', 'perguntaram', 'cuestionaron', 'questionaram', 'consultaron', 'indagaron']);

/** Spanish, Portuguese and French "to" (with its article) before whom or where words went: "a la cadena", "à rádio", "ao jornal". */
const ADDRESSED_TO = new Set(['a', 'al', 'à', 'ao', 'aos', 'às']);

/** Prepositions that make the name after them a possessor ("l'entourage de Jean Dupont"), when a lower-case word precedes. */
const POSSESSOR_BEFORE = new Set(['de', 'du', 'des', "d'", 'd’', 'del', 'da', 'do', 'of', 'von', 'vom']);

/** German datives that may come between a cue and its speaker ("sagte der Zeitung", "sagte dem Sender"). */
const DATIVE = new Set(['der', 'dem']);
const INDEFINITE = new Set(['ein', 'eine', 'un', 'une', 'uno', 'una', 'um', 'uma']);
/** German indefinite articles and their cases ("einer", "einem"), and "kein". */
const INDEFINITE_DE = /^k?ein(?:e|er|em|en|es)?$/;
/** An indefinite article of the languages read ("ein", "einem", "une", "una"): someone or something not named. */
const isIndefinite = (t: Token | undefined) => !!t && (INDEFINITE.has(t.text.toLowerCase()) || INDEFINITE_DE.test(t.text.toLowerCase()));
/** Words before a description said of someone ("ist ein Politiker", "als eine der Ersten", "est un élu"). */
const PREDICATIVE = new Set([...AUXILIARIES, 'als', 'as', 'comme', 'como', 'jako', 'sei', 'wird', 'wurde']);
/** A German age as a noun or an adjective ("der 48-Jährige", "der 48-jährige Jonas Keller"). */
const GERMAN_AGE = /^\d+-jährige$/u;

/**
 * "der 48-Jährige", "die 34-Jährige": someone the text named, referred to by age: the one it gave that age
 * ("der 21-jährige Jonas Keller"), or else whom "er" or "sie" would mean.
 */
function epithetOfAge(tokens: Token[], k: number): Slot | undefined {
  const article = tokens[k]?.text.toLowerCase();
  const age = tokens[k + 1]?.text.toLowerCase() ?? '';
  if (!GERMAN_AGE.test(age) || (article !== 'der' && article !== 'die')) return undefined;
  return { role: age, gender: article === 'der' ? 'm' : 'f', epithet: true };
}

/**
 * "so der Klimaforscher", "erzählt die Schülerin", "sagte der erfahrene Richter", "Der Unternehmer sagt:": a German
 * noun for a person (GERMAN_PERSON_NOUN) at token n after "der" or "die", perhaps past an adjective, and no name after
 * it: someone the text named, of the article's gender, as an epithet. "sagen die Forscher" (several, as "die" without
 * "-in" tells) and "sagt der Insider" (an unnamed source) are no one named; "der Sprecher" speaks for a body, read as a role.
 */
function germanDescriptionAt(tokens: Token[], n: number): Slot | undefined {
  const noun = tokens[n];
  const before = tokens[n - 1];
  const adjective = before && isLower(before) && /e$/.test(before.text) && !isArticle(before);
  const article = tokens[adjective ? n - 2 : n - 1]?.text.toLowerCase();
  if (!noun || (article !== 'der' && article !== 'die') || !isCap(noun) || isCap(tokens[n + 1])) return undefined;
  const word = noun.text.toLowerCase();
  if (UNNAMED_SOURCES.has(word)) return { unnamed: true };
  if (!GERMAN_PERSON_NOUN.test(word) || [...GERMAN_NOT_PERSONS].some((w) => word.endsWith(w)) || SPOKES.has(word) || isOrganisationWord(word)) return undefined;
  // "die Schülerin", "die Mutter", "die Abgeordnete" are one woman; "der Ärztin" is no subject.
  const feminine = /in$/.test(word) || [...GERMAN_FEMININE_NOUNS].some((f) => word.endsWith(f)) || (article === 'die' && /(?:te|de|ige)$/.test(word));
  if (article === 'die' && !feminine) return { unnamed: true };
  if (article === 'der' && feminine) return undefined;
  return { role: word, gender: article === 'die' ? 'f' : 'm', epithet: true };
}

/** A German compound for a spokesperson, with the body it speaks for: "Feuerwehrsprecher", "Regierungssprecherin", "Flixtrain-Sprecher". */
const SPOKESPERSON_COMPOUND = /^(\p{Lu}\p{L}*?)(?:(-)S|s?s)precher(?:in)?$/u;

/**
 * "teilte eine Sprecherin der Polizei mit", "sagte ein Sprecher des Innenministeriums": a German spokesperson after the
 * article at token k, named by no name after, speaks for the body in the genitive after the word ("Innenministerium").
 */
function bodyOfGermanSpokesperson(tokens: Token[], k: number): Slot | undefined {
  const article = tokens[k]?.text.toLowerCase() ?? '';
  if (!(isArticle(tokens[k]) || INDEFINITE_DE.test(article))) return undefined;
  const compound = SPOKESPERSON_COMPOUND.exec(tokens[k + 1]?.text ?? '');
  if (compound && !isCap(tokens[k + 2])) {
    // "sagte ein Feuerwehrsprecher": the body the text named with that word ("die Berliner Feuerwehr"); "ein Flixtrain-Sprecher": the firm.
    const [, body, hyphen] = compound;
    return isOrganisationWord(body.toLowerCase()) ? { role: body.toLowerCase() } : hyphen ? { name: body, titled: true } : undefined;
  }
  if (!SPOKES.has(tokens[k + 1]?.text.toLowerCase() ?? '') || !['der', 'des'].includes(tokens[k + 2]?.text ?? '')) return undefined;
  const end = runEndingAfter(tokens, k + 3);
  if (end < 0 || isCap(tokens[end + 1]) || (tokens[end + 1]?.text === ',' && isCap(tokens[end + 2]))) return undefined;
  const written = joinWords(tokens.slice(k + 3, end + 1));
  // "des Verbands", "des Bundestages": the body's name without the ending of the genitive.
  const body = tokens[k + 2].text === 'des' ? written.replace(/e?s$/u, '') : written;
  return isOrganisationWord(body.split(' ').at(-1)!.toLowerCase()) ? { name: body, titled: true } : undefined;
}

/** The gender a Czech verb in the past tells of its subject: "řekla" a woman, "řekl" a man. */
const czechPastGender = (verb: string | undefined): Gender | undefined =>
  /\p{Ll}la$/u.test(verb ?? '') ? 'f' : /\p{Ll}l$/u.test(verb ?? '') ? 'm' : undefined;

/**
 * "„…,“ řekl politik", "uvedla lékařka", "řekl 52letý řidič": a Czech noun for a person (CZECH_PERSON_NOUN) at token n
 * after cue c in the past, perhaps past an adjective, ending the clause: someone the text named, of the gender the verb
 * tells (-l a man, -la a woman) and the noun agrees with, as an epithet. "řekl nejmenovaný zdroj": no one named.
 */
function czechDescriptionAt(tokens: Token[], c: number, n: number): Slot | undefined {
  const gender = czechPastGender(tokens[c]?.text);
  const noun = tokens[n];
  // "řekl Angličan": Czech writes a word for where someone is from with a capital, as a name.
  const from = CZECH_DEMONYMS.get(noun?.text.toLowerCase() ?? '');
  if (!gender || !noun || !(isLower(noun) || from) || (tokens[n + 1] && tokens[n + 1].text !== ',')) return undefined;
  if (n > c + 1 && !/^[\p{Ll}\d]\S*(?:ý|á|í)$/u.test(tokens[n - 1].text)) return undefined;
  const word = noun.text.toLowerCase();
  if (from) return /ka$/u.test(word) === (gender === 'f') ? { role: from, gender, epithet: true } : undefined;
  if (UNNAMED_SOURCES.has(word)) return { unnamed: true };
  if (!CZECH_PERSON_NOUN.test(word) || SPOKES.has(word)) return undefined;
  const feminine = /(?:ka|yně|ice|žena|dcera)$/u.test(word);
  return feminine === (gender === 'f') ? { role: word, gender, epithet: true } : undefined;
}

/** "„…“, sagen sie", "kritisieren sie": German "sie" after a verb in the plural is "they", no one person. */
const germanPlural = (verb: Token, pronoun: Token) => pronoun.text.toLowerCase() === 'sie' && /\p{Ll}en$/u.test(verb.text);

/** How many lower-case words may stand between a place and the person's noun after it ("Texas product liability lawyer"). */
const NOUNS_AFTER_MODIFIER = 3;

/**
 * "noted Texas product liability lawyer Jim Dunham", "said Maryland-based attorney Jim Dunham", "said Obama administration
 * official Jane Roe": a capitalised word before a person's noun says where that person works; the speaker is the name
 * after the noun. Where that name starts, or k.
 */
function pastModifierOfPersonNoun(tokens: Token[], k: number): number {
  const modifier = runEndingAfter(tokens, k);
  if (modifier < 0 || isRoleWord(tokens[k])) return k;
  let n = modifier + 1;
  while (n <= modifier + NOUNS_AFTER_MODIFIER && tokens[n] && isLower(tokens[n]) && !isCue(tokens[n]) && !PREPOSITIONS.has(tokens[n].text)) n++;
  return n > modifier + 1 && isPersonNoun(tokens[n - 1]) && isCap(tokens[n]) ? modifier + 1 : k;
}

/** How many words in lower case may say where or to whom, between a cue and its subject ("en conferencia de prensa"). */
const OCCASION_AFTER_CUE_WORDS = 5;

/** Particles a surname may open with, in lower case, that are no article ("del Pópolo", "van Aert", "de Gaulle"). */
const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'dos', 'du', 'van', 'von']);

/** The name right after token i ("said Mr. Reeves", "says president David Weisbrot", "according to the Department"). */
function nameAfter(tokens: Token[], i: number): Slot | undefined {
  // "…, note aussi la Drees", "sagte auch der Minister", "afirmó este lunes el ministro": past an adverb or a time.
  let k = pastWhen(tokens, i + 1);
  while (INCISE_ADVERBS.has(tokens[k]?.text ?? '')) k++;
  // "a répondu, lundi, Jean Castex", "a déclaré, mardi soir, le ministre": past when, set between commas.
  if (tokens[k]?.text === ',') {
    const close = tokens.findIndex((t, j) => j > k && j <= k + 4 && t.text === ',');
    const when = tokens.slice(k + 1, close);
    if (close > k + 1 && when.every((t) => isLower(t) || /^\d+$/.test(t.text)) && (isCap(tokens[close + 1]) || isArticle(tokens[close + 1]))) k = close + 1;
  }
  // "résume quant à elle Francisca Joly-Gomez": past the phrase giving her turn.
  if (tokens[k]?.text === 'quant' && tokens[k + 1]?.text === 'à' && STRESSED_PRONOUNS.has(tokens[k + 2]?.text ?? '')) k += 3;
  // "detalló del Pópolo": a surname opening with its particle, of someone the text named in full.
  if (SURNAME_PARTICLES.has(tokens[k]?.text ?? '') && isCap(tokens[k + 1])) {
    return { name: joinWords(tokens.slice(k, runEndingAfter(tokens, k + 1) + 1)), titled: false, needsPerson: true };
  }
  // "přidává se Emile Heskey": past the reflexive pronoun of the verb; "So erklärt es die Ärztin Anna Berger": past the
  // "es" that stands for the words.
  if (REFLEXIVES.has(tokens[k]?.text ?? '') || (tokens[k]?.text === 'es' && (isCap(tokens[k + 1]) || isArticle(tokens[k + 1])))) k++;
  const writing = REFLEXIVES.has(tokens[k - 1]?.text ?? '') ? writingAt(tokens, k) : undefined;
  if (writing) return writing;
  // "…, dit-on à l'Élysée": French "on" is no one named.
  if (tokens[k]?.text === 'on' && tokens[k].inverted) return writingReadIn(tokens, k + 1) ?? { unnamed: true };
  if (tokens[k] && PRONOUNS.has(tokens[k].text.toLowerCase())) return germanPlural(tokens[i], tokens[k]) ? { unnamed: true } : { pronoun: tokens[k].text.toLowerCase() };
  // "a rapporté sur Facebook le porte-parole…", "sagte im ZDF der Minister": past where the words were said.
  if (PREPOSITIONS.has(tokens[k]?.text ?? '') && isCap(tokens[k + 1])) {
    const place = runEndingAfter(tokens, k + 1);
    // "said a Tesco spokeswoman": the English article before a name and a role, not the Romance preposition.
    const englishArticle = tokens[k].text === 'a' && isRoleWord(tokens[place + 1]);
    if (!englishArticle && (isArticle(tokens[place + 1]) || isFeminineA(tokens, place + 1) || isRoleWord(tokens[place + 1]))) k = place + 1;
  }
  // "afirmó en conferencia de prensa el vocero…", "dijo a la prensa el ministro": past where or to whom the words were
  // said, in lower case, to an article before a role or a name; not past another preposition ("en una entrevista con el ministro").
  if (PREPOSITIONS.has(tokens[k]?.text ?? '') && !!tokens[k + 1] && isLower(tokens[k + 1])) {
    for (let j = k + 1; j <= k + OCCASION_AFTER_CUE_WORDS && tokens[j] && isLower(tokens[j]); j++) {
      if (j > k + 1 && isArticle(tokens[j]) && (isRoleWord(tokens[j + 1]) || isCap(tokens[j + 1]))) {
        k = j;
        break;
      }
      if (PREPOSITIONS.has(tokens[j].text) && !ROLE_COMPLEMENT.has(tokens[j].text)) break;
    }
  }
  // "řekl pro Aktuálně.cz ministr …", "řekl Aktuálně.cz mluvčí …": past the outlet that was told.
  if (ADDRESSEE.has(tokens[k]?.text.toLowerCase() ?? '') && isCap(tokens[k + 1])) k = runEndingAfter(tokens, k + 1) + 1;
  if (isOutlet(tokens[k])) k++;
  // "prohlásil podle verdiktu Petr Redl": past the source of the account ("according to the verdict") to a name that
  // opens with a given name in the nominative; "podle informací Deníku N" is whose account, not who spoke.
  if (ACCORDING.has(tokens[k]?.text ?? '') && tokens[k + 1] && isLower(tokens[k + 1]) && isGivenName(tokens[k + 2])) k += 2;
  // "sagte der SZ ein Sprecher", "sagte dem „Spiegel“ der Minister": a German dative before the speaker is whom the words were told.
  if (DATIVE.has(tokens[k]?.text ?? '') && isCap(tokens[k + 1])) {
    const told = runEndingAfter(tokens, k + 1);
    const next = tokens[told + 1];
    if (tokens[k].text === 'dem' || (next && (isArticle(next) || INDEFINITE.has(next.text) || isCap(next)))) k = told + 1;
  }
  // "erzählt der 48-Jährige", "sagt die 34-Jährige": an age for the person just named, as a pronoun of the article's gender.
  const aged = epithetOfAge(tokens, k);
  if (aged) return aged;
  // "teilte eine Sprecherin der Polizei mit": the body; "so der Klimaforscher", "řekl politik", "the actor": the person just named.
  const spokenFor = bodyOfGermanSpokesperson(tokens, k) ?? spokenForAfter(tokens, k);
  if (spokenFor) return spokenFor;
  // "said the German foreign ministry": not "the German" of a description.
  const national = nationalBodyAt(tokens, k + 1);
  if (national) return national.slot;
  const described =
    descriptionAfter(tokens, k) ??
    (isArticle(tokens[k]) ? germanDescriptionAt(tokens, k + 1) ?? germanDescriptionAt(tokens, k + 2) : czechDescriptionAt(tokens, i, k) ?? czechDescriptionAt(tokens, i, k + 1));
  if (described) return described;
  // "said a skeptical Robert Wolfarth", "said an emotional Jane Roe": an article and an adjective set before a name say how the person spoke.
  if (ENGLISH_INDEFINITE.has(tokens[k]?.text ?? '') || INDEFINITE.has(tokens[k]?.text.toLowerCase() ?? '')) {
    let n = k + 1;
    // Not "selon un proche d'Edouard Philippe", "said a friend of John Smith": someone of theirs.
    const adjective = (t: Token | undefined) => !!t && isLower(t) && /^\p{L}+$/u.test(t.text) && !isPersonNoun(t) && !isCue(t) && !isArticle(t) && !isPossessive(t) && !PREPOSITIONS.has(t.text) && !ROLE_COMPLEMENT.has(t.text);
    while (n <= k + 2 && adjective(tokens[n])) n++;
    if (n > k + 1 && isGivenName(tokens[n])) k = n;
  }
  if (isArticle(tokens[k]) || isFeminineA(tokens, k)) k++;
  k = pastGermanAttribute(tokens, k);
  // "said the company’s chief executive, Sundar Pichai": past the possessive before the role.
  if (tokens[k] && isLower(tokens[k]) && isPossessive(tokens[k]) && isRoleWord(tokens[k + 1])) k++;
  // "«…», teilte eine Sprecherin auf Anfrage mit": a spokesperson of no one named (bodyOfGermanSpokesperson read a
  // complement) speaks for the body just spoken of; "dijo un vecino", "disse uma enfermeira": someone unnamed.
  if (INDEFINITE.has(tokens[k]?.text.toLowerCase() ?? '') && isRoleWord(tokens[k + 1])) {
    return SPOKES.has(tokens[k + 1].text.toLowerCase()) && !ROLE_COMPLEMENT.has(tokens[k + 2]?.text ?? '') && !GERMAN_DETERMINER.test(tokens[k + 2]?.text ?? '') ? { body: SPOKESPERSON } : { unnamed: true };
  }
  // "napsala státní zástupkyně Petra Pavlánová", "vysvětlila realitní makléřka": past an adjective before the role.
  // "a lancé un syndicaliste": an indefinite article is no adjective; the one it brings in is someone unnamed.
  if (tokens[k] && isLower(tokens[k]) && !isRoleWord(tokens[k]) && !isCue(tokens[k]) && !PREPOSITIONS.has(tokens[k].text) && !INDEFINITE.has(tokens[k].text) && isRoleWord(tokens[k + 1])) k++;
  // "explicaba el ministerio de Exteriores de Egipto": an organisation word in lower case with its capitalised complement is its name.
  if (tokens[k] && isArticle(tokens[k - 1]) && isLower(tokens[k]) && isOrganisationWord(tokens[k].text) && ROLE_COMPLEMENT.has(tokens[k + 1]?.text ?? '') && isCap(tokens[k + 2])) {
    const close = runEndingAfter(tokens, k + 2);
    const word = tokens[k].text;
    return { name: [word[0].toUpperCase() + word.slice(1), ...tokens.slice(k + 1, close + 1).map((t) => t.text)].join(' '), titled: true };
  }
  const issuer = issuerAfterWriting(tokens, k);
  if (issuer) return issuer;
  // "informó este ministerio", "disse essa entidade": a demonstrative points at the organisation with that word named last.
  const pointed = tokens[k + 1];
  if (DEMONSTRATIVES.has(tokens[k]?.text ?? '') && pointed && isLower(pointed) && isOrganisationWord(pointed.text) && !isCap(tokens[k + 2]) && !ROLE_COMPLEMENT.has(tokens[k + 2]?.text ?? '')) {
    return { role: pointed.text, latest: true };
  }
  k = pastModifierOfPersonNoun(tokens, k);
  let end = runEndingAfter(tokens, k);
  if (end >= 0 && tokens.slice(k, end + 1).some(isOutlet)) return { unnamed: true };
  // "explica la ONG", "dijo la Policía": a word for an organisation, capitalised, names none; the one of the text it may mean.
  if (end === k && isArticle(tokens[k - 1]) && isOrganisationWord(tokens[k].text.toLowerCase())) return { role: tokens[k].text.toLowerCase() };
  const possessive = end >= 0 && isPossessive(tokens[end]);
  // "the BBC's editor Jon Sopel": past the possessive and the role to the name.
  if (possessive) k = end + 1;
  // "said King" (Wayne King): a capitalised role word alone, with no article or name, is a surname.
  // Not a German compound ("erklärt Ernährungsberaterin und Autorin …"): a title of the lexicon, with no other after it.
  if (end === k && isCap(tokens[k]) && ROLES.has(tokens[k].text.toLowerCase()) && !isArticle(tokens[k - 1]) && !COORDINATORS.has(tokens[k + 1]?.text ?? '')) return { name: tokens[k].text, titled: false, needsPerson: true };
  // "a déclaré le chef de l’État", "a répondu le Premier ministre": the office, held by whom the text named with it.
  const office = !possessive && isArticle(tokens[k - 1]) ? officeAt(tokens, k) : undefined;
  if (office) return office;
  const roleBefore = isRoleWord(tokens[k]);
  // "according to Mozilla's manifesto": the words are a document's, not a person's.
  if (possessive && !roleBefore) return { unnamed: true };
  const firstRole = k;
  // "erklärt Ernährungsberaterin und Autorin Rhiannon Lambert": two roles joined before the name are both hers.
  const joinsRoles = (j: number) => COORDINATORS.has(tokens[j]?.text ?? '') && j > firstRole && isRoleWord(tokens[j + 1]);
  // "dijo el Ministro de Hacienda": a role written with a capital before its complement is a role all the same.
  while (tokens[k] && ((isRoleWord(tokens[k]) && (isLower(tokens[k]) || isCap(tokens[k + 1]) || isRoleWord(tokens[k + 1]) || ROLE_COMPLEMENT.has(tokens[k + 1]?.text ?? '') || joinsRoles(k + 1))) || joinsRoles(k))) k++;
  const role = k > firstRole ? tokens[k - 1].text.toLowerCase() : undefined;
  // "dijo su madre", "disse a mãe da vítima": a word for kin, with a possessive or a complement, is someone else's kin.
  const kinOfAnother = !!role && KIN.has(role) && ((!isArticle(tokens[firstRole - 1]) && !isFeminineA(tokens, firstRole - 1)) || ROLE_COMPLEMENT.has(tokens[k]?.text ?? ''));
  const article = isArticle(tokens[firstRole - 1]) || isFeminineA(tokens, firstRole - 1) ? tokens[firstRole - 1] : tokens[firstRole - 2];
  const describing = !!role && !kinOfAnother && (isEpithet(role) || describesOffice(tokens, firstRole, k));
  const roleSlot: Slot = { role: role ?? '', ...(role && describing ? { gender: describedGender(article, role), epithet: true } : {}) };
  // "a estimé l’élu LR", "a lancé le député RN": the party's acronym after the role says which side, it names no one.
  if (role && isAcronym(tokens[k]) && runEndingAfter(tokens, k) === k) return roleSlot;
  // "řekl ministr financí Zbyněk Stanjura", "said the minister of finance Jane Roe": the role's complement, then the name.
  if (role) {
    let c = k;
    while (c < k + 4 && tokens[c] && isLower(tokens[c]) && !isCue(tokens[c])) c++;
    const skipped = tokens.slice(k, c).map((t) => t.text.toLowerCase());
    // "a déclaré le ministre russe de la Défense, Andreï Belooussov", "afirma el portavoz de la Asociación": a capitalised
    // run after "de" is the role's department, read below; "espetó el ingeniero de pista a Max Verstappen": after
    // another preposition it is whom the words were told.
    const complement = skipped.some((w) => ROLE_COMPLEMENT.has(w));
    if (c > k && isCap(tokens[c]) && !complement && skipped.some((w) => PREPOSITIONS.has(w) && !ARTICLES.has(w))) return roleSlot;
    if (c > k && isCap(tokens[c])) k = c;
    // "le porte-parole du maire, Léa Garnier": a complement in lower case, then the name after the comma.
    else if (c > k && complement && tokens[c]?.text === ',' && isCap(tokens[c + 1])) k = c + 1;
    // "afirmó la ministra de Economía, Nadia Calviño": a capitalised complement after a preposition is
    // the role's department; the name is the appositive after it, or there is none ("dijo el ministro de Economía").
    // Without the comma, a known given name inside the run begins the name ("ministro de Economía Carlos Cuerpo").
    if (c === k && (complement || ROLE_COMPLEMENT.has(tokens[c - 1]?.text.toLowerCase() ?? ''))) {
      const complementEnd = runEndingAfter(tokens, c);
      const given = tokens.slice(c + 1, complementEnd + 1).findIndex(isGivenName);
      // "le porte-parole du ministère des Affaires étrangères, Lin Jian": the complement may go on in lower case.
      let comma = complementEnd + 1;
      while (comma < complementEnd + 4 && tokens[comma] && isLower(tokens[comma])) comma++;
      if (given >= 0) k = c + 1 + given;
      else if (tokens[comma]?.text === ',' && isCap(tokens[comma + 1])) k = comma + 1;
      else return roleSlot;
    }
  }
  // "replied the mayor, Karen Bass"
  if (roleBefore && tokens[k]?.text === ',') k++;
  // "said her mother, Karen Lowe", "said his lawyer, John Reed": a description, then the full name closing the clause.
  if (!role && !roleBefore && (isArticle(tokens[i + 1]) || POSSESSIVE_DETERMINERS.has(tokens[i + 1]?.text.toLowerCase() ?? ''))) {
    const comma = tokens.findIndex((t, j) => j > i + 1 && j <= i + 5 && t.text === ',');
    const description = tokens.slice(i + 2, comma);
    if (comma > 0 && description.every((t) => isLower(t) && !DOCUMENTS.has(t.text) && !WRITINGS.has(t.text)) && isCap(tokens[comma + 1])) {
      const close = runEndingAfter(tokens, comma + 1);
      const next = tokens[close + 1];
      const mention = close > comma + 1 && (!next || [',', ';'].includes(next.text)) ? nameOfRun(tokens.slice(comma + 1, close + 1)) : undefined;
      if (mention && !mention.organisation) return { name: mention.name, titled: true };
    }
  }
  end = runEndingAfter(tokens, k);
  // "said the mayor." / "said the agency": the person or organisation named earlier with that word.
  if (end < 0) {
    // "a averti le président russe": the adjective may tell which president.
    if (role && isQualifierAt(tokens, k) && !isEpithet(role)) return { ...roleSlot, qualified: `${role} ${tokens[k].text}` };
    if (role) return roleSlot;
    // "a expliqué la jeune femme", "afirmó el francés"
    const young = epithetAt(tokens, i + 3) ?? demonymAt(tokens, k);
    if (young) return young;
    // "rapporte le ministère russe de la Défense": an organisation named by what it is and its department.
    const department = isArticle(tokens[i + 1]) ? organisationWithDepartment(tokens, i + 2) : undefined;
    if (department) return department;
    // "se félicite le syndicat CGT", "a annoncé le groupe Renault": the name after the organisation word is the organisation's.
    if (isArticle(tokens[i + 1]) && tokens[i + 2] && isLower(tokens[i + 2]) && isOrganisationWord(tokens[i + 2].text) && isCap(tokens[i + 3])) {
      const close = runEndingAfter(tokens, i + 3);
      const next = tokens[close + 1];
      if (!next || next.text === ',' || isLower(next)) return { name: joinWords(tokens.slice(i + 3, close + 1)), titled: true };
    }
    const body = tokens[i + 2]?.text.toLowerCase() ?? '';
    if ((isArticle(tokens[i + 1]) || isFeminineA(tokens, i + 1)) && (isOrganisationWord(body) || REFERRING_BODIES.has(body))) return { role: body };
    return roleBefore ? undefined : clauseFinalName(tokens, k);
  }
  // "sagt der Mann", "sagte er über seine Freilassung": a German noun, no name.
  if (isGermanNoun(tokens, k, end)) return undefined;
  const origin = end === k ? demonymAt(tokens, k) : undefined;
  if (origin) return origin;
  const holder = holderAfterPlace(tokens, end);
  if (holder) return holder;
  const mention = mentionOfRun(tokens, k, end, roleBefore);
  // "schimpft der AfD-Chef": a capitalised role alone, as German writes nouns.
  if (!mention && isRoleWord(tokens[end]) && isArticle(tokens[k - 1])) return { role: tokens[end].text.toLowerCase() };
  return mention ? { name: mention.name, titled: true } : undefined;
}

/**
 * "said Kremlin spokesman Dmitry Peskov", "from Bank of England governor Andrew Bailey", "said Tesco chief executive Ken
 * Murphy": the capitalised run ending at `end` is where the role after it is held; the name after the role speaks.
 */
function holderAfterPlace(tokens: Token[], end: number): Slot | undefined {
  let k = end + 1;
  while (tokens[k] && isLower(tokens[k]) && isRoleWord(tokens[k])) k++;
  if (k === end + 1 || !isCap(tokens[k])) return undefined;
  const mention = nameOfRun(tokens.slice(k, runEndingAfter(tokens, k) + 1), true);
  return mention && !mention.organisation ? { name: mention.name, titled: true } : undefined;
}

/** A verb in the present tense ("rejects", "argues"), told from a plural noun only by where it stands. */
const isPresentVerb = (t: Token) => /^\p{Ll}{3,}[^s]s$/u.test(t.text);

/**
 * The person opening a sentence when a verb of theirs follows the aside after their name ("Trump, meanwhile,
 * rejects…"): the main clause's subject. Only a run that is a name from its first word ("When Smith arrived"
 * opens a subordinate clause), and only a known person: the shape alone does not tell a name from a noun's
 * modifier ("Harris campaign officials").
 */
function openingActor(tokens: Token[], before: number): Slot | undefined {
  const end = runEndingAfter(tokens, 0);
  if (end < 0 || end >= before || tokens[end + 1]?.text !== ',' || !isActing(tokens, 0, end, (t) => isVerbLike(t) || isPresentVerb(t))) return undefined;
  const mention = nameOfRun(tokens.slice(0, end + 1));
  if (!mention || mention.organisation || mention.name.split(' ')[0] !== tokens[0].text) return undefined;
  return { name: mention.name, titled: mention.titled, atSentenceStart: true, needsPerson: true };
}

/** English conjunctions opening a clause put before the main one ("When Winfrey asked…, he declined"). */
const ENGLISH_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'if', 'although', 'though', 'because', 'since', 'once', 'until', 'whenever']);

/**
 * The subject of a sentence's first verb: who a participle cue ("…, stating") refers to. A name opening the
 * sentence and acting comes first: the first verb the reader knows may be a later clause's ("Trump rejects
 * indicators that suggest Harris is ahead…, declaring").
 */
function sentenceSubject(tokens: Token[], before: number): Slot {
  const opening = openingActor(tokens, before);
  if (opening) return opening;
  // "In a reflection of…": after a preposition, "a" is the English article, not the French auxiliary.
  const isArticleA = (v: number) => tokens[v].text === 'a' && PREPOSITIONS.has(tokens[v - 1].text.toLowerCase());
  // "When Winfrey asked if he could…, he declined, saying": the main clause comes after the fronted one's comma.
  const fronted = ENGLISH_SUBORDINATORS.has(tokens[0]?.text.toLowerCase() ?? '') ? tokens.findIndex((t, i) => i < before && t.text === ',') : 0;
  const verb = tokens.findIndex((_, v) => v >= Math.max(fronted + 1, 1) && v < before && isVerbLike(tokens[v]) && !isArticleA(v));
  const ofVerb = verb > 0 ? subjectOf(tokens, verb) : undefined;
  if (ofVerb && !('unnamed' in ofVerb)) return ofVerb;
  // "Christie quit, telling a town hall meeting…", "So, with days to go, Christie quit—telling…": a name opening the
  // clause before the participle with a verb after it, any verb, when it is someone the text knows as a person (needsPerson).
  const clause = tokens.slice(0, before - 1).findLastIndex((t) => t.text === ',') + 1;
  const end = runEndingAfter(tokens, clause);
  // Not "Tom Reyes read the statement aloud, saying…": the words are the statement's.
  const acting = end >= 0 && end + 1 < before && isAnyVerb(tokens[end + 1]) && !PREPOSITIONS.has(tokens[end + 1].text) && !READING.has(tokens[end + 1].text);
  const mention = acting ? nameOfRun(tokens.slice(clause, end + 1)) : undefined;
  if (mention && !mention.organisation && tokens.slice(clause, end + 1).some((t) => t.text === mention.name.split(' ')[0])) return { name: mention.name, titled: mention.titled, atSentenceStart: clause === 0, needsPerson: true };
  return { unnamed: true };
}

/** Who does a cue in the infinitive: the subject of the sentence's verb, or the name or pronoun opening the clause ("Lind went on to say"). */
function infinitiveSubject(tokens: Token[], c: number): Slot {
  const subject = sentenceSubject(tokens, c);
  if (!('unnamed' in subject)) return subject;
  const end = PRONOUNS.has(tokens[0]?.text.toLowerCase() ?? '') ? 0 : runEndingAfter(tokens, 0);
  return end >= 0 && end < c ? slotEndingAt(tokens, end) : subject;
}

/** Words for a body of any kind (REFERRING_BODIES that say nothing of what it does): a name of any kind may be what they mean. */
const ANY_BODY = new Set(['company', 'firm', 'group', 'grupo', 'corporation', 'ong', 'empresa', 'compañía', 'companhia', 'unternehmen', 'firma', 'společnost', 'société', 'entreprise', 'groupe']);

/** Prepositions opening a German attribute phrase between an article and its noun ("der für die Aufsicht zuständige Chef"). */
const GERMAN_ATTRIBUTE_PREPOSITIONS = new Set('für von mit in aus bei seit nach vor über unter an auf zu gegen'.split(' '));
/** How many words a German attribute phrase may hold, its preposition to its adjective. */
const GERMAN_ATTRIBUTE_WORDS = 8;
/** A German adjective or participle, declined after an article ("zuständige", "ausgerichteten"). */
const DECLINED_ADJECTIVE = /^\p{Ll}{3,}(?:e|en|er|es)$/u;

/**
 * "erklärte der für die Bankenaufsicht zuständige Fed-Vizechef Michael Barr": German puts a phrase between the article
 * and its noun, closed by a declined adjective or participle; where the noun stands, or k when no such phrase opens there.
 */
function pastGermanAttribute(tokens: Token[], k: number): number {
  if (!isArticle(tokens[k - 1]) || !GERMAN_ATTRIBUTE_PREPOSITIONS.has(tokens[k]?.text ?? '') || !isGerman(tokens)) return k;
  for (let j = k + 2; j < tokens.length && j <= k + GERMAN_ATTRIBUTE_WORDS; j++) {
    if ([',', ':', ';'].includes(tokens[j].text) || isMasked(tokens[j])) return k;
    if (DECLINED_ADJECTIVE.test(tokens[j].text) && isCap(tokens[j + 1])) return j + 1;
  }
  return k;
}

/** Shortest role word a German compound may end in ("chef", "sprecher"), and its shortest first part. */
const COMPOUND_HEAD = 4;
const COMPOUND_MODIFIER = 3;
/** First parts that make a compound another office than its last part names ("Vizekanzler" is not "der Kanzler"). */
const OTHER_OFFICE = /^(?:vize|ex|co|ko|stellvertret|unter|ehren|alt)/u;

/** "synodalpräsidentin" of "präsidentin": a one-word compound ending in a role word, whose first part does not make it another office. */
function isCompoundOf(compound: string, head: string): boolean {
  return head.length >= COMPOUND_HEAD && compound.length >= head.length + COMPOUND_MODIFIER && compound.endsWith(head) && !/[\s-]/u.test(compound) && isRole(head) && !OTHER_OFFICE.test(compound);
}

/** Where a role is read and of whom it may be said: see resolveRole. */
interface RoleReading {
  gender?: Gender;
  upTo?: number;
  lastSpokeBefore?: number;
}

interface Found {
  slot: Slot;
  cue: string;
  how: AttributionCue;
}

/** Conjunctions that may open a sentence before its subject ("But he…", "Doch er…", "Mais il…"). */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'then', 'doch', 'aber', 'und', 'dann', 'mais', 'et', 'puis', 'pero', 'y', 'mas', 'e']);

/**
 * The name or pronoun opening a sentence and doing something ("De Miranda beautifully evokes …
 * in his introduction:", "She recalled the day:"): whose words a colon ending the sentence
 * introduces when no cue says so.
 */
function openingSubject(tokens: Token[]): Slot | undefined {
  // "Doch er ahnte:", "But she recalled:": past a conjunction opening the sentence.
  const lead = OPENING_CONJUNCTIONS.has(tokens[0]?.text.toLowerCase() ?? '') && PRONOUNS.has(tokens[1]?.text.toLowerCase() ?? '') ? 1 : 0;
  const first = tokens[lead];
  if (first && PRONOUNS.has(first.text.toLowerCase())) return tokens[lead + 1] && isLower(tokens[lead + 1]) ? { pronoun: first.text.toLowerCase() } : undefined;
  // "Her verdict:", "Sein Fazit:", "Son constat est amer :", "Su respuesta fue tajante:": a short sentence opened by a
  // possessive introduces its owner's words, as a pronoun would.
  const owner = OWNER_PRONOUN.get(first?.text.toLowerCase() ?? '');
  const owned = tokens.slice(lead + 1);
  if (owner !== undefined && tokens.length <= OWNED_COLON_LENGTH && owned.length > 1 && !owned.some((t) => isCue(t) || isOrganisationWord(t.text.toLowerCase().replace(/[’']s$/u, '')))) return { pronoun: owner };
  const end = runEndingAfter(tokens, 0);
  // "Le maire reste prudent :": a capitalised article alone opens no name.
  const mention = end >= 0 ? nameOfRun(tokens.slice(0, end + 1)) : undefined;
  if (!mention) return openingRoleSubject(tokens) ?? ownerOfOpeningSpeech(tokens) ?? subjectAfterFrontedPhrase(tokens);
  const verb = wordAfterSubject(tokens, afterAppositive(tokens, end + 1));
  if (!verb || !isAnyVerb(verb)) return undefined;
  return !mention.organisation ? { name: mention.name, titled: mention.titled, atSentenceStart: true, needsPerson: true } : undefined;
}

/** How many words a phrase opening the sentence before its subject may have ("Concernant le lait,", "In a speech on Tuesday,"). */
const FRONTED_PHRASE_WORDS = 6;

/**
 * "Concernant le lait, Francisca Joly-Gomez est plus nuancée :", "Después, Vidal machacó:", "In a speech on Tuesday,
 * Miller railed against the plan:": the subject after a phrase opening the sentence that says what about, when or where,
 * one with no verb of its own.
 */
function subjectAfterFrontedPhrase(tokens: Token[]): Slot | undefined {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 1 || comma > FRONTED_PHRASE_WORDS || tokens.slice(0, comma).some((t) => isCue(t) || (isVerbLike(t) && !ENGLISH_ARTICLES.has(t.text)))) return undefined;
  return openingSubject(tokens.slice(comma + 1));
}

/**
 * Past an appositive that says what the subject is, between commas ("Özgür Özvatan, politischer Soziologe an der
 * Humboldt-Universität, verweist auf…"), to where the subject's verb would be; `v` itself when no such appositive is there.
 */
function afterAppositive(tokens: Token[], v: number): number {
  if (tokens[v]?.text !== ',') return v;
  const close = tokens.findIndex((t, i) => i > v && t.text === ',');
  return close > v + 1 && close - v <= APPOSITIVE_LENGTH && tokens.slice(v + 1, close).some(isRoleWord) ? close + 1 : v;
}

/**
 * Possessives that open a sentence with whose words follow ("Her verdict:"), and the pronoun standing for the owner:
 * French, Spanish and Portuguese possessives agree with the thing owned, so tell no gender.
 */
const OWNER_PRONOUN = new Map([
  ...['her'].map((w) => [w, 'she'] as const),
  ...['his', 'sein', 'seine'].map((w) => [w, 'he'] as const),
  ...['son', 'sa', 'su', 'seu', 'sua'].map((w) => [w, IMPLIED_SUBJECT] as const),
]);
/** How many words a sentence opened by a possessive may hold before its colon ("Son constat est sans appel :"). */
const OWNED_COLON_LENGTH = 7;

/** Stressed pronouns a French subject may take between commas ("Le ministre, lui, se veut rassurant"). */
const STRESSED_PRONOUNS = new Set(['lui', 'elle', 'eux', 'elles']);

/**
 * The word at token v after a subject, past a stressed pronoun between commas and a reflexive pronoun
 * ("Gérald Darmanin, lui, se veut rassurant", "Nováková se ptá"): the subject's verb, if it has one.
 */
function wordAfterSubject(tokens: Token[], v: number): Token | undefined {
  if (tokens[v]?.text === ',' && STRESSED_PRONOUNS.has(tokens[v + 1]?.text ?? '') && tokens[v + 2]?.text === ',') v += 3;
  if (REFLEXIVES.has(tokens[v]?.text ?? '')) v++;
  return tokens[v];
}

/**
 * "Le ministre, lui, se veut rassurant :", "Le chef de l’État reste prudent :": a role opening the sentence after its
 * article is the subject of the clause the colon ends; "Le maire de Lille, Marc Dupuis, reste prudent :": the name
 * of the appositive after the role, when a verb follows it.
 */
function openingRoleSubject(tokens: Token[]): Slot | undefined {
  if (!(isArticle(tokens[0]) || isFeminineA(tokens, 0)) || !isRoleWord(tokens[1])) return undefined;
  // "La sociologue Claire Martin doute…", "El economista Pablo Ruiz cree…": the name right after the role, a verb after it.
  const named = titledActorAt(tokens, 2, (end) => wordAfterSubject(tokens, end + 1));
  if (named) return named;
  const office = officeAt(tokens, 1);
  if (office) return office;
  if (openingRole(tokens)) return roleAt(tokens, 1);
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma <= 0 || comma > ROLE_BEFORE_REACH + 2) return undefined;
  return apposedActorAfter(tokens, comma);
}

/**
 * "La réponse du porte-parole du Kremlin, Dmitri Peskov, a été sèche :", "La réaction de Clément Beaune ne s’est pas fait
 * attendre :": a sentence opened by someone's words and whose they are introduces them. "La lettre adressée à …", "La
 * critique visant …" name whom the words are for or about; "critique" is left out, as "la critique de X" may be of X.
 */
function ownerOfOpeningSpeech(tokens: Token[]): Slot | undefined {
  if (!isArticle(tokens[0]) || !FRENCH_SPEECH_NOUNS.has(tokens[1]?.text.toLowerCase() ?? '') || !POSSESSOR_BEFORE.has(tokens[2]?.text.toLowerCase() ?? '')) return undefined;
  const named = titledActorAt(tokens, 3, (end) => wordAfterSubject(tokens, end + 1));
  if (named) return named;
  // "du porte-parole du Kremlin, Dmitri Peskov, a été…": a role, then its holder's name between commas.
  const role = isArticle(tokens[3]) ? 4 : 3;
  const comma = tokens.findIndex((t, i) => i > role && t.text === ',');
  if (!isRoleWord(tokens[role]) || comma < 0 || comma > role + ROLE_BEFORE_REACH) return undefined;
  return apposedActorAfter(tokens, comma);
}

/** "…, Philippe Close, est catégorique": the name between the comma at `comma` and the next one, when a verb follows it. */
const apposedActorAfter = (tokens: Token[], comma: number) =>
  titledActorAt(tokens, comma + 1, (end) => (tokens[end + 1]?.text === ',' ? wordAfterSubject(tokens, end + 2) : undefined));

/** The person a role gave, named from token `start` on, when `verbAfter` finds a verb after the name's last token. */
function titledActorAt(tokens: Token[], start: number, verbAfter: (end: number) => Token | undefined): Slot | undefined {
  const end = runEndingAfter(tokens, start);
  const verb = end > 0 ? verbAfter(end) : undefined;
  const mention = verb && isAnyVerb(verb) ? nameOfRun(tokens.slice(start, end + 1), true) : undefined;
  return mention && !mention.organisation ? { name: mention.name, titled: true } : undefined;
}

/** How far into its sentence a verb of holding a view may stand after its subject ("Der Ökonom Jens Südekum hält"). */
const VIEW_SUBJECT_REACH = 6;
/** Punctuation that ends a subject's clause before its verb (an appositive, an aside). */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–']);

/** How many German sentences in the subjunctive may stand between a quotation and whoever they report. */
const SUBJUNCTIVE_REACH = 3;

/** Short words only German has, to tell a German sentence from one of a language that shares a form ("sei" in Portuguese). */
const GERMAN_WORDS = new Set(['und', 'oder', 'wie', 'doch', 'schon', 'gibt', 'sind', 'werden', 'wurde', 'nicht', 'sich', 'ist', 'wird', 'dass', 'ob', 'auch', 'noch', 'aber', 'ins', 'im', 'zum', 'zur', 'vom', 'beim', 'mit', 'nach', 'bei', 'für', 'über', 'auf']);
/** A German sentence in the subjunctive of reported speech: a verb of GERMAN_SUBJUNCTIVE in a German sentence. */
const isGermanReportedSpeech = (tokens: Token[]) => tokens.some((t) => GERMAN_SUBJUNCTIVE.has(t.text)) && isGerman(tokens);
/** A sentence with a German determiner or another word only German has. */
const isGerman = (tokens: Token[]) => tokens.some((t) => GERMAN_DETERMINER.test(t.text.toLowerCase()) || GERMAN_WORDS.has(t.text.toLowerCase()));

/**
 * The name opening a sentence with a verb not in the subjunctive ("Fink geht davon aus, dass …"): whose words its
 * reported speech gives. "Merkel habe gelogen" is reported speech about her, said by someone else.
 */
function reportingSubject(tokens: Token[]): Slot | undefined {
  const end = runEndingAfter(tokens, 0);
  return end >= 0 && !GERMAN_SUBJUNCTIVE.has(tokens[end + 1]?.text ?? '') ? openingSubject(tokens) : undefined;
}

/** German conjunctions opening a subordinate clause put before the main one ("Dass es wärmer wird, hält X für…"). */
const FRONTED_CLAUSE = new Set(['dass', 'ob', 'wenn', 'weil', 'obwohl', 'nachdem', 'bevor', 'um', 'als', 'während']);

/**
 * "Dass es 2024 noch wärmer wird, hält Karsten Haustein für unwahrscheinlich:", "Danach wechselte Peter Müller ins
 * Englische:", "Um seine Botschaft zu unterstreichen, wandte sich Müller an die Presse:": after a fronted subordinate
 * clause or a fronted adverb the German main clause opens with its verb, and the name right after it (past a reflexive)
 * is the subject, of a known person only.
 */
function subjectAfterFrontedClause(tokens: Token[]): Slot | undefined {
  const first = tokens[0]?.text.toLowerCase() ?? '';
  const comma = tokens.findIndex((t) => t.text === ',');
  // Portuguese "Um" is "a": only German opens with the "um … zu" clause.
  const fronted = FRONTED_CLAUSE.has(first) && (first !== 'um' || isGerman(tokens)) ? comma : isGerman(tokens) && isCap(tokens[0]) && isLower(tokens[1]) ? 0 : -1;
  const verb = tokens[fronted + 1];
  if (fronted < 0 || !verb || !isLower(verb) || LINKS.has(verb.text) || isArticle(verb) || REFLEXIVES.has(verb.text)) return undefined;
  const start = REFLEXIVES.has(tokens[fronted + 2]?.text ?? '') ? fronted + 3 : fronted + 2;
  const end = runEndingAfter(tokens, start);
  const mention = end >= 0 ? nameOfRun(tokens.slice(start, end + 1)) : undefined;
  return mention && !mention.organisation ? { name: mention.name, titled: mention.titled, needsPerson: true } : undefined;
}

/** True when the words before the cue at c are a name opening the sentence: its subject ("Stenger kritisiert die Bahn:"). */
function subjectOpensSentence(tokens: Token[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && isAdverb(tokens[k])) k--;
  const start = runStartingBefore(tokens, k);
  // "Inzwischen informierte das Land Tirol": an adverb opening the sentence is no subject.
  if (start < 0 || !nameOfRun(tokens.slice(start, k + 1))) return false;
  return start === 0 || (start === 1 && isArticle(tokens[0]) && !PREPOSITIONS.has(tokens[0].text.toLowerCase()));
}

/**
 * True when a name (perhaps after an article) follows the cue at c and a colon or comma ends the clause there
 * ("sagt Stenger:", "erklärt die Bahn,"). A name running straight into the quotation is what the words are
 * about, the cue's subject said them ("pollster John Anzalone said Harris “put the Democrats back…”").
 */
function endsClauseAfterCue(tokens: Token[], c: number): boolean {
  // "told The Independent “…”", "asked Reuters": whom the words were told.
  if (TELLING.has(tokens[c].text.toLowerCase()) || ADDRESSING.has(tokens[c].text.toLowerCase())) return false;
  let j = c + 1;
  if (isArticle(tokens[j])) j++;
  const end = runEndingAfter(tokens, j);
  if (end < 0) return false;
  if ([':', ','].includes(tokens[end + 1]?.text ?? '')) return true;
  // "Später erklärte Bauer im Interview:", "Demnach fragte Weiß ihn im Oktober 2018:": the clause may go on with where,
  // when or to whom, but no other verb, to its colon.
  const colon = tokens.findIndex((t, i) => i > end && t.text === ':');
  return colon > end && colon <= end + CLAUSE_TAIL_WORDS && tokens.slice(end + 1, colon).every((t) => !isVerbLike(t) && !isCue(t) && t.text !== ',');
}
/** How many words may follow the subject after the cue before the colon ("im Interview", "ihn im Oktober 2018"). */
const CLAUSE_TAIL_WORDS = 8;

/**
 * "…verweist auf die Verknüpfung beider Welten:", "wechselte er ins Englische:", "Das Problem:": in German every noun has a capital, so one
 * capitalised word after a lower-case word (a preposition, an adjective, a pronoun), right before the colon, is a noun and
 * not who speaks; the subject of the sentence may still be. Roles ("sagte Ministerin:") are read as roles.
 */
function isGermanNounBeforeColon(tokens: Token[], run: number): boolean {
  const noun = tokens.length - 2;
  if (isRoleWord(tokens[noun]) || !isGerman(tokens)) return false;
  // "Das Problem:", "Die Folge:": an article opening the sentence and one noun.
  if (noun === 1 && run >= 0 && isArticle(tokens[0])) return true;
  // "…, so Precht:": "so" after a comma gives whose words follow.
  const source = tokens[run - 1]?.text === 'so' && tokens[run - 2]?.text === ',';
  return run === noun && run > 0 && isLower(tokens[run - 1]) && !isCue(tokens[run - 1]) && !source;
}

/**
 * "Interrogé par Le Soir, le bourgmestre de Bruxelles, Philippe Close, est catégorique :", "Interrogée par RTL, …": a
 * participle and its agent opening the sentence say how the words were got; the subject of the clause the colon ends says them.
 */
function questionedSpeaker(tokens: Token[]): Slot | undefined {
  if (tokens.at(-1)?.text !== ':' || tokens[1]?.text !== 'par' || !FRENCH_PARTICIPLE.test(tokens[0].text.toLowerCase())) return undefined;
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma > 0 ? openingSubject(tokens.slice(comma + 1)) : undefined;
}

/** Occasions of speaking: "in seiner Rede", "in a statement", "en su discurso". */
const SPEAKING_OCCASIONS = new Set('rede ansprache statement interview erklärung mitteilung pressekonferenz speech address remarks discurso declaraciones entrevista discours entretien'.split(' '));
/** How many words the phrase of an occasion may hold, from its preposition to the colon ("in seiner einleitenden Rede zum PASAI"). */
const OCCASION_WORDS = 7;

/**
 * Where a phrase naming the occasion of speaking starts when it closes the words before a colon ("…Kaluka, Vorsitzender
 * der CPM-K, in seiner einleitenden Rede zum PASAI:"): its preposition, with no verb in it; -1 when there is none.
 */
function occasionBeforeColon(tokens: Token[]): number {
  if (tokens.at(-1)?.text !== ':') return -1;
  const from = tokens.findLastIndex((t, i) => ['in', 'en', 'dans'].includes(t.text) && tokens.length - 1 - i <= OCCASION_WORDS);
  if (from <= 0) return -1;
  const phrase = tokens.slice(from + 1, -1);
  return phrase.some((t) => SPEAKING_OCCASIONS.has(t.text.toLowerCase())) && !phrase.some((t) => isCue(t)) ? from : -1;
}

/** Words ending in a name's appositive and its comma ("Mwaivu Kaluka, Vorsitzender der CPM-K,"), without them. */
function withoutAppositive(tokens: Token[]): Token[] {
  if (tokens.at(-1)?.text !== ',') return tokens;
  const open = tokens.slice(0, -1).findLastIndex((t) => t.text === ',');
  return open > 0 && (isLower(tokens[open + 1]) || isRoleWord(tokens[open + 1])) ? tokens.slice(0, open) : tokens.slice(0, -1);
}

/** Words opening the clause a verb of saying reports, right after the verb ("that", "que", "qu’"). */
const REPORTED_CLAUSE_OPENERS = new Set(['that', 'que', "qu'", 'qu’']);

/**
 * "Miller harrumphed, “…”", "Vidal machacó que “…”": a verb the lexicon lacks right after the subject opening the
 * sentence, before a comma and the words or before "that" and a clause quoting them, is a verb of saying (see
 * unlistedCueAfter).
 */
function unlistedCueBefore(tokens: Token[]): Found | undefined {
  const v = tokens.findIndex((t, i) => i > 0 && !isCap(t));
  const next = tokens[v + 1]?.text ?? '';
  const introduces = (next === ',' && v + 2 === tokens.length) || REPORTED_CLAUSE_OPENERS.has(next);
  if (v < 1 || !isUnlistedVerb(tokens[v]) || !introduces) return undefined;
  const slot = subjectOf(tokens, v);
  return 'unnamed' in slot ? undefined : { slot, cue: tokens[v].text, how: 'before' };
}

/**
 * "Cllr Louise Gittins, Chair of the Local Government Association said:", "David Savidge, a former police officer who
 * responded said:": a name opening the sentence, then an appositive that no comma closes before the cue; the name is the
 * subject, not the last words of the appositive.
 */
function subjectBeforeOpenAppositive(tokens: Token[], c: number): Slot | undefined {
  const end = runEndingAfter(tokens, 0);
  const opener = tokens[end + 2];
  if (end < 0 || tokens[end + 1]?.text !== ',' || !opener || c - end > APPOSITIVE_LENGTH) return undefined;
  if (!(isRoleWord(opener) || APPOSITIVE_START.has(opener.text.toLowerCase())) || tokens.slice(end + 2, c).some((t) => t.text === ',')) return undefined;
  const slot = slotEndingAt(tokens, end);
  return 'name' in slot ? slot : undefined;
}

/** Words opening a German clause whose verb stands last: comparison, time, place, relative pronouns. */
const VERB_LAST_OPENERS = new Set(['wie', 'als', 'wo', 'den', 'dem', 'der', 'die', 'das', 'was']);

/**
 * "…, wie Kawasaki-Präsident Hiroshi Ito das neue Projekt preist:", "…, den Granit Xhaka so zusammenfasste:": a German
 * clause puts its verb last; one the lexicon lacks, right before the colon, is a verb of saying, and the name opening
 * the clause its subject (see unlistedCueAfter).
 */
function unlistedVerbLast(tokens: Token[]): Found | undefined {
  const v = tokens.length - 2;
  if (tokens[v + 1]?.text !== ':' || !isUnlistedVerb(tokens[v]) || !GERMAN_THIRD_PERSON.test(tokens[v].text)) return undefined;
  const open = tokens.findLastIndex((t, i) => i < v && t.text === ',') + 1;
  if (!VERB_LAST_OPENERS.has(tokens[open]?.text.toLowerCase() ?? '')) return undefined;
  const end = runEndingAfter(tokens, open + 1);
  const slot = end > open && end < v ? slotEndingAt(tokens, end) : undefined;
  return slot && 'name' in slot ? { slot, cue: tokens[v].text, how: 'before' } : undefined;
}

/** A cue in the part of the sentence before the quotation: the one nearest the quote wins. */
function cueBefore(tokens: Token[]): Found | undefined {
  const source = tokens.at(-1)?.text === ':' ? speechNounSource(tokens) : undefined;
  if (source) return { slot: source, cue: ':', how: 'colon' };
  const c = tokens.findLastIndex((_, i) => isCueAt(tokens, i));
  // Its only cue, if any, is the participle.
  const questioned = c <= 0 ? questionedSpeaker(tokens) : undefined;
  if (questioned) return { slot: questioned, cue: ':', how: 'colon' };
  if (c < 0) {
    const view = inViewOf(tokens);
    if (view) return { slot: view, cue: tokens[0].text.toLowerCase(), how: 'before' };
    // "blickte auch Mwaivu Kaluka in seiner Rede zum Gipfel:": where the words were said, after who said them.
    const occasion = occasionBeforeColon(tokens);
    if (occasion > 0) return cueBefore([...withoutAppositive(tokens.slice(0, occasion)), tokens[tokens.length - 1]]);
    const last = tokens.length - 1;
    // "Angela Merkel: “…”", "Bluntly, the minister: “…”"
    // "took to Twitter:": a capitalised word after a preposition is where the words went; the subject may still say who.
    const colonRun = tokens[last]?.text === ':' && isCap(tokens[last - 1]) ? runStartingBefore(tokens, last - 1) : -1;
    // "honors the opening of the Coliseum:", "in Anlehnung an CDU-Mann Wolfgang Schäuble:": likewise past an article or a role.
    // German "an" is a preposition, not the English article.
    // "…contra los periodistas … en El Salvador:": a Romance preposition too (not "a", which is also the English article).
    const isLink = (t: Token) => LINKS.has(t.text) || (t.text === 'an' && isGerman(tokens)) || (PREPOSITIONS.has(t.text) && t.text !== 'a');
    let linkAt = colonRun - 1;
    while (linkAt > 0 && !isLink(tokens[linkAt]) && (isArticle(tokens[linkAt]) || isRoleWord(tokens[linkAt]))) linkAt--;
    // "La situación de Ramiro Rocca:": a name completing a lower-case noun is what the words are about.
    const placed = colonRun > 0 && (isLink(tokens[linkAt]) || completesNoun(tokens, colonRun, NOUN_COMPLEMENT_LINKS));
    // "Sein Fazit:" is no name: a possessive opens it (see openingSubject).
    const owned = OWNER_PRONOUN.has(tokens[0]?.text.toLowerCase() ?? '');
    if (tokens[last]?.text === ':' && !placed && !owned && !isGermanNounBeforeColon(tokens, colonRun) && (isCap(tokens[last - 1]) || roleAt(tokens, last - 1))) return { slot: slotEndingAt(tokens, last - 1), cue: ':', how: 'colon' };
    // "In Dr. Shadlen's words, “…”"
    if ([',', ':'].includes(tokens[last]?.text ?? '') && tokens[last - 1]?.text.toLowerCase() === 'words' && isPossessive(tokens[last - 2])) {
      return { slot: slotEndingAt(tokens, last - 2), cue: 'words', how: 'before' };
    }
    const verbLast = unlistedVerbLast(tokens);
    if (verbLast) return verbLast;
    const opening = tokens[last]?.text === ':' ? ownerOfSpeechNoun(tokens) ?? subjectAfterFrontedClause(tokens) ?? openingSubject(tokens) : undefined;
    return opening ? { slot: opening, cue: ':', how: 'colon' } : unlistedCueBefore(tokens);
  }
  const cue = tokens[c].text.toLowerCase();
  if (isImpersonalCueAt(tokens, c)) return { slot: sourceOfImpersonal(tokens), cue, how: 'before' };
  // "Et d'ajouter : « … »", "Et de préciser que « … »": the infinitive of narration, whose subject is whoever spoke last.
  if (NARRATIVE_INFINITIVES.has(cue) && isPhraseCue(tokens, c) && [',', undefined].includes(tokens[c - 3]?.text)) return { slot: { pronoun: IMPLIED_SUBJECT }, cue, how: 'before' };
  if (isAccordingAt(tokens, c)) {
    if (cue === 'according' && tokens[c + 1]?.text !== 'to') return undefined;
    // "according to X", "selon X": the name follows the cue (and its "to").
    const at = cue === 'according' ? c + 1 : c;
    // "according to the new “dot plot” of…": the quotation names the source itself, a document, not anyone's words.
    const between = tokens.slice(at + 1);
    if (isArticle(between[0]) && between.every((t) => isArticle(t) || isLower(t))) return undefined;
    // "According to Reuters, the company “is considering…”": the company speaks, Reuters reports it.
    let comma = tokens.findIndex((t, i) => i > at && t.text === ',');
    const asideEnd = tokens.findIndex((t, i) => i > comma + 1 && t.text === ',');
    const role = isArticle(tokens[comma + 1]) ? tokens[comma + 2] : tokens[comma + 1];
    // "Según el portavoz del Gobierno, Pedro Gil, la medida es…": past the name in apposition to the role.
    const apposed = comma >= 0 && tokens.slice(at + 1, comma).some(isRoleWord) && isCap(tokens[comma + 1]) ? runEndingAfter(tokens, comma + 1) : -1;
    if (apposed >= 0 && tokens[apposed + 1]?.text === ',') comma = apposed + 1;
    // "Laut Maria Schulz, Sprecherin des Verbands, ist die Lage „…“", "According to Jane Doe, a spokeswoman…, the patient
    // is “…”": past an appositive giving the source's role, the rest of the sentence is what the source says.
    else if (comma >= 0 && asideEnd > 0 && isRoleWord(role)) comma = tokens.findIndex((t, i) => i > asideEnd && t.text === ',');
    else if (comma >= 0 && asideEnd > 0 && APPOSITIVE_START.has(tokens[comma + 1]?.text.toLowerCase() ?? '')) comma = asideEnd;
    // "Según el portavoz, la medida es «…»", "According to Mayor Bruce Harrell, the plan is “…”": a clause about a
    // thing, with the words for its predicate, is still the source's account; not "Selon Google Trends, les recherches
    // de « … »", where they name a thing, nor one where someone else who could speak follows the source.
    const clause = comma >= 0 ? tokens.slice(comma + 1).filter((t) => /\p{L}/u.test(t.text) && t.text !== 'that' && t.text !== 'que') : [];
    const last = tokens[tokens.length - 1];
    const namesThing = PREPOSITIONS.has(last.text) || ROLE_COMPLEMENT.has(last.text.toLowerCase()) || isArticle(last);
    const speakerBetween = clause.length > 0 && (namesThing || clause.some((t) => isCap(t) || isRoleWord(t) || isOrganisationWord(t.text.toLowerCase()) || PRONOUNS.has(t.text.toLowerCase()) || UNNAMED_SOURCES.has(t.text.toLowerCase())));
    return { slot: (!speakerBetween && nameAfter(tokens, at)) || { unnamed: true }, cue, how: 'before' };
  }
  // "…, stating", "Caudevilla was keen to stress that…": the subject of the sentence's verb speaks.
  if (isParticiple(tokens[c])) return { slot: sentenceSubject(tokens, c), cue, how: 'before' };
  if (isInfinitive(tokens, c)) return { slot: infinitiveSubject(tokens, c), cue, how: 'before' };
  // "…,” said Smith, “…": the name follows the verb.
  const inverted = nameAfter(tokens, c);
  // "Según explicó el ministro X, …", "Según ha explicado X", "Como dijo X, «…»": a cue after "según" or "como" has its subject after it.
  const opensSource = c > 0 && SOURCE_OPENERS.has(tokens[0].text.toLowerCase()) && tokens.slice(1, c).every((t) => HABER.has(t.text.toLowerCase()));
  if (inverted && (opensSource || tokens.slice(0, c).every((t) => t.text === ',' || isMasked(t)))) return { slot: inverted, cue, how: 'before' };
  const apposed = subjectBeforeOpenAppositive(tokens, c);
  if (apposed) return { slot: apposed, cue, how: 'before' };
  const subject = subjectOf(tokens, c);
  // "Dass sich die Opposition einigen konnte, erklärt Petrow wie folgt:": the verb opens the main clause, its subject follows;
  // "Über seine Rettung sagte er:": so does a subject pronoun, when no one stands before the verb.
  if ('unnamed' in subject && inverted && 'name' in inverted && tokens[c - 1]?.text === ',') return { slot: inverted, cue, how: 'before' };
  if ('unnamed' in subject && inverted && 'pronoun' in inverted && INVERTED_PRONOUNS.has(inverted.pronoun)) return { slot: inverted, cue, how: 'before' };
  // "Den Gipfel bezeichneten die Organisatoren als »…«", "Dem Vorschlag widersprach Müller:": a German sentence opening with
  // its object has its subject after the verb; the name before the verb is the object's.
  const objectFirst = GERMAN_OBJECT_DETERMINER.test(tokens[0]?.text.toLowerCase() ?? '') && !tokens.slice(0, c).some((t) => t.text === ',');
  if (objectFirst && 'name' in subject) return { slot: inverted && !('unnamed' in inverted) ? inverted : { unnamed: true }, cue, how: 'before' };
  // "Über die Konkurrenz sagt Stenger:", "Auf Nachfrage erklärt die Bahn:": German puts the subject after the verb when
  // something else opens the sentence; a name ending the clause right after the cue is that subject.
  if (inverted && !('unnamed' in inverted) && endsClauseAfterCue(tokens, c) && !subjectOpensSentence(tokens, c)) return { slot: inverted, cue, how: 'before' };
  // "Vše vysvětlila odpověď ministra X:": a speech noun after the verb is its subject, and its owner the speaker.
  const owner = 'unnamed' in subject && tokens.at(-1)?.text === ':' ? ownerOfSpeechNoun(tokens.slice(c + 1)) : undefined;
  if (owner) return { slot: owner, cue, how: 'before' };
  // "Además insistió en la apuesta…: “…”": a verb opening its sentence with no subject stands for the person just spoken of.
  if ('unnamed' in subject && opensWithVerb(tokens, c) && dropsSubject(tokens, c, inverted)) return { slot: { pronoun: IMPLIED_SUBJECT }, cue, how: 'before' };
  return { slot: subject, cue, how: 'before' };
}

/** Idioms of speaking plainly, after their verb ("nahm kein Blatt vor den Mund", "nebral si servítky"). */
const PLAIN_SPEAKING = [['kein', 'Blatt', 'vor', 'den', 'Mund'], ['si', 'servítky']];
/**
 * Spanish and Portuguese words for speaking out or taking another side that stand right after the subject, where the
 * verb would ("no se mordió la lengua", "tomó la palabra", "lo ve de otra manera", "vê de outra forma").
 */
const FLOOR_PHRASES = [
  'no se mordió la lengua', 'não mediu palavras', 'tomó la palabra', 'tomou a palavra', 'rompió su silencio', 'rompeu o silêncio',
  'fue tajante', 'foi taxativo', 'lo ve de otra manera', 'vê de outra forma', 'pensa diferente',
].map((phrase) => phrase.split(' '));
/** German verbs that with "sich" and an adjective show a mood ("zeigte sich empört", "gab sich kämpferisch"). */
const SHOWING_MOOD = new Set(['zeigte', 'zeigt', 'gab', 'gibt']);

/**
 * The verb of a sentence that tells of someone answering or speaking out without being a cue ("Southgate was blunt.",
 * "Atkins did not mince her words.", "Landrat Peter Scholl reagierte prompt.", "Gewerkschaftschefin Yvonne Hart nahm kein
 * Blatt vor den Mund.", "Trainer Jürgen Kolb zeigte sich empört.", "Ministr Marek Vlček reagoval okamžitě.", "Diego Simeone
 * no se mordió la lengua."), or -1. "zeigte sich in Berlin" (a place last) shows no mood.
 */
function speechActAt(tokens: Token[]): number {
  // English phrases, when their clause ends there or goes on only with SPEECH_ACT_TAIL ("agreed to pay" is no speech).
  const folded = tokens.map((t) => t.text.toLowerCase().replace('’', "'"));
  for (let i = 1; i < tokens.length; i++) {
    const phrase = SPEECH_ACTS.find((p) => p.every((w, j) => folded[i + j] === w));
    const next = phrase && tokens[i + phrase.length];
    if (phrase && (!next || [',', ';', ':'].includes(next.text) || SPEECH_ACT_TAIL.has(next.text))) return i;
  }
  const act = tokens.findIndex((t) => ANSWERING_VERBS.has(t.text));
  if (act > 0) return act;
  for (const idiom of PLAIN_SPEAKING) {
    const at = tokens.findIndex((_, i) => i > 1 && idiom.every((w, j) => tokens[i + j]?.text === w));
    if (at > 1) return at - 1;
  }
  // "Diego Simeone no se mordió la lengua", "Rita Maestre lo ve de otra manera": words that stand where the verb would.
  const floor = tokens.findIndex((_, i) => i > 0 && FLOOR_PHRASES.some((phrase) => phraseAt(tokens, i, phrase)));
  if (floor > 0) return floor;
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  const mood = tokens.findIndex((t, i) => i > 0 && SHOWING_MOOD.has(t.text) && tokens[i + 1]?.text === 'sich');
  return mood > 0 && isLower(words.at(-1)!) && !LINKS.has(words.at(-1)!.text) ? mood : -1;
}

/** What brings in the owner of a speech noun in German: "von" or the genitive article ("die Antwort der Ministerin"). */
const SPEECH_OWNER_LINKS = new Set(['von', 'vom', 'der', 'des']);
/** What brings in the owner of a speech noun in Spanish and Portuguese: "la respuesta del portavoz", "o recado do técnico". */
const ROMANCE_OWNER_LINKS = new Set(['de', 'del', 'do', 'da']);
/** What joins a name to the noun it completes, in English too ("The case of Tom Reyes:"). */
const NOUN_COMPLEMENT_LINKS = new Set([...ROMANCE_OWNER_LINKS, 'of']);

/**
 * True when the name starting at `start` completes a lower-case noun through one of `links` ("la situación de Granda",
 * "the case of Tom Reyes"): it is what the words are about, not who says them. Not after a role ("el ministro de X").
 */
function completesNoun(tokens: Token[], start: number, links: ReadonlySet<string>): boolean {
  const noun = tokens[start - 2];
  return links.has(tokens[start - 1]?.text ?? '') && !!noun && isLower(noun) && !isRoleWord(noun) && !isArticle(noun);
}
/** Lower-case words a speech noun's owner may stand after: adjectives, a role in the Czech genitive ("ministra financí"). */
const SPEECH_OWNER_REACH = 2;

/**
 * "Die Antwort der Ministerin Petra Lang fiel knapp aus:", "lässt sich an einer Antwort von Kremlsprecher Dmitri Peskow
 * ablesen:", "odpověď ministra financí Karla Dvořáka:": the person named right after a speech noun (SPEECH_NOUNS), whose
 * words they are. Not one after another word ("Die Antwort auf die Frage von Anna Keller" is someone else's answer).
 */
function ownerOfSpeechNoun(tokens: Token[]): Slot | undefined {
  const k = tokens.findIndex((t) => SPEECH_NOUNS.has(t.text.toLowerCase()));
  if (k < 0) return undefined;
  // "La respuesta del portavoz del Kremlin, Dmitri Peskov, fue tajante:", "A resposta de Fernando Haddad aos jornalistas":
  // after Spanish and Portuguese "de" the owner is read as a speaker after a cue is (a role, its complement, the name).
  // Not "Las críticas a Pedro Sánchez", "A mensagem enviada a Jair Bolsonaro": what is said to someone is another's.
  if (ROMANCE_OWNER_LINKS.has(tokens[k + 1]?.text ?? '')) {
    const owner = nameAfter(tokens, k + 1);
    return owner && ('name' in owner || 'role' in owner) ? owner : undefined;
  }
  let j = SPEECH_OWNER_LINKS.has(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  const first = j;
  while (tokens[j] && isLower(tokens[j]) && !LINKS.has(tokens[j].text) && !PREPOSITIONS.has(tokens[j].text) && j - first < SPEECH_OWNER_REACH) j++;
  if (!isCap(tokens[j])) return undefined;
  const mention = nameOfRun(tokens.slice(j, runEndingAfter(tokens, j) + 1), j > first || isRoleWord(tokens[j - 1]));
  return mention && !mention.organisation ? { name: mention.name, titled: true } : undefined;
}

/** How many words may stand between a speech noun and the "from" naming its source ("A warning came from"). */
const SOURCE_AFTER_NOUN = 2;

/**
 * "The answer from Transport Secretary Louise Haigh was short:", "A warning came from Andrew Bailey on Thursday:": the one
 * a speech noun's "from" names said the words after the colon; not "the message to Rachel Reeves from business leaders"
 * (to her, from no one named) nor "the criticism of James Cleverly" (about him).
 */
function speechNounSource(tokens: Token[]): Slot | undefined {
  const noun = tokens.findIndex((t) => SPEECH_NOUNS.has(t.text.toLowerCase()));
  const from = tokens.findIndex((t, i) => i > noun && i <= noun + SOURCE_AFTER_NOUN + 1 && t.text === 'from');
  if (noun < 0 || from < 0) return undefined;
  const slot = nameAfter(tokens, from);
  return slot && ('name' in slot || 'role' in slot) ? slot : undefined;
}

/** True when nothing but sentence adverbs ("Además", "Asimismo,", "ha") stands before the verb at c. */
const opensWithVerb = (tokens: Token[], c: number) =>
  tokens.slice(0, c).every((t) => !/\p{L}/u.test(t.text) || isAdverb(t) || REFLEXIVES.has(t.text) || NOT_NAMES.has(t.text.toLowerCase()));

/**
 * True when the cue at c has no subject after it either: nothing follows it, or where and how the words were said
 * ("dijo en rueda de prensa", "afirmou em entrevista à rádio") with no role or capitalised word in it ("dijo a la
 * prensa el portavoz" has its subject last), or "que" and the reported clause. Spanish, Portuguese and Czech then drop the pronoun.
 */
function dropsSubject(tokens: Token[], c: number, after: Slot | undefined): boolean {
  if (after && !('unnamed' in after)) return false;
  // "“…”, dijo este lunes.", "afirmou ontem em entrevista": past a time.
  const start = pastWhen(tokens, c + 1);
  const next = tokens[start];
  if (!next || !/\p{L}/u.test(next.text)) return true;
  if (!PREPOSITIONS.has(next.text) && !COMPLEMENTISERS.has(next.text)) return false;
  // "indicó que los hutíes…": what follows "que" is the reported clause, with subjects of its own. Before it, any
  // name or role may be the subject put last ("uvedla na adresu Michala Redla" is about him, said by someone else).
  const that = tokens.findIndex((t, i) => i > c && COMPLEMENTISERS.has(t.text));
  return !tokens.slice(start, that < 0 ? undefined : that).some((t) => isRoleWord(t) || isCap(t));
}

/**
 * "Ortiz was known for telling colleagues “…” before the vote, said another witness, Maria Delgado": a participle
 * before the words is part of what the sentence reports, and the cue set after a comma past the words, with its
 * subject after it, says who reports it.
 */
function reportsParticiple(before: Found, afterTokens: Token[]): boolean {
  if (before.how !== 'before' || !before.cue.endsWith('ing') || ACCORDING.has(before.cue)) return false;
  const c = afterTokens.findIndex((_, i) => isCueAt(afterTokens, i));
  return c > 0 && afterTokens[c - 1].text === ',' && !isParticiple(afterTokens[c]);
}

/** Words before a cue whose subject then follows it ("Según explicó el ministro", "Segundo informou a PM", "Como dijo Sánchez"). */
const SOURCE_OPENERS = new Set(['según', 'segundo', 'como', 'conforme']);

/** "que" after a cue opens the reported clause ("dijo que…", "afirmou que…"): no subject of the cue follows it. */
const COMPLEMENTISERS = new Set(['que']);

/**
 * The reading before the quotation, unless it is only a colon that names no one known and a cue after the
 * quotation gives a name or a role ("…, müsse man über die Finanzierung reden: „…?“, fragt Mistler").
 */
function preferCue(before: Found | undefined, afterTokens: Token[], commaInside: boolean): Found | undefined {
  if (before && reportsParticiple(before, afterTokens)) return cueAfter(afterTokens, commaInside);
  if (before && !(before.how === 'colon' && ('unnamed' in before.slot || 'role' in before.slot || ('name' in before.slot && before.slot.needsPerson)))) return before;
  const after = cueAfter(afterTokens, commaInside);
  return after && ('name' in after.slot || 'role' in after.slot) ? after : before ?? after;
}

/** German prepositions that give where impersonal words came from ("aus dem Ministerium", "von der Bahn", "vom Verband"). */
const SOURCE_PREPOSITIONS = new Set(['aus', 'von', 'vom']);

/**
 * "Aus dem Schulministerium heißt es, …", "…, hieß es von der Bahn": the organisation the words of an impersonal
 * cue came from, after "aus" or "von" and an article; no one when the clause names none ("In dem Bericht heißt es").
 */
function sourceOfImpersonal(tokens: Token[]): Slot {
  const es = tokens.findIndex((t) => t.text === 'es');
  const writing = es >= 0 ? writingAt(tokens, es + 1) : undefined;
  if (writing) return writing;
  for (let p = 0; p < tokens.length; p++) {
    if (!SOURCE_PREPOSITIONS.has(tokens[p].text.toLowerCase())) continue;
    const start = isArticle(tokens[p + 1]) ? p + 2 : p + 1;
    const end = runEndingAfter(tokens, start);
    const mention = end >= 0 ? nameOfRun(tokens.slice(start, end + 1)) : undefined;
    if (mention?.organisation) return { name: mention.name, titled: true };
  }
  return { unnamed: true };
}

/** French infinitives of narration after "Et de" ("Et d'ajouter", "Et de conclure"). */
const NARRATIVE_INFINITIVES = new Set('ajouter préciser expliquer souligner conclure rappeler insister lancer poursuivre renchérir résumer marteler affirmer assurer estimer déplorer regretter dénoncer'.split(' '));

/** "Pour lui", "pour elle": the pronoun "Pour" takes, as the subject pronoun that stands for the same person. */
const VIEW_PRONOUNS: ReadonlyMap<string, string> = new Map([['lui', 'il'], ['elle', 'elle']]);

/** "Pour", "Para" opening a French, Spanish or Portuguese sentence: "in the view of" whoever follows. */
const IN_VIEW_OF = new Set(['pour', 'para']);

/**
 * Whose view the words are when no cue says so: "Pour Sophie Binet, …", "Para Hurtado, su intervención “es…”",
 * "Pour la syndicaliste, …", "Pour elle, « … »", "A ses yeux, « … »" open the sentence; "… est pour lui une
 * vocation : « … »" introduces them. Read from the sentence's shape alone, so a name counts only when the text
 * knows it as a person ("Para Madrid, …" is no one). "Pour eux", "Pour ses opposants", "Pour les auteurs" are views
 * of many or of no one named: no speaker, and no other reading either. Undefined when the sentence has no such opening.
 */
function inViewOf(tokens: Token[]): Slot | undefined {
  const first = tokens[0]?.text.toLowerCase();
  if ((first === 'a' || first === 'à') && tokens[1]?.text === 'ses' && tokens[2]?.text === 'yeux' && tokens[3]?.text === ',') return { pronoun: IMPLIED_SUBJECT };
  if (tokens[tokens.length - 1]?.text === ':') {
    const p = tokens.findIndex((t, i) => t.text === 'pour' && i > 0 && VIEW_PRONOUNS.has(tokens[i + 1]?.text ?? ''));
    if (p > 0 && !tokens.slice(0, p).some((t) => t.text === ':')) return { pronoun: VIEW_PRONOUNS.get(tokens[p + 1].text)! };
  }
  if (first === 'für') return germanViewOf(tokens);
  if (!IN_VIEW_OF.has(first ?? '')) return undefined;
  const second = tokens[1];
  if (!second) return undefined;
  const comma = tokens.findIndex((t) => t.text === ',');
  // Without a comma, only a name may open the view (see below).
  if (comma < 2 && !isCap(second)) return undefined;
  if (comma === 2 && VIEW_PRONOUNS.has(second.text)) return { pronoun: VIEW_PRONOUNS.get(second.text)! };
  if (isArticle(second) || isFeminineA(tokens, 1) || /^(?:ses|leurs|eux|elles|certains|beaucoup|nombre|plusieurs)$/u.test(second.text)) {
    // "Para el economista José Gómez, …", "Para a pesquisadora Helena Prado, …": the name the role titles.
    const start = runStartingBefore(tokens, comma - 1);
    const titled = start === 3 && isRoleWord(tokens[2]) ? nameOfRun(tokens.slice(start, comma), true) : undefined;
    if (titled && !titled.organisation) return { name: titled.name, titled: true };
    const slot = comma <= 5 ? roleAt(tokens, comma - 1) : undefined;
    if (slot && 'role' in slot && (slot.epithet || isRole(slot.role))) return slot;
    // "Pour le maire de Lyon, Grégory Doucet, « … »": the role's holder, named between commas after it.
    const holderEnd = runEndingAfter(tokens, comma + 1);
    const holder = tokens.slice(2, comma).some(isRoleWord) && holderEnd === tokens.length - 2 && tokens.at(-1)?.text === ',' ? nameOfRun(tokens.slice(comma + 1, holderEnd + 1)) : undefined;
    if (holder && !holder.organisation) return { name: holder.name, titled: true };
    return isLower(second) ? { unnamed: true } : undefined;
  }
  const end = runEndingAfter(tokens, 1);
  // "Para Ingrid Betancourt la solución está en…": the view may follow the name with no comma.
  if (end !== comma - 1 && !(end > 0 && tokens[end + 1] && isArticle(tokens[end + 1]))) return undefined;
  const mention = nameOfRun(tokens.slice(1, end + 1));
  return mention ? { name: mention.name, titled: true, needsPerson: true } : undefined;
}

/** Forms of German "sein" that state a view's predicate ("Für X ist das …"). */
const SEIN = new Set(['ist', 'sind', 'war', 'waren', 'wäre', 'sei']);

/**
 * "Für Schulleiter Salcher kein Thema: „…“", "Für Weber ist klar: „…“", "Für ihn steht fest: „…“": German opens a
 * sentence ending in a colon with "für" and whose view it gives. A known person, or "ihn" ("sie" may be many); without
 * the colon, a known person with a form of "sein" after the name ("Für Olaf Scholz ist das „…“").
 */
function germanViewOf(tokens: Token[]): Slot | undefined {
  const colon = tokens[tokens.length - 1]?.text === ':';
  if (tokens.slice(0, -1).some((t) => t.text === ':')) return undefined;
  if (colon && tokens[1]?.text === 'ihn') return { pronoun: 'er' };
  const end = runEndingAfter(tokens, 1);
  if (end < 0 || !tokens[end + 1] || !isLower(tokens[end + 1]) || (!colon && !SEIN.has(tokens[end + 1].text))) return undefined;
  const mention = nameOfRun(tokens.slice(1, end + 1));
  return mention && !mention.organisation ? { name: mention.name, titled: true, needsPerson: true } : undefined;
}

/** How many words an "as" credit holds before its cue ("as NPR's Debbie Elliot reported"). */
const AS_CREDIT_WITHIN = 6;

/**
 * "…,” as NPR's Debbie Elliot reported": the words after "as" credit the quotation to whoever wrote or
 * said it, whatever the sentence before it says (a witness "described…" what the reporter's words tell).
 */
function isAsCredit(tokens: Token[]): boolean {
  if (tokens[0]?.text.toLowerCase() !== 'as') return false;
  const c = tokens.findIndex((t) => isCue(t));
  return c > 1 && c <= AS_CREDIT_WITHIN && !ACCORDING.has(tokens[c].text.toLowerCase());
}

/** "qu'il", "qu'elle": the subject of a relative clause, joined to its "que". */
const RELATIVE_SUBJECT = /^qu['’](il|elle)$/u;
/** How many words may name the account between "selon" and its relative clause ("d'après le récit qu'elle livre"). */
const ACCOUNT_WORDS = 3;

/**
 * "…, d'après le récit qu'elle livre au Monde", "selon ce qu'il a expliqué": the source is no name but the account
 * someone gives, and the subject of the relative clause is who that is.
 */
function relativeSource(tokens: Token[], c: number): Slot | undefined {
  const rel = tokens.findIndex((t, i) => i > c && i <= c + ACCOUNT_WORDS + 1 && RELATIVE_SUBJECT.test(t.text));
  if (rel < 0 || !tokens.slice(c + 1, rel).every(isLower)) return undefined;
  return { pronoun: RELATIVE_SUBJECT.exec(tokens[rel].text)![1] };
}

/** A word shaped like a verb in the past or the third person: Iberian preterite or English past ("machacó", "desabafou", "grumbled"), German ("schätzt", "prognostizierte"), French present ("martèle"). */
const VERB_SHAPE = /^\p{Ll}{3,}(?:ed|ó|ou|eu|iu|te|t|e)$/u;

/** Words shaped so that open a phrase instead ("“…”, durante Semana Santa", "« … », comme Paris"). */
const NOT_VERBS = new Set([...NOT_GERMAN_VERBS, ...LINKS, 'durante', 'mediante', 'pendant', 'avant', 'comme', 'encore']);

/** Words after a name that end the credit: the sentence ends, or goes on after a comma. */
const CREDIT_END = new Set(['.', '!', '?', ',', ';']);

/** How many words a credit's subject may take ("la ministra de Salud Carmen Vidal"). */
const CREDIT_SUBJECT_WORDS = 6;

/** A past participle of French, Spanish or Portuguese ("tempêté", "machacado", "desabafado"). */
const PARTICIPLE_SHAPE = /^\p{Ll}{3,}(?:é|ée|és|ées|ado|ada|ido|ida)$/u;

/** A lower-case word of the shape, which no phrase opens with. */
const unlistedOfShape = (shape: RegExp) => (t: Token | undefined) => !!t && isLower(t) && shape.test(t.text) && !NOT_VERBS.has(t.text);
const isUnlistedVerb = unlistedOfShape(VERB_SHAPE);
const isUnlistedParticiple = unlistedOfShape(PARTICIPLE_SHAPE);

/**
 * "“…”, machacó Carmen Vidal.", "„…“, grantelte der Minister.", "“…,” Miller harrumphed.", "“…,” the senator
 * harrumphed.": a verb the lexicon lacks, right after the words' comma, with a name, a role or a subject pronoun beside
 * it and the sentence ending there, is a verb of saying; no lexicon has them all ("descaseteó", "prognostizierte",
 * "conseille"). Without a subject ("“…”, llegó.") the verb could be anything.
 */
function unlistedCueAfter(tokens: Token[], commaInside: boolean): Found | undefined {
  // The comma after the words stands after the closing mark, or inside it in English ("“…,” Miller harrumphed").
  const from = tokens[0]?.text === ',' ? 1 : commaInside ? 0 : -1;
  if (from < 0) return undefined;
  const end = tokens.findIndex((t, j) => j > from && CREDIT_END.has(t.text));
  const last = end < 0 ? tokens.length : end;
  const short = last >= from + 2 && last <= from + 1 + CREDIT_SUBJECT_WORDS;
  // "a tempêté le ministre", "ha machacado Carmen Vidal": a compound tense, its auxiliary before the participle.
  const compound = AUXILIARIES.has(tokens[from]?.text ?? '') && isUnlistedParticiple(tokens[from + 1]);
  const verb = compound ? from + 1 : from;
  if ((compound || isUnlistedVerb(tokens[verb])) && (isCap(tokens[verb + 1]) || isArticle(tokens[verb + 1]))) {
    // A short sentence, or where or when after the name ("machacó Carmen Vidal en rueda de prensa ante…"), but not
    // an object in a longer one ("terminó Carmen Vidal el discurso ante los diputados").
    const next = isCap(tokens[verb + 1]) ? tokens[runEndingAfter(tokens, verb + 1) + 1] : undefined;
    const slot = short || (next && (PREPOSITIONS.has(next.text) || CREDIT_TAIL.has(next.text))) ? nameAfter(tokens, verb) : undefined;
    return slot && !('unnamed' in slot) && !('pronoun' in slot) ? { slot, cue: tokens[verb].text, how: 'after' } : undefined;
  }
  if (!short) return undefined;
  const v = last - 1;
  // "„…“, hat Bauer gegrantelt.": German sets the auxiliary first and the participle last.
  const subject = tokens.slice(AUXILIARIES.has(tokens[from].text) ? from + 1 : from, v);
  const described = subject.length > 1 && ENGLISH_ARTICLES.has(subject[0].text.toLowerCase()) && subject.slice(1).every(isLower);
  const named = subject.length > 0 && (described || subject.every((t) => isCap(t)) || (subject.length === 1 && ENGLISH_SUBJECTS.has(subject[0].text)));
  if (!isUnlistedVerb(tokens[v]) || !named) return undefined;
  const slot = subjectOf(tokens, v);
  return 'unnamed' in slot ? undefined : { slot, cue: tokens[v].text, how: 'after' };
}

/** A cue in the rest of the sentence after the quotation ("…,” Essid declared", "…,” said Mr. Reeves"). */
function cueAfter(tokens: Token[], commaInside = false): Found | undefined {
  // "„…“, so der Minister", "„…“, so Müller": German credits a quotation with "so" and the speaker.
  if (tokens[0]?.text === ',' && tokens[1]?.text === 'so' && (isArticle(tokens[2]) || isCap(tokens[2]))) {
    const slot = nameAfter(tokens, 1);
    if (slot && !('unnamed' in slot)) return { slot, cue: 'so', how: 'after' };
  }
  // A name and an appositive after the quotation put the cue further away ("“…,” Kaplan, also an avid collector…, says").
  const named = runEndingAfter(tokens, 0);
  const window = tokens.slice(0, CUE_AFTER_WITHIN + (named >= 0 && tokens[named + 1]?.text === ',' ? APPOSITIVE_LENGTH : 0));
  const c = window.findIndex((_, i) => isCueAt(window, i));
  if (c < 0) return unlistedCueAfter(tokens, commaInside);
  const cue = window[c].text.toLowerCase();
  if (isImpersonalCueAt(window, c)) return { slot: sourceOfImpersonal(tokens), cue, how: 'after' };
  if (isAccordingAt(window, c)) {
    const relative = relativeSource(tokens, c);
    if (relative) return { slot: relative, cue, how: 'after' };
    const slot = cue !== 'according' ? nameAfter(tokens, c) : tokens[c + 1]?.text === 'to' ? nameAfter(tokens, c + 1) : undefined;
    // "selon l'entourage de Jean Dupont": a source the text does not name is still a source: the words are speech.
    if (!slot && (cue !== 'according' || tokens[c + 1]?.text === 'to')) return { slot: { unnamed: true }, cue, how: 'after' };
    return slot ? { slot, cue, how: 'after' } : undefined;
  }
  if (isParticiple(window[c]) || DESCRIBING.has(cue)) return undefined;
  if (isInfinitive(tokens, c)) return { slot: infinitiveSubject(tokens, c), cue, how: 'after' };
  const before = c > 0 ? subjectOf(tokens, c) : { unnamed: true as const };
  if (!('unnamed' in before)) return { slot: before, cue, how: 'after' };
  // "« … », peut-on lire dans Les Échos", "« … », lit-on": French "on" is no one; the words are the writing's or the publication's read in.
  if (tokens[c + 1]?.inverted && tokens[c + 1].text === 'on') return { slot: writingReadIn(tokens, c + 2) ?? { unnamed: true }, cue, how: 'after' };
  // "…,” the mother of two told BuzzFeed News": after "told", a name is who heard the words, never who spoke them.
  const after = TELLING.has(cue) ? undefined : nameAfter(tokens, c);
  // "„…,“ řekl.", "“…”, dijo.", "“…”, ha señalado en rueda de prensa.": languages that drop the subject pronoun;
  // the verb alone refers back like one.
  if (opensWithVerb(tokens, c) && dropsSubject(tokens, c, after)) return { slot: { pronoun: IMPLIED_SUBJECT }, cue, how: 'after' };
  return { slot: after ?? { unnamed: true }, cue, how: 'after' };
}

/** French "to be" in the third person, saying what someone is ("Nagui était l’invité de RTL"). */
const COPULAS = new Set(['est', 'était', 'sera', 'fut', 'devient']);

/** A French verb in the third person of the present ("tourne", "présente", "sort", "prend"). */
const FRENCH_PRESENT = /^\p{Ll}{3,}[etd]$/u;
/** Words a French verb's object or complement opens with ("tourne un film", "revient avec…", "sort son album"). */
const FRENCH_OBJECT_START = new Set(['un', 'une', 'le', 'la', 'les', "l'", 'l’', 'des', 'du', 'sa', 'son', 'ses', 'leur', 'leurs', 'au', 'aux', 'avec']);

/** A French past participle ("tenu", "déclaré", "arrivée", "dit", "pris"). */
const FRENCH_PARTICIPLE = /^\p{Ll}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|ort|int|aint|eint)$/u;

/**
 * True when the name in tokens[start..end] does something in its sentence: it is
 * followed by a verb (past adverbs or an appositive: "Rubio, who accompanied
 * Witkoff, indicated"), is the agent of a passive ("announced by … Witkoff"), or
 * follows a cue ("said Mr. Reeves"). A pronoun refers back to such a subject,
 * not to a name in passing ("a campaign against Islamists").
 */
function isActing(tokens: Token[], start: number, end: number, verb = isVerbLike): boolean {
  let k = end + 1;
  // "Lasier Martins (Podemos-RS), líder do bloco…, acha": the parenthesis is about the name.
  if (tokens[k]?.text === '(') k = tokens.findIndex((t, i) => i > k && t.text === ')') + 1 || k;
  // Past adverbs, but not past a French auxiliary before its participle ("JD Vance a tenu à…"): that is the verb.
  const skipAdverbs = () => {
    while (tokens[k] && isAdverb(tokens[k]) && !(AUXILIARIES.has(tokens[k].text) && FRENCH_PARTICIPLE.test(tokens[k + 1]?.text ?? ''))) k++;
  };
  skipAdverbs();
  // "Javier Betancourt at that time asked", "Trump on Tuesday said": past a time before the verb.
  k += timePhraseLength(tokens, k);
  // "Ophir aus Buffalo sagte", "Lerato Dube from Durban said": past where the person is from.
  if (ORIGIN_LINKS.has(tokens[k]?.text ?? '') && isCap(tokens[k + 1])) k = runEndingAfter(tokens, k + 1) + 1;
  if (tokens[k]?.text === ',' && !closesRelativeClause(tokens, start)) {
    const first = tokens[k + 1];
    const close = tokens.findIndex((t, i) => i > k && t.text === ',');
    // "Joan Vaquero, admet que…": a cue after the comma is the name's verb, not an appositive; so is a French auxiliary
    // and its participle after a name that is itself an appositive ("Le colistier de Donald Trump, JD Vance, a tenu à…").
    // "el alcalde de Bédar, Ángel Collados, apenas encontraba…": the name closes an appositive, its verb follows.
    // "Ihtisham Hibatullah, Al Jazeera's manager of communications, urged": an aside opening with a capital is
    // an appositive too when it holds a possessive or a role, as subjectOf reads it.
    const describes = close > 0 && tokens.slice(k + 1, close).some(describesSomeone);
    const auxiliary = tokens[start - 1]?.text === ',' && AUXILIARIES.has(first?.text ?? '') && FRENCH_PARTICIPLE.test(tokens[k + 2]?.text ?? '');
    if (first && (isCue(first) || (close < 0 && tokens[start - 1]?.text === ',') || auxiliary)) k++;
    else if (first && close > 0 && (isLower(first) || /^\d/.test(first.text) || APPOSITIVE_START.has(first.text.toLowerCase()) || describes)) k = close + 1;
    skipAdverbs();
  }
  // The agent of a passive may carry titles before the name: "announced by special U.S. envoy Steve Witkoff".
  let b = start - 1;
  while (b >= 0 && b >= start - 5 && tokens[b].text !== ',' && !isVerbLike(tokens[b]) && tokens[b].text.toLowerCase() !== 'by') b--;
  const passiveAgent = b >= 0 && tokens[b].text.toLowerCase() === 'by';
  // "South Korea’s relations", "Yoon’s “…” had caused": a possessor, whatever word follows, does nothing.
  const possessor = isPossessive(tokens[end]);
  // "Jean Dujardin se souvient", "Marta Ruiz se fue": the reflexive pronoun opens the name's verb (Czech "se" is a
  // preposition too, but rarely right after a subject).
  const reflexive = REFLEXIVES.has(tokens[k]?.text ?? '') && !!tokens[k + 1] && isLower(tokens[k + 1]) && verb(tokens[k + 1]);
  // "Novak Djokovic s’est imposé", "Omar Sy s’engage": French elides the reflexive pronoun into its verb.
  const elidedReflexive = /^s['’]\p{Ll}/u.test(tokens[k]?.text ?? '');
  // "Vincent Cassel tourne un film", "Anne-Claire Coudray présente le journal": a French verb in the present before its object.
  const present = FRENCH_PRESENT.test(tokens[k]?.text ?? '') && FRENCH_OBJECT_START.has(tokens[k + 1]?.text ?? '');
  // "Denis Coderre, ne partage pas cet avis", "Mélenchon n’a pas": French negation opens the name's verb.
  const negated = (tokens[k]?.text === 'ne' && !!tokens[k + 1] && isLower(tokens[k + 1])) || /^n[’']\p{Ll}/u.test(tokens[k]?.text ?? '');
  // "said Mr. Reeves", and "Selon Javier López, …": a sentence-initial cue is capitalised, so it opens the name's run.
  return (!possessor && !!tokens[k] && (verb(tokens[k]) || reflexive || elidedReflexive || present || negated)) || passiveAgent || isCue(tokens[start - 1]) || (start < end && isCue(tokens[start]));
}

/** Prepositions saying where someone is from, between their name and their verb. */
const ORIGIN_LINKS = new Set(['from', 'aus']);

/** English relative pronouns opening a clause set between commas ("Kwame Okafor, who represents Turner, said"). */
const RELATIVES = new Set(['who', 'whom', 'which', 'whose']);

/**
 * True when the name starting at token `start` stands inside a relative clause opened after the last comma before it
 * ("Kwame Okafor, who represents Turner, said"): the verb after the clause's closing comma is the antecedent's.
 */
function closesRelativeClause(tokens: Token[], start: number): boolean {
  const comma = tokens.slice(0, start).findLastIndex((t) => t.text === ',');
  return comma >= 0 && comma + 1 < start && RELATIVES.has(tokens[comma + 1].text);
}

/** True when a verb follows token k, perhaps past adverbs and auxiliaries ("Tesco has been…", "Lind later said"). */
function verbFollows(tokens: Token[], k: number): boolean {
  let v = k + 1;
  while (tokens[v] && isAdverb(tokens[v]) && !AUXILIARIES.has(tokens[v].text)) v++;
  return !!tokens[v] && isVerbLike(tokens[v]);
}

/** True when `name` is an organisation the text names, or the first words of one ("Microsoft" for "Microsoft Corp"). */
function namesOrganisation(ctx: Context, name: string): boolean {
  if (ctx.organisations.has(name)) return true;
  for (const organisation of ctx.organisations.keys()) if (organisation.startsWith(`${name} `)) return true;
  return false;
}

/**
 * The people a sentence shows doing something, first to last. `together`: the first two of them are
 * joined by "and" ("Smith and Jones met"), so a pronoun after it could be either, unless its
 * gender tells them apart. `unsure`: someone there may be a person the text does not know as
 * one: a single capitalised word doing something ("ScreamMyName has been pushing…", "Tesco has…"),
 * a name introduced with an appositive ("Enter Stuart R. Kaplan, a graduate of…"), a user name.
 */
function actorsIn(tokens: Token[], ctx: Context): { actors: string[]; together: boolean; unsure: boolean } {
  const actors: string[] = [];
  let together = false;
  let unsure = false;
  // "Para el economista José Gómez, la subida llegó tarde": the sentence gives his view, as if he said it.
  const view = inViewOf(tokens);
  const viewHolder = view && 'name' in view ? view.name : undefined;
  for (const [i, end] of runsIn(tokens)) {
    const mention = mentionOfRun(tokens, i, end, isRoleWord(tokens[i - 1]));
    // Only names already known as people count here, so any verb form will do ("Mr Obama lands").
    const acting = isActing(tokens, i, end, isAnyVerb) || isSubjectAfterFrontedPhrase(tokens, i);
    // "and" between two names ("Smith and Jones met"), not between two verbs ("Fetter married John Gille and moved").
    const joins = (at: number, other: number) => COORDINATORS.has(tokens[at]?.text ?? '') && isCap(tokens[other]);
    const coordinated = joins(i - 1, i - 2) || joins(end + 1, end + 2);
    // A single word after a preposition or an article is a place or a thing ("in Spain is…", "the US legalised…").
    const lone = end === i && !LINKS.has(tokens[i - 1]?.text ?? '') && !isArticle(tokens[i - 1]) && !ctx.lowerWords.has(tokens[i].text.toLowerCase()) && !UNNAMED_SOURCES.has(tokens[i].text.toLowerCase());
    // "conferido a Silveira", "adotadas entre Pacheco e o STF": the object of a preposition does nothing ("by" and "por" bring an agent).
    const object = (PREPOSITIONS.has(tokens[i - 1]?.text ?? '') && !AGENTS.has(tokens[i - 1].text) && !isArticle(tokens[i - 1])) || isGermanObject(tokens, i);
    // "Stuart Kaplan, a graduate of…", "…was Gopaul Govender, who was appointed…": someone introduced with an appositive
    // or a relative clause is who the next sentences are about.
    const introduced = tokens[end + 1]?.text === ',' && INTRODUCING_A_NAME.has(tokens[end + 2]?.text ?? '');
    const start = i;
    if (!mention || mention.organisation) continue;
    const full = ctx.registry.resolve(mention.name).name;
    // "Hart is under fire for his vow that Britain would leave": a lone word opening a clause that a person's words or
    // deeds report is no rival of that person for a pronoun after it.
    const reported = tokens[start - 1]?.text === 'that' && actors.length > 0;
    if (!ctx.people.has(full)) {
      // "Microsoft assessed the fee" after "Microsoft Corp said": a name the text gave an organisation, or the first
      // words of one, is no one a person's pronoun may mean.
      if (namesOrganisation(ctx, full)) continue;
      unsure ||= (lone && !reported && !full.includes(' ') && verbFollows(tokens, start)) || introduced;
      // "Yolanda Díaz e Ione Belarra comparecieron": a full name joined to the person opening the sentence does the same
      // thing, though the text does not know it as a person's; a pronoun after it may mean either.
      if (together && actors.length === 1 && full.includes(' ') && joins(i - 1, i - 2)) actors.push(full);
      continue;
    }
    // Only a pair that opens the people of the sentence is its subject ("Lira disse que… com Fux, Pacheco e Bolsonaro" is Lira's).
    together ||= coordinated && actors.length === 0;
    // "Kylian Mbappé y Antoine Griezmann cenaron…": a full name paired before a person's, though the text does not know it
    // as a person's, may be the one meant.
    unsure ||= joins(i - 1, i - 2) && actors.length === 0 && isCap(tokens[i - 3]);
    if ((acting && !object) || coordinated || introduced || mention.name === viewHolder) actors.push(full);
  }
  // A user name in lower case with digits ("elmo666, the other user, kept…") is someone too.
  unsure ||= tokens.some((t, k) => HANDLE.test(t.text) && !LINKS.has(tokens[k - 1]?.text ?? ''));
  unsure ||= tokens.some((_, k) => describesSomeoneActing(tokens, k));
  // "The teacher added that Leanne Lucas, 35, …": the one a description names, speaking; whom it is, if the text gave
  // that word to one person, else someone a pronoun after it may mean.
  const described = describedSpeaker(tokens);
  const holders = described ? ctx.roles.get(described) : undefined;
  if (holders?.size === 1) actors.unshift(...holders);
  else unsure ||= !!described;
  return { actors, together, unsure };
}

/** How many words may stand between a description opening the sentence and its verb of saying ("The woman, who…, said"). */
const DESCRIBED_SPEAKER_REACH = 12;

/**
 * "The teacher added that…", "A woman at the vigil said…", "The woman, who wanted to remain anonymous, called…": an English
 * sentence opening with an article and a noun for a person, whose verb of saying follows before any name; that noun.
 */
function describedSpeaker(tokens: Token[]): string | undefined {
  const at = ['and', 'but'].includes(tokens[0]?.text.toLowerCase() ?? '') ? 1 : 0;
  const noun = tokens[at + 1];
  if (!['the', 'a', 'an'].includes(tokens[at]?.text.toLowerCase() ?? '') || !noun || !isLower(noun)) return undefined;
  const word = noun.text;
  if (!(DESCRIPTORS.has(word) || isRoleWord(noun))) return undefined;
  const verb = tokens.slice(at + 2, at + 2 + DESCRIBED_SPEAKER_REACH).findIndex((t) => isCue(t) || isCap(t));
  return verb >= 0 && isCue(tokens[at + 2 + verb]) ? word : undefined;
}

/** Words after a name and its comma that say who the person is: an appositive's article, a relative pronoun. */
const INTRODUCING_A_NAME = new Set(['a', 'an', 'who', 'qui', 'quien', 'der', 'die']);

/** German determiners of the accusative or the dative (never of a subject): "den Angeklagten", "seinem Kollegen". */
const GERMAN_OBJECT_DETERMINER = /^(?:den|dem|einen|einem|seinen|seinem|ihren|ihrem|unseren|unserem|diesen|diesem)$/;

/**
 * "verurteilte den Angeklagten Dieter Maus", "kritisierte seinen Parteikollegen Michael Wendt", "traf den französischen
 * Minister Paul Girard": a name whose run a German determiner of the accusative or dative opens, perhaps past adjectives,
 * is an object of the sentence, whatever word follows it; the subject acts.
 */
function isGermanObject(tokens: Token[], start: number): boolean {
  let j = start - 1;
  while (j > 0 && isLower(tokens[j]) && /e[nm]$/.test(tokens[j].text) && !GERMAN_OBJECT_DETERMINER.test(tokens[j].text)) j--;
  return GERMAN_OBJECT_DETERMINER.test(tokens[j]?.text ?? '');
}

/** German words opening a sentence with something other than its subject: a preposition, a time, a number ("Am Montag", "Zwei Jahre"). */
const GERMAN_FRONTED = new Set('am im beim vom zum zur bei in auf aus mit nach seit vor über unter gegen während wegen trotz darauf danach damals heute gestern zuvor inzwischen später nun zwei drei vier fünf sechs sieben acht neun zehn'.split(' '));

/**
 * "Zwei Jahre war Rom Braslavski in Haft", "Bei den Temperaturen erwartet Fink, dass …": a German sentence opened by
 * a phrase that is not its subject has its verb second and the subject right after it. The name there acts.
 */
function isSubjectAfterFrontedPhrase(tokens: Token[], start: number): boolean {
  if (!GERMAN_FRONTED.has(tokens[0]?.text.toLowerCase() ?? '') || !isGerman(tokens)) return false;
  let v = start - 1;
  while (v > 0 && isAdverb(tokens[v])) v--;
  const verb = tokens[v];
  if (v < 1 || !isLower(verb) || LINKS.has(verb.text) || GERMAN_DETERMINER.test(verb.text) || PREPOSITIONS.has(verb.text)) return false;
  // Before the verb, only the opening phrase: no other lower-case word but articles and prepositions, no comma.
  return tokens.slice(1, v).every((t) => isCap(t) || /^\d+$/.test(t.text) || GERMAN_DETERMINER.test(t.text) || PREPOSITIONS.has(t.text));
}

/** Words that open a clause, after which "un"/"une" begins its subject ("…, un chiraquien s'est souvenu", "et une amie a dit"). */
const CLAUSE_OPENERS = new Set([',', ';', 'et', 'mais', 'que', 'quand', 'lorsque', 'car', 'puis']);
/** French auxiliaries with a reflexive pronoun ("s'est souvenu", "s’était dit"). */
const REFLEXIVE_AUXILIARY = /^s['’](?:est|était|sont|étaient)$/u;

/**
 * "un chiraquien s'est souvenu…", "a ajouté un ténor de la droite": someone the text describes without naming
 * (an indefinite article and a noun) speaks or acts at token k, so a pronoun after it may mean them and not a name.
 */
function describesSomeoneActing(tokens: Token[], k: number): boolean {
  if (!INDEFINITE_SOMEONE.has(tokens[k].text.toLowerCase()) || !tokens[k + 1] || !isLower(tokens[k + 1])) return false;
  if (isCue(tokens[k - 1])) return true;
  if (k > 0 && !CLAUSE_OPENERS.has(tokens[k - 1].text.toLowerCase()) && !isMasked(tokens[k - 1])) return false;
  return tokens.slice(k + 2, k + 6).some((t) => REFLEXIVE_AUXILIARY.test(t.text) || (isLower(t) && (isCue(t) || AUXILIARIES.has(t.text) || IBERIAN_PRETERITE.test(t.text))));
}

/** German indefinite articles: "einen User", "eine Anwohnerin". */
const GERMAN_INDEFINITE = /^ein(?:e|er|em|en)?$/;

/** Whether a German sentence speaks of someone it does not name: an indefinite article and a noun for a person ("einen User"). */
const tokensDescribeGermanSomeone = (tokens: Token[]) =>
  tokens.some((t, k) => GERMAN_INDEFINITE.test(t.text.toLowerCase()) && isCap(tokens[k + 1]) && GERMAN_PERSON_NOUN.test(tokens[k + 1].text.toLowerCase()) && !isOrganisationWord(tokens[k + 1].text.toLowerCase()));

/** Indefinite articles opening the description of someone unnamed ("un chiraquien", "un agente", "uma policial"). */
const INDEFINITE_SOMEONE = new Set(['un', 'une', 'una', 'um', 'uma']);

/**
 * A Spanish or Portuguese preterite in the third person, regular ("abordó", "abordou", "prendeu") or with a strong stem
 * ("detuvo", "dijo", "hizo", "puso", "vino"): "Un agente detuvo a Julián Castro" shows the unnamed agent acting.
 */
const IBERIAN_PRETERITE = /^\p{Ll}{2,}(?:ó|ou|eu|iu|uvo|ijo|izo|uso|ino)$/u;

/** English third-person pronouns that may open the words and credit them too ("“He learned Hebrew…,” he said"). */
const THIRD_PERSON = new Set(['he', 'she']);

/**
 * "“He learned Hebrew in jail…,” he said": words opening with the pronoun that credits them speak of someone else, the
 * one the story has just been about, whom the pronoun's nearest reading would name; the speaker is left unknown.
 */
const speaksOfAnother = (quoted: string, pronoun: string) => THIRD_PERSON.has(pronoun) && quoted.trim().split(/\s+/)[0]?.toLowerCase() === pronoun;

/** A quotation that is a sentence of its own ("Nobody remembers the last crisis."): speech, however short. */
export function isFullSentence(quoted: string): boolean {
  const t = quoted.trim();
  if (hasHan(t)) return /[。！？…]$/u.test(t) && wordCount(t) >= 2;
  return /^\p{Lu}/u.test(t) && /[.!?…,]$/u.test(t) && t.split(/\s+/).length >= 2;
}

/** Characters per word in Chinese, which writes no spaces: most of its words are one or two characters. */
const HAN_PER_WORD = 2;

/** About how many words a quotation holds, in any script (Chinese characters counted by HAN_PER_WORD). */
export function wordCount(quoted: string): number {
  const han = (quoted.match(/\p{Script=Han}/gu) ?? []).length;
  const other = quoted.replace(/\p{Script=Han}/gu, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return other + Math.floor(han / HAN_PER_WORD);
}

/** Quotation text replaced by x (marks and line breaks kept), so that sentences and names are read outside quotes only. */
export function maskQuotations(text: string, quotations: Quotation[]): string {
  const chars = text.split('');
  for (const q of quotations) {
    for (const part of q.parts) {
      // Keep the quotation's own closing punctuation: it ends the surrounding sentence ("…first time." He added).
      let stop = part.end;
      while (stop > part.start && /[.!?,]/.test(text[stop - 1])) stop--;
      for (let i = part.start; i < stop; i++) if (text[i] !== '\n') chars[i] = /\s/.test(text[i]) ? ' ' : 'x';
    }
  }
  return chars.join('');
}

/** How many words a description before a name may hold ("the group that owns most of her music, Big Machine"). */
const DESCRIPTION_LENGTH = 10;
const POSSESSIVE_DETERMINERS = new Set(['her', 'his', 'its', 'their', 'our']);

/**
 * A name the text introduces as an organisation in an appositive after a description opening with an
 * organisation word ("The group that owns most of her music, Big Machine, says…", "her former record
 * label, Big Machine Records"): a brand with no organisation word in it is then no person.
 */
function isIntroducedAsOrganisation(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.text !== ',') return false;
  let from = start - 2;
  while (from >= 0 && tokens[from].text !== ',' && start - 1 - from <= DESCRIPTION_LENGTH) from--;
  if (start - 1 - from > DESCRIPTION_LENGTH) return false;
  const description = tokens.slice(from + 1, start - 1);
  const first = description[0]?.text.toLowerCase() ?? '';
  if (!ARTICLES.has(first) && !POSSESSIVE_DETERMINERS.has(first)) return false;
  const head = description.slice(1, 4).findIndex((t) => isOrganisationWord(t.text.toLowerCase()));
  // "Le patron du groupe, Carlos Tavares": a role before the organisation word describes a person of it.
  return head >= 0 && description.slice(1, head + 2).every(isLower) && !description.slice(1, head + 1).some(isRoleWord);
}

/**
 * A name opening its sentence without the capital word before it ("Afterwards Halvorsen" is
 * Halvorsen) when that word is written in lower case elsewhere or the rest is someone already named.
 */
function unglued(name: string, ctx: Context): string {
  const words = name.split(' ');
  // "Brian Gianforte" after "Greg Gianforte": a known given name is the name's own, whoever else bears the surname.
  if (words.length < 2 || GIVEN_NAME_GENDER.has(words[0].toLowerCase())) return name;
  const rest = words.slice(1).join(' ');
  const known = ctx.registry.resolve(rest).name;
  return ctx.lowerWords.has(words[0].toLowerCase()) || (known !== rest && known !== name) ? rest : name;
}

/**
 * "Der 21-jährige Jonas Keller", "útočník Adam Kolář", "Anglický záložník Jack Morton": what the words before a name
 * describe its bearer as, besides an office: a German age, a Czech noun for a person (in a Czech text, `czech`) and
 * the noun for where they are from that a Czech adjective tells ("anglický" → "angličan"). A later "sagte der
 * 21-Jährige", "řekl útočník", "řekl Angličan" is that person, as a role is its holder.
 */
function descriptionsBeforeName(tokens: Token[], start: number, czech: boolean): string[] {
  const words: string[] = [];
  const before = tokens[start - 1]?.text.toLowerCase() ?? '';
  if (GERMAN_AGE.test(before)) words.push(before);
  if (!czech) return words;
  for (let k = start - 1; k >= 0 && k >= start - 2; k--) {
    const word = tokens[k].text.toLowerCase();
    const from = CZECH_DEMONYMS.get(word);
    if (from) words.push(from);
    // Opening the sentence, the noun has a capital ("Útočník Adam Kolář").
    else if ((isLower(tokens[k]) || k === 0) && CZECH_PERSON_NOUN.test(word) && !isRoleWord(tokens[k])) words.push(word);
    else if (!/(?:ý|á|í)$/u.test(word)) break;
  }
  return words;
}

/**
 * Registers every full name and learns which of them are people, their gender and roles, in one pass over the text outside quotes.
 * `known`: people the caller already knows of (a stored quote's speaker), so that a passage naming them by surname only reads them as people.
 */
/** Words that follow "her" the object ("told her that", "asked her if", "stood over her with"), not "her" the possessive ("her team"). */
const AFTER_OBJECT = new Set([...LINKS, ...ARTICLES, 'that', 'if', 'whether', 'about', 'not']);
/** "her" as an object, of someone the sentence's subject acts on: it tells nothing of the subject's gender. */
const isObjectHer = (t: Token, next: Token | undefined) =>
  t.text.toLowerCase() === 'her' && (!next || !isLower(next) || AFTER_OBJECT.has(next.text.toLowerCase()));

/** How many words before a name's comma its role may stand ("el presidente de la Junta de Andalucía, Juanma Moreno"). */
const ROLE_BEFORE_REACH = 8;

/** "David Campo, portavoz de la Asociación", "Mohammed Ben Sulayem, presidente de la FIA": the role an appositive gives the name ending at `end`. */
function roleAfterName(tokens: Token[], end: number): string[] {
  if (tokens[end + 1]?.text !== ',') return [];
  const article = isArticle(tokens[end + 2]) || INDEFINITE.has(tokens[end + 2]?.text ?? '') || ENGLISH_INDEFINITE.has(tokens[end + 2]?.text ?? '');
  let k = article ? end + 3 : end + 2;
  // "Anna Price, a former senator from Ohio,", "Özgür Özvatan, politischer Soziologe,": past the words that describe the role.
  while (k < (article ? end + 5 : end + 4) && tokens[k] && isLower(tokens[k]) && !isRoleWord(tokens[k])) k++;
  // "Jair Bolsonaro, o técnico Tite": a name right after the role is whose role it is.
  return isRoleWord(tokens[k]) && !isCap(tokens[k + 1]) ? [tokens[k].text.toLowerCase()] : [];
}

/** An acronym: capitals only, two or more. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** "Supremo Tribunal Federal (STF)", "Unidad Central Operativa (UCO, de la Guardia Civil)": the acronym in parentheses after the name ending at `end`, sharing its first letter. */
function acronymAfter(tokens: Token[], end: number, name: string): string | undefined {
  const [open, acronym, close] = tokens.slice(end + 1, end + 4);
  return open?.text === '(' && acronym && ACRONYM.test(acronym.text) && acronym.text[0] === name[0] && [')', ','].includes(close?.text ?? '') ? acronym.text : undefined;
}

/** "El juez del Tribunal Supremo Ángel Hurtado": the role before the body whose run begins at `start`, which the name after the body holds. */
function roleBeforeBody(tokens: Token[], start: number): string[] {
  const j = isArticle(tokens[start - 1]) ? start - 2 : start - 1;
  const role = tokens[j - 1];
  return ROLE_COMPLEMENT.has(tokens[j]?.text ?? '') && role && isLower(role) && isRoleWord(role) ? [role.text.toLowerCase()] : [];
}

/**
 * The office a role word at k belongs to: the role whose complement it is ("la ministra del Interior", "the secretary of
 * state", "el portavoz de la ministra"), or the word itself.
 */
function roleHeadOf(tokens: Token[], k: number): number {
  const complement = isArticle(tokens[k - 1]) ? k - 2 : k - 1;
  return ROLE_COMPLEMENT.has(tokens[complement]?.text.toLowerCase() ?? '') && isRoleWord(tokens[complement - 1]) ? roleHeadOf(tokens, complement - 1) : k;
}

function learnNames(masked: string, sentences: Span[], known: readonly string[] = []): Context {
  const sentenceTokens = sentences.map((s) => tokenize(masked.slice(s.start, s.end), s.start));
  const declining = DECLINING_LETTERS.test(masked);
  const ctx: Context = { registry: new NameRegistry(declining), people: new Set(), markedPeople: new Set(), gender: new Map(), roles: new Map(), organisations: new Map(), introducedAs: new Map(), lowerWords: new Set(), sentenceTokens };
  const mentions: { name: string; person: boolean; marked: boolean; gender?: Gender; roles: string[]; sentence: number; at: number; described: boolean }[] = [];
  sentenceTokens.forEach((tokens, si) => {
    // "Die Niederländer Max de Vries und Tim Bakker": what the words before the first of two joined names say is said of both.
    let sharedRoles: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // "…in Karachi. Photo by Jane Roe /AFP": whoever a credit names took the picture; the story does not speak of them.
      if (CREDIT_OPENERS.has(tokens[i].text) && ['by', ':'].includes(tokens[i + 1]?.text ?? '')) break;
      if (isLower(tokens[i])) ctx.lowerWords.add(tokens[i].text);
      // "Die Islamische Glaubensgemeinschaft in Österreich (IGGÖ)": the acronym names it wherever the text uses it.
      const acronym = tokens[i].text === '(' && tokens[i + 2]?.text === ')' && ACRONYM.test(tokens[i + 1]?.text ?? '') ? tokens[i + 1].text : undefined;
      const expansion = acronym ? expansionBefore(tokens, i, acronym) : -1;
      if (acronym && expansion >= 0) ctx.registry.abbreviate(acronym, joinWords(tokens.slice(expansion, i)));
      const end = runEndingAfter(tokens, i);
      if (end < 0) continue;
      const nameStart = nameStartAfterPreposition(tokens, i, end);
      const heldIn = nameStart > i ? roleBeforeBody(tokens, i) : [];
      const mention = mentionOfRun(tokens, nameStart, end, isRoleWord(tokens[i - 1]) || heldIn.length > 0);
      const acting = isActing(tokens, i, end) || speechActAt(tokens) === end + 1;
      // "the mayor, Karen Bass": the role before the comma is hers.
      // "la ministre de la culture, Rachida Dati": a role a few words before the comma.
      let r = i - 2;
      while (r >= Math.max(0, i - ROLE_BEFORE_REACH) && tokens[i - 1]?.text === ',' && tokens[r].text !== ',' && !isRoleWord(tokens[r])) r--;
      if (tokens[i - 1]?.text === ',' && isRoleWord(tokens[r])) r = roleHeadOf(tokens, r);
      const roleBefore = tokens[i - 1]?.text === ',' && isRoleWord(tokens[r]) ? [tokens[r].text.toLowerCase()] : [];
      // "le président russe Vladimir Poutine": a role, an adjective, the name; the role is known with and without the adjective.
      // "A police officer arrested Daniel Moss": a verb in the past there is what the officer did, no adjective.
      const qualified = !isRoleWord(tokens[i - 1]) && tokens[i - 1] && isAdjective(tokens[i - 1]) && !isVerbLike(tokens[i - 1]) && isRoleWord(tokens[i - 2]) && isLower(tokens[i - 2]) ? [tokens[i - 2].text.toLowerCase(), `${tokens[i - 2].text.toLowerCase()} ${tokens[i - 1].text}`] : [];
      const complemented = epithetWithComplement(tokens, i);
      const role = isRoleWord(tokens[i - 1]) ? [tokens[i - 1].text.toLowerCase()] : qualified.length ? qualified : roleBefore.length ? roleBefore : heldIn.length ? heldIn : complemented.length ? complemented : end > i ? roleAfterName(tokens, end) : [];
      // "le Premier ministre, François Bayrou", "la Première ministre Élisabeth Borne": the office, as its periphrases name it.
      // "le Premier ministre britannique Keir Starmer": the office with its adjective too, as "président russe" above.
      const roleAt = isRoleWord(tokens[i - 1]) ? i - 1 : qualified.length ? i - 2 : roleBefore.length ? r : -1;
      if (roleAt > 0 && tokens[roleAt].text.toLowerCase() === 'ministre' && /^premi(?:er|ère)$/i.test(tokens[roleAt - 1].text)) {
        role.push('premier ministre', ...(qualified.length ? [`premier ministre ${tokens[i - 1].text}`] : []));
      }
      // "la presidenta de la Comunidad, Isabel Díaz Ayuso", "A deputada Tânia Ramos": the article of her role tells her
      // gender; not that of a role in a complement ("el portavoz de la ministra, Pedro Gil").
      const roleGender = roleAt > 0 && !ROLE_COMPLEMENT.has(tokens[roleAt - 2]?.text.toLowerCase() ?? '') && (isArticle(tokens[roleAt - 1]) || isFeminineA(tokens, roleAt - 1)) ? articleGender(tokens[roleAt - 1]) : undefined;
      const start = i;
      i = end;
      if (!mention) continue;
      // "le groupe Michelin", "l'entreprise Danone": an organisation word in lower case after an article says what the name is.
      const kind = isArticle(tokens[start - 2]) && isLower(tokens[start - 1]) && isOrganisationWord(tokens[start - 1].text) ? tokens[start - 1].text : undefined;
      if (kind) ctx.introducedAs.set(kind, (ctx.introducedAs.get(kind) ?? new Set()).add(mention.name));
      if (mention.organisation || kind || isIntroducedAsOrganisation(tokens, start)) {
        if (!ctx.organisations.has(mention.name)) ctx.organisations.set(mention.name, tokens[start].start);
        const acronym = acronymAfter(tokens, end, mention.name);
        if (acronym) ctx.registry.abbreviate(acronym, mention.name);
        continue;
      }
      // "l’élu LR", "le député RN": a party's acronym after a role says which side, it names no one.
      if (end === start && isAcronym(tokens[start]) && isRoleWord(tokens[start - 1])) continue;
      const written = start === 0 ? unglued(mention.name, ctx) : mention.name;
      // Only a name after an ordinary lower-case word is in another case ("přestupu Declana Rice"); after a cue
      // or a role, or opening its sentence, it is the subject, in the nominative ("řekla Fatima Haddad").
      const prev = tokens[start - 1];
      // "Podle Jany Malé", "podle ministra Petra Nováka": Czech "podle" (according to) takes the genitive, though it is a cue.
      const governed = [tokens[start], prev, isRoleWord(prev) ? tokens[start - 2] : undefined].some((t) => t?.text.toLowerCase() === 'podle');
      const oblique = governed || (!!prev && isLower(prev) && !isCue(prev) && !isRoleWord(prev));
      const name = declining && oblique ? nominativeOfDeclined(written) : written;
      ctx.registry.register(name);
      // A known given name or an honorific ("Ingrid Halvorsen", "Mrs. Lund") makes a person, whatever the verb.
      // "glisse Zineb, étudiante en…", "raconte Antoine, 32 ans, chargé de cours": a first name alone after a cue, described after it, is someone.
      const described = isCue(prev) && !ACCORDING.has(prev.text.toLowerCase()) && tokens[end + 1]?.text === ',' && !!tokens[end + 2] && (/^\d+$/.test(tokens[end + 2].text) || (isLower(tokens[end + 2]) && !isCue(tokens[end + 2]) && !LINKS.has(tokens[end + 2].text) && !/ant$/u.test(tokens[end + 2].text)));
      const roles = [...mention.roles, ...role, ...descriptionsBeforeName(tokens, start, declining), ...sharedRoles];
      sharedRoles = COORDINATORS.has(tokens[end + 1]?.text ?? '') && isCap(tokens[end + 2]) ? roles : [];
      // "Montell Figgins, who represents…": "who" is said of people only.
      const marked = mention.titled || !!mention.gender || described || roles.length > 0 || (tokens[end + 1]?.text === ',' && tokens[end + 2]?.text === 'who');
      // A role in apposition says a person is named as much as a title does ("Özgür Özvatan, politischer Soziologe,").
      mentions.push({ name, person: (mention.titled || acting || !!mention.gender || role.length > 0) && !isPlaceName(name), marked, gender: mention.gender ?? roleGender, roles, sentence: si, at: start, described });
    }
  });
  // Registered after the text's own names, so that a name the text spells out stays its own and is not
  // taken for a declined form of the known one.
  for (const person of known) {
    ctx.registry.register(person);
    if (person.includes(' ')) ctx.people.add(person);
    ctx.markedPeople.add(person);
  }
  const named = new Map<number, Set<string>>();
  /** Where each sentence first names someone: a pronoun before it refers to someone earlier ("When she said no, Roof told her"). */
  const firstNamed = new Map<number, number>();
  for (const m of mentions) {
    const full = ctx.registry.resolve(m.name).name;
    // A lone capitalised word is a person only with an honorific ("Mrs. Lund"): otherwise it may open a sentence.
    if (m.person && (full.includes(' ') || m.gender || m.described) && !ctx.organisations.has(full)) ctx.people.add(full);
    if (m.marked) ctx.markedPeople.add(full);
    if (m.gender && !ctx.gender.has(full)) ctx.gender.set(full, m.gender);
    for (const r of m.roles) ctx.roles.set(r, (ctx.roles.get(r) ?? new Set()).add(full));
    named.set(m.sentence, (named.get(m.sentence) ?? new Set()).add(full));
    if (!firstNamed.has(m.sentence)) firstNamed.set(m.sentence, m.at);
  }
  // "Ingrid Halvorsen said her team…": a sentence about one person that uses pronouns of one gender tells that person's gender.
  for (const [si, people] of named) {
    if (people.size !== 1) continue;
    const [person] = people;
    const after = sentenceTokens[si].slice(firstNamed.get(si));
    const told = new Set(after.filter((t, k) => !isObjectHer(t, after[k + 1])).map((t) => POSSESSIVE_GENDER.get(t.text.toLowerCase())).filter((g) => g));
    if (told.size === 1 && !ctx.gender.has(person)) ctx.gender.set(person, [...told][0]!);
  }
  return ctx;
}

/** Pronouns of one person and one gender: "sie" may be "they", so a German "sie" is not read as the same one again. */
const CHAINING_PRONOUNS = new Set(['he', 'she', 'il', 'elle', 'er', 'él', 'ella']);

/**
 * Whether a sentence has `pronoun` as the subject of a cue ("He said…", "…, he said there had been", "…, sagte er."):
 * after the cue only where the clause ends with it, since "Hawk Sawyer said she could not" has her as the subject of
 * what was said, not of saying.
 */
const speaksAsPronoun = (tokens: Token[], pronoun: string): boolean =>
  tokens.some((t, i) => t.text.toLowerCase() === pronoun && (isCue(tokens[i + 1]) || (isCue(tokens[i - 1]) && !/\p{L}/u.test(tokens[i + 1]?.text ?? '.'))));

/** How many words may stand between two quotations that share the credit after the second (see shareCredits). */
const SHARED_CREDIT_GAP = 6;

/** How many words the cue between the two halves of one quotation may hold ("“…,” he said, “…”", "„…“, sagt er, „…“"). */
const SPLIT_CUE_WORDS = 4;

/** How many words of a quotation may follow its incise's comma before the incise must have ended (see inciseIn). */
const INCISE_NAME_WORDS = 8;

/**
 * The incise inside a quotation's marks that says who speaks, as French (and some Spanish and Portuguese) news
 * writes it: "« Là-dessus, notre désaccord est total, souligne-t-elle. La CGT… »", "“…, rappelle Ana Sofia Cardenal,
 * professeure…”", "« …, glisse-t-il lorsqu’on le croise. … »". A verb with its pronoun joined after it, or a cue
 * with a name or a role after it, right after a comma inside the words. `start`–`end`: the incise, from its comma.
 */
function inciseIn(text: string, q: Quotation): { start: number; end: number; found: Found } | undefined {
  for (const part of q.parts) {
    const tokens = tokenize(text.slice(part.start, part.end), part.start);
    for (let i = 2; i < tokens.length - 1; i++) {
      if (tokens[i - 1].text !== ',' || !isLower(tokens[i])) continue;
      const inverted = isInvertedVerb(tokens, i);
      if (!inverted && !(isCue(tokens[i]) && !ACCORDING.has(tokens[i].text.toLowerCase()) && (isArticle(tokens[i + 1]) || isCap(tokens[i + 1])))) continue;
      const slot = nameAfter(tokens, i);
      if (!slot || 'unnamed' in slot || (!inverted && 'pronoun' in slot)) continue;
      // The incise ends at the next comma after its subject, or at the end of the sentence.
      const subjectAt = tokens.findIndex((t, k) => k > i && (t.inverted || isCap(t) || isRoleWord(t)));
      const comma = tokens.findIndex((t, k) => k > subjectAt && t.text === ',');
      if (!inverted && comma > 0 && comma - i > INCISE_NAME_WORDS) continue;
      const stop = /[.!?;…]/u.exec(text.slice(tokens[i].start, part.end));
      const ends = [part.end, stop ? tokens[i].start + stop.index : part.end, comma > 0 ? tokens[comma].start : part.end];
      return { start: tokens[i - 1].start, end: Math.min(...ends), found: { slot, cue: tokens[i].text.toLowerCase(), how: 'after' } };
    }
  }
  return undefined;
}

export function attributeQuotations(text: string, quotations: Quotation[], known: readonly string[] = []): Attribution[] {
  const incises = quotations.map((q) => inciseIn(text, q));
  // An incise is the writer's words, not the speaker's: read with the text around the quotations (names, who acts).
  const chars = maskQuotations(text, quotations).split('');
  for (const incise of incises) {
    if (!incise) continue;
    for (let i = incise.start; i < incise.end; i++) chars[i] = text[i];
    if (chars[incise.end] === 'x') chars[incise.end] = ' ';
  }
  const masked = chars.join('');
  const sentences = sentenceSpans(masked);
  const ctx = learnNames(masked, sentences, known);
  const sentenceOf = (offset: number) => sentences.findLastIndex((s) => s.start <= offset);
  const paragraphOf = (offset: number) => (masked.slice(0, offset).match(/\n+/g) ?? []).length;
  /** Where the line holding `offset` begins. */
  const lineStartOf = (offset: number) => masked.lastIndexOf('\n', offset - 1) + 1;
  /** Whether nothing but blank space stands before a quotation on its line. */
  const opensLine = (q: Quotation) => !masked.slice(lineStartOf(q.openAt), q.openAt).trim();
  const speakerOfSentence = new Map<number, string>();
  const results: Attribution[] = [];

  const named = (name: string, base: number): { speaker: string; confidence: number } => {
    const { name: full, ambiguous } = ctx.registry.resolve(name);
    return { speaker: full, confidence: base - (ambiguous ? 0.1 : 0) - (full === name && !name.includes(' ') ? 0.05 : 0) };
  };

  /**
   * "wie Chubas Drummer spottete": a German genitive of someone the text named (Nina Chuba) and a noun for a person is
   * someone of theirs, unnamed; "Thomas Müller" is a name, as no "Thoma" was named.
   */
  const isSomeoneOfNamed = (name: string): boolean => {
    const [owner, noun, ...rest] = name.split(' ');
    if (rest.length || !noun || !owner.endsWith('s') || !GERMAN_PERSON_NOUN.test(noun.toLowerCase())) return false;
    const named = ctx.registry.resolve(owner.slice(0, -1)).name;
    return named !== owner.slice(0, -1) && ctx.people.has(named);
  };

  /** True when sentence `s` stands in a photo caption: a line ending in a credit in parentheses after a full stop ("… at his home. (AP)"). */
  const isCaption = (s: number): boolean => {
    const lineEnd = masked.indexOf('\n', sentences[s].start);
    return CAPTION_CREDIT.test(masked.slice(lineStartOf(sentences[s].start), lineEnd < 0 ? masked.length : lineEnd));
  };

  /**
   * The sentences before sentence `si` that a pronoun there may refer back to, nearest first: PRONOUN_REACH
   * sentences. A line that ends in no sentence punctuation (a photo credit, "toggle caption", a subheading)
   * is read but not counted, so that captions between two paragraphs do not put the person out of reach.
   */
  const sentencesBefore = (si: number): number[] => {
    const back: number[] = [];
    for (let s = si - 1, counted = 0; s >= 0 && counted < PRONOUN_REACH; s--) {
      // A photo caption with its credit is not read at all: the person it shows is not whom the story's pronoun means.
      if (isCaption(s)) continue;
      back.push(s);
      if (ENDS_SENTENCE.test(masked.slice(sentences[s].start, sentences[s].end))) counted++;
    }
    return back;
  };

  /** True when words said in sentence s (a sentence, or four words: not a term in quotation marks) have a cue the reader found but no one it could name. */
  const spokeUnnamed = (s: number) =>
    quotations.some((q, i) => sentenceOf(q.openAt) === s && (isFullSentence(q.text) || wordCount(q.text) >= 4) && !!results[i]?.cue && !results[i].speaker && results[i].how !== 'continuation');
  /** Whom a pronoun may mean: anyone the text gave no gender, or the pronoun's. */
  const fitsPronoun = (pronoun: string) => {
    const gender = PRONOUN_GENDER.get(pronoun);
    return (person: string) => !gender || !ctx.gender.has(person) || ctx.gender.get(person) === gender;
  };
  /**
   * "Yet Sondland has amended his account — “I now do recall,” he said": words of the pronoun's own sentence show whom
   * it means when they show one person acting whom it fits; null when they leave it unsure (someone unknown acting,
   * two together, more than one who fits), undefined when they show no one.
   */
  const actorOfOpening = (opening: Token[], pronoun: string): string | null | undefined => {
    const { actors, together, unsure } = actorsIn(opening, ctx);
    const fitting = [...new Set(actors)].filter(fitsPronoun(pronoun));
    return unsure || together || fitting.length > 1 || actsUnknown(opening) ? null : fitting[0];
  };
  /**
   * "Aaron Bushnell made news when he professed that he would “…”": the one acting before the pronoun that is the cue's
   * subject, in its own sentence; read when no sentence before names whom it means.
   */
  const actorBeforePronoun = (tokens: Token[], pronoun: string): { speaker: string; confidence: number } | undefined => {
    const at = tokens.findIndex((t) => t.text.toLowerCase() === pronoun);
    const actor = at > 0 ? actorOfOpening(tokens.slice(0, at), pronoun) : undefined;
    return actor ? { speaker: actor, confidence: 0.85 } : undefined;
  };
  /**
   * The person a pronoun at sentence `si` refers to: the nearest sentence before it that shows
   * someone speaking or doing something, skipping people the pronoun's gender rules out ("she"
   * after a sentence about a man and one about a woman is the woman).
   */
  const resolvePronoun = (si: number, pronoun: string, opening?: Token[]): { speaker: string; confidence: number } | undefined => {
    const gender = PRONOUN_GENDER.get(pronoun);
    const fits = fitsPronoun(pronoun);
    const actor = opening?.length ? actorOfOpening(opening, pronoun) : undefined;
    if (actor === null) return undefined;
    if (actor) return { speaker: actor, confidence: 0.85 };
    for (const s of sentencesBefore(si)) {
      // "Starmer met Macron. The two leaders discussed…. “…,” he said": either of them; only a gender the text gave tells them apart.
      if (opensWithGroup(ctx.sentenceTokens[s])) {
        const prior = sentencesBefore(s)[0];
        const group = prior === undefined ? [] : peopleNamedIn(ctx.sentenceTokens[prior]);
        const sure = group.filter((p) => gender && ctx.gender.get(p) === gender);
        return sure.length === 1 && group.filter(fits).length === 1 ? { speaker: sure[0], confidence: 0.8 } : undefined;
      }
      const spoken = speakerOfSentence.get(s);
      // "He said Zuma-Sambudla had been flagged…. In his evidence, he said there had been “…”": the same pronoun
      // speaking there means the same person, whoever its clauses name; read on from it, or name no one.
      if (!spoken && CHAINING_PRONOUNS.has(pronoun) && speaksAsPronoun(ctx.sentenceTokens[s], pronoun)) {
        const same = resolvePronoun(s, pronoun);
        return same && { speaker: same.speaker, confidence: Math.min(same.confidence, 0.85) };
      }
      // "A spokeswoman for Tesco said the company was reviewing prices. “…,” she added": the spokeswoman speaks for Tesco.
      const spokesperson = spoken ? undefined : spokespersonSubject(ctx.sentenceTokens[s]);
      if (spokesperson) return !gender || !spokesperson.gender || spokesperson.gender === gender ? named(spokesperson.organisation, 0.8) : undefined;
      // "El consejero ha lanzado un mensaje…", "O parlamentar cobra que Pacheco…": the sentence is about the one
      // its role names; when the text gave that role to no one person, whoever it is cannot be named by a dropped
      // subject. A pronoun says more ("La dirigeante de la CGT affirme…. « … », confie-t-elle"): its gender reads on.
      const role = spoken || pronoun !== IMPLIED_SUBJECT ? undefined : openingRole(ctx.sentenceTokens[s]);
      if (role) {
        const holder = resolveRole(role, { upTo: sentences[s].end, lastSpokeBefore: s });
        // "O parlamentar cobra que Rui Costa vote…" after "o senador Rui Costa": the one its clause speaks of is someone else.
        const spokenOf = holder && peopleNamedIn(ctx.sentenceTokens[s]).includes(holder.speaker);
        return holder && !spokenOf && ctx.people.has(holder.speaker) && fits(holder.speaker) ? { speaker: holder.speaker, confidence: 0.8 } : undefined;
      }
      // "“…”, dijo el secretario general de La Cámpora. Y remató: “…”": someone spoke there whom the reader could not name;
      // a verb with its subject dropped goes on with the last speaker, so no one further back is meant.
      if (!spoken && pronoun === IMPLIED_SUBJECT && spokeUnnamed(s)) return undefined;
      const { actors, together, unsure } = actorsIn(ctx.sentenceTokens[s], ctx);
      const candidates = new Set([...(spoken ? [spoken] : []), ...actors]);
      const fitting = [...candidates].filter(fits);
      // "Le preguntaron a Max Verstappen si hablaría con George Russell…. «…», zanjó": with no one else acting, the one asked answers.
      const asked = candidates.size ? undefined : personAskedIn(ctx.sentenceTokens[s]);
      if (asked) return fits(asked) ? { speaker: asked, confidence: 0.8 } : undefined;
      // Someone who may be the person meant is there: looking further back, or at the others, could find the wrong one.
      if (unsure && !(spoken && fitting.includes(spoken))) return undefined;
      // "Der Tonfall erinnerte einen User an den Film. „…“, spöttelt er": no one named there, but someone unnamed is.
      if (!candidates.size && tokensDescribeGermanSomeone(ctx.sentenceTokens[s])) return undefined;
      const spokenTo = !fitting.length && candidates.size ? spokenToOfGender(ctx.sentenceTokens[s], gender) : undefined;
      if (spokenTo) return spokenTo;
      if (!fitting.length) continue;
      const sure = gender ? fitting.filter((p) => ctx.gender.get(p) === gender) : [];
      if (fitting.length === 1) return { speaker: fitting[0], confidence: sure.length ? 0.9 : 0.85 };
      // Two people doing one thing that the pronoun's gender does not tell apart: either could be meant.
      if (together) return undefined;
      // Of two who fit, the one who spoke in that sentence ("Lee said Yoon’s “…” had caused chaos. “…,” he said"),
      // then the one the gender confirms, then the subject of its cue ("Ao explicar…de Bolsonaro…, Pacheco afirmou que…"),
      // else the sentence's subject, its first actor.
      const reporter = reporterOf(masked.slice(sentences[s].start, sentences[s].end), s)?.speaker;
      const pick = spoken && fitting.includes(spoken) ? spoken : sure.length === 1 ? sure[0] : reporter && fitting.includes(reporter) ? reporter : fitting[0];
      return { speaker: pick, confidence: 0.8 };
    }
    return undefined;
  };

  /**
   * The one person a sentence says unnamed others asked ("Le preguntaron a Max Verstappen si…", "Perguntaram a Gabriel
   * Barbosa se…"): with no one named asking, whoever answers after it is that person. Not "El juez preguntó a Ana Ruiz",
   * where the judge may go on, nor two people asked.
   */
  const personAskedIn = (tokens: Token[]): string | undefined => {
    const asked = tokens.flatMap((t, i) => {
      if (!ASKED_BY_OTHERS.has(t.text.toLowerCase()) || !ADDRESSED_TO.has(tokens[i + 1]?.text.toLowerCase() ?? '')) return [];
      let k = i + 2;
      while (tokens[k] && isLower(tokens[k]) && (isRoleWord(tokens[k]) || isArticle(tokens[k]))) k++;
      const end = runEndingAfter(tokens, k);
      const mention = end >= 0 ? nameOfRun(tokens.slice(k, end + 1), k > i + 2) : undefined;
      const full = mention && !mention.organisation ? ctx.registry.resolve(mention.name).name : undefined;
      const more = tokens.slice(end + 1, end + 3).some((n) => COORDINATORS.has(n.text));
      return full && ctx.people.has(full) && !more ? [full] : [undefined];
    });
    return asked.length === 1 ? asked[0] : undefined;
  };

  /**
   * "„…,“ řekla.": the subject a verb alone stands for. A Czech verb in the past tells its gender, which rules out
   * whoever is of the other, as a pronoun of that gender ("elle", "il") would; Spanish "señala" tells none.
   */
  const impliedSubject = (cue: string) => {
    const gender = DECLINING_LETTERS.test(masked) ? czechPastGender(cue) : undefined;
    return gender === 'f' ? 'elle' : gender === 'm' ? 'il' : IMPLIED_SUBJECT;
  };

  /**
   * "Bruno Le Maire a écrit à Élisabeth Borne. « … », a-t-elle répondu": when everyone acting in the nearest sentence
   * about people is ruled out by the pronoun's gender, the one person named there whom the text knows to be of that
   * gender, acting or not; none when two are, or the gender is unknown (the pronoun may mean someone further back).
   */
  const spokenToOfGender = (tokens: Token[], gender: Gender | undefined): { speaker: string; confidence: number } | undefined => {
    const named = gender ? [...new Set(peopleNamedIn(tokens))].filter((p) => ctx.gender.get(p) === gender) : [];
    return named.length === 1 ? { speaker: named[0], confidence: 0.8 } : undefined;
  };

  /** "the production company": the one organisation of the text with a word of its name echoing the modifier ("Dick Clark Productions"). */
  const resolveEcho = (modifier: string): { speaker: string; confidence: number } | undefined => {
    const m = modifier.toLowerCase();
    const echoing = [...ctx.organisations.keys()].filter((o) => o.toLowerCase().split(' ').some((w) => w === m || w === `${m}s`));
    const distinct = echoing.filter((o) => !echoing.some((other) => other !== o && other.endsWith(o)));
    return distinct.length === 1 ? { speaker: distinct[0], confidence: 0.8 } : undefined;
  };

  /** True when a name the text does not know as a person's does something in `tokens` ("Tomas Berg has already changed…"): it may be whom a pronoun means. */
  const actsUnknown = (tokens: Token[]): boolean => {
    for (const [i, end] of runsIn(tokens)) {
      const mention = mentionOfRun(tokens, i, end, isRoleWord(tokens[i - 1]));
      const acting = isActing(tokens, i, end, isAnyVerb);
      // A single word opening the sentence ("Children growing up…") or one the text writes in lower case is no name.
      const lone = end === i && (i === 0 || ctx.lowerWords.has(tokens[i].text.toLowerCase()) || UNNAMED_SOURCES.has(tokens[i].text.toLowerCase()));
      if (mention && !mention.organisation && !lone && acting && !ctx.people.has(ctx.registry.resolve(unglued(mention.name, ctx)).name)) return true;
    }
    return false;
  };

  /**
   * "the mayor" is the one person the text named as mayor; "the agency" the one organisation with "Agency" in its name,
   * named before `upTo` (where the role stands). Of a `gender`, when the words say it ("la toxicologue"). Several
   * holders of the role: the one who spoke last before sentence `lastSpokeBefore`, when given.
   */
  const resolveRole = (role: string, { gender, upTo = masked.length, lastSpokeBefore }: RoleReading = {}): { speaker: string; confidence: number } | undefined => {
    // "o técnico Tite" … "acrescentou o comandante": another word for the same role; "la toxicologue" is not the man given it too.
    const fits = (p: string) => !gender || !ctx.gender.has(p) || ctx.gender.get(p) === gender;
    const people = new Set(rolesMeant(role).flatMap((r) => [...(ctx.roles.get(r) ?? [])]).filter(fits));
    if (people.size === 1) return { speaker: [...people][0], confidence: 0.8 };
    // "die Synodalpräsidentin" after "Präsidentin Annekathrin Preidel", "der Parteichef" after "Chef …": a German compound is
    // the role its last part names; the one person holding either is meant.
    const compounded = people.size ? [] : [...ctx.roles].filter(([r]) => isCompoundOf(role, r) || isCompoundOf(r, role)).flatMap(([, names]) => [...names].filter(fits));
    if (new Set(compounded).size === 1) return { speaker: compounded[0], confidence: 0.75 };
    // "ha insistido el presidente andaluz" in a story with several presidents: the one who spoke last, if he holds it.
    if (people.size > 1 && lastSpokeBefore !== undefined) {
      const last = sentencesBefore(lastSpokeBefore).map((s) => speakerOfSentence.get(s)).find((p) => p);
      return last && people.has(last) ? { speaker: last, confidence: 0.75 } : undefined;
    }
    // A spokesman speaks for the party or firm, not as its chief: "ein Flixtrain-Sprecher" is not "Flixtrain-Chef X".
    const party = !people.size && !SPOKES.has(role.slice(role.indexOf('-') + 1)) && partyOfRole(role);
    if (party) {
      // "der AfD-Chef" after "AfD-Spitzenkandidat Björn Höcke": the one person the text gave a role of that party or body.
      const holders = new Set([...ctx.roles].filter(([r]) => r.startsWith(party)).flatMap(([, names]) => [...names]));
      return holders.size === 1 ? { speaker: [...holders][0], confidence: 0.8 } : undefined;
    }
    // "la ONG" is not the organisation "ONG": the word alone names none. "the bank said" refers back: Saxo Bank,
    // named further down, is not the bank whose note was quoted before it.
    const organisations = [...ctx.organisations]
      .filter(([o, at]) => at < upTo && o.toLowerCase() !== role && o.toLowerCase().split(' ').includes(role))
      .map(([o]) => o);
    const distinct = organisations.filter((o) => !organisations.some((other) => other !== o && other.endsWith(o)));
    return !people.size && distinct.length === 1 ? { speaker: distinct[0], confidence: 0.8 } : undefined;
  };

  /** "informó este ministerio": the organisation with `word` in its name named last before `before`, in sentence `si` or the two before. */
  const resolveNamedLast = (si: number, word: string, before: number): { speaker: string; confidence: number } | undefined => {
    for (const s of [si, ...sentencesBefore(si).slice(0, 2)]) {
      const tokens = ctx.sentenceTokens[s].filter((t) => t.start < before);
      let last: string | undefined;
      for (const [i, end] of runsIn(tokens)) {
        const mention = mentionOfRun(tokens, i, end);
        if (mention?.organisation && mention.name.toLowerCase().split(' ').includes(word)) last = mention.name;
      }
      if (last) return { speaker: last, confidence: 0.8 };
    }
    return undefined;
  };

  /**
   * "a indiqué le groupe": the one organisation the text introduced as "le groupe Michelin", in the nearest
   * sentences before that name it, when no other name acts in between (the words may be another group's).
   */
  const resolveIntroduced = (si: number, word: string): { speaker: string; confidence: number } | undefined => {
    const introduced = ctx.introducedAs.get(word);
    if (introduced?.size !== 1) return undefined;
    const [organisation] = introduced;
    for (const s of sentencesBefore(si)) {
      if (masked.slice(sentences[s].start, sentences[s].end).includes(organisation)) return { speaker: organisation, confidence: 0.8 };
      if (namesActing(ctx.sentenceTokens[s])) return undefined;
    }
    return undefined;
  };

  /** True when a capitalised name does something in `tokens` ("Continental a fait de même"). */
  const namesActing = (tokens: Token[]): boolean =>
    [...runsIn(tokens)].some(([i, end]) => {
      const mention = mentionOfRun(tokens, i, end);
      const full = mention && ctx.registry.resolve(mention.name).name;
      // "Germany offered subsidies" after "a plant in Germany": a place acting is no rival of the company; nor are "Analysts
      // at Barclays" (a plural opening the sentence, a name after a preposition).
      const plural = i === 0 && end === 0 && !!full && full.endsWith('s') && !ctx.people.has(full) && !ctx.organisations.has(full);
      const object = PREPOSITIONS.has(tokens[i - 1]?.text ?? '');
      return !!full && !plural && !object && !writtenAsPlace(full) && isActing(tokens, i, end, isAnyVerb);
    });

  /**
   * The holder of a role, unless the words qualify the role ("le chef du gouvernement britannique") and the text
   * named the holder with another qualifier ("la Première ministre italienne Giorgia Meloni"): someone else, unnamed.
   */
  const unlessQualifiedOtherwise = (holder: { speaker: string; confidence: number } | undefined, role: string, qualified?: string) =>
    holder && qualified && [...ctx.roles].some(([r, names]) => r !== qualified && r.startsWith(`${role} `) && names.has(holder.speaker)) ? undefined : holder;

  /**
   * "Ein Polizist kam hinzu. … „…“, sagte der Polizist", "Na místo dorazil policista. … „…,“ řekl policista": the text
   * brought in someone unnamed with the word before sentence si (with an indefinite article, or in Czech, which
   * has none, with no name beside it): the description is that person. Not a word said of someone named ("Krüger ist
   * ein erfahrener Politiker", "Novák pracuje jako hasič", "Jan Malý, hasič z Brna,").
   */
  const introducedUnnamed = (word: string, si: number): boolean =>
    ctx.sentenceTokens.slice(0, si).some((tokens) =>
      tokens.some((t, k) => {
        if (t.text.toLowerCase() !== word) return false;
        const a = tokens[k - 1] && isLower(tokens[k - 1]) && !isIndefinite(tokens[k - 1]) ? k - 2 : k - 1;
        if (isIndefinite(tokens[a])) return !PREDICATIVE.has(tokens[a - 1]?.text.toLowerCase() ?? '');
        const bare = isLower(t) && !isArticle(tokens[k - 1]) && !PREDICATIVE.has(tokens[k - 1]?.text ?? '');
        return bare && DECLINING_LETTERS.test(masked) && ![k - 2, k - 1, k + 1, k + 2].some((j) => isCap(tokens[j]));
      }),
    );

  /**
   * "la syndicaliste", "le sexagénaire", "la jeune femme" when the text gave no one the word: the person a pronoun of
   * the article's gender would mean, the one just quoted or shown acting. A description, so a little less sure than a pronoun.
   */
  const resolveEpithet = (si: number, gender: Gender | undefined, opening?: Token[], word = ''): { speaker: string; confidence: number } | undefined => {
    const who = resolvePronoun(si, gender === 'f' ? 'elle' : gender === 'm' ? 'il' : IMPLIED_SUBJECT, opening);
    if (!who || !ctx.people.has(who.speaker)) return undefined;
    // "Lamine Yamal, de 17 años, …. «…», dijo el veterano": an age the text gave that the description's denies is someone else.
    const aged = fitsAge(word, who.speaker);
    if (aged === false) return undefined;
    // "Jean Dujardin a retrouvé Gilles Lellouche…. « … », raconte le comédien": unlike a pronoun, a description does not
    // mean the subject rather than another person named beside it; two who fit leave it unknown.
    let beside: string[] = [];
    for (const tokens of [opening ?? [], ...sentencesBefore(si).map((s) => ctx.sentenceTokens[s])]) {
      beside = peopleNamedIn(tokens);
      if (beside.includes(who.speaker)) break;
      beside = [];
    }
    const others = beside.filter((p) => p !== who.speaker && (!gender || !ctx.gender.has(p) || ctx.gender.get(p) === gender) && fitsAge(word, p) !== false);
    // "Lamine Yamal, de 17 años, marcó tras un pase de Robert Lewandowski. «…», dijo el joven": of the two, the text
    // gave an age for the description to fit to one only.
    const toldByAge = aged && others.every((p) => fitsAge(word, p) === undefined);
    return others.length && !toldByAge ? undefined : { speaker: who.speaker, confidence: Math.min(who.confidence, 0.8) };
  };

  /** The ages the text gave people ("Lamine Yamal, de 17 años,", "Lucas Moreira, 17 anos,"). */
  const ages = new Map<string, number>();
  for (const m of masked.matchAll(AGE_APPOSITIVE)) {
    const mention = nameOfRun(tokenize(m[1]));
    if (mention && !mention.organisation) ages.set(ctx.registry.resolve(mention.name).name, Number(m[2]));
  }
  /** Whether a description of an age ("el joven", "a idosa") fits the person's age; undefined when either tells none. */
  const fitsAge = (word: string, person: string): boolean | undefined => {
    const range = AGE_OF_DESCRIPTION.get(word);
    const age = ages.get(person);
    return range && age !== undefined ? age >= range[0] && age <= range[1] : undefined;
  };

  /**
   * Whom a role, a description or an organisation word speaking in sentence `si` before `upTo` means: the one the text
   * gave it to, or for a description the person in focus (resolveDescribed), or the body it names. `opening`: the words
   * before the quotation, when the cue comes after it; `alone`: no words stand before the quotation in its sentence.
   */
  const resolveRoleSlot = (slot: Extract<Slot, { role: string }>, si: number, upTo: number, opening: Token[] | undefined, alone: boolean) => {
    if (slot.modifier) return resolveEcho(slot.modifier);
    if (slot.latest) return resolveNamedLast(si, slot.role, upTo);
    const reading = { gender: slot.gender, upTo, lastSpokeBefore: si };
    return (
      (slot.qualified && resolveRole(slot.qualified, reading)) ||
      unlessQualifiedOtherwise(resolveRole(slot.role, reading), slot.role, slot.qualified) ||
      resolveIntroduced(si, slot.role) ||
      (slot.epithet ? resolveGivenEpithet(slot.role, slot.gender, upTo) : undefined) ||
      (slot.epithet && !describesSomeoneElse(slot.role, si, upTo) ? resolveDescribed(si, slot.role, slot.gender, opening) : undefined) ||
      (slot.epithet && isEpithet(slot.role) && alone ? loneNameBefore(si) : undefined) ||
      (REFERRING_BODIES.has(slot.role) ? resolveBody(si, true, slot.role) : undefined)
    );
  };

  /**
   * A description no one was given by name (see resolveRole): "sagte der 62-Jährige" is whom "er" would mean, when the
   * text told no one's age; when it told others' ages, not this one, it is no one it named.
   */
  const resolveDescribed = (si: number, word: string, gender: Gender | undefined, opening?: Token[]) => {
    if (!GERMAN_AGE.test(word)) return resolveEpithet(si, gender, opening, word);
    return [...ctx.roles.keys()].some((r) => GERMAN_AGE.test(r)) ? undefined : resolvePronoun(si, gender === 'f' ? 'sie' : 'er', opening);
  };

  /**
   * The people `tokens` name, acting or not, by their full names: those the text knows as people, and any other
   * full name not after a preposition or an article ("Michel Drucker et Nagui ont dîné"; "à Marseille", "l’invité de RTL", "le Stade
   * de France" name places and outlets), nor alone opening the sentence.
   */
  const peopleNamedIn = (tokens: Token[]): string[] =>
    [...runsIn(tokens)].flatMap(([i, end]) => {
      const mention = mentionOfRun(tokens, i, end, isRoleWord(tokens[i - 1]));
      const full = mention && !mention.organisation ? ctx.registry.resolve(unglued(mention.name, ctx)).name : undefined;
      // "Bürgermeister von Lindau": a name after a particle inside the run is where an office is held.
      const first = end - (mention?.name.split(' ').length ?? 0) + 1;
      if (!full || (first > i && isLower(tokens[first - 1]))) return [];
      // A lone word opening the sentence may be no name at all ("Nada más cruzar la meta").
      const placed = PREPOSITIONS.has(tokens[i - 1]?.text ?? '') || POSSESSOR_BEFORE.has(tokens[i - 1]?.text ?? '') || isArticle(tokens[i - 1]) || (i === 0 && end === 0);
      // A lone unknown word may be a place ("in Jena", "bei Passau": German prepositions are many), unless it is joined
      // to a name ("Michel Drucker et Nagui").
      const joined = COORDINATORS.has(tokens[i - 1]?.text ?? '') && isCap(tokens[i - 2]);
      return !ctx.organisations.has(full) && !isPlaceName(full) && (ctx.people.has(full) || ctx.markedPeople.has(full) || (!placed && (full.includes(' ') || joined))) ? [full] : [];
    });

  /**
   * "Nagui était l’invité de RTL. « … », a assuré l’animateur": a lone name that the sentence just before says is someone
   * ("était l’invité", "est la chanteuse") is a person's, and the one a word for a trade then means, when that sentence
   * names no one else and no one spoke in it. A lone name is otherwise no person's: "Netflix a annoncé une série. « … »,
   * a confié la star" is someone Netflix hired.
   */
  const loneNameBefore = (si: number): { speaker: string; confidence: number } | undefined => {
    const s = sentencesBefore(si)[0];
    if (s === undefined || speakerOfSentence.has(s)) return undefined;
    const tokens = ctx.sentenceTokens[s];
    const name = tokens[0]?.text ?? '';
    const someone = COPULAS.has(tokens[1]?.text ?? '') && isArticle(tokens[2]) && isRoleWord(tokens[3]);
    const lone = someone && runEndingAfter(tokens, 0) === 0 && !isCommonWord(name) && !ctx.organisations.has(name) && !!nameOfRun(tokens.slice(0, 1));
    return lone && !peopleNamedIn(tokens).some((p) => p !== name) ? { speaker: name, confidence: 0.75 } : undefined;
  };

  /**
   * True when a description may mean someone other than the person just named, by sentence `si`: the text gave the word
   * to several people ("el médico Rafael Torres y el médico Paulo Reis"), or introduced someone unnamed with it
   * ("Una enfermera entró en la sala. … «…», dijo la enfermera"), or gave the word or ages to people before `upTo` (givesOthers).
   */
  const describesSomeoneElse = (word: string, si: number, upTo: number) =>
    (ctx.roles.get(word)?.size ?? 0) > 1 || introducedUnnamed(word, si) || givesOthers(word, upTo);

  /**
   * True when the text gave the word, or ages, to people (resolveGivenEpithet found no one of them who fits, or two:
   * "Yvette Martin, 67 ans" is not "l’octogénaire"): then it is not whoever was named last either.
   */
  const givesOthers = (word: string, upTo: number) =>
    describedAs({ descriptor: word }, upTo).people.size > 0 || (FRENCH_AGE_DECADES.has(word) && AGE_GIVEN.test(masked.slice(0, upTo)));

  /**
   * True when the word is a name even where it opens a sentence: written with a capital inside one too, where nothing
   * forces it, or with a capital inside the word ("ConocoPhillips"); not "Regulators".
   */
  const capitalisedWithin = (word: string) => /\p{Ll}\p{Lu}/u.test(word) || ctx.sentenceTokens.some((tokens) => tokens.some((t, i) => i > 0 && t.text === word));

  /**
   * "Renault a réagi", "Swisscom a présenté": a lone word opening the sentence with an auxiliary after it, when the text names
   * no other organisation; not a plural ("Owners will be contacted").
   */
  const companyBeforeAuxiliary = (name: string, next: Token | undefined) =>
    !name.endsWith('s') && AUXILIARIES.has(next?.text ?? '') && [...ctx.organisations.keys()].every((o) => o === name);

  /** True unless the text marks the name as a person's (see Context.markedPeople): it may be a company's. */
  const mayBeCompany = (name: string) => !(ctx.markedPeople.has(name) || ctx.gender.has(name));

  /**
   * "Volkswagen recalled…", "Ryanair cancelled…": a lone word opening the sentence with a verb in the past after it is a
   * company's name, for a word that means one ("the carmaker"); not a plural ("Owners will be…", "Residents said").
   */
  function companyBeforePastVerb(tokens: Token[], word: string): boolean {
    const verb = tokens[1];
    return !word.includes(' ') && !word.endsWith('s') && !!verb && isVerbLike(verb) && !AUXILIARIES.has(verb.text);
  }

  /** Words the text writes after "in" or "across" ("a plant in Germany"), read once: places, which no "the company" means. */
  const wordsAfterPlacePrepositions = new Set(ctx.sentenceTokens.flatMap((tokens) => tokens.filter((_, k) => PLACE_PREPOSITIONS.has(tokens[k - 1]?.text ?? '')).map((t) => t.text)));
  const writtenAsPlace = (name: string) => wordsAfterPlacePrepositions.has(name);
  /** The nationalities the text names with a capital ("Dutch", "the Slovenian"), read once. */
  const nationalitiesWritten = new Set(ctx.sentenceTokens.flatMap((tokens) => tokens.filter(isCap).flatMap((t) => nationalityOf(t.text.toLowerCase()) ?? [])));

  /**
   * "it said", "they said in a statement": the organisation quoted in one of the two sentences before,
   * when no one else spoke or acted in between; a person quoted there, or nothing, leaves it unknown.
   * `neverPerson`: the words cannot mean a person ("it", "the company"), so a name nothing marks as a person's
   * counts as an organisation's; "they" may be a person's ("Blue Lantern have denied…" may be a singer's name).
   * `lone`: the words say what the organisation is ("the company", "le constructeur"), surer than "it" that a lone
   * word opening the sentence before with an auxiliary after it is a company's name ("Renault a réagi", "Swisscom a
   * présenté"; "Dos cooperantes murieron" opens with a number), when the text named no other organisation (which the
   * word may mean: "Le groupe Vernier a annoncé…. Cortel a fait de même. « … », a indiqué le groupe").
   */
  function resolveBody(si: number, neverPerson: boolean, kind?: string): { speaker: string; confidence: number } | undefined {
    const lone = kind !== undefined;
    // "the club" after "The Football Association opened…": a body whose name says it is another kind is not what a word for
    // one kind means; a word for any body ("the company", "la ONG") may mean it.
    const otherKind = (name: string) =>
      lone && !ANY_BODY.has(kind) && name.split(' ').some((w) => isOrganisationWord(w.toLowerCase()) && w.toLowerCase() !== kind);
    const mayBeOrganisation = (name: string) => !otherKind(name) && (ctx.organisations.has(name) || (neverPerson && mayBeCompany(name)));
    for (const s of sentencesBefore(si).slice(0, 2)) {
      const spoken = speakerOfSentence.get(s);
      if (spoken) return mayBeOrganisation(spoken) ? { speaker: spoken, confidence: 0.8 } : undefined;
      const tokens = ctx.sentenceTokens[s];
      if (actorsIn(tokens, ctx).actors.some((a) => !mayBeOrganisation(a))) return undefined;
      // "Dick Clark Productions denies that…. “…,” they said": the one organisation doing something there;
      // "Harlow Motors recalled…", "Dunmore expects…": a name opening the sentence that nothing marks as a person's.
      const acting = new Set<string>();
      for (const [i, end] of runsIn(tokens)) {
        // "Der chinesische Konzern weist die Vorwürfe zurück": a word for a body opening the sentence after its article,
        // capitalised as German nouns are, is its subject and names none.
        if (end === i && i > 0 && i <= 2 && isArticle(tokens[0]) && tokens.slice(1, i).every(isLower) && isOrganisationWord(tokens[i].text.toLowerCase())) return undefined;
        const mention = mentionOfRun(tokens, i, end);
        const full = mention && ctx.registry.resolve(mention.name).name;
        // "Repsol presentó sus resultados": a lone word with a preterite in the singular after it names one body, not "Agricultores denunciaron".
        const loneCompany =
          !!full && end === i && ((lone && companyBeforeAuxiliary(full, tokens[end + 1])) || (neverPerson && companyBeforePastVerb(tokens, full)) || IBERIAN_PRETERITE.test(tokens[end + 1]?.text ?? ''));
        const subject = i === 0 && !!full && (full.includes(' ') || capitalisedWithin(full) || loneCompany) && !isCommonWord(full) && !writtenAsPlace(full) && mayBeOrganisation(full);
        if (full && !otherKind(full) && (mention.organisation || ctx.organisations.has(full) || subject) && isActing(tokens, i, end, isAnyVerb)) acting.add(full);
      }
      if (acting.size === 1) return { speaker: [...acting][0], confidence: 0.75 };
      // "Cortel a fait de même": a name acting that may be a company is one a word for a company may mean.
      if (acting.size > 1 || (lone && namesActing(tokens))) return undefined;
    }
    return undefined;
  }

  /**
   * Whom the text gave a description before `upTo`: "singer Dua Lipa", "Mike Chen, a nurse in Tacoma", "Ed Sheeran,
   * the singer,", "Marcus Reed, 45," for "45-year-old"; `unnamed`: it described someone it does not name ("A nurse
   * came in", "a woman called police"), whom a later "the nurse" or "the woman" means.
   */
  function describedAs({ descriptor, age, decade }: Description, upTo: number): { people: Set<string>; unnamed: boolean } {
    const nationality = nationalityOf(descriptor);
    const people = new Set<string>();
    let unnamed = false;
    const personEndingAt = (tokens: Token[], end: number) => {
      const start = runStartingBefore(tokens, end);
      const mention = start >= 0 ? nameOfRun(tokens.slice(start, end + 1)) : undefined;
      return mention && !mention.organisation ? ctx.registry.resolve(mention.name).name : undefined;
    };
    for (const tokens of ctx.sentenceTokens) {
      tokens.forEach((t, k) => {
        if (t.start >= upTo) return;
        // "Marcus Reed, 45, was arrested", "Yvette Martin, 67 ans, a été agressée": the age given in an appositive.
        const ofAge = age ? t.text === age : decade !== undefined && Math.floor(Number(t.text) / 10) * 10 === decade;
        if (ofAge && tokens[k - 1]?.text === ',' && isCap(tokens[k - 2])) {
          const aged = personEndingAt(tokens, k - 2);
          if (aged) people.add(aged);
        }
        const word = t.text.toLowerCase();
        if (word !== descriptor && (!nationality || nationalityOf(word) !== nationality)) return;
        // "Dutch cyclist Jan de Vries", "veteran defender James Milner", "Dutch riders Jan de Vries and Dylan Groen".
        let n = k + 1;
        while (n <= k + PERSON_NOUNS_BEFORE_NAME && tokens[n] && isPersonNoun(tokens[n])) n++;
        for (let start = n; isCap(tokens[start]); ) {
          const end = runEndingAfter(tokens, start);
          const mention = nameOfRun(tokens.slice(start, end + 1), true);
          if (mention && !mention.organisation) people.add(ctx.registry.resolve(mention.name).name);
          // "Dutch riders Jan de Vries and Dylan Groen", "Les Néerlandais Max Verstappen et Nyck de Vries": the word is said of both.
          if (!AND.has(tokens[end + 1]?.text ?? '')) return;
          start = end + 2;
        }
        if (isCap(tokens[n])) return;
        // "the Dutch government": a nationality's adjective describes someone only before a word for a person.
        if (word !== descriptor && n === k + 1) return;
        let j = k - 1;
        while (j > 0 && (isAdjective(tokens[j]) || isMasked(tokens[j])) && !INTRODUCING_SOMEONE.has(tokens[j].text.toLowerCase())) j--;
        const determiner = tokens[j]?.text.toLowerCase() ?? '';
        const described = tokens[j - 1]?.text === ',' && isCap(tokens[j - 2]) ? personEndingAt(tokens, j - 2) : undefined;
        // "Jean-Yves Le Drian, ancien ministre des…": French sets an appositive after the name with no article.
        const bare = determiner === ',' && isCap(tokens[j - 1]) ? personEndingAt(tokens, j - 1) : undefined;
        if (described && (determiner === 'the' || INTRODUCING_SOMEONE.has(determiner))) people.add(described);
        else if (bare) people.add(bare);
        else if (INTRODUCING_SOMEONE.has(determiner)) unnamed = true;
      });
    }
    return { people, unnamed };
  }

  /**
   * "le Néerlandais" after "Le pilote néerlandais Max Verstappen a devancé Lando Norris…", "l’ancien ministre" after "Jean-Yves
   * Le Drian, ancien ministre…", "la sexagénaire" after "Yvette Martin, 67 ans,": the one person of the description's gender
   * the text gave the word, or an age of that decade, whoever was named since.
   */
  function resolveGivenEpithet(word: string, gender: Gender | undefined, upTo: number): { speaker: string; confidence: number } | undefined {
    const people = [...describedAs({ descriptor: word, decade: FRENCH_AGE_DECADES.get(word) }, upTo).people].filter((p) => !gender || !ctx.gender.has(p) || ctx.gender.get(p) === gender);
    return people.length === 1 ? { speaker: people[0], confidence: 0.8 } : undefined;
  }

  /**
   * "“…,” the actor told reporters", "the mother of three said": the one person the text gave the description, or
   * else the person just quoted by name or shown acting, as a pronoun of the noun's gender would mean. Never someone
   * the text described so without a name ("A nurse came in. … the nurse said") or one of two who fit (an anonymous
   * source, "the aide", is no description: see DESCRIPTORS); an age ("the 24-year-old") the text gave no one names no one.
   */
  function resolveDescriptor(qi: number, si: number, description: Description, opening?: Token[]): { speaker: string; confidence: number } | undefined {
    const { people, unnamed } = describedAs(description, quotations[qi].openAt);
    if (people.size === 1) return { speaker: [...people][0], confidence: 0.8 };
    if (people.size > 1 || unnamed || description.age) return undefined;
    const nationality = nationalityOf(description.descriptor);
    // "the Slovenian" is not "Jan de Vries, a Dutch rider", whoever spoke last.
    const fits = (person: string) =>
      (!description.gender || !ctx.gender.has(person) || ctx.gender.get(person) === description.gender) &&
      !(nationality && ofAnotherNationality(person, nationality, quotations[qi].openAt));
    const previous = quotations[qi - 1];
    const said = results[qi - 1];
    const near = previous && paragraphOf(quotations[qi].openAt) - paragraphOf(previous.closeEnd - 1) <= 1;
    if (near && said?.speaker && said.confidence >= SPEAKER_THRESHOLD && ctx.people.has(said.speaker) && fits(said.speaker)) return { speaker: said.speaker, confidence: 0.75 };
    const who = resolveEpithet(si, description.gender, opening, description.descriptor);
    // "the young woman" after Laura Bennett and Sarah Lowe: a description of gender alone fits both.
    const another = who && description.gender && sentencesBefore(si).some((s) => peopleNamedIn(ctx.sentenceTokens[s]).some((p) => p !== who.speaker && ctx.gender.get(p) === description.gender));
    return who && fits(who.speaker) && !another ? who : undefined;
  }

  /** True when the text gave `person` a nationality other than `nationality` before `upTo` ("Jan de Vries, a Dutch rider"). */
  function ofAnotherNationality(person: string, nationality: string, upTo: number): boolean {
    return [...nationalitiesWritten].some((other) => other !== nationality && describedAs({ descriptor: other }, upTo).people.has(person));
  }

  /**
   * Who issued "the statement" a cue has for subject: the nearest sentence before that speaks of a
   * statement tells. When a quotation there was credited, that speaker; when it introduces one ("Big
   * Machine Records issued a statement", "The company denied it in a statement"), the subject of its verb.
   * Nothing further back is read: an earlier statement may be someone else's.
   */
  function resolveDocument(si: number, word: string): { speaker: string; confidence: number } | undefined {
    for (let s = si - 1; s >= 0 && s >= si - DOCUMENT_REACH; s--) {
      const tokens = ctx.sentenceTokens[s];
      // "en un comunicado" … "añade el texto": Spanish and Portuguese name one writing by any of their words for it.
      // German and Czech likewise ("eine Mitteilung" … "heißt es in der Erklärung"), and "darin" is any of them.
      // "communiqué" is French as well as German: the French reading, which needs no indefinite article, comes first.
      const germanOrCzech = (GERMAN_CZECH_WRITINGS.has(word) && !ROMANCE_WRITINGS.has(word)) || word === 'darin';
      const same = (w: string) =>
        w === word || w === `${word}s` || (ROMANCE_WRITINGS.has(word) && ROMANCE_WRITINGS.has(w)) || (germanOrCzech && GERMAN_CZECH_WRITINGS.has(w));
      const at = tokens.findIndex((t) => same(t.text.toLowerCase()));
      if (at < 0) continue;
      const spoken = speakerOfSentence.get(s);
      if (spoken) return { speaker: spoken, confidence: 0.8 };
      if (germanOrCzech) return issuerOfGermanCzechWriting(tokens, at);
      if (!introducesWriting(tokens, at) && !isIndefinite(tokens[at - 1])) return undefined;
      const v = tokens.findIndex((t, i) => i > 0 && i < at && isVerbLike(t));
      if (v < 0) return undefined;
      const issuer = subjectOf(tokens, v);
      if ('name' in issuer) return issuer.opensSentence && isCommonWord(issuer.name) ? undefined : named(issuer.name, 0.85);
      if ('role' in issuer) return resolveRole(issuer.role, { upTo: sentences[s].end });
      if ('pronoun' in issuer) return resolvePronoun(s, issuer.pronoun);
      return undefined;
    }
    // "A Galp publicou ontem os resultados…. “…”, afirma o comunicado": a writing the text never brought in is that of the
    // one body just shown acting, as "afirma a empresa" is; not French, where "peut-on lire" alone reads only a writing
    // the text brought in ("Le PSG a battu Lyon. « … », peut-on lire" is no one's).
    return ROMANCE_WRITINGS.has(word) && !FRENCH_WRITINGS.has(word) ? resolveBody(si, true) : undefined;
  }

  /**
   * "Die Deutsche Bahn veröffentlichte am Montag eine Mitteilung", "Společnost ČEZ vydala prohlášení", "Olaf Scholz schrieb
   * einen Brief": who issued the writing at token `at`, brought in with an indefinite article (German) or right after its
   * verb (Czech has no article): the name opening the sentence, when its verb is one of putting a writing out (ISSUING).
   */
  function issuerOfGermanCzechWriting(tokens: Token[], at: number): { speaker: string; confidence: number } | undefined {
    const before = tokens[at - 1];
    if (!before || !(isIndefinite(before) || (isLower(before) && !PREPOSITIONS.has(before.text) && !isArticle(before) && DECLINING_LETTERS.test(masked)))) return undefined;
    const end = runEndingAfter(tokens, 0);
    const issued = tokens.slice(end + 1, at).some((t) => ISSUING.has(t.text) || isCue(t));
    const mention = end >= 0 && end < at && issued ? nameOfRun(tokens.slice(0, end + 1)) : undefined;
    // "In Berlin kursiert eine Mitteilung": a place after a preposition is not who issued it; only an article may open the name.
    const words = mention?.name.split(' ') ?? [];
    if (!mention || !(isArticle(tokens[0]) || words[0] === tokens[0].text)) return undefined;
    // "Společnost ČEZ": the word for what it is opens the name, as "le groupe Michelin" does after an article.
    return named(words.length > 1 && REFERRING_BODIES.has(words[0].toLowerCase()) ? words.slice(1).join(' ') : mention.name, 0.8);
  }

  /**
   * A lone capitalized word opening its sentence ("Officials said", "Tesco said") is a name
   * when the text gives its full form, or writes it capitalized where nothing forces a
   * capital; not when it is a word for unnamed sources or one the text writes in lower case.
   */
  const isCommonWord = (name: string) => {
    if (ctx.registry.resolve(name).name.includes(' ')) return false;
    const lower = name.toLowerCase();
    return UNNAMED_SOURCES.has(lower) || ctx.lowerWords.has(lower);
  };

  // Chinese patterns are read only in a text that holds Chinese: most pages, and every slice the matcher checks, hold none.
  const chinese = hasHan(masked);
  const chineseNames = chinese ? namesInChinese(masked) : [];
  /**
   * 他 or 她 in Chinese: the one person the nearest sentence before shows speaking or thinking.
   * Chinese names tell no gender, so two people there leave it unknown.
   */
  const chineseGender = chinese ? chineseGenders(masked) : new Map<string, Gender>();
  const resolveChinesePronoun = (si: number, upTo?: number, gender?: Gender): { speaker: string; confidence: number } | undefined => {
    // "王强和他的妻子李梅…。他说": a person the text made a wife, a mother or a Ms is not 他.
    const people = (spoken: string | undefined, text: string) =>
      new Set([...(spoken ? [spoken] : []), ...chineseActors(text, chineseNames)].filter((p) => !gender || (chineseGender.get(p) ?? gender) === gender));
    // "李明说：“…。”他还说：“…”": Chinese runs on after a quotation's full stop, so the sentence itself may name the one person first.
    if (upTo !== undefined) {
      const here = people(speakerOfSentence.get(si), masked.slice(sentences[si].start, upTo));
      if (here.size > 1) return undefined;
      if (here.size === 1) return { speaker: [...here][0], confidence: 0.85 };
    }
    for (const s of sentencesBefore(si)) {
      const candidates = people(speakerOfSentence.get(s), masked.slice(sentences[s].start, sentences[s].end));
      if (candidates.size === 1) return { speaker: [...candidates][0], confidence: 0.85 };
      if (candidates.size > 1) return undefined;
    }
    return undefined;
  };
  const officeHolders = chinese ? chineseOfficeHolders(masked) : new Map<string, string>();
  /** The one person the text named with an office ("创始人" → Brendan Alper). */
  const resolveOffice = (office: string): { speaker: string; confidence: number } | undefined => {
    const holder = officeHolders.get(office);
    return holder ? { speaker: holder, confidence: 0.8 } : undefined;
  };
  /**
   * "这位45岁的教师说": whom a pronoun would mean, unless the text brought the description in for someone unnamed
   * ("一名男子闯入…。这名男子说"), not as what someone is ("王芳是一名教师"); a description, so a little less sure than a pronoun.
   */
  const resolveChineseDescription = (description: string, si: number, upTo?: number): { speaker: string; confidence: number } | undefined => {
    const before = masked.slice(0, upTo ?? sentences[si].start);
    if (new RegExp(`(?<![是为])一[位名个]\\p{Script=Han}{0,6}${description}`, 'u').test(before)) return undefined;
    // "陈红是…校长。…学生李小龙…。这位校长说": the one the text made a head teacher, whoever was named since.
    const { holders, described } = chinesePeopleDescribedAs(before, description, chineseNames);
    if (holders.length > 1) return undefined;
    const who = holders.length === 1 ? { speaker: holders[0], confidence: 0.8 } : resolveChinesePronoun(si, upTo);
    // "刘明是一名外卖骑手。…这位校长说": the one just named is something else.
    if (!who || (holders.length === 0 && described.has(who.speaker))) return undefined;
    return { speaker: who.speaker, confidence: Math.min(who.confidence, 0.8) };
  };
  const resolveChineseDocument = (document: string, si: number, upTo?: number): { speaker: string; confidence: number } | undefined => {
    const issuer = chineseIssuerOf(masked.slice(0, upTo ?? sentences[si].start), document, chineseNames);
    return issuer ? { speaker: issuer, confidence: 0.8 } : undefined;
  };
  const readChineseSubject = (subject: ZhSubject, si: number, upTo?: number) =>
    'name' in subject
      ? { speaker: subject.name, confidence: 0.9 }
      : 'office' in subject
        ? resolveOffice(subject.office)
        : 'described' in subject
          ? resolveChineseDescription(subject.described, si, upTo)
          : 'document' in subject
            ? resolveChineseDocument(subject.document, si, upTo)
            : resolveChinesePronoun(si, upTo, subject.pronoun);
  const readChinese = (zh: ZhCue, how: AttributionCue, si: number, upTo: number): Attribution => {
    const who = zh.subject && readChineseSubject(zh.subject, si, upTo);
    return { cue: zh.cue, how: zh.subject && 'pronoun' in zh.subject ? 'pronoun' : how, ...(who ?? { confidence: 0 }) };
  };

  quotations.forEach((q, qi) => {
    const si = sentenceOf(q.openAt);
    const sentence = sentences[si];
    const before = masked.slice(sentence.start, q.openAt);
    const beforeTokens = tokenize(before, sentence.start);
    const nextOpen = quotations[qi + 1]?.openAt ?? masked.length;
    const endSi = sentenceOf(Math.max(q.closeEnd - 1, q.openAt));
    const afterEnd = Math.min(sentences[endSi].end, nextOpen);
    const rest = q.closeEnd < afterEnd ? masked.slice(q.closeEnd, afterEnd) : '';
    const credit = /\p{L}/u.test(rest) ? undefined : creditAfter(q, sentences[endSi + 1], nextOpen);
    const after = credit?.text ?? rest;
    const afterTokens = after ? tokenize(after, credit?.start ?? q.closeEnd) : [];
    const commaInside = !credit && q.text.trimEnd().endsWith(',');
    // Chinese around the marks: read with the Chinese patterns, which need no spaces or capitals.
    const zhBefore = hasHan(before.slice(-CHINESE_WINDOW)) ? chineseCueBefore(before, chineseNames) : undefined;
    const zhAfter = !zhBefore && hasHan(after.slice(0, CHINESE_WINDOW)) ? chineseCueAfter(after, chineseNames, q.text) : undefined;
    const found = zhBefore || zhAfter ? undefined : incises[qi]?.found ?? (isAsCredit(afterTokens) ? cueAfter(afterTokens, commaInside) : preferCue(cueBefore(beforeTokens), afterTokens, commaInside));
    let result: Attribution = { confidence: 0 };
    const dashed = !found && !zhBefore && !zhAfter && (wordCount(q.text) >= 4 || isFullSentence(q.text)) ? dashCredit(afterTokens) : undefined;
    if (dashed) result = dashed;
    else if (zhBefore) result = readChinese(zhBefore, 'before', si, q.openAt);
    else if (zhAfter) result = readChinese(zhAfter, 'after', si, q.openAt);
    else if (found) {
      const { slot } = found;
      let who: { speaker: string; confidence: number } | undefined;
      const common = 'name' in slot && slot.opensSentence && found.how !== 'after' && !slot.titled && isCommonWord(slot.name);
      const unknownPerson = 'name' in slot && slot.needsPerson && !ctx.people.has(ctx.registry.resolve(unglued(slot.name, ctx)).name);
      if ('name' in slot && !common && !unknownPerson && !isSomeoneOfNamed(slot.name)) who = named(slot.atSentenceStart && !slot.titled ? unglued(slot.name, ctx) : slot.afterArticle ? personGluedAfterArticle(slot.name) : slot.name, found.how === 'colon' ? 0.85 : 0.95);
      else if ('pronoun' in slot) {
        // "indique-t-il dans un communiqué" after "Le groupe Vernier a annoncé…": French "il" and "elle" stand for organisations too.
        const statement = slot.pronoun !== IMPLIED_SUBJECT && [...beforeTokens, ...afterTokens].some((t) => STATEMENTS.has(t.text));
        // "Asif has condemned what he calls “…”": the pronoun naming the words stands for the subject of its own sentence.
        const namer = found.how === 'before' && NAMING_VERBS.has(found.cue) ? actorBeforePronoun(beforeTokens, slot.pronoun) : undefined;
        who = speaksOfAnother(q.text, slot.pronoun)
          ? undefined
          : namer ?? resolvePronoun(si, slot.pronoun === IMPLIED_SUBJECT ? impliedSubject(found.cue) : slot.pronoun, found.how === 'after' ? beforeTokens : undefined) ??
            (found.how === 'before' ? actorBeforePronoun(beforeTokens, slot.pronoun) : undefined) ??
            (statement ? resolveBody(si, false) : undefined);
      }
      else if ('role' in slot) who = resolveRoleSlot(slot, si, q.openAt, found.how === 'after' ? beforeTokens : undefined, !beforeTokens.some((t) => /\p{L}/u.test(t.text)));
      else if ('document' in slot) who = resolveDocument(si, slot.document);
      else if ('body' in slot) who = resolveBody(si, slot.body === 'it' || slot.body === SPOKESPERSON);
      else if ('descriptor' in slot) who = resolveDescriptor(qi, si, slot, found.how === 'after' ? beforeTokens : undefined);
      result = { cue: found.cue, how: 'pronoun' in slot ? 'pronoun' : found.how, ...(who ?? { confidence: 0 }) };
    } else if ((wordCount(q.text) >= 4 || isFullSentence(q.text)) && ![...beforeTokens, ...afterTokens].some((t) => /\p{L}/u.test(t.text))) {
      // Only a quotation standing alone in its sentence continues someone: any other words
      // around it ("…," the newspaper reported) may bring in a speaker the cues do not know.
      // A sentence reporting someone's words right before goes before a continuation: '"…," she said. Lyle told the BBC
      // the offer was fair. "…"' are Lyle's words.
      result = creditLine(q) ?? afterReportedSentence(q) ?? continuation(qi) ?? afterReportedSpeech(q) ?? { confidence: 0 };
    } else {
      result = inReportedSentence(q) ?? result;
    }
    if (result.speaker) speakerOfSentence.set(si, result.speaker);
    results.push(result);
  });
  shareCredits();
  shareSplitQuotations();
  // However it was reached, a speaker named with an acronym for a title is the person the text names in full.
  return results.map((r) => (r.confidence >= SPEAKER_THRESHOLD ? { ...r, ...(r.speaker ? { speaker: untitledAcronym(r.speaker) } : {}) } : { ...r, speaker: undefined }));

  /**
   * Two quotations of one sentence credited once after the second ("Et ce, « malgré un pessimisme ambiant » dû notamment
   * « à l’incertitude… », explique Arthur Sadoun"): the first, with no cue of its own, is the same speaker's, when only a
   * few lower-case words stand between them.
   */
  function shareCredits() {
    for (let qi = quotations.length - 2; qi >= 0; qi--) {
      const [mine, next] = [results[qi], results[qi + 1]];
      if (mine.speaker || mine.cue || !next.speaker || next.confidence < SPEAKER_THRESHOLD || next.how !== 'after') continue;
      if (sentenceOf(quotations[qi].openAt) !== sentenceOf(quotations[qi + 1].openAt)) continue;
      const between = tokenize(masked.slice(quotations[qi].closeEnd, quotations[qi + 1].openAt)).filter((t) => /\p{L}/u.test(t.text));
      if (between.length > SHARED_CREDIT_GAP || between.some((t) => !isLower(t) || isCue(t))) continue;
      results[qi] = { speaker: next.speaker, confidence: Math.min(next.confidence, 0.85), how: 'after', cue: next.cue };
    }
  }

  /**
   * One quotation split by its cue ("„Der Tag wird kommen“, sagt er, „an dem…“"): both halves are one speaker's, so
   * a half left without a speaker (its pronoun read apart from the colon that named the first) takes the other's.
   */
  function shareSplitQuotations() {
    for (let qi = 0; qi + 1 < quotations.length; qi++) {
      const [first, second] = [results[qi], results[qi + 1]];
      const named = (r: Attribution) => !!r.speaker && r.confidence >= SPEAKER_THRESHOLD;
      if (named(first) === named(second)) continue;
      if (sentenceOf(quotations[qi].openAt) !== sentenceOf(quotations[qi + 1].openAt)) continue;
      const between = tokenize(masked.slice(quotations[qi].closeEnd, quotations[qi + 1].openAt));
      const words = between.filter((t) => /\p{L}/u.test(t.text));
      // The comma that opens the cue stands inside the first half's marks in English ("“The day will come,” she says, “…”").
      const opensWithComma = between[0]?.text === ',' || quotations[qi].text.trimEnd().endsWith(',');
      if (!opensWithComma || between.at(-1)?.text !== ',' || words.length > SPLIT_CUE_WORDS || !words.some(isCue)) continue;
      const [from, to] = named(first) ? [first, qi + 1] : [second, qi];
      results[to] = { speaker: from.speaker, confidence: Math.min(from.confidence, 0.85), how: results[to].how ?? from.how, cue: results[to].cue ?? from.cue };
    }
  }

  /**
   * A dash and a name right after the quotation, ending the line or followed by a handle or a date in
   * parentheses ("“…” — Fiona Parry", "“…” — Fiona Parry (@fparry)"): the credit of a pull quote or a post.
   * Only for words that could be speech (a sentence, or four words): "“Hope” — Fiona Parry" may be a song's credit.
   */
  function dashCredit(tokens: Token[]): Attribution | undefined {
    if (!['\u2014', '\u2013'].includes(tokens[0]?.text ?? '')) return undefined;
    const end = runEndingAfter(tokens, 1);
    const next = tokens[end + 1];
    if (end < 1 || (next && !['(', ','].includes(next.text))) return undefined;
    const mention = nameOfRun(tokens.slice(1, end + 1));
    if (!mention) return undefined;
    const full = ctx.registry.resolve(mention.name).name;
    if (!full.includes(' ') && !ctx.people.has(full)) return undefined;
    return { speaker: full, confidence: 0.85, how: 'after', cue: '\u2014' };
  }

  /**
   * The short sentence that credits a quotation ending its own sentence ("“Who is she?” Rothman
   * asked.", "“…。”李强说。"): the next sentence of the paragraph, when a cue stands in its first
   * words and only a time, a place or a participle follows it (see CREDIT_TAIL).
   */
  function creditAfter(q: Quotation, next: Span | undefined, nextOpen: number): { text: string; start: number } | undefined {
    if (!next || next.start >= nextOpen || masked.slice(q.closeEnd, next.start).includes('\n')) return undefined;
    const text = masked.slice(next.start, Math.min(next.end, nextOpen));
    // "“…”. Así ha resumido el consejero…", "Con esas palabras ha descrito Moreno…": the sentence points back at the words.
    const back = BACK_REFERENCE.exec(text);
    if (back) return { text: text.slice(back[0].length), start: next.start + back[0].length };
    const tokens = tokenize(text, next.start);
    if (POINTING_WORDS.has(tokens[0]?.text.toLowerCase() ?? '') && isCueAt(tokens, 1)) return { text: masked.slice(tokens[1].start, Math.min(next.end, nextOpen)), start: tokens[1].start };
    if (!SENTENCE_END.test(q.text.trim())) return undefined;
    if (hasHan(text.slice(0, CHINESE_WINDOW))) return { text, start: next.start };
    const c = tokens.findIndex((_, i) => isCueAt(tokens, i));
    if (c < 0 || c > CREDIT_CUE_WITHIN) return undefined;
    let k = c + 1;
    if (c === 0) k = Math.max(k, runEndingAfter(tokens, k) + 1);
    if (ADDRESSEES.has(tokens[k]?.text ?? '')) k++;
    // What comes after a comma, a participle or a time or place word only says when or how; before it, a few words.
    const then = tokens[k];
    const credits = !then || then.text === ',' || isParticiple(then) || CREDIT_TAIL.has(then.text);
    return credits && k <= CREDIT_LENGTH ? { text, start: next.start } : undefined;
  }

  /**
   * A quotation standing as a paragraph of its own (a pull quote) credited on the next line by
   * a known person's name alone, perhaps with credentials ("Michael Shadlen, Ph.D.").
   */
  function creditLine(q: Quotation): Attribution | undefined {
    const lineEnd = masked.indexOf('\n', q.closeEnd);
    if (lineEnd < 0 || !opensLine(q) || masked.slice(q.closeEnd, lineEnd).trim()) return undefined;
    const nextEnd = masked.indexOf('\n', lineEnd + 1);
    const tokens = tokenize(masked.slice(lineEnd + 1, nextEnd < 0 ? masked.length : nextEnd));
    const end = runEndingAfter(tokens, 0);
    if (end < 0 || tokens.length > CREDIT_LENGTH || (tokens[end + 1] && tokens[end + 1].text !== ',')) return undefined;
    // "Abu Hassan Amer, 44, agreed.": a sentence about the next speaker, not a credit for the words before it.
    if (tokens.slice(end + 1).some(isVerbLike)) return undefined;
    const mention = nameOfRun(tokens.slice(0, end + 1));
    const full = mention && ctx.registry.resolve(mention.name).name;
    return full && ctx.people.has(full) ? { speaker: full, confidence: 0.8, how: 'after' } : undefined;
  }

  /**
   * True when `passage` names a person other than `speaker` (a paragraph bringing in someone else, not a caption about
   * them): one the text knows as a person or gave a role ("La portavoz de Más Madrid, Rita Maestre, lo ve…"), or a full
   * name opening with a known given name ("El Banco de España, dirigido por José Luis Escrivá, prevé…").
   */
  function namesSomeoneElse(passage: string, speaker: string): boolean {
    const tokens = tokenize(passage);
    for (const [i, end] of runsIn(tokens)) {
      const mention = mentionOfRun(tokens, i, end);
      const full = mention && ctx.registry.resolve(mention.name).name;
      if (full && full !== speaker && (ctx.people.has(full) || ctx.markedPeople.has(full) || (full.includes(' ') && isGivenName(tokens[i])))) return true;
    }
    return false;
  }

  /**
   * True when `passage` may be about `speaker`: a caption or a subheading (no sentence ends it), or prose naming them or
   * holding a pronoun that may stand for them; not "Residents were allowed back on Monday. Some found nothing left."
   */
  function isAbout(passage: string, speaker: string): boolean {
    if (!ENDS_SENTENCE.test(passage.trimEnd())) return true;
    const tokens = tokenize(passage);
    const gender = ctx.gender.get(speaker);
    const mayBeTheirs = (t: Token) => {
      const word = t.text.toLowerCase();
      const told = PRONOUN_GENDER.get(word) ?? POSSESSIVE_GENDER.get(word);
      return (!!told || OWNER_PRONOUN.has(word)) && (!gender || !told || told === gender);
    };
    return tokens.some(mayBeTheirs) || [...runsIn(tokens)].some(([i, end]) => {
      const mention = mentionOfRun(tokens, i, end);
      return !!mention && ctx.registry.resolve(mention.name).name === speaker;
    });
  }

  /**
   * "said MEC Mamabolo" after "MEC Jacob Mamabolo": an acronym before a surname is a title the lexicon lacks (MEC, MLA,
   * MK), when the surname is that of a fuller name the text gave.
   */
  function untitledAcronym(name: string): string {
    const words = name.split(' ');
    return words.length === 2 && ACRONYM_TITLE.test(words[0]) ? (soleBearerOf(words[1], name) ?? name) : name;
  }

  /** The one person the text knows, besides `except`, whose name ends in `surname`. */
  function soleBearerOf(surname: string, except: string): string | undefined {
    const bearers = [...ctx.people].filter((person) => person !== except && person.endsWith(` ${surname}`) && !ACRONYM_TITLE.test(person.split(' ')[0]));
    return bearers.length === 1 ? bearers[0] : undefined;
  }

  /**
   * "Speaking to the Daily Mail Lacerda claimed": a run of capitals written after an article (the slot's `afterArticle`),
   * ending in the surname of one person the text knows ("Marina Lacerda"), is that person, with the paper's name glued before.
   */
  function personGluedAfterArticle(name: string): string {
    const words = name.split(' ');
    if (words.length < 2 || ctx.registry.resolve(name).name !== name) return name;
    return soleBearerOf(words.at(-1)!, name) ?? name;
  }

  /** Whether the sentence holding quotation q is the last of its paragraph. */
  function endsItsParagraph(q: Quotation): boolean {
    let end = masked.indexOf('\n', q.closeEnd - 1);
    if (end < 0) end = masked.length;
    while (end > 0 && /\s/u.test(masked[end - 1])) end--;
    return sentenceOf(q.closeEnd - 1) === sentenceOf(end - 1);
  }

  /** A quotation without a cue continues the previous speaker's words when nothing came between. */
  function continuation(qi: number): Attribution | undefined {
    const q = quotations[qi];
    const previous = quotations[qi - 1];
    const said = results[qi - 1];
    if (!previous || !said?.speaker) return undefined;
    const here = paragraphOf(q.openAt);
    const there = paragraphOf(previous.closeEnd - 1);
    if (here === there) return { speaker: said.speaker, confidence: Math.min(said.confidence, 0.85), how: 'continuation' };
    if (!opensLine(q)) return undefined;
    // The paragraph before ends with those words' sentence: a sentence after it ("…warnt vor „…“. Bereits ein bis zwei
    // Milligramm können tödlich sein") leaves the story, and the paragraph after may be anyone's.
    if (here === there + 1 && endsItsParagraph(previous)) return { speaker: said.speaker, confidence: Math.min(said.confidence, 0.75), how: 'continuation' };
    // One paragraph between (a caption, a subheading, a sentence about the speaker) that names no one else
    // and reports no one else's words.
    const middle = masked.slice(masked.indexOf('\n', previous.closeEnd - 1) + 1, lineStartOf(q.openAt));
    if (here === there + 2 && !namesSomeoneElse(middle, said.speaker) && reportsOnly(middle, said.speaker) && isAbout(middle, said.speaker)) return { speaker: said.speaker, confidence: 0.65, how: 'continuation' };
    return undefined;
  }

  /**
   * A quotation standing alone in its sentence right after a sentence of the same paragraph that reports
   * someone's words without quoting them ("Sometimes staff break the rules, he said. “But…”", "李明坦言，自己曾经犹豫过。“…”"): theirs.
   */
  function afterReportedSentence(q: Quotation): Attribution | undefined {
    const si = sentenceOf(q.openAt);
    const previous = sentences[si - 1];
    if (!previous || opensLine(q) || previous.start < lineStartOf(q.openAt)) return undefined;
    if (quotations.some((o) => o.openAt >= previous.start && o.openAt < previous.end)) return undefined;
    const tokens = ctx.sentenceTokens[si - 1];
    const who = reporterOf(masked.slice(previous.start, previous.end), si - 1) ?? holderOfView(tokens, si - 1) ?? (isGermanReportedSpeech(tokens) ? reportedInSubjunctive(si) : undefined);
    return who && { ...who, confidence: Math.min(who.confidence, 0.7), how: 'continuation' };
  }

  /**
   * "Haustein hat die Entwicklung untersucht. Der warme Atlantik habe das Potenzial … – „so wie wir es … gesehen haben“":
   * words quoted inside a German sentence in the subjunctive, with no cue of their own, are part of the speech it
   * reports, whoever's that is.
   */
  function inReportedSentence(q: Quotation): Attribution | undefined {
    const si = sentenceOf(q.openAt);
    if (!isGermanReportedSpeech(ctx.sentenceTokens[si])) return undefined;
    const who = reportedInSubjunctive(si);
    return who && { ...who, how: 'continuation' };
  }

  /**
   * "Fink geht davon aus, dass …. Für Starkregen brauche es zudem eine Wetterlage. „…“": German goes on reporting
   * someone's words in the subjunctive without a cue. Back over such sentences (a few) to the one before them: whoever
   * was quoted there, reported by a cue, or opens it acting, a known person.
   */
  function reportedInSubjunctive(si: number): { speaker: string; confidence: number } | undefined {
    for (let s = si - 1; s >= 0 && s >= si - SUBJUNCTIVE_REACH; s--) {
      const { start, end } = sentences[s];
      if (quotations.some((o) => o.openAt >= start && o.openAt < end)) {
        const spoken = speakerOfSentence.get(s);
        return spoken ? { speaker: spoken, confidence: 0.7 } : undefined;
      }
      const tokens = ctx.sentenceTokens[s];
      const who = reporterOf(masked.slice(start, end), s) ?? knownPerson(reportingSubject(tokens));
      if (who) return { ...who, confidence: Math.min(who.confidence, 0.7) };
      if (!isGermanReportedSpeech(tokens)) return undefined;
    }
    return undefined;
  }

  /** "Südekum hält das für falsch.", "She disagrees.": the known person, or the one a pronoun means, opening a sentence with a verb of holding a view. */
  function holderOfView(tokens: Token[], si: number): { speaker: string; confidence: number } | undefined {
    const v = tokens.findIndex((t) => VIEW_VERBS.has(t.text));
    // The verb right after its subject: no clause, only a party or a role in brackets ("Lars Klingbeil (SPD) glaubt"), between.
    if (v < 0 || v > VIEW_SUBJECT_REACH || tokens.slice(0, v).some((t) => CLAUSE_PUNCTUATION.has(t.text))) return undefined;
    const subject = openingSubject(tokens);
    if (!subject) return undefined;
    return 'pronoun' in subject ? resolvePronoun(si, subject.pronoun) : knownPerson(subject);
  }

  /** The person a slot names, when the text knows them as one. */
  function knownPerson(slot: Slot | undefined): { speaker: string; confidence: number } | undefined {
    if (!slot || !('name' in slot)) return undefined;
    return ctx.people.has(ctx.registry.resolve(slot.name).name) ? named(slot.name, 0.9) : undefined;
  }

  /**
   * A paragraph that is only a quotation, right after a paragraph ending in someone's reported words
   * ("创始人表示，接下来…。\n“…”", "Lind said the plan would fail.\n“…”"): the quotation goes on with
   * that person's words. A guess like a continuation, so as weak as one.
   */
  function afterReportedSpeech(q: Quotation): Attribution | undefined {
    const lineStart = lineStartOf(q.openAt);
    if (lineStart === 0 || !opensLine(q)) return undefined;
    const previousEnd = masked.slice(0, lineStart).trimEnd().length;
    const previousStart = lineStartOf(previousEnd);
    // A quotation in that paragraph is what a continuation reads, not reported words.
    if (quotations.some((o) => o.openAt >= previousStart && o.openAt < previousEnd)) return undefined;
    const si = sentences.findLastIndex((sp) => sp.start < previousEnd);
    if (si < 0 || sentences[si].start < previousStart) return undefined;
    const who = reporterOf(masked.slice(sentences[si].start, Math.min(sentences[si].end, previousEnd)), si);
    return who && { ...who, confidence: Math.min(who.confidence, 0.7), how: 'continuation' };
  }

  /** Who a sentence with no quotation reports the words of: the subject of its cue, when it names or refers to one person. */
  function reporterOf(sentence: string, si: number): { speaker: string; confidence: number } | undefined {
    if (hasHan(sentence)) {
      const zh = chineseCueBefore(sentence, chineseNames);
      return zh?.subject && readChineseSubject(zh.subject, si);
    }
    const tokens = tokenize(sentence);
    // "Asked about the memo, Atkins did not mince her words": a question put to the subject, not its verb.
    const cue = tokens.findIndex((t, i) => isCueAt(tokens, i) && !ACCORDING.has(t.text.toLowerCase()) && !isParticiple(t) && !(i === 0 && ADDRESSING.has(t.text.toLowerCase())));
    const c = cue >= 0 ? cue : speechActAt(tokens);
    const subject = c >= 0 ? subjectOf(tokens, c) : speakingMannerSubject(tokens);
    // "The exports matter a great deal, said Sascha Lohmann.", "…, erklärt Lohmann.": a cue after the clause it reports, its subject after it.
    const inverted = subject && 'unnamed' in subject && tokens[c - 1]?.text === ',' ? nameAfter(tokens, c) : undefined;
    const slot = inverted && !('unnamed' in inverted) ? inverted : subject;
    if (!slot) return accordingTo(tokens);
    if ('pronoun' in slot) return resolvePronoun(si, slot.pronoun);
    if ('role' in slot) return resolveRoleSlot(slot, si, sentences[si].end, undefined, false);
    if (!('name' in slot)) return undefined;
    const full = ctx.registry.resolve(slot.name).name;
    // "La portavoz de Más Madrid, Rita Maestre, lo ve de otra manera": a role makes her someone, though she does nothing else.
    return ctx.people.has(full) || (full.includes(' ') && ctx.markedPeople.has(full)) ? named(slot.name, 0.95) : undefined;
  }

  /**
   * "…je totiž podle Petra Smejkala neudržitelné.", "Laut Müller sei das falsch.": the known person a sentence gives
   * its claim to with "according to" ("podle", "laut", "selon"), when no other cue is there.
   */
  function accordingTo(tokens: Token[]): { speaker: string; confidence: number } | undefined {
    const a = tokens.findIndex((t) => ACCORDING.has(t.text.toLowerCase()));
    // "according to X": the name follows "to".
    const at = tokens[a]?.text.toLowerCase() === 'according' ? (tokens[a + 1]?.text === 'to' ? a + 1 : -1) : a;
    const slot = at >= 0 ? nameAfter(tokens, at) : undefined;
    if (!slot || !('name' in slot)) return undefined;
    const full = ctx.registry.resolve(slot.name).name;
    return ctx.people.has(full) ? named(slot.name, 0.95) : undefined;
  }

  /** True when every cue in `passage` has the speaker for subject: by name, a role the text gave them, or a pronoun of their gender. */
  function reportsOnly(passage: string, speaker: string): boolean {
    const tokens = tokenize(passage);
    const gender = ctx.gender.get(speaker);
    return tokens.every((t, c) => {
      if (!isCue(t)) return true;
      const slot = subjectOf(tokens, c);
      if ('name' in slot) return ctx.registry.resolve(slot.name).name === speaker;
      if ('pronoun' in slot) return !gender || PRONOUN_GENDER.get(slot.pronoun) === gender;
      return 'role' in slot && resolveRole(slot.role)?.speaker === speaker;
    });
  }
}

/**
 * How far before a span the reader looks for the names a pronoun or role refers to (about
 * five sentences, as far back as a pronoun is resolved). A surname needs no full name here:
 * samePerson compares "Witkoff" with "Steve Witkoff".
 */
const READ_BEFORE = 1200;
/** How far after a span the reader looks for a cue ("…," said Rubio). */
const READ_AFTER = 300;

/**
 * The speaker a reading names outright. A continuation ("the next paragraph is only a
 * quotation") is a fair guess for saving, but too weak to tell a reader that the page
 * credits someone: an unattributed quotation after someone's words is often someone else's.
 */
const credited = (a: Attribution) => (a.how === 'continuation' ? undefined : a.speaker);

/**
 * Who the page says spoke the words at `text[start, end)`: the same reading as
 * detection, over the paragraphs around the span. When the page put the words in
 * quotation marks, that quotation is read; otherwise the span is read as if it were one.
 * A speaker found only by continuation is not given (see `credited`).
 */
export function speakerOfSpan(text: string, start: number, end: number, known: readonly string[] = []): string | undefined {
  const back = Math.max(0, start - READ_BEFORE);
  const from = back === 0 ? 0 : text.indexOf('\n', back) + 1 || back;
  const paragraphEnd = text.indexOf('\n', end);
  const to = Math.min(paragraphEnd < 0 ? text.length : paragraphEnd, end + READ_AFTER);
  const slice = text.slice(Math.min(from, start), to);
  const offset = Math.min(from, start);
  const [s, e] = [start - offset, end - offset];
  const quotations = findQuotations(slice);
  let at = quotations.findIndex((q) => q.start <= s && s < Math.max(q.end, q.start + 1));
  if (at < 0) {
    const own: Quotation = { start: s, end: e, openAt: s, closeEnd: e, parts: [{ start: s, end: e }], text: slice.slice(s, e), nested: [], unclosed: false };
    const kept = quotations.filter((q) => q.closeEnd <= s || q.openAt >= e);
    at = kept.findIndex((q) => q.openAt >= e);
    if (at < 0) at = kept.length;
    kept.splice(at, 0, own);
    return credited(attributeQuotations(slice, kept.slice(0, at + 2), known)[at]);
  }
  // Quotations after the next one cannot change this one's reading.
  return credited(attributeQuotations(slice, quotations.slice(0, at + 2), known)[at]);
}
