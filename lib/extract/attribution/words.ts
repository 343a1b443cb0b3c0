/**
 * Word classes the speaker readers share: lower case or capitalised, a verb, an article, a
 * linking word, a phrase of time. Nothing here reads who speaks.
 */
import { ARTICLES, AUXILIARIES, BETWEEN_SUBJECT_AND_CUE, ENGLISH_DAYS, EUROPEAN_LINKS, GERMAN_DAYS, GERMAN_MONTHS, GERMAN_PREPOSITIONS, GIVEN_NAME_GENDER, IRREGULAR_PAST, isCueWord, LY_NOT_ADVERBS, PREPOSITIONS, ROLE_COMPLEMENT } from '../lexicon';
import { isCapitalized, isRoleWord, POSSESSIVE_ENDING, type Token } from '../names';

export const isCue = (t: Token | undefined) => !!t && isCueWord(t.text);
export const isParticiple = (t: Token) => t.text.endsWith('ing');
/** A preposition of any language read, German's too ("für", "über", "in"). */
export const isPreposition = (t: Token | undefined) => !!t && (PREPOSITIONS.has(t.text) || GERMAN_PREPOSITIONS.has(t.text));
/** "Reuters'", "the IDF's": a possessive. */
export const isPossessive = (t: Token | undefined) => !!t && POSSESSIVE_ENDING.test(t.text);
/** English possessives that only go before a noun ("her" is also an object: "heard her say"). */
export const NOUN_POSSESSIVES = new Set(['his', 'its', 'their', 'our']);
/** English possessive determiners ("said her mother, Karen Lowe"). */
export const POSSESSIVE_DETERMINERS = new Set([...NOUN_POSSESSIVES, 'her']);
/** A word that makes an aside describe the name before it: a possessive or a role ("Al Jazeera's manager…"). */
export const describesSomeone = (t: Token) => /\p{L}[’']s$/u.test(t.text) || isRoleWord(t);
/** English modal verbs, after which a verb stands in the infinitive ("Page would say", "she will often tell"). */
const ENGLISH_MODALS = new Set(['would', 'will', 'could', 'might', 'should', 'must', 'can', 'may']);
/** A cue in the infinitive ("was keen to stress", "went on to say", "Page would often say"): its subject is the sentence's. */
export const isInfinitive = (tokens: Token[], c: number) =>
  tokens[c - 1]?.text === 'to' || ENGLISH_MODALS.has(tokens[c - 1]?.text ?? '') || (!!tokens[c - 1] && isAdverb(tokens[c - 1]) && ENGLISH_MODALS.has(tokens[c - 2]?.text ?? ''));
export const isLower = (t: Token) => /^\p{Ll}/u.test(t.text) && !isCapitalized(t);
export const isCap = isCapitalized;
/**
 * Words of an adverb's shape: English "Notably", "Afterwards", "Elsewhere", "Overnight", Spanish and Portuguese
 * "Posteriormente", French "Visiblement", Czech "Následně".
 */
const OPENING_ADVERB = /^\p{Lu}\p{Ll}+(?:ly|wards?|where|night|\p{Ll}{3}mente?|\p{Ll}{3}ně)$/u;
/** Surnames and given names of that shape the given names' list lacks. */
const NAMES_OF_ADVERB_SHAPE = new Set(['Kelly', 'Daly', 'Connolly', 'Donnelly', 'Reilly', 'Tully', 'Lilly', 'Shelly', 'Polly', 'Dolly']);
/** "Afterwards, the mayor said", "Separately, the minister said": a capitalised adverb opening a sentence, not a name. */
export const isOpeningAdverb = (word: string) => OPENING_ADVERB.test(word) && !NAMES_OF_ADVERB_SHAPE.has(word) && !GIVEN_NAME_GENDER.has(word.toLowerCase());
export const isAdverb = (t: Token) => BETWEEN_SUBJECT_AND_CUE.has(t.text.toLowerCase()) || (/^\p{Ll}+ly$/u.test(t.text) && !LY_NOT_ADVERBS.has(t.text));
/** "the mayor visited", "la ministra visitó", "o prefeito visitou": a cue, an auxiliary, or a past tense in English, Spanish or Portuguese. */
export const isVerbLike = (t: Token) => isLower(t) && (isCue(t) || AUXILIARIES.has(t.text) || IRREGULAR_PAST.has(t.text) || PAST_TENSE.test(t.text));
/**
 * A Spanish or Portuguese preterite in the third person, regular ("abordó", "abordou", "prendeu") or with a strong stem
 * ("detuvo", "dijo", "hizo", "puso", "vino"): "Un agente detuvo a Julián Castro" shows the unnamed agent acting.
 */
export const IBERIAN_PRETERITE = /^\p{Ll}{2,}(?:ó|ou|eu|iu|uvo|ijo|izo|uso|ino)$/u;
/** A regular past tense of the third person: English "-ed", Spanish "-ó" ("visitó", "perdió"), Portuguese "-ou", "-eu", "-iu" ("votou", "perdeu", "partiu"). */
const PAST_TENSE = /^\p{Ll}{3,}(?:ed|ó|ou|eu|iu)$/u;
export const isArticle = (t: Token | undefined) => !!t && ARTICLES.has(t.text.toLowerCase());
/** The English articles, which ARTICLES leaves out ("a" is also the Romance preposition). */
export const ENGLISH_INDEFINITE = new Set(['a', 'an']);
export const ENGLISH_ARTICLES = new Set([...ENGLISH_INDEFINITE, 'the']);
/** English words that bring in someone not yet named, as "a" does ("said another witness", "said one of his aides"). */
export const BRINGING_IN = new Set(['another', 'one']);
/** An English word in lower case bringing in someone not yet named: an indefinite article or one of BRINGING_IN. */
export const bringsInSomeone = (word: string) => ENGLISH_INDEFINITE.has(word) || BRINGING_IN.has(word);
/**
 * A preposition opening a sentence, capitalised into the run of the name after it ("In Berlin", "En París"); not "A",
 * the English article as much as the Romance preposition ("A Tesco spokeswoman said", "A Polícia Federal afirmou").
 */
export const isOpeningPreposition = (t: Token) => PREPOSITIONS.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'a' && !isArticle(t);
/** Indefinite articles of German, French, Spanish and Portuguese. */
export const INDEFINITE = new Set(['ein', 'eine', 'un', 'une', 'uno', 'una', 'um', 'uma']);
/** German indefinite articles and their cases ("einer", "einem"), and "kein". */
export const INDEFINITE_DE = /^k?ein(?:e|er|em|en|es)?$/;
/** An indefinite article of the languages read ("ein", "einem", "une", "una"): someone or something not named. */
export const isIndefinite = (t: Token | undefined) => !!t && (INDEFINITE.has(t.text.toLowerCase()) || INDEFINITE_DE.test(t.text.toLowerCase()));
export const LINKS = new Set([...'and or of in on at for with to from by as than but'.split(' '), ...EUROPEAN_LINKS]);
/** After a known person's name, any word but a preposition or conjunction is taken for a verb ("Rubio spoke"). */
export const isAnyVerb = (t: Token) => isLower(t) && !LINKS.has(t.text);
/** Words joining two names into one subject, in the languages read ("Smith and Jones", "Ruiz y Lima", "Wendt und Ritter"). */
export const COORDINATORS = new Set(['and', 'or', '&', 'und', 'oder', 'et', 'ou', 'y', 'e']);
/** "and" joining two verbs of one subject, in the languages read ("und sagt", "et ajoute", "y añadió"). */
export const AND = new Set(['and', 'und', 'et', 'y', 'e']);
/** Periods named between a subject and its verb ("Ruano last week said"), after PERIOD_OPENERS. */
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'afternoon']);
const PERIOD_OPENERS = new Set(['last', 'this', 'earlier', 'later']);
/** German times of day after "am", as its days are ("am Abend", "wie Georg Liebl am Montag sagte"). */
const GERMAN_TIMES_OF_DAY = new Set(['abend', 'morgen', 'mittag', 'vormittag', 'nachmittag', 'wochenende']);

/**
 * How many tokens the phrase of a time at k holds, set between a subject and its verb: "on Tuesday", "last week", "this
 * morning", "at that time", "at the time", German "am Montag", "im Januar"; 0 when none starts there.
 */
export function timePhraseLength(tokens: Token[], k: number): number {
  const first = tokens[k]?.text.toLowerCase() ?? '';
  const second = tokens[k + 1]?.text.toLowerCase() ?? '';
  if ((first === 'am' && (GERMAN_DAYS.has(second) || GERMAN_TIMES_OF_DAY.has(second))) || (first === 'im' && GERMAN_MONTHS.has(second))) return 2;
  if (first === 'on' || PERIOD_OPENERS.has(first)) return ENGLISH_DAYS.has(second) || (first !== 'on' && PERIODS.has(second)) ? 2 : 0;
  return first === 'at' && (second === 'that' || second === 'the') && tokens[k + 2]?.text.toLowerCase() === 'time' ? 3 : 0;
}
/** Words that introduce a new document ("issued a statement", "in its statement"), not one spoken of before. */
const INTRODUCING = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'separate', 'joint', 'written', 'brief', 'new', 'second', 'un', 'una', 'um', 'uma', 'su', 'seu', 'sua']);

/** How many adjectives may stand between the word bringing in a writing and the writing ("a short note", "an open letter"). */
const WRITING_ADJECTIVES = 2;

/** True when a word of INTRODUCING brings in the writing at token k, perhaps past an adjective or two ("a short note", "an open letter"). */
export function introducesWriting(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j <= WRITING_ADJECTIVES && isAdjective(tokens[j]) && !INTRODUCING.has(tokens[j].text.toLowerCase())) j--;
  return INTRODUCING.has(tokens[j]?.text.toLowerCase() ?? '');
}

/** The German articles of a genitive complement ("der Vorsitzende des Aufsichtsrats", "der Chef der Bahn"). */
export const GERMAN_GENITIVE_ARTICLES = new Set(['der', 'des']);
/** German prepositions with the article joined to them ("im Trab", "beim Training"): a noun follows, as after an article. */
export const GERMAN_CONTRACTIONS = new Set(['im', 'am', 'zum', 'zur', 'beim', 'vom', 'ins', 'ans', 'aufs']);
/** "des Verbands", "des Bundestages", "des Innenministeriums": a name after German "des" without the ending of the genitive. */
export const nominativeAfter = (article: string, name: string) => (article === 'des' ? name.replace(/e?s$/u, '') : name);

/** German determiners: a capitalised word after one, perhaps past an adjective, is a noun ("seine Freilassung", "einem ruhigen Vormittag"). */
export const GERMAN_DETERMINER = /^(?:der|die|das|den|dem|[kmds]?ein(?:e|er|em|en|es)?|ihr(?:e|er|em|en|es)?|unser(?:e|er|em|en|es)?|dies(?:e|er|em|en|es)|jede[rmns]?)$/;

/** A lower-case word that may qualify a role ("russe", "américain", "adjoint"): not a link, an article, a cue or a preposition. */
export const isAdjective = (t: Token) => isLower(t) && !LINKS.has(t.text) && !isArticle(t) && !isCue(t) && !PREPOSITIONS.has(t.text) && !ROLE_COMPLEMENT.has(t.text) && !AUXILIARIES.has(t.text);
export const isMasked = (t: Token) => /^x+$/.test(t.text);

export const CONJUNCTIONS = new Set(['and', '&', 'a', 'et', 'y', 'e', 'und']);

/** Short words only German has, to tell a German sentence from one of a language that shares a form ("sei" in Portuguese). */
const GERMAN_WORDS = new Set(['und', 'oder', 'wie', 'doch', 'schon', 'gibt', 'sind', 'werden', 'wurde', 'nicht', 'sich', 'ist', 'wird', 'dass', 'ob', 'auch', 'noch', 'aber', 'ins', 'im', 'zum', 'zur', 'vom', 'beim', 'mit', 'nach', 'bei', 'für', 'über', 'auf', 'nämlich', 'jedoch', 'allerdings', 'zudem', 'bereits', 'außerdem', 'deshalb', 'trotzdem', 'dabei', 'dazu', 'gegenüber', 'zufolge', 'sagte', 'sagt']);
/** Object and stressed pronouns ("her", "lui", "ihm"), with the subject pronoun they stand for ("according to her", "recalls him saying"). */
export const SUBJECT_OF_OBJECT_PRONOUN = new Map([
  ['him', 'he'], ['her', 'she'], ['lui', 'il'], ['elle', 'elle'], ['ihm', 'er'], ['ihr', 'sie'],
  // Czech "podle něj", "podle ní": Czech drops its subject pronouns, so a subject pronoun of the same gender stands for them.
  ['něj', 'él'], ['něho', 'él'], ['ní', 'ella'],
]);
/** Words that tell an English sentence, where "a" is the article: function words, common verbs of saying, a past in "-ed". */
const ENGLISH_MARKERS = new Set(['the', 'The', 'said', 'says', 'and', 'of', 'who', 'with', 'his', 'her', 'their', 'its', 'told', 'wrote']);
const ENGLISH_PAST = /^\p{Ll}{2,}ed$/u;
/** True when a sentence shows itself English ("a" is then the article, not the Romance preposition or article). */
export const isEnglish = (tokens: Token[]) => tokens.some((t) => ENGLISH_MARKERS.has(t.text) || ENGLISH_PAST.test(t.text));
/** A sentence with a German determiner or another word only German has. */
export const isGerman = (tokens: Token[]) => tokens.some((t) => GERMAN_DETERMINER.test(t.text.toLowerCase()) || GERMAN_WORDS.has(t.text.toLowerCase()));
