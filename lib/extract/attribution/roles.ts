/**
 * What a phrase that is no name stands for as a speaker: a role ("the mayor"), a description
 * ("the 34-year-old nurse"), an office, an organisation or its spokesperson, a writing and who
 * issued it. Each reading is a Slot for the resolver.
 */
import { isQuoteMark } from '../../text/quote-marks';
import { ARTICLES, CAPITALISED_DESCRIPTORS, DEMONYMS, DESCRIPTOR_GENDER, FAMILY, FRENCH_DEMONYM_SUFFIX, FRENCH_DEMONYMS, FRENCH_WRITINGS, frenchNounGender, type Gender, isDescriptor, GERMAN_CZECH_WRITINGS, GERMAN_DEMONYMS, GERMAN_FEMININE_NOUNS, GERMAN_KIN, GERMAN_NOT_PERSONS, GERMAN_PERSON_NOUN, GIVEN_NAME_GENDER, isEpithet, KIN, NATIONALITY_ADJECTIVE, NOT_NAMES, OFFICE_PHRASES, PREPOSITIONS, REFERRING_BODIES, ROLE_COMPLEMENT, SPOKES, UNNAMED_SOURCES, WHEN_ADVERBS, WHEN_OPENERS, WHEN_WORDS, YOUNG_PERSON } from '../lexicon';
import { ACRONYM_WORD, GERMAN_ABSTRACT_NOUN, isBareOrganisationWord, isOrganisationWord, isRole, isRoleWord, nameOfRun, PRONOUNS, runEndingAfter, runStartingBefore, type Token, tokenize } from '../names';
import { bringsInSomeone, COORDINATORS, ENGLISH_ARTICLES, ENGLISH_INDEFINITE, GERMAN_DETERMINER, GERMAN_GENITIVE_ARTICLES, INDEFINITE_DE, isAdjective, isArticle, isCap, isCue, isEnglish, isGerman, isIndefinite, isLower, isMasked, isPossessive, LINKS, nominativeAfter } from './words';
import { DOCUMENTS } from './cues';

/** Writings that say things without being anyone ("said the report, …"). */
export const WRITINGS = new Set(['report', 'study', 'survey', 'ruling', 'document', 'filing', 'complaint', 'lawsuit', 'indictment']);
/** A count after "of" in a description by family ("the mother of three", "the father of 2"). */
const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/;
/** "45-year-old": an age, standing for the person the text gave it. */
const AGE = /^(\d+)-year-old$/;
/** How many words may stand between "the" and the noun of a description ("the former Manchester United striker"). */
const DESCRIPTION_MODIFIERS = 4;

/** What a description says of someone: its noun, the gender the noun tells, the age it gives. */
export interface Description {
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
  if (h <= a || h - a > DESCRIPTION_MODIFIERS + 1 || (isRoleWord(head) && !isDescriptor(noun))) return undefined;
  const age = AGE.exec(noun)?.[1];
  if (!age && !(isLower(head) ? isDescriptor(noun) : CAPITALISED_DESCRIPTORS.has(noun))) return undefined;
  // Not "the family lawyer": someone of the family's.
  const kind = (t: Token) => isMasked(t) || isQuoteMark(t.text) || (!isPossessive(t) && !FAMILY.has(t.text) && (isAdjective(t) || (isCap(t) && !NOT_NAMES.has(t.text.toLowerCase()))));
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

/**
 * True when a name follows the description or role ending at token `e`, perhaps past a second role joined to it ("so
 * der stellvertretende Nationalparkleiter und Projektleiter Ulrich Brendel"): the words are the name's, not the description's.
 */
const nameFollows = (tokens: Token[], e: number) => isCap(tokens[e + 1]) || (COORDINATORS.has(tokens[e + 1]?.text ?? '') && isRoleWord(tokens[e + 2]) && isCap(tokens[e + 3]));

/** The description starting at "the" at token a ("said the Republican from Texas."), the longest there; none when a name follows it ("said the actor Tom Hanks"). */
export function descriptionAfter(tokens: Token[], a: number): Description | undefined {
  for (let e = a + DESCRIPTION_MODIFIERS + 3; e > a; e--) {
    const description = descriptionIn(tokens, a, e);
    // "said the mother of the victim": someone's kin, not a description of whoever the text named ("the mother of three" is).
    if (description) return nameFollows(tokens, e) || ROLE_COMPLEMENT.has(tokens[e + 1]?.text ?? '') ? undefined : description;
  }
  return undefined;
}

const NATIONALITIES = new Set(NATIONALITY_ADJECTIVE.values());

/** The nationality a word names, as a noun ("Dutchman") or an adjective ("Dutch"): its adjective. */
/** A word saying which nation, as an adjective after a role or a body ("britannique", "argentino", "British", "italienische"). */
export const isNationAdjective = (word: string) =>
  !!nationalityOf(word.toLowerCase()) || DEMONYMS.has(word) || FRENCH_DEMONYMS.has(word) || FRENCH_DEMONYM_SUFFIX.test(word) || GERMAN_NATION_ADJECTIVE.test(word);
export const nationalityOf = (word: string) => NATIONALITY_ADJECTIVE.get(word) ?? (NATIONALITIES.has(word) ? word : undefined);

/** A lower-case word for a person, singular or plural: a description or a role ("cyclist", "riders", "defender", "minister"). */
export const isPersonNoun = (t: Token) => isLower(t) && (isDescriptor(t.text) || isDescriptor(t.text.replace(/s$/, '')) || isRoleWord(t));

/** Words after "the" for the people just named, together ("The two leaders", "The pair"). */
const GROUP_WORDS = new Set(['two', 'three', 'four', 'pair', 'couple', 'duo', 'trio']);

/** True when a sentence opens with the people just named as its subject, together ("Both ministers spoke", "The two leaders discussed"). */
export const opensWithGroup = (tokens: Token[]) =>
  tokens[0]?.text === 'Both' || (tokens[0]?.text === 'The' && GROUP_WORDS.has(tokens[1]?.text ?? ''));
/** Pronouns that stand for an organisation as a speaker ("it said", "they said in a statement"). */
const BODY_PRONOUNS = new Set(['it', 'they', 'It', 'They']);

/**
 * What a speaker slot holds: a name, a pronoun to resolve, or an unnamed source ("officials",
 * "a spokesman"). `opensSentence`: a lone capitalized word starting its sentence ("Officials
 * said"), which may be no name at all.
 */
export type Slot =
  /** `needsPerson`: read from the sentence's shape alone (a colon after a clause about someone), so only a known person counts. */
  | { name: string; titled: boolean; opensSentence?: boolean; atSentenceStart?: boolean; needsPerson?: boolean; afterArticle?: boolean }
  | { pronoun: string }
  /** "the mayor", "le ministre", "the agency": someone the text named earlier with that role or in that organisation's name. */
  /** `modifier`: the word before an organisation word ("the production company"), which may echo its name ("Dick Clark Productions"). */
  /** `gender`: told by the article ("la syndicaliste"); `epithet`: a word for what someone is, not an office (EPITHETS). */
  /** `qualified`: the role with the adjective after it ("président russe"), which may tell apart two who hold the role. */
  /** `latest`: pointed at by a demonstrative ("este ministerio"), the organisation with that word the text named last. */
  /** `capitalised`: written with a capital and no article ("King said"), so perhaps a surname the text gave someone. */
  | { role: string; modifier?: string; gender?: Gender; epithet?: boolean; qualified?: string; latest?: boolean; complemented?: boolean; capitalised?: boolean }
  /** "the statement continued": whoever issued the statement the text last spoke of. */
  | { document: string }
  /** "said the actor", "the mother of three added": someone the text named, described (see descriptionIn). */
  | Description
  /** "it said", "they said": an organisation the text just quoted, never a person; `body`: the pronoun. */
  | { body: string }
  | { unnamed: true };

/** The party or body a German compound role names ("afd-chef" → "afd-", "cdu-spitzenkandidat" → "cdu-"), if any. */
export const partyOfRole = (role: string) => /^[\p{L}\d]+-(?=\p{L}{3,}$)/u.exec(role)?.[0];

/** Parties that stand before a role as an adjective ("the Republican governor", "the Labour MP"). */
const PARTY_ADJECTIVES = new Set(['Republican', 'Democratic', 'Democrat', 'Labour', 'Conservative', 'Tory', 'Liberal', 'Green', 'Socialist']);

/**
 * "Republicans", "Democrats", "Tories", "Americans", "Israelis": a capitalised English plural of a party's or a nation's
 * word names a group of people, never one person.
 */
export function isGroupOfPeople(word: string): boolean {
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, '');
  return singular !== word && (PARTY_ADJECTIVES.has(singular) || !!nationalityOf(singular.toLowerCase()));
}

/**
 * English words before an office that say what its holder is like or how long they have held it ("the veteran senator",
 * "the embattled mayor", "the first-term congresswoman"), not which office it is, as "the finance minister" does.
 */
const HOLDER_ADJECTIVES = new Set(
  'veteran freshman longtime long-serving embattled beleaguered outspoken outgoing incoming retiring departing ousted popular influential powerful controversial'.split(' '),
);
const describesHolder = (t: Token | undefined) => !!t && (HOLDER_ADJECTIVES.has(t.text) || /^\p{Ll}+-term$/u.test(t.text));
/** A capitalised word that qualifies a role as an adjective would: a party or a nationality ("a Republican senator", "a French diplomat"). */
export const qualifiesRole = (t: Token | undefined) => !!t && (PARTY_ADJECTIVES.has(t.text) || (isCap(t) && !!nationalityOf(t.text.toLowerCase())));

/** A country's or a body's initials before a role: "U.S.", "US", "UN", "EU". */
const INITIALS = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,3})$/u;

/** A role or organisation word after an article ("the mayor", "la ministre", "the agency"), as a slot. */
export function roleAt(tokens: Token[], k: number): Slot | undefined {
  const word = tokens[k]?.text.toLowerCase();
  if (!word) return undefined;
  // "the production company", "the record label": a word for what it does may echo the organisation's name.
  const before = tokens[k - 1];
  if (isOrganisationWord(word) && before && isLower(before) && !isArticle(before) && isArticle(tokens[k - 2])) return { role: word, modifier: before.text };
  const described = epithetAt(tokens, k) ?? germanDescriptionAt(tokens, k) ?? demonymAt(tokens, k);
  if (described) return described;
  // "the former president", "the deputy minister", "the Republican governor", "the U.S. secretary", "the government
  // spokesman", "the veteran senator": past the titles, words for what its holder is like, a party, and a country's or a
  // body's initials or word between the article and the role.
  const body = (t: Token | undefined) => !!t && (INITIALS.test(t.text) || (isLower(t) && isOrganisationWord(t.text)));
  let a = k - 1;
  // "the 52-year-old minister": past an age too.
  // "the Ohio senator", "the former Chicago mayor": past the place whose role it is, one capitalised word.
  // Not a name's own word for a body ("the Home Office", "the Metropolitan Police").
  const beforePlace = tokens[k - 2];
  const place = (t: Token | undefined) => !!t && isCap(t) && !isRoleWord(t) && isLower(tokens[k]) && (isArticle(beforePlace) || (!!beforePlace && isRoleWord(beforePlace) && isLower(beforePlace)));
  // "the company’s chief executive", "the carmaker’s boss": past the possessive of the body whose role it is.
  const owner = (j: number) => !!tokens[j] && isLower(tokens[j]) && isPossessive(tokens[j]) && isArticle(tokens[j - 1]);
  while ((isRoleWord(tokens[a]) && isLower(tokens[a])) || PARTY_ADJECTIVES.has(tokens[a]?.text ?? '') || describesHolder(tokens[a]) || (a === k - 1 && (body(tokens[a]) || place(tokens[a]) || AGE.test(tokens[a]?.text ?? ''))) || owner(a)) a--;
  if (!(isRole(word) || isOrganisationWord(word)) || !(isArticle(tokens[a]) || isFeminineA(tokens, a))) return undefined;
  // "the U.S. Army", "the UK Parliament": a country's initials before a body's word with its capital make up its name.
  if (isCap(tokens[k]) && isOrganisationWord(word) && NATION_INITIALS.has(tokens[k - 1]?.text ?? '')) return undefined;
  // "the Pentagon chief", "the Ohio senator", "the Conservative MP", "the former president": a place, a party, an age or
  // "former" before an office describe its holder, so when the text gave no one the office they describe the person in
  // focus, as an epithet does. Not the words of an office's own name ("the prime minister", "the chief executive"), nor
  // a body's word or initials, which name the office ("the police chief", "the party leader", "the U.S. ambassador").
  const describes = (t: Token) => t.text === 'former' || AGE.test(t.text) || PARTY_ADJECTIVES.has(t.text) || describesHolder(t) || (isCap(t) && !isRoleWord(t) && !INITIALS.test(t.text));
  const describing = tokens.slice(a + 1, k).some(describes);
  const describedOffice = describing && !isOrganisationWord(word) && !SPOKES.has(word);
  return isEpithet(word) || describedOffice ? { role: word, gender: articleGender(tokens[a]), epithet: true } : { role: word };
}

/**
 * "the secretary of state said", "el ministro de economía dijo": a role whose complement at token k is in lower case is
 * that role, qualified by the complement; not a word of kin ("the mother of three"), whose complement says whose.
 */
function roleWithComplementAt(tokens: Token[], k: number): Slot | undefined {
  const word = tokens[k]?.text ?? '';
  if (!isLower(tokens[k]) || !ROLE_COMPLEMENT.has(tokens[k - 1]?.text ?? '')) return undefined;
  const head = roleAt(tokens, k - 2);
  // An office described by the words before it ("the U.S. secretary") is qualified all the same.
  if (!head || !('role' in head) || (head.epithet && (isEpithet(head.role) || !isRole(head.role))) || KIN.has(head.role) || isOrganisationWord(head.role)) return undefined;
  return { role: head.role, qualified: `${head.role} ${tokens[k - 1].text} ${word}` };
}

/** The gender a French, Spanish or Portuguese article tells ("le", "el", "o", "la", "a"); "l’" and the plural tell none. */
export function articleGender(t: Token | undefined): Gender | undefined {
  const article = t?.text.toLowerCase();
  return article === 'le' || article === 'el' || article === 'o' ? 'm' : article === 'la' || article === 'a' ? 'f' : undefined;
}

/** How a Portuguese role or description ends in the feminine or in either gender ("ministra", "mãe", "avó", "presidente", "parlamentar"). */
const FEMININE_ENDING = /(?:a|ã|ãe|ó|ante|ente|ar)$/u;
/**
 * Portuguese "a" before a role in the feminine ("disse a ministra", "A mãe contou", "contou a gaúcha"): the article,
 * not the preposition nor English "a" ("said a spokesman"), which no such word follows.
 */
export const isFeminineA = (tokens: Token[], k: number) =>
  tokens[k]?.text.toLowerCase() === 'a' &&
  (isRoleWord(tokens[k + 1]) || DEMONYMS.has(tokens[k + 1]?.text ?? '') || isOrganisationWord(tokens[k + 1]?.text.toLowerCase() ?? '') || REFERRING_BODIES.has(tokens[k + 1]?.text ?? '')) &&
  FEMININE_ENDING.test(tokens[k + 1].text);

/** The token after the Spanish or Portuguese times from k on ("este lunes", "nesta segunda-feira", "ayer", "ontem"). */
export function pastWhen(tokens: Token[], k: number): number {
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
export function demonymAt(tokens: Token[], k: number): Slot | undefined {
  const word = tokens[k]?.text ?? '';
  if (isCap(tokens[k + 1])) return undefined;
  if (DEMONYMS.has(word) && (isArticle(tokens[k - 1]) || isFeminineA(tokens, k - 1))) return { role: word, gender: articleGender(tokens[k - 1]), epithet: true };
  const lower = word.toLowerCase();
  if (!FRENCH_ARTICLES.has(tokens[k - 1]?.text.toLowerCase() ?? '') || !(FRENCH_DEMONYMS.has(lower) || FRENCH_DEMONYM_SUFFIX.test(lower))) return undefined;
  return { role: lower, gender: describedGender(tokens[k - 1], lower), epithet: true };
}

/** The gender of someone described: the article's, or after "l’" the French noun's ending ("l’animatrice", "l’Espagnol"). */
export const describedGender = (article: Token | undefined, noun: string): Gender | undefined =>
  articleGender(article) ?? (ELIDED_ARTICLES.has(article?.text ?? '') ? frenchNounGender(noun) : undefined);

/** French "le", "la", "l’": an office or a trade after one may describe the person just named. */
const FRENCH_ARTICLES = new Set(['le', 'la', "l'", 'l’']);
/** "l’": the article that tells no gender, elided before a vowel ("à l’AFP"). */
export const ELIDED_ARTICLES: ReadonlySet<string> = new Set(["l'", 'l’']);

/**
 * "El tetracampeón del mundo Max Verstappen", "a campeã da Europa…": an epithet with a complement in lower case right
 * before the name at i is the name's, as it would be with none. Not a word for kin ("la madre del pequeño Lucas Pérez"),
 * which is someone else's.
 */
export function epithetWithComplement(tokens: Token[], i: number): string[] {
  const epithet = tokens[i - 3]?.text.toLowerCase() ?? '';
  const complemented = i >= 4 && isLower(tokens[i - 1]) && ROLE_COMPLEMENT.has(tokens[i - 2].text) && isArticle(tokens[i - 4]);
  return complemented && isEpithet(epithet) && !KIN.has(epithet) ? [epithet] : [];
}

/** A party's or a body's acronym ("LR", "RN", "PSG"). */
export const isAcronym = (t: Token | undefined) => !!t && ACRONYM_WORD.test(t.text);
/** "l’élu LR", "politik ODS": an acronym at token k standing alone, no name after it; after a role, the role's party. */
export const isLoneAcronym = (tokens: Token[], k: number) => isAcronym(tokens[k]) && runEndingAfter(tokens, k) === k;

/** Spanish and Portuguese "el", "la", "o", "a": an office after one and an adjective describes someone ("el nuevo ministro"). */
const SPANISH_PORTUGUESE_ARTICLES = new Set(['el', 'la', 'o', 'a']);

/**
 * "la maire de Paris", "l’ancien ministre", "le premier secrétaire du PS", "l’ex-ministre", "l’élu LR": a French office with
 * what it is of, an adjective before it or a party after it describes someone, as an epithet does; a bare "le ministre"
 * only refers back to whom the text named minister. So does a Spanish or Portuguese office after an adjective ("dijo el
 * nuevo ministro", "disse a nova ministra"). `firstRole`–`end`: the role words.
 */
export function describesOffice(tokens: Token[], firstRole: number, end: number): boolean {
  const adjective = !isArticle(tokens[firstRole - 1]);
  const article = tokens[adjective ? firstRole - 2 : firstRole - 1];
  if (adjective && SPANISH_PORTUGUESE_ARTICLES.has(article?.text ?? '') && !isEnglish(tokens)) return true;
  if (!FRENCH_ARTICLES.has(article?.text ?? '')) return false;
  return adjective || tokens[end - 1].text.startsWith('ex-') || ROLE_COMPLEMENT.has(tokens[end]?.text ?? '') || isAcronym(tokens[end]);
}

/** "la jeune femme", "le jeune homme": someone described, as an epithet (see EPITHETS). */
export function epithetAt(tokens: Token[], k: number): Slot | undefined {
  const word = tokens[k]?.text.toLowerCase() ?? '';
  if (!YOUNG_PERSON.has(word) || tokens[k - 1]?.text.toLowerCase() !== 'jeune' || !isArticle(tokens[k - 2])) return undefined;
  return { role: word, gender: articleGender(tokens[k - 2]) ?? (word === 'femme' || word === 'fille' ? 'f' : 'm'), epithet: true };
}

/**
 * "El fabricante dijo:", "das Unternehmen", "Der Konzern", "Automobilka řekla": a word for a body just named
 * (REFERRING_BODIES) after its article, or with a capital only because German writes nouns so or because it opens the
 * sentence; it names no one, it points back.
 */
export function bodyWordAt(tokens: Token[], k: number): Slot | undefined {
  const word = tokens[k]?.text.toLowerCase() ?? '';
  if (!REFERRING_BODIES.has(word) || isCap(tokens[k + 1])) return undefined;
  if (isLower(tokens[k])) return isArticle(tokens[k - 1]) ? { role: word } : undefined;
  return k === 0 || (k === 1 && isArticle(tokens[0])) || (isArticle(tokens[k - 1]) && isGerman(tokens)) ? { role: word } : undefined;
}

/** A German noun ending as a firm or a body is named, though with a person's ending ("Flughafenbetreiber", "Versandhändler"): see GERMAN_NOT_PERSONS. */
const GERMAN_NOT_PERSON_ENDING = new RegExp(`(?:${[...GERMAN_NOT_PERSONS].join('|')})$`, 'u');

/** A word for an organisation, by what it is or as a word pointing back to one ("empresa", "fabricante", "company"). */
export const isBodyWord = (word: string) => isOrganisationWord(word) || REFERRING_BODIES.has(word);

/** German words for a kind of firm or body before its name ("die Firma", "der Versandhändler", "der Sender"); not "Bank" or "Verein", which open names ("Bank Austria", "Verein Deutscher Ingenieure"). */
const GERMAN_BODY_KINDS = new Set(['firma', 'konzern', 'unternehmen']);
const isGermanBodyKind = (word: string) => GERMAN_BODY_KINDS.has(word) || GERMAN_NOT_PERSON_ENDING.test(word);

/** The body slot of a spokesperson of no one named: the organisation just spoken of. */
export const SPOKESPERSON = 'spokesperson';

/**
 * A word for a body that means one the text named ("company", "carmaker"), or a word for a body in lower case
 * ("ministry", "agency"): before a spokesperson ("a ministry spokeswoman"), or after one ("for the company"), it says whose.
 */
export const namesBodyKind = (t: Token | undefined) => !!t && (REFERRING_BODIES.has(t.text) || (isLower(t) && isOrganisationWord(t.text)));

/**
 * "de Renault", "du ministère", "de la SNCF", "del Ministerio de Sanidad", after a spokesperson, from the complement at
 * token c: the body named, or the word for one, which means the body of that kind the text named.
 */
export function bodyAfterComplement(tokens: Token[], c: number): Slot | undefined {
  const k = isArticle(tokens[c + 1]) ? c + 2 : c + 1;
  if (namesBodyKind(tokens[k]) && !isCap(tokens[k + 1])) return { role: tokens[k].text.toLowerCase() };
  const end = isCap(tokens[k]) ? runEndingAfter(tokens, k) : -1;
  const mention = end >= k ? nameOfRun(tokens.slice(k, end + 1)) : undefined;
  return mention && { name: mention.name, titled: true };
}

/**
 * "a Tesco spokeswoman", "a Home Office spokesman": the organisation the spokesperson speaks for; "a company
 * spokesperson": the company the text means (see namesBodyKind); "un porte-parole du ministère": the body after the
 * spokesperson's complement.
 */
function organisationOfSpokesperson(tokens: Token[], k: number): Slot | undefined {
  const from = namesBodyKind(tokens[k]) ? k : runStartingBefore(tokens, k);
  const complement = isArticle(tokens[from - 1]) ? from - 2 : from - 1;
  if (from >= 0 && ROLE_COMPLEMENT.has(tokens[complement]?.text ?? '') && SPOKES.has(tokens[complement - 1]?.text.toLowerCase() ?? '')) return bodyAfterComplement(tokens, complement);
  if (!SPOKES.has(tokens[k]?.text.toLowerCase() ?? '')) return undefined;
  if (namesBodyKind(tokens[k - 1])) return { role: tokens[k - 1].text };
  // "Tesco raised its prices. A spokeswoman said:": a spokesperson of no one named speaks for the body just spoken of.
  if (isIndefinite(tokens[k - 1]) || ENGLISH_INDEFINITE.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return { body: SPOKESPERSON };
  const start = runStartingBefore(tokens, k - 1);
  if (start < 0) return undefined;
  const mention = nameOfRun(tokens.slice(start, k));
  return mention ? { name: mention.name, titled: true } : undefined;
}

/** A word of letters with a capital after its first ("AWI", "AStA", "BioNTech"): a name as written, never a German noun. */
const INNER_CAPITAL = /^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u;

/**
 * True when tokens[start..end] is one capitalised word after a German determiner: German writes every
 * noun with a capital, so "über seine Freilassung sagte er" names no one. Roles and organisations
 * after an article are read before this ("der Minister", "die Bahn").
 */
export function isGermanNoun(tokens: Token[], start: number, end: number): boolean {
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
  // "teilte das AWI mit", "schrieb der AStA": a word with a capital inside after a determiner is a body's short name.
  return determines && !department && !isRoleWord(tokens[start]) && !isOrganisationWord(tokens[start].text.toLowerCase()) && !INNER_CAPITAL.test(tokens[start].text);
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

/** A name's possessive ending that may be a firm's own name ("Moody's", "McDonald's"). */
const FIRM_POSSESSIVE = /\p{L}[’']s$/u;

/** Whether nothing a possessive could own follows the name ending at token `end`: no word, or only a cue ("Moody's said"). */
export const ownsNothing = (tokens: Token[], end: number) => !tokens[end + 1] || isCue(tokens[end + 1]) || !/\p{L}/u.test(tokens[end + 1].text);

/** The person or organisation the run tokens[start..end] names (nameOfRun), past a German noun opening it (germanNameStart). */
export function mentionOfRun(tokens: Token[], start: number, end: number, roleBefore = false) {
  if (broughtInUnnamed(tokens, start)) return undefined;
  const from = germanNameStart(tokens, start, end);
  // "“You can’t know that,” Buchheit said": an English sentence holds no German abstract noun; a word ending like one
  // there is a surname.
  const surname = from === end && GERMAN_ABSTRACT_NOUN.test(tokens[end].text) && isEnglish(tokens);
  const found = surname ? { name: tokens[end].text, titled: roleBefore, organisation: false, roles: [] } : nameOfRun(tokens.slice(from, end + 1), roleBefore || from > start);
  // "Moody's said", "according to Sainsbury's.": a name ending in "'s" with no noun after it is a firm's own, no possessive.
  const firm = !!found && FIRM_POSSESSIVE.test(tokens[end].text) && ownsNothing(tokens, end) && found.name.endsWith(tokens[end].text.slice(0, -2));
  const mention = firm ? { ...found, name: `${found.name}${tokens[end].text.slice(-2)}`, organisation: true, roles: [] } : found;
  // "21st Century Fox", "20th Century Studios": an ordinal opens a firm's name, never a person's.
  if (mention && ORDINAL.test(tokens[start - 1]?.text ?? '')) return { ...mention, name: `${tokens[start - 1].text} ${mention.name}`, organisation: true };
  // "die Firma Holzner Bau", "der Autobauer Volta Motors": the German word for what kind of body it is is no part of its name.
  // Opening the sentence, the article is in the run.
  const article = GERMAN_DETERMINER.test(tokens[start].text.toLowerCase()) ? start : start - 1;
  const kind = article + 1;
  if (mention && from <= kind + 1 && kind < end && GERMAN_DETERMINER.test(tokens[article]?.text.toLowerCase() ?? '') && isGermanBodyKind(tokens[kind].text.toLowerCase())) {
    return { ...mention, name: joinWords(tokens.slice(kind + 1, end + 1)), organisation: true, roles: [] };
  }
  if (!mention || from === start || mention.organisation) return mention;
  // "der Anwalt Karl Bauer", "der Anwalt und Dissident Ayman Sheib ad-Din": the nouns before the name say what the
  // person is, and a later "sagt der Anwalt" is them.
  const joined = COORDINATORS.has(tokens[start - 1]?.text ?? '') && isCap(tokens[start - 2]) ? [tokens[start - 2]] : [];
  return { ...mention, roles: [...mention.roles, ...joined.map((t) => t.text.toLowerCase()), tokens[start].text.toLowerCase()] };
}

/** "TNO's report", "the IDF's statement", "a Tesco statement": whoever the name before a writing names issued it, and speaks through it. */
function issuerOfWriting(tokens: Token[], k: number): Slot | undefined {
  const word = tokens[k].text.toLowerCase();
  if (!(DOCUMENTS.has(word) || WRITINGS.has(word)) || !isCap(tokens[k - 1])) return undefined;
  const start = runStartingBefore(tokens, k - 1);
  // "a Tesco statement", "the Kremlin statement": a name before the writing, after its article, is whose it is too.
  if (!isPossessive(tokens[k - 1]) && !ENGLISH_ARTICLES.has(tokens[start - 1]?.text.toLowerCase() ?? '')) return undefined;
  const mention = start >= 0 ? nameOfRun(tokens.slice(start, k)) : undefined;
  return mention && { name: mention.name, titled: mention.titled || mention.organisation, atSentenceStart: start === 0 };
}

/** Spanish and Portuguese words for what a body or a person issues in writing ("el comunicado", "a nota", "el texto"). */
export const ROMANCE_WRITINGS = new Set(['comunicado', 'nota', 'texto', 'carta', 'informe', 'documento', 'relatório', 'escrito', ...FRENCH_WRITINGS]);
/** A word for something issued in writing, in English or a Romance language ("statement", "report", "communiqué", "comunicado"). */
export const isWriting = (word: string) => DOCUMENTS.has(word) || WRITINGS.has(word) || ROMANCE_WRITINGS.has(word);

/**
 * "diz o comunicado do STF", "añade la nota del Ministerio de Sanidad": a writing named by whose it is, at k after
 * its article; its issuer speaks through it, as "TNO's report" (issuerOfWriting) in English. "añade el texto": the
 * writing the text just spoke of, whoever issued it (resolveDocument).
 */
export function issuerAfterWriting(tokens: Token[], k: number): Slot | undefined {
  // Portuguese "a" is an article before the noun ("a nota"), which ARTICLES leaves out as the preposition it also is.
  // "dicta un comunicado del Departamento de Estado": a writing brought in here is one only by whose it is.
  const brought = isIndefinite(tokens[k]);
  if (tokens[k]?.text === 'a' || brought) k++;
  const word = tokens[k]?.text.toLowerCase() ?? '';
  if (!(isArticle(tokens[k - 1]) || tokens[k - 1]?.text === 'a' || brought) || !(ROMANCE_WRITINGS.has(word) || GERMAN_CZECH_WRITINGS.has(word))) return undefined;
  if (!ROLE_COMPLEMENT.has(tokens[k + 1]?.text ?? '')) return isCap(tokens[k + 1]) || brought ? undefined : { document: word };
  const start = isArticle(tokens[k + 2]) ? k + 3 : k + 2;
  const end = runEndingAfter(tokens, start);
  return end >= 0 ? bodyNamed(tokens, start, end) : undefined;
}

/** The body or person the run from start to end names, as whom a writing or a spokesperson speaks for. */
export function bodyNamed(tokens: Token[], start: number, end: number): Slot | undefined {
  const mention = nameOfRun(tokens.slice(start, end + 1));
  return mention && { name: mention.name, titled: true };
}

/** German "darin" (in it) and "in"/"im", Czech "v"/"ve", before a writing where words stand ("heißt es darin"). */
const IN_WRITING = new Set(['in', 'im', 'v', 've']);

/**
 * "heißt es darin", "heißt es in der Erklärung", "uvádí se v prohlášení": the writing at token k the words stand in,
 * whoever issued it speaking through it (resolveDocument). "darin" is the writing the text just spoke of.
 */
export function writingAt(tokens: Token[], k: number): Slot | undefined {
  if (tokens[k]?.text === 'darin') return { document: 'darin' };
  if (!IN_WRITING.has(tokens[k]?.text.toLowerCase() ?? '')) return undefined;
  const at = isArticle(tokens[k + 1]) || INDEFINITE_DE.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  const word = tokens[at]?.text.toLowerCase() ?? '';
  // "heißt es in einer Mitteilung der Nordbahn GmbH", "Im Bericht des Landesrechnungshofs heißt es": its issuer speaks.
  const genitive = tokens[at + 1]?.text ?? '';
  const end = GERMAN_CZECH_WRITINGS.has(word) && GERMAN_GENITIVE_ARTICLES.has(genitive) ? runEndingAfter(tokens, at + 2) : -1;
  const issuer = end > at ? nameOfRun(tokens.slice(at + 2, end + 1)) : undefined;
  if (issuer) {
    const name = nominativeAfter(genitive, issuer.name);
    const lower = name.toLowerCase();
    // "in einer Erklärung des Ministeriums": a body's bare word stands for the body the text named with it.
    return isBareOrganisationWord(lower) ? { role: lower } : { name, titled: true };
  }
  return GERMAN_CZECH_WRITINGS.has(word) && !isCap(tokens[at + 1]) && !ROLE_COMPLEMENT.has(tokens[at + 1]?.text ?? '') ? { document: word } : undefined;
}

/**
 * "…, peut-on lire dans le communiqué (du ministère)", "lit-on dans la note": the writing read in, after "on" at k - 1, speaks
 * the words; "peut-on lire dans Les Échos", "lit-on sur Mediapart": the publication, its article kept; "…, peut-on lire."
 * alone reads the writing the text just spoke of, whichever of its words it used (resolveDocument).
 */
export function writingReadIn(tokens: Token[], k: number): Slot | undefined {
  const at = tokens[k]?.text === 'lire' ? k + 1 : tokens[k - 2]?.text === 'lit' ? k : -1;
  if (at >= 0 && (!tokens[at] || !/\p{L}/u.test(tokens[at].text))) return { document: 'texte' };
  if (!['dans', 'sur'].includes(tokens[at]?.text ?? '')) return undefined;
  if (!isCap(tokens[at + 1])) return tokens[at].text === 'dans' ? issuerAfterWriting(tokens, at + 2) : undefined;
  const end = runEndingAfter(tokens, at + 1);
  const mention = nameOfRun(tokens.slice(at + 1, end + 1));
  const article = tokens[at + 1].text;
  return mention && { name: isArticle(tokens[at + 1]) && !mention.name.startsWith(article) ? `${article} ${mention.name}` : mention.name, titled: true };
}

/** A country's initials, qualifying a body as its nationality does ("the US military", "the U.K. government"). */
const NATION_INITIALS = new Set(['US', 'U.S.', 'UK', 'U.K.']);

/** How many words in lower case may stand between a nationality and the body it qualifies ("the German foreign ministry"). */
const NATIONAL_BODY_WORDS = 2;

/**
 * "the Swedish government", "the Indian army", "the German foreign ministry": a body named by the nation it serves, after
 * "the"; the phrase from the nationality (at `start`) to the organisation word, and where it ends.
 */
export function nationalBodyAt(tokens: Token[], start: number): { slot: Slot; end: number } | undefined {
  const nation = tokens[start] && (NATION_INITIALS.has(tokens[start].text) || nationalityOf(tokens[start].text.toLowerCase()));
  if (tokens[start - 1]?.text.toLowerCase() !== 'the' || !isCap(tokens[start]) || !nation) return undefined;
  for (let end = start + 1; end <= start + 1 + NATIONAL_BODY_WORDS && tokens[end] && isLower(tokens[end]); end++) {
    if (isOrganisationWord(tokens[end].text)) return { slot: { name: joinWords(tokens.slice(start, end + 1)), titled: true }, end };
  }
  return undefined;
}

/** German adjectives of a nation before a body ("die italienische Regierung", "der französischen Polizei"). */
const GERMAN_NATION_ADJECTIVE = /^(?:[a-zäöüß-]+i?sche|deutsche)[nrs]?$/u;

/**
 * "le gouvernement français", "el gobierno argentino", "o governo brasileiro", "die italienische Regierung": a body named
 * by its nation after an article, in the Romance order (the body's word in lower case, then the nation's adjective, and
 * no department after them) or the German one (the adjective, then the body's word); the body named so, its first
 * letter a capital.
 */
export function nationalBodyAfterArticle(tokens: Token[], article: number): { slot: Slot; end: number } | undefined {
  const [first, second] = [tokens[article + 1], tokens[article + 2]];
  if (!isArticle(tokens[article]) || ENGLISH_ARTICLES.has(tokens[article].text.toLowerCase()) || !first || !second || !isLower(first)) return undefined;
  const german = GERMAN_NATION_ADJECTIVE.test(first.text) && isCap(second) && isOrganisationWord(second.text.toLowerCase()) && isGerman(tokens);
  const romance = isLower(second) && isOrganisationWord(first.text) && isNationAdjective(second.text);
  // "le ministère russe de la Défense": a department after it is part of the name, read as such elsewhere.
  const next = tokens[article + 3];
  if (!german && !(romance && !isCap(next) && !ROLE_COMPLEMENT.has(next?.text ?? ''))) return undefined;
  return { slot: { name: bodyName([first, second]), titled: true }, end: article + 2 };
}

/** The body named by its nation whose phrase ends at token k ("…the Swedish government said", "le gouvernement français a déclaré", "die italienische Regierung erklärte"). */
function nationalBodyEndingAt(tokens: Token[], k: number): Slot | undefined {
  const afterArticle = nationalBodyAfterArticle(tokens, k - 2);
  if (afterArticle) return afterArticle.slot;
  if (!tokens[k] || !isLower(tokens[k]) || !isOrganisationWord(tokens[k].text)) return undefined;
  for (let start = k - 1; start >= Math.max(0, k - 1 - NATIONAL_BODY_WORDS); start--) {
    const body = nationalBodyAt(tokens, start);
    if (body?.end === k) return body.slot;
  }
  return undefined;
}

/** English words for the people working for one person, who speak for them as a spokesperson would. */
export const ENTOURAGES = new Set(['campaign', 'camp', 'office', 'team']);

/**
 * "Reid's campaign hit back", "the Reid campaign said", "Trump's office said in a statement": those working for a person
 * speak for them; the person, as for a spokesperson.
 */
export function entourageOf(tokens: Token[], k: number): Slot | undefined {
  if (!ENTOURAGES.has(tokens[k]?.text ?? '') || !isCap(tokens[k - 1])) return undefined;
  const start = runStartingBefore(tokens, k - 1);
  const mention = start >= 0 && (isPossessive(tokens[k - 1]) || isArticle(tokens[start - 1])) ? nameOfRun(tokens.slice(start, k)) : undefined;
  return mention && !mention.organisation ? { name: mention.name, titled: true } : undefined;
}

/** Prepositions saying where someone is from, after their name or the role naming them ("Lerato Dube from Durban", "die Senatorin aus Ohio"). */
export const ORIGIN_LINKS = new Set(['from', 'aus']);

/** The name, pronoun or role ending at token k (k included), skipping nothing. */
export function slotEndingAt(tokens: Token[], k: number): Slot {
  const t = tokens[k];
  if (!t) return { unnamed: true };
  if (PRONOUNS.has(t.text.toLowerCase())) return { pronoun: t.text.toLowerCase() };
  if (DOCUMENTS.has(t.text.toLowerCase()) && isArticle(tokens[k - 1])) return { document: t.text.toLowerCase() };
  const issuer = issuerOfWriting(tokens, k);
  if (issuer) return issuer;
  if (BODY_PRONOUNS.has(t.text)) return { body: t.text.toLowerCase() };
  const description = descriptionEndingAt(tokens, k);
  if (description) return description;
  const other = nationalBodyEndingAt(tokens, k) ?? organisationOfSpokesperson(tokens, k) ?? entourageOf(tokens, k) ?? roleAt(tokens, k) ?? roleWithComplementAt(tokens, k);
  if (other) return other;
  const body = bodyWordAt(tokens, k);
  if (body) return body;
  const start = runStartingBefore(tokens, k);
  // "La Portugaise a déclaré :", "El holandés dijo:": a word for where someone is from, opening the sentence after its article.
  const origin = start === k && start === 1 ? demonymAt(tokens, k) : undefined;
  if (origin) return origin;
  if (start < 0 || isGermanNoun(tokens, start, k)) return { unnamed: true };
  // "The senator from Ohio said", "Die Senatorin aus Ohio betonte": the place is where the one the role names is from.
  const from = ORIGIN_LINKS.has(tokens[start - 1]?.text ?? '') ? roleAt(tokens, start - 2) : undefined;
  if (from && 'role' in from) return from;
  // "an Iowa Republican predicted", "asked one Nevada Democrat", "A Colorado Democrat said": capitals brought in by an
  // indefinite article describe someone the text does not name (a spokesperson's body was read above).
  if (broughtInUnnamed(tokens, start)) return { unnamed: true };
  // "Von der Zeit befragte Experten nannten", "Odborníci označili": people no one named, capitalised as German nouns are,
  // or opening the sentence.
  if (start === k && UNNAMED_SOURCES.has(t.text.toLowerCase())) return { unnamed: true };
  const mention = mentionOfRun(tokens, start, k, isRoleWord(tokens[start - 1]));
  // "Der Minister sagte", "dijo el Ministro de Hacienda": a capitalized role with no name after it, or only its complement.
  const role = isRoleWord(t) ? t : isRoleWord(tokens[start]) ? tokens[start] : undefined;
  // "King said", with a capital and no article: perhaps the surname of someone named ("Martin Luther King Jr.").
  if (!mention) return role ? { role: role.text.toLowerCase(), ...(isCap(role) && !isArticle(tokens[start - 1]) ? { capitalised: true } : {}) } : { unnamed: true };
  return { name: mention.name, titled: mention.titled || mention.organisation, opensSentence: start === 0 && k === 0, atSentenceStart: start === 0, afterArticle: isArticle(tokens[start - 1]) };
}

/** How many words may describe the one an indefinite brings in, before the capital word saying what they are ("a senior Republican"). */
const DESCRIBING_WORDS = 2;

/** An English ordinal in figures ("21st", "3rd"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * True when the run of capitals at start is brought in by an indefinite article, before it ("an Iowa Republican",
 * "ein SPD-Politiker") or opening the sentence ("One Nevada Democrat", "A Colorado Democrat", "Ein Nutzer"): it describes
 * someone the text does not name. Capitalised, only the English and German ones ("Uma Thurman" is a name) and "A" only
 * in an English sentence (the Portuguese article of "A Petrobras afirmou").
 */
export function broughtInUnnamed(tokens: Token[], start: number): boolean {
  const english = (t: Token) => bringsInSomeone(t.text.toLowerCase());
  // "a senior Republican said", "one veteran Democrat": a word for a party or a nation after the article and a word or
  // two describing the one it brings in; not a name there ("a visibly angry Cole said").
  let described = start - 1;
  while (described >= start - DESCRIBING_WORDS && tokens[described] && isAdjective(tokens[described]) && !english(tokens[described])) described--;
  const descriptor = runEndingAfter(tokens, start) === start && CAPITALISED_DESCRIPTORS.has(tokens[start].text.toLowerCase());
  if (descriptor && described < start - 1 && tokens[described] && english(tokens[described]) && isEnglish(tokens)) return true;
  const at = start === 0 ? 0 : start - 1;
  const article = tokens[at];
  if (!article || !(english(article) || isIndefinite(article))) return false;
  // "Le preguntaron a Max Verstappen", "afirmou a Embraer": "a" is also the Romance preposition and article.
  if (article.text.toLowerCase() === 'a' && !isEnglish(tokens)) return false;
  if (at === start - 1 && isLower(article)) return true;
  return at === 0 && isCap(tokens[1]) && (english(article) || INDEFINITE_DE.test(article.text.toLowerCase()));
}

/** Bodies named by what they are and whose ("le ministère de la Défense", "la préfecture de Paris"); not a team or a party. */
const DEPARTMENT_HEADS = new Set(
  'ministère ministry ministerio ministério préfecture parquet présidence direction département agence commission conseil tribunal cour secrétariat department agency office bureau'.split(' '),
);

/**
 * True when the word at token k after a role may tell which holder ("président russe", "chef du gouvernement
 * britannique"); not the head of a phrase of its own ("le président lors d’un discours").
 */
export const isQualifierAt = (tokens: Token[], k: number) =>
  !!tokens[k] && isAdjective(tokens[k]) && !POSSESSOR_BEFORE.has(tokens[k + 1]?.text.toLowerCase() ?? '');

/**
 * The office a French periphrasis starting at token k stands for ("chef de l’État" → président), when no name
 * follows it ("le Premier ministre François Bayrou" is a role and a name, read as such). An adjective after it
 * may tell which holder ("le chef du gouvernement britannique"), as after any role.
 */
export function officeAt(tokens: Token[], k: number): { role: string; qualified?: string } | undefined {
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
export const joinWords = (tokens: Token[]) => tokens.map((t, i) => (i && !/['’]$/.test(tokens[i - 1].text) ? ' ' : '') + t.text).join('');

/**
 * "ministère de la Santé", "ministerio de Exteriores de Egipto" from token k to `end`: a word for a body in lower case and
 * its department, named as one body is ("Ministère de la Santé").
 */
export const bodyWithDepartment = (tokens: Token[], k: number, end: number) => bodyName(tokens.slice(k, end + 1));

/** A body's name from its words as written, its first letter a capital ("gouvernement français" → "Gouvernement français"). */
export const bodyName = (tokens: Token[]) => {
  const name = joinWords(tokens);
  return `${name[0].toUpperCase()}${name.slice(1)}`;
};

/**
 * "le ministère russe de la Défense", "la préfecture de police de Paris": an organisation word in lower case, perhaps an
 * adjective, and its department in capitals: one organisation, named so (the words up to the department's end).
 */
export function organisationWithDepartment(tokens: Token[], k: number): Slot | undefined {
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
export function roleOfDepartment(tokens: Token[], start: number, end: number): Slot | undefined {
  let j = start - 1;
  while (j >= 0 && isArticle(tokens[j])) j--;
  // "Der Sprecher der Bahn sagte", "Schwab, Schulleiterin der MS Egger-Lienz sagte": the German genitive needs no
  // preposition, and the department may take more than one word when no given name in it begins a name.
  const genitive = j >= 0 && j < start - 1 && GERMAN_GENITIVE_ARTICLES.has(tokens[j + 1].text) && isRoleWord(tokens[j]);
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
/** Relative pronouns that are the subject of their clause ("Blanik, die … berichtete:", "Smith, who later testified:"). */
const SUBJECT_RELATIVES = new Set(['der', 'die', 'who', 'qui']);

/**
 * "Blanik, die ansonsten von einem ruhigen Vormittag berichtete:": a cue closing a relative clause
 * (its verb last, as German puts it) has for subject the name before the relative pronoun.
 */
export function relativeClauseSubject(tokens: Token[], v: number): Slot | undefined {
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
export function expansionBefore(tokens: Token[], open: number, acronym: string): number {
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
export function acronymOfPhrase(tokens: Token[], open: number): string | undefined {
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
export const isGivenName = (t: Token | undefined) => !!t && GIVEN_NAME_GENDER.has(t.text.toLowerCase());

/** Prepositions that make the name after them a possessor ("l'entourage de Jean Dupont"), when a lower-case word precedes. */
export const POSSESSOR_BEFORE = new Set(['de', 'du', 'des', "d'", 'd’', 'del', 'da', 'do', 'of', 'von', 'vom']);

/** A German noun that is a woman's by itself: "-in" ("die Schülerin"), or a word that is one ("die Mutter", "Frau"). */
export const isGermanFeminineNoun = (word: string) => /in$/.test(word) || [...GERMAN_FEMININE_NOUNS].some((f) => word.endsWith(f));

/**
 * "so der Klimaforscher", "erzählt die Schülerin", "sagte der erfahrene Richter", "Der Unternehmer sagt:": a German
 * noun for a person (GERMAN_PERSON_NOUN) at token n after "der" or "die", perhaps past an adjective, and no name after
 * it: someone the text named, of the article's gender, as an epithet. "sagen die Forscher" (several, as "die" without
 * "-in" tells) and "sagt der Insider" (an unnamed source) are no one named; "der Sprecher" speaks for a body, read as a role.
 */
export function germanDescriptionAt(tokens: Token[], n: number): Slot | undefined {
  const noun = tokens[n];
  const before = tokens[n - 1];
  const adjective = before && isLower(before) && /e$/.test(before.text) && !isArticle(before);
  const article = tokens[adjective ? n - 2 : n - 1]?.text.toLowerCase();
  if (!noun || (article !== 'der' && article !== 'die') || !isCap(noun) || nameFollows(tokens, n)) return undefined;
  const word = noun.text.toLowerCase();
  if (UNNAMED_SOURCES.has(word)) return { unnamed: true };
  if (!GERMAN_PERSON_NOUN.test(word) || GERMAN_NOT_PERSON_ENDING.test(word) || SPOKES.has(word) || isOrganisationWord(word)) return undefined;
  // "die Schülerin", "die Mutter", "die Abgeordnete" are one woman; "der Ärztin" is no subject.
  const feminine = isGermanFeminineNoun(word) || (article === 'die' && /(?:te|de|ige)$/.test(word));
  if (article === 'die' && !feminine) return { unnamed: true };
  if (article === 'der' && feminine) return undefined;
  // "sagte die Mutter des Opfers": someone's kin, not a description of whoever the text named.
  if (GERMAN_KIN.has(word) && (GERMAN_GENITIVE_ARTICLES.has(tokens[n + 1]?.text ?? '') || tokens[n + 1]?.text === 'von')) return { unnamed: true };
  return { role: word, gender: article === 'die' ? 'f' : 'm', epithet: true };
}
/** What brings in the owner of a speech noun in Spanish and Portuguese: "la respuesta del portavoz", "o recado do técnico". */
export const ROMANCE_OWNER_LINKS = new Set(['de', 'del', 'do', 'da']);
