/**
 * What the text tells about those it names, read once per text (names, genders, roles,
 * organisations: the Context), and who acts in a sentence, which pronouns and continuations
 * look back to.
 */
import { ACCORDING, ARTICLES, AUXILIARIES, CZECH_DEMONYMS, CZECH_PERSON_NOUN, isDescriptor, type Gender, GERMAN_PERSON_NOUN, GERMAN_STRONG_PAST, GIVEN_NAME_GENDER, OFFICE_PHRASES, POSSESSIVE_GENDER, PREPOSITIONS, ROLE_COMPLEMENT, SPOKES, UNNAMED_SOURCES } from '../lexicon';
import { DECLINING_LETTERS, givenNameGender, isOrganisationWord, isPlaceName, isRoleWord, NameRegistry, nameStartAfterPreposition, nominativeOfDeclined, PRONOUNS, runEndingAfter, runsIn, type Token, tokenize } from '../names';
import { type Span } from '../sentences';
import { CONJUNCTIONS, COORDINATORS, ENGLISH_ARTICLES, ENGLISH_INDEFINITE, GERMAN_CONTRACTIONS, GERMAN_DETERMINER, INDEFINITE, IBERIAN_PRETERITE, isAdjective, isAdverb, isAnyVerb, isArticle, isCap, isCue, isEnglish, isGerman, isLower, isMasked, isOpeningPreposition, isVerbLike, LINKS, POSSESSIVE_DETERMINERS } from './words';
import { CREDIT_OPENERS } from './cues';
import { articleGender, bodyWithDepartment, epithetWithComplement, expansionBefore, isAcronym, isBodyWord, isFeminineA, isGermanFeminineNoun, isGroupOfPeople, joinWords, mentionOfRun, nationalityOf, qualifiesRole } from './roles';
import { AGENTS, CZECH_PAST, czechRoleOfGenitive, GERMAN_AGE, GERMAN_RELATIVE_PRONOUNS, isActing, isGermanObject, OBJECT_RELATIVES, REFLEXIVE_AUXILIARY, ROLE_BEFORE_REACH } from './slots';
import { inViewOf } from './cue-after';
import { speechActAt } from './cue-before';

/** A user name of a forum or a social network, written in lower case with digits ("elmo666", "jayk1984"). */
const HANDLE = /^\p{Ll}+\d{2,}$/u;

export interface Context {
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
  /** Of those, the ones given the role word with what it is of ("el presidente de la Asamblea, Ernesto Castro"), not alone ("el presidente Nayib Bukele"). */
  complementedRoles: Map<string, Set<string>>;
  /** Organisation names in the text ("Environment Agency"), each with where the text first names it. */
  organisations: Map<string, number>;
  /** Organisations the text introduced by what they are ("le groupe Michelin": "groupe" → Michelin). */
  introducedAs: Map<string, Set<string>>;
  /** Words the text writes in lower case: a sentence-initial capital on one of them is no name ("Officials said"). */
  lowerWords: Set<string>;
  /** Each sentence's tokens, read once here for every later look back at a sentence. */
  sentenceTokens: Token[][];
}

/** True when a verb follows token k, perhaps past adverbs and auxiliaries ("Tesco has been…", "Lind later said"). */
function verbFollows(tokens: Token[], k: number): boolean {
  let v = k + 1;
  while (tokens[v] && isAdverb(tokens[v]) && !AUXILIARIES.has(tokens[v].text)) v++;
  return !!tokens[v] && isVerbLike(tokens[v]);
}

/** The organisations the text names whose names `name` opens ("Microsoft" for "Microsoft Corp"). */
export const organisationsOpenedBy = (ctx: Context, name: string): string[] => [...ctx.organisations.keys()].filter((organisation) => organisation.startsWith(`${name} `));

/** True when `name` is an organisation the text names, or the first words of one. */
const namesOrganisation = (ctx: Context, name: string): boolean => ctx.organisations.has(name) || organisationsOpenedBy(ctx, name).length > 0;

/** An article or a role in lower case, which may open a name ("el Dr. Prieto", "the Rev. Jones", "der Bürgermeister Ott"). */
const opensName = (t: Token | undefined) => !!t && isLower(t) && (isArticle(t) || isRoleWord(t));

/** Past the articles and lower-case roles from token k on. */
export const pastArticlesAndRoles = (tokens: Token[], k: number) => {
  while (opensName(tokens[k])) k++;
  return k;
};

/**
 * "and" between two names ("Smith and Jones met"), not between two verbs ("Fetter married John Gille and moved"), with
 * perhaps an article or a role opening the second name ("Ana Ruiz y el Dr. Xul Prieto", "Smith and the Rev. Jones").
 */
const joinsNameAfter = (tokens: Token[], k: number) => COORDINATORS.has(tokens[k]?.text ?? '') && isCap(tokens[pastArticlesAndRoles(tokens, k + 1)]);

/** The coordinator joining the run of capitals at token `start` to a name before it, or -1. */
const coordinatorBefore = (tokens: Token[], start: number): number => {
  let k = start - 1;
  while (k > 0 && opensName(tokens[k])) k--;
  return COORDINATORS.has(tokens[k]?.text ?? '') && isCap(tokens[k - 1]) ? k : -1;
};

/**
 * The people a sentence shows doing something, first to last. `together`: the first two of them are
 * joined by "and" ("Smith and Jones met"), so a pronoun after it could be either, unless its
 * gender tells them apart. `unsure`: someone there may be a person the text does not know as
 * one: a single capitalised word doing something ("ScreamMyName has been pushing…", "Tesco has…"),
 * a name introduced with an appositive ("Enter Stuart R. Kaplan, a graduate of…"), a user name.
 */
export function actorsIn(tokens: Token[], ctx: Context): { actors: string[]; together: boolean; unsure: boolean; description?: { word: string; definite: boolean } } {
  const actors: string[] = [];
  let together = false;
  let unsure = false;
  // "Para el economista José Gómez, la subida llegó tarde": the sentence gives his view, as if he said it.
  const view = inViewOf(tokens);
  const viewHolder = view && 'name' in view ? view.name : undefined;
  let objectJoined = false;
  for (const [i, end] of runsIn(tokens)) {
    const mention = mentionOfRun(tokens, i, end, isRoleWord(tokens[i - 1]));
    // Only names already known as people count here, so any verb form will do ("Mr Obama lands").
    const acting = isActing(tokens, i, end, isAnyVerb) || isSubjectAfterFrontedPhrase(tokens, i);
    // "Maria Lopez (52) und Tom Hale (60)": past an age in parentheses after the name.
    const after = tokens[end + 1]?.text === '(' && tokens[end + 3]?.text === ')' ? end + 3 : end;
    const joiner = coordinatorBefore(tokens, i);
    const coordinated = joiner >= 0 || joinsNameAfter(tokens, after + 1);
    // A single word after a preposition or an article is a place or a thing ("in Spain is…", "the US legalised…"), and
    // after a German determiner a noun ("In einem Interview hat der Mann berichtet").
    const afterDeterminer = isArticle(tokens[i - 1]) || (GERMAN_DETERMINER.test(tokens[i - 1]?.text ?? '') && isGerman(tokens));
    // "Marie Laurent, maire de Nantes, a voté": nor after the word joining a complement to a lower-case noun.
    const complement = ROLE_COMPLEMENT.has(tokens[i - 1]?.text ?? '') && !!tokens[i - 2] && isLower(tokens[i - 2]);
    // "Boehner said Republicans would…": a group of people is no one a singular pronoun may mean.
    const lone = end === i && !LINKS.has(tokens[i - 1]?.text ?? '') && !complement && !afterDeterminer && !ctx.lowerWords.has(tokens[i].text.toLowerCase()) && !UNNAMED_SOURCES.has(tokens[i].text.toLowerCase()) && !isGroupOfPeople(tokens[i].text);
    // "conferido a Silveira", "adotadas entre Pacheco e o STF": the object of a preposition does nothing ("by" and "por" bring an agent).
    // "figures like Marcus Garvey and Malcolm X": so does the name joined to one, and one after a word of likeness or inclusion.
    const before = tokens[i - 1]?.text ?? '';
    const object: boolean = objectJoined || (PREPOSITIONS.has(before) && !AGENTS.has(before) && !isArticle(tokens[i - 1])) || OBJECT_OPENERS.has(before.toLowerCase()) || opensWithObject(tokens, i, end) || isGermanObject(tokens, i);
    objectJoined = object && joinsNameAfter(tokens, end + 1);
    // "Stuart Kaplan, a graduate of…", "…was Gopaul Govender, who was appointed…": someone introduced with an appositive
    // or a relative clause is who the next sentences are about.
    // "su apoyo a Sandra Quiñónez, a quien…" is the Spanish preposition before a relative: she is its object, not introduced.
    // "Marie Laurent, maire de Nantes, a voté": a place completing a noun introduces no one, whatever follows its comma.
    const introduced = tokens[end + 1]?.text === ',' && INTRODUCING_A_NAME.has(tokens[end + 2]?.text ?? '') && !OBJECT_RELATIVES.has(tokens[end + 3]?.text ?? '') && !complement;
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
      // "The decision to leave Pakistan was his": a lone word after an infinitive is its object, not the verb's subject.
      const infinitiveObject = !!tokens[start - 1] && isLower(tokens[start - 1]) && tokens[start - 2]?.text === 'to';
      // "am alten Mietshauskomplex, der die Renate beherbergt": one German word the text does not know as a person's, with
      // a relative clause after it, is a noun like any other.
      const germanNoun = end === start && GERMAN_RELATIVE_PRONOUNS.has(tokens[end + 2]?.text ?? '');
      // "Na terça-feira, em Lisboa, a ministra …": a place after a preposition introduces no one, though an article follows its comma.
      unsure ||= (lone && !reported && !infinitiveObject && !full.includes(' ') && verbFollows(tokens, start)) || (introduced && !germanNoun && !object);
      // "Yolanda Díaz e Ione Belarra comparecieron": a full name joined to the person opening the sentence does the same
      // thing, though the text does not know it as a person's; a pronoun after it may mean either.
      if (together && actors.length === 1 && full.includes(' ') && joiner >= 0) actors.push(full);
      continue;
    }
    // Only a pair that opens the people of the sentence is its subject ("Lira disse que… com Fux, Pacheco e Bolsonaro" is Lira's).
    together ||= coordinated && !object && actors.length === 0;
    // "Kylian Mbappé y Antoine Griezmann cenaron…": a full name paired before a person's, though the text does not know it
    // as a person's, may be the one meant.
    unsure ||= joiner >= 0 && !object && actors.length === 0 && isCap(tokens[joiner - 2]);
    if (((acting || coordinated) && !object) || introduced || mention.name === viewHolder) actors.push(full);
  }
  // A user name in lower case with digits ("elmo666, the other user, kept…") is someone too.
  unsure ||= tokens.some((t, k) => HANDLE.test(t.text) && !LINKS.has(tokens[k - 1]?.text ?? ''));
  unsure ||= tokens.some((_, k) => describesSomeoneActing(tokens, k));
  // "The teacher added that Leanne Lucas, 35, …": the one a description names, speaking; whom it is, if the text gave
  // that word to one person, else someone a pronoun after it may mean.
  const described = describedSpeaker(tokens);
  const holders = described ? ctx.roles.get(described.word) : undefined;
  if (holders?.size === 1) actors.unshift(...holders);
  else unsure ||= !!described;
  return { actors, together, unsure, ...(described && holders?.size !== 1 ? { description: described } : {}) };
}

/** How many words may stand between a description opening the sentence and its verb of saying ("The woman, who…, said"). */
const DESCRIBED_SPEAKER_REACH = 12;

/**
 * "The teacher added that…", "A woman at the vigil said…", "The woman, who wanted to remain anonymous, called…": an English
 * sentence opening with an article and a noun for a person, whose verb of saying follows before any name; that noun.
 */
function describedSpeaker(tokens: Token[]): { word: string; definite: boolean } | undefined {
  const at = ['and', 'but'].includes(tokens[0]?.text.toLowerCase() ?? '') ? 1 : 0;
  const noun = tokens[at + 1];
  const article = tokens[at]?.text.toLowerCase() ?? '';
  if (!['the', 'a', 'an'].includes(article) || !noun || !isLower(noun)) return undefined;
  const word = noun.text;
  if (!(isDescriptor(word) || isRoleWord(noun))) return undefined;
  const verb = tokens.slice(at + 2, at + 2 + DESCRIBED_SPEAKER_REACH).findIndex((t) => isCue(t) || isCap(t));
  return verb >= 0 && isCue(tokens[at + 2 + verb]) ? { word, definite: article === 'the' } : undefined;
}

/**
 * English words that make the names after them what a sentence speaks of, not who acts ("figures like X", "including
 * X", "What Page was doing was “…,” he said").
 */
const OBJECT_OPENERS = new Set(['like', 'including', 'against', 'about', 'than', 'between', 'among', 'what']);

/**
 * "Like Trump, the senator said", "In Berlin sagten die Gewerkschaften": a preposition opening the sentence, capitalised
 * into the run from i to end, makes the name after it its object; "Trump, the senator" there gives him no role.
 */
const opensWithObject = (tokens: Token[], i: number, end: number) =>
  i === 0 && end > i && (isOpeningPreposition(tokens[i]) || OBJECT_OPENERS.has(tokens[i].text.toLowerCase()) || (COMPARING.has(tokens[i].text.toLowerCase()) && tokens[end + 1]?.text === ','));

/** Spanish, Portuguese and French "like", which also means "as" ("como dijo Trump"): a likeness only with its comma ("Como Trump, el senador…"). */
const COMPARING = new Set(['como', 'comme']);

/** Words after a name and its comma that say who the person is: an appositive's article, a relative pronoun. */
const INTRODUCING_A_NAME = new Set(['a', 'an', 'who', 'qui', 'quien', 'der', 'die']);

/** German words opening a sentence with something other than its subject: a preposition, a time, a number ("Am Montag", "Zwei Jahre"). */
const GERMAN_FRONTED = new Set('am im beim vom zum zur bei in auf aus mit nach seit vor über unter gegen während wegen trotz darauf danach damals heute gestern zuvor inzwischen später nun zwei drei vier fünf sechs sieben acht neun zehn'.split(' '));

/**
 * "Zwei Jahre war Rom Braslavski in Haft", "Bei den Temperaturen erwartet Fink, dass …": a German sentence opened by
 * a phrase that is not its subject has its verb second and the subject right after it. The name there acts.
 */
function isSubjectAfterFrontedPhrase(tokens: Token[], start: number): boolean {
  if (!GERMAN_FRONTED.has(tokens[0]?.text.toLowerCase() ?? '') || !isGerman(tokens)) return false;
  // "Am Dienstag stellte die Finanzministerin Maria Lopez … vor": past the article of the noun glued to the name.
  let v = GERMAN_DETERMINER.test(tokens[start - 1]?.text ?? '') ? start - 2 : start - 1;
  while (v > 0 && isAdverb(tokens[v])) v--;
  const verb = tokens[v];
  if (v < 1 || !isLower(verb) || LINKS.has(verb.text) || GERMAN_DETERMINER.test(verb.text) || PREPOSITIONS.has(verb.text)) return false;
  // Before the verb, only the opening phrase: no other lower-case word but articles and prepositions, no comma.
  return tokens.slice(1, v).every((t) => isCap(t) || /^\d+$/.test(t.text) || GERMAN_DETERMINER.test(t.text) || PREPOSITIONS.has(t.text));
}

/** Words that open a clause, after which "un"/"une" begins its subject ("…, un chiraquien s'est souvenu", "et une amie a dit"). */
const CLAUSE_OPENERS = new Set([',', ';', 'et', 'mais', 'que', 'quand', 'lorsque', 'car', 'puis']);

/** Whether a name or a pronoun stands before the verb at token c, since the quotation the verb may follow. */
const hasSubjectBefore = (tokens: Token[], c: number) => {
  const quoted = tokens.slice(0, c).findLastIndex(isMasked);
  return tokens.slice(quoted + 1, c).some((t) => isCap(t) || PRONOUNS.has(t.text.toLowerCase()));
};

/**
 * "un chiraquien s'est souvenu…", "a ajouté un ténor de la droite": someone the text describes without naming
 * (an indefinite article and a noun) speaks or acts at token k, so a pronoun after it may mean them and not a name.
 */
function describesSomeoneActing(tokens: Token[], k: number): boolean {
  if (!INDEFINITE_SOMEONE.has(tokens[k].text.toLowerCase()) || !tokens[k + 1] || !isLower(tokens[k + 1])) return false;
  // "a lancé un syndicaliste": the subject after the verb; not "Mathilde Panot a dénoncé un texte", whose verb has its subject.
  if (isCue(tokens[k - 1])) return !hasSubjectBefore(tokens, k - 1);
  if (k > 0 && !CLAUSE_OPENERS.has(tokens[k - 1].text.toLowerCase()) && !isMasked(tokens[k - 1])) return false;
  return tokens.slice(k + 2, k + 6).some((t) => REFLEXIVE_AUXILIARY.test(t.text) || (isLower(t) && (isCue(t) || AUXILIARIES.has(t.text) || IBERIAN_PRETERITE.test(t.text))));
}

/** German articles bringing in someone unnamed: indefinite ("einen User", "eine Anwohnerin") or pointing ("dieser User"). */
const GERMAN_INDEFINITE = /^(?:ein|dies)(?:e|er|em|en)?$/;

/** Those of GERMAN_INDEFINITE that are feminine only: "eine Woche", "nach einer Stunde", "diese Woche". */
const GERMAN_FEMININE_INDEFINITE = new Set(['eine', 'einer', 'diese']);

/**
 * A woman's noun after a feminine article: "-in", a noun that is one ("Frau", "Mutter") or an adjective made a noun
 * ("eine Angestellte", "einer Abgeordneten", "eine Jugendliche"). The person endings alone would take "eine Woche" and
 * "einer Seite" for someone.
 */
const isGermanWomanNoun = (noun: string) => isGermanFeminineNoun(noun) || /(?:[lndr]ten?|eten?|igen?|lichen?)$/.test(noun);

/** Whether a German sentence speaks of someone it does not name: an indefinite or pointing article and a noun for a person ("einen User", "dieser User"). */
export const tokensDescribeGermanSomeone = (tokens: Token[]) =>
  tokens.some((t, k) => {
    const article = t.text.toLowerCase();
    const noun = tokens[k + 1]?.text.toLowerCase() ?? '';
    if (!GERMAN_INDEFINITE.test(article) || !isCap(tokens[k + 1]) || !GERMAN_PERSON_NOUN.test(noun) || isOrganisationWord(noun)) return false;
    // "in dieser Woche": "dieser" is feminine too, before a noun in -e.
    const feminine = GERMAN_FEMININE_INDEFINITE.has(article) || (article === 'dieser' && noun.endsWith('e'));
    return !feminine || isGermanWomanNoun(noun);
  });

/** Indefinite articles opening the description of someone unnamed ("un chiraquien", "un agente", "uma policial"). */
const INDEFINITE_SOMEONE = new Set(['un', 'une', 'una', 'um', 'uma']);

/** English third-person pronouns that may open the words and credit them too ("“He learned Hebrew…,” he said"). */
const THIRD_PERSON = new Set(['he', 'she']);

/**
 * "“He learned Hebrew in jail…,” he said": words opening with the pronoun that credits them speak of someone else, the
 * one the story has just been about, whom the pronoun's nearest reading would name; the speaker is left unknown. Read
 * only of a credit after the words: "He added: “He was doing service…”" goes on with who spoke before.
 */
export const speaksOfAnother = (quoted: string, pronoun: string) => THIRD_PERSON.has(pronoun) && quoted.trim().split(/\s+/)[0]?.toLowerCase() === pronoun;

/**
 * "“…Y que me desmienta Loreto Aravena…”, descaseteó": words naming a person by their surname are seldom that person's.
 * Read by the readings that infer a speaker (a pronoun, a continuation), not by a cue naming one: on pages the reader had
 * not been tuned on (`npm run eval:unseen`), none of the six speakers whom the words named was right, three of them
 * inferred.
 */
export const wordsName = (quoted: string, person: string) => quoted.split(/[^\p{L}\p{N}-]+/u).includes(person.split(' ').at(-1)!);

/** How many words a description before a name may hold ("the group that owns most of her music, Big Machine"). */
const DESCRIPTION_LENGTH = 10;

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
  // "Le patron du groupe, Carlos Tavares", "the union leader, Rosa Diaz": a role before or after the organisation word
  // describes a person of it.
  return head >= 0 && description.slice(1, head + 2).every(isLower) && !description.slice(1).some(isRoleWord);
}

/**
 * A name opening its sentence without the capital word before it ("Afterwards Halvorsen" is
 * Halvorsen) when that word is written in lower case elsewhere or the rest is someone already named.
 */
export function unglued(name: string, ctx: Context): string {
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

/** Words that follow "her" the object ("told her that", "asked her if", "stood over her with"), not "her" the possessive ("her team"). */
const AFTER_OBJECT = new Set([...LINKS, ...ARTICLES, 'that', 'if', 'whether', 'about', 'not']);
/** "her" as an object, of someone the sentence's subject acts on: it tells nothing of the subject's gender. */
const isObjectHer = (t: Token, next: Token | undefined) =>
  t.text.toLowerCase() === 'her' && (!next || !isLower(next) || AFTER_OBJECT.has(next.text.toLowerCase()));

/** Verbs that give the name before them a role, as an appositive does ("Jane Miller is the mayor of…", "Ana Souza é prefeita de…"). */
const COPULAS = new Set('is was became remains est était fut devient reste es era fue sigue é foi continua ist war wurde bleibt'.split(' '));

/**
 * "David Campo, portavoz de la Asociación", "Mohammed Ben Sulayem, presidente de la FIA", "Lucía Ferrer es alcaldesa de
 * Sevilla": the role an appositive or a copula gives the name running from `start` to `end`; a copula only when the name
 * is its subject, not the complement of a preposition ("the wife of Jane Miller is the mayor").
 */
function roleAfterName(tokens: Token[], start: number, end: number): string[] {
  // "Maria Lopez, 52, the finance minister,", "María López, de 52 años y ministra de Finanzas": past an age in apposition.
  const e = pastAgeAppositive(tokens, end);
  const after = tokens[e + 1]?.text ?? '';
  const copula = COPULAS.has(after) && !PREPOSITIONS.has(tokens[start - 1]?.text.toLowerCase() ?? '') && !ROLE_COMPLEMENT.has(tokens[start - 1]?.text.toLowerCase() ?? '');
  if (after !== ',' && !copula && !(e > end && CONJUNCTIONS.has(after))) return [];
  let first = e + 2;
  // "Maria Lopez, 52, has been finance minister since 2019": a copula after the age's comma.
  if (e > end && after === ',' && COPULAS.has(tokens[first]?.text ?? '')) first++;
  else if (e > end && after === ',' && ['has', 'had'].includes(tokens[first]?.text ?? '') && tokens[first + 1]?.text === 'been') first += 2;
  const article = isArticle(tokens[first]) || INDEFINITE.has(tokens[first]?.text ?? '') || ENGLISH_INDEFINITE.has(tokens[first]?.text ?? '');
  let k = article ? first + 1 : first;
  // "Anna Price, a former senator from Ohio,", "Özgür Özvatan, politischer Soziologe,": past the words that describe the role.
  // "Maria Lopez, a Republican senator,", "Jean Dupont, a French diplomat,": a party or a nationality too.
  while (k < (article ? first + 3 : first + 2) && tokens[k] && (isLower(tokens[k]) || qualifiesRole(tokens[k])) && !isRoleWord(tokens[k])) k++;
  // "Maria Lopez, the finance minister,": the role's head is its last word, and a later "the minister" means her.
  let head = k;
  while (isRoleWord(tokens[head + 1]) && isLower(tokens[head + 1])) head++;
  // "Jair Bolsonaro, o técnico Tite": a name right after the role is whose role it is.
  if (!isRoleWord(tokens[k]) || isCap(tokens[head + 1])) return [];
  // "Interrogée par France Info, la ministre a répondu": after a name a preposition governs, a role going on into a
  // verb is the next clause's subject, no appositive.
  const governed = PREPOSITIONS.has(tokens[start - 1]?.text.toLowerCase() ?? '') || AGENTS.has(tokens[start - 1]?.text.toLowerCase() ?? '');
  if (governed && !copula && tokens[head + 1] && isVerbLike(tokens[head + 1])) return [];
  return [...new Set([tokens[k].text.toLowerCase(), tokens[head].text.toLowerCase()])];
}

/** How many words in lower case a description before a name may hold after its article ("el liberal de centroderecha"). */
const DESCRIPTION_BEFORE_NAME_WORDS = 4;

/**
 * "El primer ministro polaco, el liberal de centroderecha Donald Tusk,": the comma before an article and a description in
 * lower case that stand right before the name at token i; -1 when there is none. Not German, whose relative pronouns
 * are its articles and whose nouns have capitals ("der erste US-Präsident, der jemals nordkoreanischen Boden betrat").
 */
function describedAfterComma(tokens: Token[], i: number): number {
  let j = i - 1;
  while (j > i - 1 - DESCRIPTION_BEFORE_NAME_WORDS && tokens[j] && isLower(tokens[j]) && !isArticle(tokens[j]) && !isVerbLike(tokens[j])) j--;
  // Read for every run of capitals: the sentence's language only once the words fit.
  return j < i - 1 && isArticle(tokens[j]) && tokens[j - 1]?.text === ',' && !isGerman(tokens) ? j - 1 : -1;
}

/** Words for years after an age ("52 ans", "de 52 años", "52 anos", "52 Jahre"). */
const YEARS = new Set(['ans', 'años', 'anos', 'jahre']);

/**
 * "Maria Lopez, 52,", "Maria Lopez, 52 ans,", "María López, de 52 años y …": with an age in apposition after the name
 * ending at `end`, the token before the comma or the conjunction that closes the age; else `end`.
 */
function pastAgeAppositive(tokens: Token[], end: number): number {
  if (tokens[end + 1]?.text !== ',') return end;
  let j = end + 2;
  if (tokens[j]?.text === 'de') j++;
  if (!/^\d{1,3}$/.test(tokens[j]?.text ?? '')) return end;
  j++;
  if (YEARS.has(tokens[j]?.text.toLowerCase() ?? '')) j++;
  return tokens[j]?.text === ',' || CONJUNCTIONS.has(tokens[j]?.text ?? '') ? j - 1 : end;
}

/** An acronym: capitals only, two or more. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** "Supremo Tribunal Federal (STF)", "Unidad Central Operativa (UCO, de la Guardia Civil)": the acronym in parentheses after the name ending at `end`, sharing its first letter. */
function acronymAfter(tokens: Token[], end: number, name: string): string | undefined {
  const [open, acronym, close] = tokens.slice(end + 1, end + 4);
  return open?.text === '(' && acronym && ACRONYM.test(acronym.text) && acronym.text[0] === name[0] && [')', ','].includes(close?.text ?? '') ? acronym.text : undefined;
}

/** How many capitalised words a body's name needs for its initials to stand for it. */
const INITIALS_WORDS = 3;
/** Words that join the capitalised words of a body's name ("Centers for Disease Control and Prevention"). */
const NAME_LINKS = new Set(['for', 'and', 'of', 'the', 'on', '&']);

/**
 * "Environmental Protection Agency" → "EPA", "National Transportation Safety Board" → "NTSB": the initials of a body's
 * words, all with capitals but those joining them, which the text may use for it later without having given them in
 * parentheses; none for fewer than three such words (two initials are too often another body's: "US", "UN").
 * "Chinese Center for Disease Control and Prevention" is also "CDC" and "Chinese CDC": its last word joined by "and" and
 * the nationality opening it may be left out of the initials, the nationality kept before them.
 */
function initialsOf(name: string): string[] {
  const all = name.split(' ');
  const words = all.filter((w) => !NAME_LINKS.has(w));
  if (words.length < INITIALS_WORDS || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return [];
  const initials = (ws: string[]) => (ws.length >= INITIALS_WORDS ? [ws.map((w) => w[0]).join('')] : []);
  const tailed = all.at(-2) === 'and' ? [words, words.slice(0, -1)] : [words];
  const national = nationalityOf(words[0].toLowerCase()) ? tailed.flatMap((ws) => initials(ws.slice(1)).flatMap((i) => [`${words[0]} ${i}`, i])) : [];
  return [...tailed.flatMap(initials), ...national];
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
function roleHeadOf(tokens: Token[], k: number, more: ReadonlySet<string> = NO_WORDS): number {
  // "des" is a German article and a French complement ("le ministre des Armées").
  const before = tokens[k - 1]?.text.toLowerCase() ?? '';
  const complement = isArticle(tokens[k - 1]) && !ROLE_COMPLEMENT.has(before) && !more.has(before) ? k - 2 : k - 1;
  const word = tokens[complement]?.text.toLowerCase() ?? '';
  // "la sénatrice républicaine de l’Ohio Maria Lopez": past an adjective after the role.
  const qualified = tokens[complement - 1] && !isRoleWord(tokens[complement - 1]) && isAdjective(tokens[complement - 1]) && isRoleWord(tokens[complement - 2]) ? 1 : 0;
  const head = complement - 1 - qualified;
  return (ROLE_COMPLEMENT.has(word) || more.has(word)) && isRoleWord(tokens[head]) ? roleHeadOf(tokens, head, more) : k;
}
const NO_WORDS: ReadonlySet<string> = new Set();
/** Portuguese "das", "dos" before a role's complement ("a ministra das Finanças"); German "das" is an article, so only where a capitalised role word follows. */
const PORTUGUESE_PLURAL_COMPLEMENTS: ReadonlySet<string> = new Set(['das', 'dos']);

/**
 * Role words that, capitalised before a name, may be an adjective of a name that is no person's ("General Motors",
 * "Former Yankees", "Chief Keef", "Father Christmas"): a surname alone after them is not known for a person by them.
 */
const ADJECTIVAL_TITLES = new Set(['general', 'chief', 'senior', 'special', 'executive', 'former', 'deputy', 'head', 'father', 'state', 'foreign', 'interior', 'finance', 'health', 'defense', 'defence', 'treasury', 'vice', 'opposition', 'elder', 'official', 'ranger', 'leader', 'founder', 'promoter', 'author', 'editor', 'officer', 'advocate', 'counsel']);

/** Words ending in "man" that say nothing of a man ("human", "German"). */
const NOT_MAN = /(?:hu|ger|sha|otto|ro|wo)man$/;

/**
 * "Congressman Tunde Bello", "Councilwoman Nkechi Okafor": an English role in "-man" or "-woman" tells the gender of
 * whoever holds it.
 */
function genderOfRoleWord(role: string): Gender | undefined {
  if (role.endsWith('woman')) return 'f';
  return role.endsWith('man') && role.length > 3 && !NOT_MAN.test(role) ? 'm' : undefined;
}

/** A German finite verb of the third person singular by its ending: present "-t" ("wartet", "besucht"), past "-te" ("besuchte"). */
const GERMAN_FINITE_SHAPE = /^\p{Ll}{2,}te?$/u;
/** How many capitalised words a German name opening its sentence may hold ("Wolodymyr Selenskyj", "Hans Peter Berger"). */
const GERMAN_OPENING_NAME_WORDS = 3;

/**
 * Capitalised words standing alone in the text, not after an article or a determiner: how a text names a person it
 * named in full before ("Berger sagt"), and a German noun seldom stands ("die Studie").
 */
function loneCapitals(sentenceTokens: Token[][]): Set<string> {
  const lone = new Set<string>();
  for (const tokens of sentenceTokens) {
    tokens.forEach((t, j) => {
      const before = tokens[j - 1];
      if (isCap(t) && runEndingAfter(tokens, j) === j && !(before && (isCap(before) || isArticle(before) || GERMAN_DETERMINER.test(before.text.toLowerCase())))) lone.add(t.text);
    });
  }
  return lone;
}

/**
 * "Malte Berger kam am Montag nach Berlin", "Wolodymyr Selenskyj, 47, besuchte Kiew": a German main clause sets its
 * finite verb second, so a short run of capitals opening the sentence, with a verb of that shape after it, is someone
 * acting, whatever given name it starts with; only when the text names them by the run's last word alone elsewhere, as
 * it names a person and seldom a thing ("Neue Studie zeigt…").
 */
function actsOpeningGermanClause(tokens: Token[], start: number, end: number, text: { lone: () => ReadonlySet<string>; german: () => boolean }): boolean {
  if (start !== 0 || end === start || end - start >= GERMAN_OPENING_NAME_WORDS) return false;
  // Past an age between commas ("Malte Berger, 45, kam").
  const verb = tokens[end + 1]?.text === ',' && /^\d+$/.test(tokens[end + 2]?.text ?? '') && tokens[end + 3]?.text === ',' ? tokens[end + 4] : tokens[end + 1];
  const verbShaped = !!verb && isLower(verb) && (GERMAN_FINITE_SHAPE.test(verb.text) || GERMAN_STRONG_PAST.has(verb.text)) && !LINKS.has(verb.text) && !PREPOSITIONS.has(verb.text);
  // What the whole text holds is read only when a sentence could need it, and once.
  return verbShaped && (isGerman(tokens) || text.german()) && text.lone().has(tokens[end].text);
}

/**
 * Registers every full name and learns which of them are people, their gender and roles, in one pass over the text outside quotes.
 * `known`: people the caller already knows of (a stored quote's speaker), so that a passage naming them by surname only reads them as people.
 */
export function learnNames(masked: string, sentences: Span[], known: readonly string[] = []): Context {
  const sentenceTokens = sentences.map((s) => tokenize(masked.slice(s.start, s.end), s.start));
  const declining = DECLINING_LETTERS.test(masked);
  const ctx: Context = { registry: new NameRegistry(declining), people: new Set(), markedPeople: new Set(), gender: new Map(), roles: new Map(), complementedRoles: new Map(), organisations: new Map(), introducedAs: new Map(), lowerWords: new Set(), sentenceTokens };
  let lone: ReadonlySet<string> | undefined;
  let german: boolean | undefined;
  const text = {
    lone: () => (lone ??= loneCapitals(sentenceTokens)),
    // A short German sentence may hold none of the words isGerman knows ("Selenskyj besuchte am Montag Berlin").
    german: () => (german ??= sentenceTokens.filter(isGerman).length > sentenceTokens.filter(isEnglish).length),
  };
  const mentions: { name: string; person: boolean; marked: boolean; gender?: Gender; roles: string[]; complementedRoles: string[]; sentence: number; at: number; described: boolean; titled: boolean }[] = [];
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
      // "John Minchillo/AP", "Joe Raedle / Getty Images": a photo's credit names who took it; the story does not speak of
      // them. No token holds a slash, so one between the run's first and last word stands between two of its words.
      if (masked.slice(tokens[i].end, tokens[end].start).includes('/')) {
        i = end;
        continue;
      }
      const nameStart = nameStartAfterPreposition(tokens, i, end);
      const heldIn = nameStart > i ? roleBeforeBody(tokens, i) : [];
      const mention = mentionOfRun(tokens, nameStart, end, isRoleWord(tokens[i - 1]) || heldIn.length > 0);
      // "Der Trab ist schnell", "Im Trab ist das Gegenteil gefragt": one word after a German article is a noun, whatever
      // it does; a person's name takes none.
      const before = tokens[end - 1]?.text.toLowerCase() ?? '';
      const nounAfterDeterminer = (GERMAN_DETERMINER.test(before) || GERMAN_CONTRACTIONS.has(before)) && isGerman(tokens);
      const acting = !nounAfterDeterminer && (isActing(tokens, i, end) || speechActAt(tokens) === end + 1 || actsOpeningGermanClause(tokens, i, end, text));
      // "the mayor, Karen Bass": the role before the comma is hers.
      // "la ministre de la culture, Rachida Dati": a role a few words before the comma.
      // "El primer ministro polaco, el liberal de centroderecha Donald Tusk,": past a description of the name after its comma.
      const comma = tokens[i - 1]?.text === ',' ? i - 1 : describedAfterComma(tokens, i);
      let r = comma - 1;
      while (r >= Math.max(0, comma + 1 - ROLE_BEFORE_REACH) && comma >= 0 && tokens[r].text !== ',' && !isRoleWord(tokens[r])) r--;
      if (comma >= 0 && isRoleWord(tokens[r])) r = roleHeadOf(tokens, r);
      const roleBefore = comma >= 0 && isRoleWord(tokens[r]) ? [tokens[r].text.toLowerCase()] : [];
      // "the secretary of defense, Dana Whitfield": the role with its complement too, which "the secretary of state" is not.
      if (roleBefore.length && r + 3 === comma && ROLE_COMPLEMENT.has(tokens[r + 1].text) && isLower(tokens[r + 2])) roleBefore.push(`${roleBefore[0]} ${tokens[r + 1].text} ${tokens[r + 2].text}`);
      // "le président russe Vladimir Poutine": a role, an adjective, the name; the role is known with and without the adjective.
      // "A police officer arrested Daniel Moss": a verb in the past there is what the officer did, no adjective.
      // "Ministr zdravotnictví Petr Novotný": opening the sentence, the role has its capital; then the word after it must
      // not be a Czech verb in the past ("Soudkyně umožnila Michalu Redlovi" is what the judge did).
      const opening = i === 2 && !CZECH_PAST.test(tokens[1]?.text ?? '');
      const qualified = !isRoleWord(tokens[i - 1]) && tokens[i - 1] && isAdjective(tokens[i - 1]) && !isVerbLike(tokens[i - 1]) && isRoleWord(tokens[i - 2]) && (isLower(tokens[i - 2]) || opening) ? [tokens[i - 2].text.toLowerCase(), `${tokens[i - 2].text.toLowerCase()} ${tokens[i - 1].text}`] : [];
      const complemented = epithetWithComplement(tokens, i);
      const role = isRoleWord(tokens[i - 1]) ? [tokens[i - 1].text.toLowerCase()] : qualified.length ? qualified : roleBefore.length ? roleBefore : heldIn.length ? heldIn : complemented.length ? complemented : end > i && !opensWithObject(tokens, i, end) ? roleAfterName(tokens, i, end) : [];
      // "le Premier ministre, François Bayrou", "la Première ministre Élisabeth Borne": the office, as its periphrases name it.
      // "le Premier ministre britannique Keir Starmer": the office with its adjective too, as "président russe" above.
      const roleAt = isRoleWord(tokens[i - 1]) ? i - 1 : qualified.length ? i - 2 : roleBefore.length ? r : -1;
      // "el primer ministro polaco Donald Tusk" likewise.
      const office = roleAt > 0 ? OFFICE_PHRASES.get(`${tokens[roleAt - 1].text} ${tokens[roleAt].text}`.toLowerCase()) : undefined;
      if (office) role.push(office, ...(qualified.length ? [`${office} ${tokens[i - 1].text}`] : []));
      // "el fiscal general colombiano Francisco Barbosa": two roles after the article are one office, which a later "el
      // fiscal" names too. Not English, where the first is a rank or a time ("the former president", "the deputy minister").
      const head = roleAt > 1 ? tokens[roleAt - 1] : undefined;
      if (head && isLower(head) && isRoleWord(head) && isArticle(tokens[roleAt - 2]) && !ENGLISH_ARTICLES.has(tokens[roleAt - 2].text.toLowerCase())) {
        role.push(head.text.toLowerCase(), `${head.text.toLowerCase()} ${tokens[roleAt].text.toLowerCase()}`);
      }
      // "la presidenta de la Comunidad, Isabel Díaz Ayuso", "A deputada Tânia Ramos": the article of her role tells her
      // gender; not that of a role in a complement ("el portavoz de la ministra, Pedro Gil").
      const roleGender = roleAt > 0 && !ROLE_COMPLEMENT.has(tokens[roleAt - 2]?.text.toLowerCase() ?? '') && (isArticle(tokens[roleAt - 1]) || isFeminineA(tokens, roleAt - 1)) ? articleGender(tokens[roleAt - 1]) : undefined;
      const start = i;
      i = end;
      if (!mention) continue;
      // "le groupe Michelin", "l'entreprise Danone", "la firma belga Katoen Natie": an organisation word in lower case
      // after an article, perhaps with an adjective after it, says what the name is.
      // "el fabricante de automóviles Volta Motors", "a fabricante de automóveis …": or with a complement after it.
      // Opening the sentence, Portuguese "A" is the article ("A fabricante de automóveis Volta Motors").
      const articleAt = (k: number) => isArticle(tokens[k]) || isFeminineA(tokens, k) || (k === 0 && tokens[0].text === 'A' && !isEnglish(tokens));
      // "le ministère de la Santé", "el ministerio de Sanidad", "o ministério da Saúde": a word for a body in lower case,
      // then its department; the body's name is all of it, as read after a cue ("Ministerio de Exteriores de Egipto").
      const complement = isArticle(tokens[start - 1]) && ROLE_COMPLEMENT.has(tokens[start - 2]?.text ?? '') ? start - 2 : start - 1;
      const departmentOf = ROLE_COMPLEMENT.has(tokens[complement]?.text ?? '') && !['of', 'for', 'für'].includes(tokens[complement].text) ? complement - 1 : -1;
      if (departmentOf > 0 && isLower(tokens[departmentOf]) && isOrganisationWord(tokens[departmentOf].text) && articleAt(departmentOf - 1) && !mention.name.includes(' ')) {
        const body = bodyWithDepartment(tokens, departmentOf, end);
        if (!ctx.organisations.has(body)) ctx.organisations.set(body, tokens[departmentOf].start);
        continue;
      }
      const kindComplemented = start > 3 && ROLE_COMPLEMENT.has(tokens[start - 2].text) && isLower(tokens[start - 1]) && articleAt(start - 4);
      const word = kindComplemented ? start - 3 : start > 2 && isAdjective(tokens[start - 1]) && isArticle(tokens[start - 3]) ? start - 2 : start - 1;
      const bodyWord = tokens[word]?.text ?? '';
      const kind = articleAt(word - 1) && isLower(tokens[word]) && isBodyWord(bodyWord) ? bodyWord : undefined;
      if (kind) ctx.introducedAs.set(kind, (ctx.introducedAs.get(kind) ?? new Set()).add(mention.name));
      if (mention.organisation || kind || isIntroducedAsOrganisation(tokens, start)) {
        if (!ctx.organisations.has(mention.name)) ctx.organisations.set(mention.name, tokens[start].start);
        const given = acronymAfter(tokens, end, mention.name);
        for (const acronym of given ? [given] : initialsOf(mention.name)) ctx.registry.abbreviate(acronym, mention.name);
        continue;
      }
      // "l’élu LR", "le député RN", "politik ODS": a party's acronym after a role or a Czech noun for a person says which
      // side, it names no one.
      const noun = tokens[start - 1];
      if (end === start && isAcronym(tokens[start]) && (isRoleWord(noun) || (declining && !!noun && isLower(noun) && CZECH_PERSON_NOUN.test(noun.text)))) continue;
      const written = start === 0 ? unglued(mention.name, ctx) : mention.name;
      // Only a name after an ordinary lower-case word is in another case ("přestupu Declana Rice"); after a cue
      // or a role, or opening its sentence, it is the subject, in the nominative ("řekla Fatima Haddad").
      const prev = tokens[start - 1];
      // "Podle Jany Malé", "podle ministra Petra Nováka": Czech "podle" (according to) takes the genitive, though it is a cue.
      const governed = [tokens[start], prev, isRoleWord(prev) ? tokens[start - 2] : undefined].some((t) => t?.text.toLowerCase() === 'podle');
      // "mluvčí prezidenta Petra Pavla", "mluvčí Petra Pavla": after a role in the genitive, or a spokesperson's noun, the
      // name is whose they are, in the genitive too.
      const ofSomeone = declining && !!prev && isLower(prev) && (SPOKES.has(prev.text) || !!czechRoleOfGenitive(prev.text));
      const oblique = governed || ofSomeone || (!!prev && isLower(prev) && !isCue(prev) && !isRoleWord(prev));
      const name = declining && oblique ? nominativeOfDeclined(written) : written;
      ctx.registry.register(name);
      // A known given name or an honorific ("Ingrid Halvorsen", "Mrs. Lund") makes a person, whatever the verb.
      // "glisse Zineb, étudiante en…", "raconte Antoine, 32 ans, chargé de cours": a first name alone after a cue, described after it, is someone.
      const described = isCue(prev) && !ACCORDING.has(prev.text.toLowerCase()) && tokens[end + 1]?.text === ',' && !!tokens[end + 2] && (/^\d+$/.test(tokens[end + 2].text) || (isLower(tokens[end + 2]) && !isCue(tokens[end + 2]) && !LINKS.has(tokens[end + 2].text) && !/ant$/u.test(tokens[end + 2].text)));
      // "le ministre de l’Intérieur Gérald Darmanin", "a ministra das Finanças Maria Lopes": the capitalised word opening
      // the run completes the office of the role before it, and "le ministre" later means the person.
      // "the minister of finance Maria Lopez": so does a role word in lower case right before the name.
      // Not a body named after someone, its holder in an appositive ("la directora de la Fundación Pedro Lago, Ana Gil,").
      const appositive = tokens[end + 1]?.text === ',' && isCap(tokens[end + 2]);
      // "la ministre des Finances Maria Lopez": or a word of the run that is no part of the name.
      const opensOffice = (mention.roles.includes(tokens[start].text.toLowerCase()) || (!mention.name.startsWith(tokens[start].text) && !isArticle(tokens[start]))) && !isOrganisationWord(tokens[start].text.toLowerCase());
      const officeWord = appositive ? -1 : opensOffice ? start : isRoleWord(tokens[start - 1]) ? start - 1 : -1;
      const officeHead = officeWord >= 0 ? roleHeadOf(tokens, officeWord, PORTUGUESE_PLURAL_COMPLEMENTS) : officeWord;
      const heldOffice = officeHead < officeWord ? [tokens[officeHead].text.toLowerCase()] : [];
      // "mluvčí prezidenta Petra Pavla": the role in the genitive is his, the spokesperson's is not.
      const possessedRole = ofSomeone ? czechRoleOfGenitive(prev.text) : undefined;
      const possessed = !!possessedRole || (ofSomeone && name !== written);
      const ownRoles = possessed ? (possessedRole ? [possessedRole] : []) : [...mention.roles, ...heldOffice, ...role, ...descriptionsBeforeName(tokens, start, declining)];
      // "King Charles III and Queen Camilla": a name with a title of its own shares none.
      const roles = [...ownRoles, ...(ownRoles.length || mention.titled ? [] : sharedRoles)];
      sharedRoles = COORDINATORS.has(tokens[end + 1]?.text ?? '') && isCap(tokens[end + 2]) ? roles : [];
      // "Montell Figgins, who represents…": "who" is said of people only.
      const marked = mention.titled || !!mention.gender || described || roles.length > 0 || (tokens[end + 1]?.text === ',' && tokens[end + 2]?.text === 'who');
      // A role in apposition says a person is named as much as a title does ("Özgür Özvatan, politischer Soziologe,").
      // "el presidente de la Asamblea, Ernesto Castro": the role word with what it is of, before the appositive name.
      const complementedRoles = roleBefore.length && ROLE_COMPLEMENT.has(tokens[r + 1]?.text ?? '') ? [roleBefore[0]] : [];
      // "President Obama", "Bundeskanzler Scholz": a title of office with its capital, right before a surname alone.
      const title = mention.name.includes(' ') ? undefined : mention.roles.at(-1);
      const titled = !!title && isCap(tokens[end - 1]) && tokens[end - 1].text.toLowerCase() === title && !ADJECTIVAL_TITLES.has(title);
      // "Petra Pavla" is Petr Pavel: the gender is the nominative's given name's, not the declined form's.
      const gender = name === written ? mention.gender ?? roleGender ?? roles.map(genderOfRoleWord).find((g) => g) : givenNameGender(name.split(' ')[0]);
      // "after the Paris Climate Accord was adopted", "the Good Friday Agreement was signed": capitals right after English
      // "the", with no title or given name, name a thing or an event doing something, not a person.
      const thing = tokens[start - 1]?.text.toLowerCase() === 'the';
      mentions.push({ name, person: (mention.titled || (acting && !thing) || !!gender || role.length > 0) && !isPlaceName(name), marked, gender, roles, complementedRoles, sentence: si, at: start, described, titled });
    }
  });
  // Registered after the text's own names, so that a name the text spells out stays its own and is not
  // taken for a declined form of the known one.
  for (const person of known) {
    ctx.registry.register(person);
    if (person.includes(' ')) ctx.people.add(person);
    ctx.markedPeople.add(person);
  }
  const firstSeen = new Map<string, number>();
  for (const m of mentions) if (!firstSeen.has(m.name)) firstSeen.set(m.name, m.sentence);
  ctx.registry.callByFirstWord(firstSeen);
  const named = new Map<number, Set<string>>();
  /** Where each sentence first names someone: a pronoun before it refers to someone earlier ("When she said no, Roof told her"). */
  const firstNamed = new Map<number, number>();
  for (const m of mentions) {
    const full = ctx.registry.resolve(m.name).name;
    // A lone capitalised word is a person only with an honorific ("Mrs. Lund") or a title ("President Obama"): otherwise
    // it may open a sentence.
    if (m.person && (full.includes(' ') || m.gender || m.described || m.titled) && !ctx.organisations.has(full)) ctx.people.add(full);
    if (m.marked) ctx.markedPeople.add(full);
    if (m.gender && !ctx.gender.has(full)) ctx.gender.set(full, m.gender);
    for (const r of m.roles) ctx.roles.set(r, (ctx.roles.get(r) ?? new Set()).add(full));
    for (const r of m.complementedRoles) ctx.complementedRoles.set(r, (ctx.complementedRoles.get(r) ?? new Set()).add(full));
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
