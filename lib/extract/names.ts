/**
 * Names in running text: which capitalized runs are people (or organisations)
 * and how a later mention ("Rubio", "Mr. Reeves", "Te Kaurinui") refers back to
 * the full name given earlier ("Secretary of State Marco Rubio").
 */
import {
  ARTICLES, GERMAN_DAYS, GERMAN_MONTHS, GERMAN_SOURCE_NOUNS, GIVEN_NAME_GENDER, SPEECH_NOUNS, GIVEN_NAMES_OF_EITHER, POST_NOMINALS, isEpithet, isGermanScientist, HONORIFIC_GENDER, NOT_NAMES, ORGANISATION, ORGANISATION_SUFFIX, PREPOSITIONS, PRONOUN_GENDER, ROLE_COMPLEMENT, ROLE_SUFFIX, ROLES, TITLE_ABBREVIATIONS, type Gender,
} from './lexicon';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A French subject pronoun the tokenizer split from its verb ("dit-elle", "a-t-il"): the verb and it are an incise. */
  inverted?: true;
  /** A Romance or German article written with a capital after English "the" ("the Los Angeles Times"): it opens a name. */
  opensName?: true;
}

const INVERTED_PRONOUN = /-(?:t-)?(il|elle|ils|elles|on)$/u;
/** French elision of the article or preposition before a word: "l’Élysée", "d’Edouard Philippe", "l'agence" are two words. */
const ELISION = /^([ldLD][’'])(?=\p{L})/u;
// An ampersand between words joins a firm's or a show's name ("Allen & Company", "Fox & Friends").
const TOKEN = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.\-]*|[,;:()\u2014\u2013]|(?<= )&(?= )/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    // A full stop ends the word unless the word is an abbreviation or an initial (Mr., U.S., J.).
    let word = m[0];
    if (word.endsWith('.') && !isAbbreviation(word)) word = word.replace(/\.+$/, '');
    let start = offset + m.index;
    const elided = ELISION.exec(word);
    if (elided) {
      tokens.push({ text: elided[1].toLowerCase(), start, end: start + 2 });
      word = word.slice(2);
      start += 2;
    }
    // French inversion: "a-t-il déclaré", "dit-elle" are a verb and a pronoun.
    const inverted = INVERTED_PRONOUN.exec(word);
    if (inverted) {
      const verb = word.slice(0, inverted.index);
      tokens.push({ text: verb, start, end: start + verb.length });
      tokens.push({ text: inverted[1], start: start + word.length - inverted[1].length, end: start + word.length, inverted: true });
      continue;
    }
    const opensName = FOREIGN_ARTICLES.has(word) && tokens.at(-1)?.text.toLowerCase() === 'the';
    tokens.push({ text: word, start, end: start + word.length, ...(opensName ? { opensName } : {}) });
  }
  return tokens;
}

/**
 * The Spanish, French and German articles of the lexicon's ARTICLES, as written opening a name ("Los Angeles", "Le Monde",
 * "El Paso", "Die Zeit"); not the Portuguese "O", "Os", "As", which after "the" are English words or letters.
 */
const FOREIGN_ARTICLES = new Set(['Los', 'Las', 'El', 'La', 'Le', 'Les', 'Der', 'Die', 'Das']);

/** Initials ("U.S.", "J.") and short forms other than titles that a full stop follows without ending the sentence. */
const SHORT_FORM = /^(?:\p{Lu}\.)+$|^(?:\p{Lu}\.){1,3}\p{Lu}\.?$|^(?:Sr|Jr|St|No|vs|Inc|Co|Corp|Ltd|Mt|Ft|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.$/u;
/** A title of TITLE_ABBREVIATIONS with its full stop, capitalised or in lower case ("Supt.", "MUDr.", "doc."). */
const TITLE_ABBREVIATION = new RegExp(`^(?:${[...TITLE_ABBREVIATIONS].join('|')})\\.$`, 'iu');
/** Whether a word ending in a full stop is an initial or a short form, whose stop ends no sentence. */
export const isAbbreviation = (word: string) => SHORT_FORM.test(word) || TITLE_ABBREVIATION.test(word);

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'von', 'van', 'der', 'den', 'de', "d'", 'd’', 'da', 'di', 'do', 'du', 'del', 'della', 'la', 'le', 'dos', 'das', 'ter', 'ten', 'zu', 'of', '&']);

/** A party or body's short name joined to a noun ("AfD-Spitzenkandidat", "SPD-Politikerin", "CDU-Kontrahenten"). */
const PARTY_EPITHET = /^\p{Lu}[\p{Lu}\p{Ll}]{1,5}-\p{Lu}\p{Ll}{3,}$/u;
/** One whose short name is an acronym ("ATU-Organisator", "SPD-Chef"): no given name has that shape, so it is an epithet before a surname alone too. */
const ACRONYM_EPITHET = /^\p{Lu}{2,5}-\p{Lu}\p{Ll}{3,}$/u;

/**
 * A compound for a person that no given name can be, an epithet before a surname alone too: one naming a body by its
 * acronym ("ATU-Organisator"), one ending in a role after a hyphen ("Usyk-Promoter", "Kawasaki-Präsident"), a long one
 * ending as words for people do ("Parteienrechtler").
 */
function isCompoundEpithet(word: string): boolean {
  return ACRONYM_EPITHET.test(word) || (HYPHENATED_NOUN.test(word) && isRole(word.slice(word.lastIndexOf('-') + 1).toLowerCase())) || isGermanPersonCompound(word);
}

/**
 * A long compound for a person ("Parteienrechtler", "Oberstleutnant", "Verfassungsrichterin"): no given name is that long
 * and ends so. Not the endings of "Department", "Manchester", "Committee", which name no one.
 */
const isGermanPersonCompound = (word: string) => PERSON_COMPOUND.test(word) && !GIVEN_NAME_GENDER.has(word.toLowerCase());
const PERSON_COMPOUND = /^\p{Lu}\p{Ll}{5,}(?:ler|ner|nant|ist|erin|istin|antin)$/u;
const HYPHENATED_NOUN = /^\p{Lu}\p{L}+-\p{Lu}\p{Ll}{3,}$/u;

/** German abstract nouns ("Einschätzung", "Sicherheit", "Wissenschaft"): no given name ends like them. */
export const GERMAN_ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ung|heit|keit|schaft)$/u;

/** Particles that are also articles: part of a name only after another particle ("von der Leyen", "de la Fuente"). */
const ARTICLE_PARTICLES = new Set(['der', 'den', 'das', 'la', 'le']);
/** The Arabic article, written apart ("Bashar al Asad"), is also the Spanish "al" (to the) and "el" (the). */
const ARABIC_ARTICLES = new Set(['al', 'el']);

/**
 * True when the particles from `from` to `to` are only the Arabic article and a given name and a surname end at `k`:
 * "llegó Mario Marcel al Congreso" is a whole name and a place, "Bashar al Asad" one name.
 */
function contractionAfterName(tokens: Token[], from: number, to: number, k: number): boolean {
  return tokens.slice(from, to + 1).every((t) => ARABIC_ARTICLES.has(t.text)) && isCapitalized(tokens[k]) && !!tokens[k - 1] && GIVEN_NAME_GENDER.has(folded(tokens[k - 1]));
}

/**
 * True when the particles from `from` on open with German "zu" and an article: "Müller zu den Arbeitsmarktzahlen" is a
 * name and what it speaks about, "Karl-Theodor zu Guttenberg" one name.
 */
const prepositionAndArticle = (tokens: Token[], from: number): boolean => tokens[from]?.text === 'zu' && ARTICLE_PARTICLES.has(tokens[from + 1]?.text ?? '');

/**
 * Whether the particles between the capitalised words at `before` and `after` join them into one name ("Ursula von der
 * Leyen"). Not an article alone after a name, only after "von", "van", "de" ("erklärt Nadeschdin der DW", to DW); not
 * Portuguese "do" unless after a given name or before a surname ("Maria do Carmo Pires"), for it is also the Czech
 * preposition ("přestup Declana Rice do Manchesteru") and the English verb.
 */
function particlesJoin(tokens: Token[], before: number, after: number): boolean {
  if (before < 0 || after >= tokens.length || after <= before + 1 || !isCapitalized(tokens[before]) || !isCapitalized(tokens[after])) return false;
  const single = after === before + 2 ? tokens[before + 1].text : undefined;
  if (single && ARTICLE_PARTICLES.has(single) && !PARTICLES.has(folded(tokens[before]))) return false;
  if (single === 'do' && !GIVEN_NAME_GENDER.has(folded(tokens[before])) && !isCapitalized(tokens[after + 1])) return false;
  // "sagte Tom Krause zu Anna Berger", "verkündet Liebe zu Ennesto Monté": German "zu" before a given name, or after a
  // word with none in it, is the preposition, not a noble's particle ("Karl-Theodor zu Guttenberg").
  if (single === 'zu' && (GIVEN_NAME_GENDER.has(folded(tokens[after])) || !hasGivenNamePart(tokens[before].text))) return false;
  return !contractionAfterName(tokens, before + 1, after - 1, before) && !prepositionAndArticle(tokens, before + 1);
}

export const PRONOUNS: ReadonlySet<string> = new Set(PRONOUN_GENDER.keys());
/** Pronouns a sentence opens with, of a gender or none; not "Il", which is also a Korean name's part ("Kim Il Sung") and the Italian article. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS, 'they', 'we', 'you', 'wir', 'ich'].filter((word) => word !== 'il'));

/** Parts of a hyphenated rank that are no title alone ("major" is an adjective, "vice" a noun, "-designate" says who will hold it). */
const RANK_PARTS = new Set(['major', 'vice', 'rear', 'brig', 'lt', 'designate', 'elect', 'co']);
/** A rank written with a hyphen, each part a title ("major-gen", "lt-col", "vice-admiral", "co-founder"). */
const isHyphenatedRank = (word: string) =>
  word.includes('-') && word.split('-').every((part) => part && (ROLES.has(part) || ROLES.has(`${part}.`) || RANK_PARTS.has(part)));
/** A word of a role or title, listed or by its form; a former holder names the role as much ("l’ex-ministre", "ex-président"). */
export const isRole = (word: string): boolean =>
  ROLES.has(word) || isEpithet(word) || ROLE_SUFFIX.test(word) || isGermanScientist(word) || (word.startsWith('ex-') && isRole(word.slice(3))) || isHyphenatedRank(word) || isViceRole(word);

/** "vicepresidenta", "viceministro", "vice-président", "Vizepräsidentin": a deputy to a role is a role of its own. */
const VICE = /^vi[cz]e-?(?=\p{L}{4})/u;
export const isViceRole = (word: string) => VICE.test(word) && ROLES.has(word.replace(VICE, ''));
export const isOrganisationWord = (word: string) => ORGANISATION.has(word) || ORGANISATION_SUFFIX.test(word);
/** A body's bare word, its organisation ending alone ("ministerium", "amt"): it stands for a body the text named with it. */
export const isBareOrganisationWord = (word: string) => ORGANISATION_SUFFIX.exec(word)?.[0] === word;

/** Words for a feature of the earth or a town ending a name ("Arctic Ocean", "Gaza Strip", "Brooklyn Bridge"): a place's, never a person's. */
const PLACE_FEATURES = new Set('ocean sea river mountains hills island islands peninsula gulf strait strip canal desert valley coast airport avenue boulevard street bridge square heights hemisphere city'.split(' '));
/** Words opening the names of places in English, Spanish and Portuguese ("South Africa", "New Delhi", "San Diego", "St. Louis"), never a person's. */
const PLACE_OPENERS = new Set('north south east west northern southern eastern western new san santa são los las fort cape port saint st. mount lake united'.split(' '));
export const isPlaceName = (name: string) => {
  const words = name.toLowerCase().split(' ');
  return PLACE_FEATURES.has(words.at(-1)!) || (words.length > 1 && PLACE_OPENERS.has(words[0]));
};

/** "Laith al-Balaous", "Ayman Sheib ad-Din", "Abdel Fattah el-Sisi": the Arabic article joined to a name is written in lower case. */
const ARABIC_ARTICLE_NAME = /^(?:al|el|ad|ed|ud|ul|ar|as|ash|at|az|an|ath)-\p{Lu}/u;
/** A word written as a name is: with a capital, or an Arabic article joined to one. */
export const isCapitalized = (t: Token | undefined): boolean => !!t && (/^\p{Lu}/u.test(t.text) || ARABIC_ARTICLE_NAME.test(t.text));
const folded = (t: Token) => t.text.toLowerCase();

/**
 * "hat GROOVE-Autorin Charlotte Elsen Tobias Trommer getroffen": a given name after a given name and one other word,
 * with a surname after it, opens a second person's name; the two are one run of capitals, not one person.
 */
const opensSecondName = (tokens: Token[], k: number) =>
  GIVEN_NAME_GENDER.has(folded(tokens[k])) && !GIVEN_NAME_GENDER.has(folded(tokens[k - 1])) && isCapitalized(tokens[k - 1]) && GIVEN_NAME_GENDER.has(tokens[k - 2] ? folded(tokens[k - 2]) : '') &&
  // "Luiz Inácio Lula da Silva" is one name: a second person's given name has its surname right after it.
  isCapitalized(tokens[k + 1]);

/** Start index of the capitalized run (a name with its titles) that ends at token `end`, or -1. */
export function runStartingBefore(tokens: Token[], end: number): number {
  if (end < 0 || !isCapitalized(tokens[end])) return -1;
  let start = end;
  while (start > 0 && !opensSecondName(tokens, start)) {
    const prev = tokens[start - 1];
    if (isCapitalized(prev) && (!NOT_NAMES.has(folded(prev)) || prev.opensName)) {
      start--;
      continue;
    }
    // Particles join the name only between capitalized words: "Ursula von der Leyen".
    let p = start - 1;
    while (p >= 0 && PARTICLES.has(tokens[p].text)) p--;
    // "Office for National Statistics": an institution's name goes on after "for" and "and" (linksInstitution).
    const institution = INSTITUTION_LINKS.has(prev.text) ? runStartingBefore(tokens, start - 2) : -1;
    if (particlesJoin(tokens, p, start)) start = p;
    else if (institution >= 0 && linksInstitution(tokens, institution, start - 2)) start = institution;
    else break;
  }
  return start;
}

/** Words joining the halves of compounds that share their end ("Bildungs- und Sportdirektor", "Gesundheits-, Sozial- oder Integrationsdirektor"). */
const SUSPENSION_JOINS = new Set(['und', 'oder', 'bzw.', 'sowie', 'and', 'or', 'et', 'ou', 'y', 'e']);

/** Words heading an institution's name, which "for" and "and" may go on ("Centers for Disease Control and Prevention"). */
const INSTITUTION_HEADS = new Set(
  'center centre centers centres institute institutes department office bureau agency council commission ministry foundation society association committee board coalition fund administration authority service services'.split(' '),
);
/** Links that go on an institution's name in English, besides PARTICLES ("Office for National Statistics", "Department of Health and Human Services"). */
const INSTITUTION_LINKS = new Set(['for', 'and']);

/**
 * True when the run of capitals from start to end names an institution whose name goes on after "for" or "and" at end + 1,
 * with a capitalised word that is no given name nor a possessive ("Centers for Disease Control and Prevention", not "the
 * Ministry of Defence and John Smith", "the Department of Justice and Trump’s lawyers").
 */
function linksInstitution(tokens: Token[], start: number, end: number): boolean {
  const link = tokens[end + 1]?.text ?? '';
  const next = tokens[end + 2];
  if (!INSTITUTION_LINKS.has(link) || !isCapitalized(next) || GIVEN_NAME_GENDER.has(folded(next!)) || /['’]s$/u.test(next!.text)) return false;
  return tokens.slice(start, end + 1).some((t) => INSTITUTION_HEADS.has(folded(t)));
}

/** End index (inclusive) of the capitalized run starting at token `start`, or -1. */
export function runEndingAfter(tokens: Token[], start: number): number {
  if (start >= tokens.length || !isCapitalized(tokens[start])) return -1;
  let end = start;
  while (end + 1 < tokens.length) {
    if (isCapitalized(tokens[end + 1])) {
      if (end + 1 - start >= 2 && opensSecondName(tokens, end + 1)) break;
      // "in the U.S. He said": a sentence the abbreviation's stop did not end; a pronoun is in no name.
      if (SUBJECT_PRONOUNS.has(tokens[end + 1].text.toLowerCase())) break;
      end++;
      continue;
    }
    // "Bildungs-, Kultur- und Sportdirektor Peter Frei": a word cut before its hyphen goes on in the compound after it.
    let joined = end + 1;
    while (tokens[end].text.endsWith('-') && tokens[joined] && (tokens[joined].text === ',' || SUSPENSION_JOINS.has(tokens[joined].text))) joined++;
    if (joined > end + 1 && isCapitalized(tokens[joined])) {
      end = joined;
      continue;
    }
    let p = end + 1;
    while (p < tokens.length && PARTICLES.has(tokens[p].text)) p++;
    if (particlesJoin(tokens, end, p)) end = p;
    else if (linksInstitution(tokens, start, end)) end += 2;
    else break;
  }
  return end;
}

/** Each run of capitalised words in `tokens` (see runEndingAfter), first to last: where it starts and ends. */
export function* runsIn(tokens: Token[]): Generator<[start: number, end: number]> {
  for (let i = 0; i < tokens.length; i++) {
    const end = runEndingAfter(tokens, i);
    if (end < 0) continue;
    yield [i, end];
    i = end;
  }
}

/**
 * Where the name starts in the capitalized run tokens[start..end]: after a preposition, a
 * capitalized word followed by a given name is the place the words went, not part of the name
 * ("na Twitter Jana Nováková" is Jana Nováková, on Twitter).
 */
export function nameStartAfterPreposition(tokens: Token[], start: number, end: number): number {
  // "à l’AFP Jean Dupont": past the article after the preposition.
  const placed = ARTICLES.has(tokens[start - 1]?.text.toLowerCase() ?? '') && PREPOSITIONS.has(tokens[start - 2]?.text ?? '');
  const preposition = placed ? tokens[start - 2] : tokens[start - 1];
  // "le directeur adjoint du Village Augustin Tran Van Chau": after "du", "de", "of" too.
  // Not a title ("clashed with Mayor Tom Hale"): that is the person's; nor a given name ("with Martin Luther King Jr."),
  // the first of two.
  if (preposition && (PREPOSITIONS.has(preposition.text) || COMPLEMENTS.has(preposition.text)) && end - start >= 2 && GIVEN_NAME_GENDER.has(folded(tokens[start + 1])) && !isRole(folded(tokens[start])) && !GIVEN_NAME_GENDER.has(folded(tokens[start]))) return start + 1;
  return nameAfterBody(tokens, start, end) ?? start;
}

/**
 * "El juez del Tribunal Supremo Ángel Hurtado", "o presidente do Senado Federal Rodrigo Pacheco": after "del", "do", a
 * body of several words with an organisation word, then a known given name and a surname: where the person's name
 * starts. Not when a name follows in an appositive ("de la Fundación Juan March, Ana Gil"): that one holds the role.
 */
function nameAfterBody(tokens: Token[], start: number, end: number): number | undefined {
  const complement = tokens[start - 1] && ARTICLES.has(folded(tokens[start - 1])) ? tokens[start - 2] : tokens[start - 1];
  if (!complement || !BODY_COMPLEMENTS.has(complement.text) || (tokens[end + 1]?.text === ',' && tokens[end + 2] && isCapitalized(tokens[end + 2]))) return undefined;
  const given = tokens.findIndex((t, k) => k > start + 1 && k < end && GIVEN_NAME_GENDER.has(folded(t)));
  return given > 0 && tokens.slice(start, given).some((t) => isOrganisationWord(folded(t))) ? given : undefined;
}

/** Prepositions joining a role to where it is held ("directeur du Village", "mayor of Houston"). */
const COMPLEMENTS = new Set(['de', 'du', 'des', 'of', 'del']);

/** Prepositions joining a role to the body it is held in, with the Portuguese contractions ("presidente do Senado"). */
const BODY_COMPLEMENTS = new Set([...COMPLEMENTS, 'do', 'da', 'dos', 'das']);

export interface NameMention {
  /** The name as written, without leading titles ("Marco Rubio", "Reeves"). */
  name: string;
  /** True when a title or role preceded the name: it is a person. */
  titled: boolean;
  organisation: boolean;
  /** Gender told by an honorific ("Mrs.", "M.", "Frau"), if any. */
  gender?: Gender;
  /** The role words given with the name ("mayor", "ministre"), lower-cased. */
  roles: string[];
}

/**
 * Where "von der Universität Hamburg", "von der Bahn", "von Creative Commons Österreich" begins in a run: a person's
 * affiliation, not part of the name, when an organisation word or more than one word follows the particle (and its
 * article), or a surname stands before it ("Harald Weber von der Charité"). A surname after "von" or "von der" is one
 * word and follows given names only: "Ursula von der Leyen", "Johann Wolfgang von Goethe" keep theirs.
 */
function affiliationAt(words: string[]): number {
  const surnameBefore = (i: number) => i > 1 && !GIVEN_NAME_GENDER.has(words[i - 1].toLowerCase());
  const after = (i: number) => (ARTICLE_PARTICLES.has(words[i + 1] ?? '') ? i + 2 : i + 1);
  // "Die Reaktion von Bürgermeister Stefan Ott": a role or a given name after "von" alone opens a person's name.
  const personAfter = (i: number) => after(i) === i + 1 && (isRole((words[i + 1] ?? '').toLowerCase()) || GIVEN_NAME_GENDER.has((words[i + 1] ?? '').toLowerCase()));
  const at = words.findIndex(
    (w, i) => i > 0 && w === 'von' && !personAfter(i) && (words.length - after(i) > 1 || surnameBefore(i) || words.slice(after(i)).some((o) => isOrganisationWord(o.toLowerCase()))),
  );
  return at < 0 ? words.length : at;
}

/** Words that tell which of a family's generations a person is, after their surname ("Jr.", "III"). */
const GENERATIONS = new Set(['jr', 'jr.', 'sr.', 'ii', 'iii', 'iv', 'filho', 'júnior', 'junior']);

/** A full name's words without the generation that ends it. */
export const withoutGeneration = (parts: string[]) => (parts.length > 2 && GENERATIONS.has(parts[parts.length - 1].toLowerCase()) ? parts.slice(0, -1) : parts);

/** A name's words joined as written: no space after an elided particle ("Giscard d’Estaing"). */
const joinName = (words: string[]) => words.map((w, i) => (i && !(/['’]$/.test(words[i - 1]) && !PLURAL_POSSESSIVE.test(words[i - 1])) ? ' ' : '') + w).join('');

/** The possessive ending of a name: "TNO's", "the Conservatives’" (a plural's, its apostrophe alone), German "Merz’", "Strauß’". */
export const POSSESSIVE_ENDING = /[’']s$|(?<=\p{Ll}[sßz])[’']$/u;
/** An English plural's possessive: "Chiefs’", "Citizens'". */
const PLURAL_POSSESSIVE = /(?<=\p{Ll}s)[’']$/u;
/** The possessive of an English plural not ending in s, which names no one: "the People’s Daily", "the Women’s Equality Party". */
const IRREGULAR_PLURAL_POSSESSIVE = /^(?:People|Women|Children|Men)[’']s$/u;

/** English indefinites opening a sentence, before capitals that then describe someone unnamed ("An Iowa Republican said"). */
const BRINGING_IN_UNNAMED = new Set(['An', 'One', 'Another']);

/** A word in capitals only, as acronyms are written ("MEC", "RN", "CDU"). */
export const ACRONYM_WORD = /^\p{Lu}{2,5}$/u;
/** The ending of an English noun for what someone does ("planner", "co-owner", "strategist", "consultant"). */
export const TRADE_NOUN_ENDING = /\p{Ll}(?:er|or|ist|ant|ent)$/u;
/** Such a noun capitalised ("Planner", "Co-Owner"): a title before a name. */
export const isTradeTitle = (word: string) => /^\p{Lu}[\p{L}-]*$/u.test(word) && TRADE_NOUN_ENDING.test(word);

/** An English participle, capitalised as it opens a sentence ("Hearing", "Asking"), with a stem of three letters or more. */
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}{2,}ing$/u;

/** German words that make a time of a month, a day or a period after them ("Mitte November", "Vergangene Woche", "Letzten Montag"). */
const GERMAN_TIME_QUALIFIER = /^(?:anfang|mitte|ende|vergangene[nrs]?|letzte[nrs]?|nächste[nrs]?|kommende[nrs]?|diese[nrs]?|vorige[nrs]?|jede[nrs]?)$/u;
/** German periods a time is counted in ("Diese Woche", "Nächstes Jahr"); none is a name alone. */
const GERMAN_PERIODS = new Set(['woche', 'wochenende', 'monat', 'jahr', 'nacht']);
/** German times of a day ("Dienstagabend", "Sonntagmorgen"). */
const GERMAN_DAY_TIME = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(?:abend|morgen|mittag|vormittag|nachmittag|nacht)$/u;
/**
 * "Mitte November wird sie das Amt übernehmen", "Vergangene Woche warnte Kern": a German time opening a sentence, as
 * its verb puts the subject after it; a person's name never ends in a period of time after such a word.
 */
function isGermanTime(words: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1] ?? '';
  const period = GERMAN_PERIODS.has(last) || GERMAN_DAY_TIME.test(last);
  if (lower.length === 1) return period;
  return lower.length === 2 && GERMAN_TIME_QUALIFIER.test(lower[0]) && (period || GERMAN_MONTHS.has(last) || GERMAN_DAYS.has(last));
}

/** Capitalised last words of bodies' names that are common words in lower case, so not in ORGANISATION (see nameOfRun). */
const BODY_NAME_ENDINGS = new Set(['international', 'internacional', 'watch', 'reserve', 'crescent', 'yard']);

/** Whether a word joined with hyphens holds a known given name ("Hans-Peter", not "CDU-Chef"). */
const hasGivenNamePart = (word: string) => word.toLowerCase().split('-').some((part) => GIVEN_NAME_GENDER.has(part));

/** An honorific written as one letter ("M.", Monsieur) right after a word of a name and before another is that name's initial. */
const isMiddleInitial = (words: string[], k: number) =>
  k > 0 && k < words.length - 1 && /^\p{Lu}\.$/u.test(words[k]) && !isTitleWord(words[k - 1]) && !NOT_NAMES.has(words[k - 1].toLowerCase());

/** Titles of saints, which open the names of places and bodies ("São Paulo", "San José", "Sankt Gallen"), not people's. */
export const SAINTS: ReadonlySet<string> = new Set(['são', 'san', 'santa', 'santo', 'saint', 'sainte', 'sankt']);

/** A surname's German genitive ("Bergers", "Krauses"); not a given name ending in s ("Thomas", "Klaus"). */
const isGermanGenitive = (word: string) => /\p{Ll}{2}s$/u.test(word) && !/ss$/.test(word) && !GIVEN_NAME_GENDER.has(word.toLowerCase());

/** The person or organisation a capitalized run names, or undefined when it is only a title ("the President"). */

export function nameOfRun(run: Token[], roleBefore = false): NameMention | undefined {
  // "the BBC's Jon Sopel": a name ends at a possessive; whoever follows it is someone else.
  // "the National Police Chiefs’ Council", "Citizens’ Independent Transportation Trust", "the People’s Daily": a
  // plural's possessive inside a body's name is part of it.
  const inName = (t: Token, k: number) =>
    k < run.length - 1 && ((PLURAL_POSSESSIVE.test(t.text) && isOrganisationWord(folded(run[run.length - 1]))) || IRREGULAR_PLURAL_POSSESSIVE.test(t.text));
  const possessive = run.findLastIndex((t, k) => POSSESSIVE_ENDING.test(t.text) && !inName(t, k));
  if (possessive >= 0 && possessive < run.length - 1) run = run.slice(possessive + 1);
  let words = run.map((t, k) => (k === run.length - 1 || !(PLURAL_POSSESSIVE.test(t.text) || IRREGULAR_PLURAL_POSSESSIVE.test(t.text)) ? t.text.replace(POSSESSIVE_ENDING, '') : t.text));
  // "der Berner Gesundheits-, Sozial- und Integrationsdirektor": a word cut before its hyphen is half of a noun.
  const cut = words.findLastIndex((w) => w.endsWith('-'));
  if (cut >= 0) words = words.slice(cut + 1);
  while (words.length && NOT_NAMES.has(words[0].toLowerCase()) && !run[run.length - words.length].opensName) {
    // "An Iowa Republican", "One Nevada Democrat", "Another Democrat": capitals brought in by an English indefinite
    // describe someone unnamed. ("A" may be the Portuguese article: "A Petrobras afirmou".)
    if (BRINGING_IN_UNNAMED.has(words[0]) && words.length > 1) return undefined;
    words = words.slice(1);
  }
  if (isGermanTime(words)) return undefined;
  // "Nach Angaben von Tom Krause", "Aus Sicht von Krause": the noun of a phrase meaning "according to" is no part of the
  // source's name, nor its "von" a particle.
  if (words.length > 2 && GERMAN_SOURCE_NOUNS.has(words[0].toLowerCase()) && ['von', 'vom'].includes(words[1])) words = words.slice(2);
  // "Anna Bergers Antwort", "Tom Krauses Fazit": a German genitive before a word for what was said names its owner.
  else if (words.length > 1 && SPEECH_NOUNS.has(words[words.length - 1].toLowerCase()) && isGermanGenitive(words[words.length - 2])) words = [...words.slice(0, -2), words[words.length - 2].slice(0, -1)];
  // "Die Antwort von Anna Berger", "das Fazit von Tom Krause": a German noun, not a given name, before "von" and a full
  // name is what that person said or did; "Ursula von der Leyen", "Otto von Bismarck" open with a given name.
  else if (words.length > 3 && words[1] === 'von' && !GIVEN_NAME_GENDER.has(words[0].toLowerCase()) && GIVEN_NAME_GENDER.has(words[2].toLowerCase())) words = words.slice(2);
  // "Hearing Cooper Kupp describe it, …": a participle opening its phrase is no part of the full name after it.
  if (words.length > 2 && OPENING_PARTICIPLE.test(words[0]) && !GIVEN_NAME_GENDER.has(words[0].toLowerCase())) words = words.slice(1);
  // "AfD-Spitzenkandidat Björn Höcke", "CDU-Kontrahenten Mario Voigt": a German epithet naming a party is a role.
  const epithets: string[] = [];
  // "Jean-Yves Le Drian": a French given name joined with a hyphen has the same shape.
  // "Hans-Peter von Stein", "Hans-Peter M. Krüger": given names joined with a hyphen have the shape of a party's epithet.
  while (words.length > 1 && (isCompoundEpithet(words[0]) || (words.length > 2 && PARTY_EPITHET.test(words[0]) && !hasGivenNamePart(words[0]))) && !GIVEN_NAME_GENDER.has(words[0].toLowerCase())) epithets.push(words.shift()!.toLowerCase());
  words = words.slice(0, affiliationAt(words));
  // "Keir Starmer MP", "Afrasiab Anwar MBE": letters after the name say what the person is or was given; "MP" is a role.
  // Not after one word: "the Conservative MP" names a party and an office, no one.
  while (words.length > 2 && POST_NOMINALS.has(words[words.length - 1].toLowerCase())) {
    const letters = words.pop()!.toLowerCase();
    if (isRole(letters)) epithets.push(letters);
  }
  // "David Watt of Rosenberg Research & Associates Inc.": a given name and a surname before "of" are a person, wherever
  // they work, though the run ends in a firm's name.
  // "CEO Mary Barra of General Motors": so are they after their title.
  const of = words.indexOf('of');
  const untitledFrom = words.findIndex((w) => !isRole(w.toLowerCase()));
  if (untitledFrom >= 0 && of >= untitledFrom + 2 && GIVEN_NAME_GENDER.has(words[untitledFrom].toLowerCase()) && !words.slice(untitledFrom, of).some((w) => isOrganisationWord(w.toLowerCase()) || isRole(w.toLowerCase()))) words = words.slice(0, of);
  // "napsal na sociální síti X.", "wrote on X": a lone letter is a platform or an initial, no one's name.
  if (!words.length || (words.length === 1 && /^\p{Lu}\.?$/u.test(words[0]))) return undefined;
  // "Martin Luther King Jr.", "Robert Kennedy III": the generation after a surname is no name, and no role word before
  // it ("King") is a title; it stays with the name it ends.
  const generation = words.length > 1 && GENERATIONS.has(words[words.length - 1].toLowerCase()) ? words.pop() : undefined;
  const whole = (list: string[]) => joinName(generation ? [...list, generation] : list);
  // "Eva M. Welskop-Deffaa": "M." after a name and before a surname is an initial, not the French "Monsieur".
  const lower = words.map((w, k) => (isMiddleInitial(words, k) ? w : w.toLowerCase()));
  // "Steve King", "Carole King", "Bruno Le Maire": a role word right after a known given name, or its particle, is a surname.
  const particle = PARTICLES.has(lower[lower.length - 2] ?? '') ? 1 : 0;
  const surnamed = lower.length > 1 + particle && isRole(lower[lower.length - 1]) && GIVEN_NAME_GENDER.has(lower[lower.length - 2 - particle]);
  const lastRole = lower.findLastIndex((w, i) => isRole(w) && !(surnamed && i === lower.length - 1));
  const lastOrg = lower.findLastIndex(isOrganisationWord);
  // "Amnesty International", "Human Rights Watch", "Federal Reserve": a body's last word that is no word for a body in
  // lower case, after a word that is no given name. Not "Cross": too many people bear it ("Shannon Cross").
  const bodyEnding = lower.length > 1 && BODY_NAME_ENDINGS.has(lower[lower.length - 1]) && !GIVEN_NAME_GENDER.has(lower[0]);
  // "Fox & Friends", "Scott & Scott": names joined by an ampersand are a firm's or a show's, never a person's.
  // "São Paulo", "San José", "Santa Clara": a saint's title and a given name open a place's name, or a body's.
  const saintly = lastRole < 0 && lower.length > 1 && SAINTS.has(lower[0]);
  if (lastOrg > lastRole || (lastRole < 0 && (words.includes('&') || bodyEnding)) || saintly) return { name: whole(words), titled: false, organisation: true, roles: [] };
  // "Ministry of Defence", "Department of Justice", "Ministry of Foreign Affairs": an organisation word whose complement
  // is only role words, or words of no person (no known given name, no role after the first), names the body.
  const bodyOf = lastOrg >= 0 && lower[lastOrg + 1] === 'of' ? lastOrg + 1 : -1;
  const complement = lower.slice(bodyOf + 1);
  const ofNoPerson = complement.every(isRole) || (!complement.some((w) => GIVEN_NAME_GENDER.has(w)) && !complement.slice(1).some(isRole));
  if (bodyOf > 0 && bodyOf < lower.length - 1 && ofNoPerson) return { name: whole(words), titled: false, organisation: true, roles: [] };
  const honorific = lower.find((w) => HONORIFIC_GENDER.has(w));
  let name = words.slice(lastRole + 1).filter((_, k) => !HONORIFIC_GENDER.has(lower[lastRole + 1 + k]));
  // "le Président de la République", "el Ministro de Hacienda": a role's complement is no name; a person after it is
  // ("el Ministro de Hacienda Mario Marcel").
  if (lastRole >= 0 && ROLE_COMPLEMENT.has(lower[lastRole + 1] ?? '')) {
    const given = name.findIndex((w) => GIVEN_NAME_GENDER.has(w.toLowerCase()));
    if (given < 0) return undefined;
    name = name.slice(given);
  }
  // "Jamie Werner of Ngātiwai": what follows "of" says where a person is from.
  if (name.includes('of')) name = name.slice(0, name.indexOf('of'));
  while (name.length && PARTICLES.has(name[0])) name.shift();
  // "Einschätzung von Experten": a German abstract noun opens the run, where a person's given name would stand; alone
  // ("die „D-Day“-Formulierung") it is no one either, unless it ends like a body ("Staatsanwaltschaft").
  if (name.length > 1 ? GERMAN_ABSTRACT_NOUN.test(name[0]) : GERMAN_ABSTRACT_NOUN.test(name[0] ?? '') && !name[0].endsWith('schaft')) return undefined;
  // "Beraterin Lisa Moor", "Pilot Jonas Wendt": a word before a known given name and a surname is a title the lexicon
  // lacks; so are words ending in an acronym ("Gauteng MEC Jacob Mamabolo") or in a noun for someone's trade ("Estera
  // Events Lead Planner Erica Vanco") or in a German compound for a person ("Hales Wahlkampfmanagerin Ann Cole"), but not
  // "Te Kaurinui Robert Parata".
  const given = name.findIndex((w) => GIVEN_NAME_GENDER.has(w.toLowerCase()));
  // With no given name the list knows, a noun for a trade before the last two words ends a title that a role or another
  // word opened ("Head Planner Oscar Villeneuve", "Lead Designer Tomas Reyes"); a given name of that shape ("Victor",
  // "Walter") is in the list, and a German noun alone opening the run ("Mitarbeiter zu Hause") is none.
  const tradeAt = given < 0 ? name.findLastIndex((w, k) => k <= name.length - 3 && isTradeTitle(w)) : -1;
  const trade = tradeAt >= 1 || lastRole >= 0 ? tradeAt : -1;
  const nameStart = trade >= 0 ? trade + 1 : given;
  const untitled = trade >= 0 || (given >= 1 && given < name.length - 1 && (given === 1 || ACRONYM_WORD.test(name[given - 1]) || isTradeTitle(name[given - 1]) || isCompoundEpithet(name[given - 1])));
  // It is their role all the same: a later "sagte die Beraterin", "řekl útočník" is them.
  if (untitled) epithets.push(...name.splice(0, nameStart).map((w) => w.toLowerCase()));
  if (!name.length || name.every((w) => NOT_NAMES.has(w.toLowerCase()))) return undefined;
  // A given name tells the gender only with a surname after it: a lone "Jordan" may be a surname. One borne by women
  // and men alike ("Cameron Forbes… she") tells none.
  const gender = honorific ? HONORIFIC_GENDER.get(honorific) : name.length > 1 ? givenNameGender(name[0]) : undefined;
  const roles = [...epithets, ...lower.slice(0, lastRole + 1).filter((w) => isRole(w) && !HONORIFIC_GENDER.has(w))];
  return { name: whole(name), titled: roleBefore || lastRole >= 0 || epithets.length > 0 || untitled, organisation: false, ...(gender ? { gender } : {}), roles };
}

/** The gender a given name tells: none for one women and men both bear ("Cameron") or one the list lacks. */
export const givenNameGender = (given: string): Gender | undefined => {
  const name = given.toLowerCase();
  if (GIVEN_NAMES_OF_EITHER.has(name)) return undefined;
  // "Anne-Claire", "Jean-Marie", "Marie-José": a given name joined with a hyphen has the gender of its first part.
  const first = name.split('-')[0];
  return GIVEN_NAME_GENDER.get(name) ?? (first !== name && !GIVEN_NAMES_OF_EITHER.has(first) ? GIVEN_NAME_GENDER.get(first) : undefined);
};

/** Words of a title or role ("president", "mr", "former"): they come with a name but do not tell people apart. */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return isRole(w) || ROLES.has(`${w}.`) || HONORIFIC_GENDER.has(w) || w === 'of' || w === 'the';
}

/** True when the lowercase word before a name is a role ("envoy Steve Witkoff", "ranger Jamie Werner"). */
export function isRoleWord(token: Token | undefined): boolean {
  return !!token && isRole(folded(token));
}

/**
 * Full names in the order the text introduces them, so that a later mention by
 * surname (or by the first words of the name) resolves to the first person
 * introduced with it, the way newspapers use a bare surname.
 */
export class NameRegistry {
  private readonly full: string[] = [];
  /** Acronyms the text gives for a name ("STF" for "Supremo Tribunal Federal"), with that name. */
  private readonly acronyms = new Map<string, string>();
  /** Full names the text calls by their first word (see callByFirstWord). */
  private readonly byFirstWord = new Set<string>();

  /** `declines`: the text is in a language that declines names (Czech): "Marc Durand" is no case of "Marie Durand" in French. */
  constructor(private readonly declines = true) {}

  register(name: string): void {
    if (name.split(' ').length < 2 || this.full.includes(name)) return;
    // "Zbyňka Stanjury" after "Zbyněk Stanjura" is the same person in another grammatical case.
    if (this.declined(name).length || this.gluedTo(name)) return;
    this.full.push(name);
  }

  /**
   * "Fahmi" after "Communications Minister Fahmi Fadzil", where the text never writes "Fadzil" alone: a text that calls
   * someone by the first word of their name alone, only after naming them in full, and never by the last word, calls them
   * by their given name, one the lexicon may lack; not "Israel" before "Israel Katz". `firstSeen`: each name the text
   * writes, with where it first does.
   */
  callByFirstWord(firstSeen: ReadonlyMap<string, number>): void {
    const lastWords = new Set(this.full.map((full) => full.split(' ').at(-1)!));
    for (const full of this.full) {
      const parts = full.split(' ');
      const alone = firstSeen.get(parts[0]);
      const introduced = firstSeen.get(full);
      if (alone !== undefined && introduced !== undefined && alone > introduced && !firstSeen.has(parts.at(-1)!) && !lastWords.has(parts[0])) this.byFirstWord.add(full);
    }
  }

  /** "el Supremo Tribunal Federal (STF)": the acronym stands for the name wherever the text uses it. */
  abbreviate(acronym: string, name: string): void {
    if (!this.acronyms.has(acronym)) this.acronyms.set(acronym, name);
  }

  /** The full name a mention refers to, and whether more than one person fits. */
  resolve(mention: string): { name: string; ambiguous: boolean } {
    const spelled = this.acronyms.get(mention);
    if (spelled) return { name: spelled, ambiguous: false };
    const words = mention.split(' ');
    const fits = this.full.filter((full) => {
      // "Hollis" after "James Hollis Jr.": the surname is the word before the generation.
      const parts = withoutGeneration(full.split(' '));
      if (parts.length < words.length) return false;
      const suffix = parts.slice(parts.length - words.length).join(' ') === mention;
      const prefix = words.length >= 2 && parts.slice(0, words.length).join(' ') === mention;
      // "Marlaska" after "Fernando Grande-Marlaska": one part of a compound surname, as Spanish news shortens it.
      const compound = words.length === 1 && parts.length >= 2 && parts[parts.length - 1].split('-').slice(1).includes(mention);
      return suffix || prefix || compound;
    });
    if (!fits.length && words.length === 1) {
      // "Yoon" after "Yoon Suk Yeol", "Lee" after "Lee Jae-myung": the family name that East Asian names put first;
      // "Sarah" after "Sarah Gille": a given name, as features call people after their first mention.
      const given = GIVEN_NAME_GENDER.has(mention.toLowerCase());
      const first = this.full.filter((full) => full.startsWith(`${mention} `) && (given || isFamilyFirst(full) || this.byFirstWord.has(full)));
      if (first.length) return { name: first[0], ambiguous: first.length > 1 };
    }
    const glued = fits.length ? undefined : this.gluedTo(mention);
    if (glued) return { name: glued, ambiguous: false };
    if (!fits.length) {
      const declined = this.declined(mention);
      return declined.length ? { name: declined[0], ambiguous: new Set(declined).size > 1 } : { name: mention, ambiguous: false };
    }
    // "Te Kaurinui Robert" introduced in a caption and "Te Kaurinui Robert Parata" later are one person.
    const fullest = fits.reduce((best, f) => (f.startsWith(`${best} `) ? f : best), fits[0]);
    return { name: fullest, ambiguous: new Set(fits.filter((f) => !fullest.startsWith(f))).size > 0 && words.length === 1 };
  }

  /**
   * "Daily Mail Lacerda" after "Marina Lacerda": words the text glued before a surname (a masthead, a place, a title the
   * lexicon lacks) with no given name among them, where one person of the text was named with a given name and that
   * surname; that person's full name. Not one word before the surname: it may be a given name the lexicon lacks ("Brian
   * Gianforte" is not "Greg Gianforte").
   */
  private gluedTo(mention: string): string | undefined {
    const words = mention.split(' ');
    const surname = words[words.length - 1];
    if (words.length < 3 || words.some((w) => GIVEN_NAME_GENDER.has(w.toLowerCase()))) return undefined;
    const named = this.full.filter((full) => {
      const parts = full.split(' ');
      return parts.length >= 2 && parts[parts.length - 1] === surname && GIVEN_NAME_GENDER.has(parts[0].toLowerCase());
    });
    return named.length === 1 ? named[0] : undefined;
  }

  /**
   * Full names the mention is a declined form of, in languages that decline names (Czech
   * "podle Fialy", "Babišovi" for Fiala, Babiš): the surname's stem is the same, and a given
   * name, if any, begins alike.
   */
  private declined(mention: string): string[] {
    if (!this.declines) return [];
    const words = mention.split(' ');
    const surname = caseStem(words[words.length - 1]);
    if (surname.length < 3) return [];
    return this.full.filter((full) => {
      const parts = full.split(' ');
      if (full === mention || caseStem(parts[parts.length - 1]) !== surname) return false;
      return words.length === 1 || parts[0].slice(0, 3) === words[0].slice(0, 3);
    });
  }
}

/**
 * Romanised Korean and Chinese family names, which such names put first ("Yoon Suk Yeol", "Xi Jinping");
 * words that also open English sentences or other names (Oh, Hong, Sun, Song) are left out.
 */
const FAMILY_NAMES_FIRST = new Set(
  'Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Han Seo Shin Kwon Hwang Ahn Yoo Jeon Moon Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Zhu Hu Guo Lin Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Dong Pan Yuan Cai Jiang Cheng Wei'.split(' '),
);
/** A Korean given name as English news spells it: two syllables joined by a hyphen ("Jae-myung", "Dong-hoon"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** True when a full name puts the family name first: a known one, or a hyphenated Korean given name after it. */
function isFamilyFirst(full: string): boolean {
  const parts = full.split(' ');
  return parts.length <= 3 && (FAMILY_NAMES_FIRST.has(parts[0]) || HYPHENATED_GIVEN.test(parts[1] ?? ''));
}

/** Letters only Czech writes: a text with them declines names ("přestupu Declana Rice"). */
export const DECLINING_LETTERS = /[ěřůťďň]/u;
/** A given name ending in a consonant and the -a of the genitive or accusative ("Declana", "Petra"). */
const DECLINED_GIVEN = /[^aeiouyáéíóúůýě]a$/u;
/** Czech women's surnames end in -á (Nováková, Kvitová): a woman's -a given name stays as it is. */
const FEMININE_SURNAME = /á$/u;

/** A man's given name with the mobile e of its nominative lost in the other cases ("Zbyňk-a", "Zdeňk-a" for Zbyněk, Zdeněk). */
const LOST_MOBILE_E = /([ňďť])k$/u;
const HARDENED: Record<string, string> = { ň: 'n', ď: 'd', ť: 't' };
/** The same after a hard consonant ("Karl-a", "Pavl-a", "Mark-a", "Radk-a" for Karel, Pavel, Marek, Radek). */
const LOST_HARD_MOBILE_E = /([rv])([lk])$|(d)(k)$/u;
/** A man's surname ending in a consonant, in the genitive or accusative ("Dvořáka", "Nováka": Dvořák, Novák). */
const GENITIVE_CONSONANT_SURNAME = /([^aeiouyáéíóúůýě])a$/u;
/** A name of the -a declension in the genitive: a surname ("Stanjury", "Fialy": Stanjura, Fiala) or a woman's given name ("Jany", "Pavly"). */
const GENITIVE_A_NAME = /[^aeiouyáéíóúůýě]y$/u;
/** A man's surname of an adjective's form in the genitive or accusative ("Lipavského", "Černého", "Krejčího"). */
const ADJECTIVAL_GENITIVE = /([éí])ho$/u;
/** A woman's name in the genitive, dative or locative ("Pavly Mendlové", "Terezy Hrtúsové", "Jany Malé"). */
const FEMININE_OBLIQUE = /é$/u;

/**
 * The nominative of a full name met in another case in a Czech text: for a man, the -a of the genitive
 * or accusative dropped from the given name, its mobile e put back ("přestupu Declana Rice" is Declan Rice,
 * "ministra Zbyňka Stanjury" Zbyněk Stanjura), unless the surname or the given name says a woman
 * ("Jana Nováková", "Anna Rice"), and the -a of a surname ending in a consonant ("Karla Dvořáka" is Karel Dvořák); for a
 * woman, -é back to -á and -y to -a ("Pavly Mendlové" is Pavla Mendlová, "Jany Malé" Jana Malá).
 */
export function nominativeOfDeclined(name: string): string {
  const words = name.split(' ');
  const given = words[0];
  const surname = words[words.length - 1];
  if (words.length < 2) return name;
  // "Jany Malé" is Jana Malá; "Tomáš Klusé", with no woman's given name in the genitive beside it, is no woman's.
  if (FEMININE_OBLIQUE.test(surname) && (/ové$/u.test(surname) || GENITIVE_A_NAME.test(given))) return [given.replace(/y$/u, 'a'), ...words.slice(1, -1), surname.replace(FEMININE_OBLIQUE, 'á')].join(' ');
  // "Jana Lipavského" is Jan Lipavský, "Jiřího Černého" Jiří Černý: a man's surname of an adjective's form, in the genitive.
  const adjectival = ADJECTIVAL_GENITIVE.exec(surname);
  if (adjectival && (DECLINED_GIVEN.test(given) || /ího$/u.test(given))) {
    const stem = /ího$/u.test(given) ? given.slice(0, -2) : nominativeOfGiven(given);
    return [stem, ...words.slice(1, -1), `${surname.slice(0, adjectival.index)}${adjectival[1] === 'é' ? 'ý' : 'í'}`].join(' ');
  }
  // "Petra Nováka" is Petr Novák: a woman's surname would end in -á.
  const man = GENITIVE_CONSONANT_SURNAME.test(surname) && GIVEN_NAME_GENDER.get(given.slice(0, -1).toLowerCase()) === 'm';
  if (!DECLINED_GIVEN.test(given) || FEMININE_SURNAME.test(surname) || (GIVEN_NAME_GENDER.get(given.toLowerCase()) === 'f' && !man)) return name;
  const stem = nominativeOfGiven(given);
  // "Petra Pavla" is Petr Pavel: a surname loses its mobile e as a given name does.
  const nominative = GENITIVE_A_NAME.test(surname) ? surname.replace(/y$/u, 'a') : GENITIVE_CONSONANT_SURNAME.test(surname) ? nominativeOfGiven(surname) : surname;
  return [stem, ...words.slice(1, -1), nominative].join(' ');
}

/**
 * A man's given name or surname in the genitive or accusative, back in the nominative: its -a dropped, its mobile e put
 * back ("Zbyňka", "Pavla" for Zbyněk, Pavel).
 */
const nominativeOfGiven = (given: string) =>
  given
    .slice(0, -1)
    .replace(LOST_MOBILE_E, (_, soft: string) => `${HARDENED[soft]}ěk`)
    .replace(LOST_HARD_MOBILE_E, (_, r?: string, lk?: string, d?: string, k?: string) => `${r ?? d}e${lk ?? k}`);

/** A name without the case ending Slavic languages add to it ("Fialy", "Babišovi", "Stanjurou", "Malé" → Fial, Babiš, Stanjur, Mal). */
function caseStem(word: string): string {
  return word.replace(/(?:ovi|ového|ové|ová|ou|em|ům|ým|ého|ému|ího|a|á|é|y|ý|e|ě|i|u)$/u, '');
}
