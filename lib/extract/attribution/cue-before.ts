/**
 * A cue before the quotation or a colon that introduces it ("Smith said:", "Selon le ministre,
 * «…»", "In a speech, Miller railed:"), and which of a cue before and one after speaks.
 */
import { ACCORDING, ANSWERING_VERBS, AUXILIARIES, CLAIM_NOUNS, ENGLISH_SPEAKING_MANNERS, MANNER_COPULAS, MANNER_DEGREES, FRENCH_SPEECH_NOUNS, GERMAN_NOT_VERBS_IN_E, GERMAN_SUBJUNCTIVE, GERMAN_THIRD_PERSON_SUBJECTS, HABER, ISSUING, isDescriptor, KIN, MANNER_ADVERBS, MOOD_COPULAS, MOODS_OF_SPEAKING, NOT_NAMES, PREPOSITIONS, REFLEXIVES, ROLE_COMPLEMENT, SPEECH_ACTS, SPEECH_NOUNS, UNNAMED_SOURCES } from '../lexicon';
import { isOrganisationWord, isRole, isRoleWord, nameOfRun, POSSESSIVE_ENDING, PRONOUNS, runEndingAfter, runStartingBefore, type Token } from '../names';
import { ENGLISH_ARTICLES, ENGLISH_INDEFINITE, GERMAN_DETERMINER, GERMAN_GENITIVE_ARTICLES, isAdverb, isAnyVerb, isArticle, isCap, isCue, isEnglish, isGerman, isIndefinite, isInfinitive, isLower, isMasked, isOpeningAdverb, isOpeningPreposition, isParticiple, isPossessive, isPreposition, isVerbLike, LINKS, nominativeAfter, SUBJECT_OF_OBJECT_PRONOUN } from './words';
import { CREDIT_TAIL, GERMAN_THIRD_PERSON, isAccordingAt, isCueAt, isImpersonalCueAt, isPhraseCue, NARRATIVE_INFINITIVES, phraseAt, ROMANCE_THAT } from './cues';
import { broughtInUnnamed, isBodyWord, isFeminineA, isGivenName, isPersonNoun, officeAt, POSSESSOR_BEFORE, roleAt, ROMANCE_OWNER_LINKS, type Slot, slotEndingAt } from './roles';
import { afterFrontedPhrase, APPOSITIVE_LENGTH, APPOSITIVE_START, completesNoun, epithetOfAge, type Found, FRENCH_PARTICIPLE, GERMAN_OBJECT_DETERMINER, IMPLIED_SUBJECT, infinitiveSubject, INVERTED_PRONOUNS, nameAfter, OBJECT_CLITICS, opensWithFeltWord, openingRole, OWNER_PRONOUN, PERSON_OWNER_PRONOUN, ROLE_BEFORE_REACH, sentenceSubject, SPEAKING_OCCASIONS, STRESSED_PRONOUNS, subjectOf } from './slots';
import { cueAfter, dropsSubject, inViewOf, isUnlistedVerb, objectSaying, opensWithVerb, ownerOfSpeechNoun, sourceOfImpersonal, TELLING } from './cue-after';

/** Words a speech act may go on with and still say only when or to whom ("hit back on Sunday", "disagreed with her"). */
const SPEECH_ACT_TAIL = new Set([...CREDIT_TAIL, 'with', 'within', 'against']);
/** Cues whose object may be who heard the words ("asked Reuters", "emailed the council") or, inverted, who spoke ("“Why?” asked Smith"). */
export const ADDRESSING = new Set(['asked', 'asks', 'asking', 'emailed', 'texted']);

/** Conjunctions that may open a sentence before its subject ("But he…", "Doch er…", "Mais il…"). */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'then', 'doch', 'aber', 'und', 'dann', 'mais', 'et', 'puis', 'pero', 'y', 'mas', 'e']);

/**
 * "Aber: „…“, ließ sie wissen", "sagt Bongartz. Und: „…“": a conjunction alone before a colon only leads in to the words;
 * they stand alone in their sentence, for a cue after them or as a continuation. The words before them otherwise.
 */
export const withoutLeadIn = (tokens: Token[]) =>
  tokens.length === 2 && tokens[1].text === ':' && OPENING_CONJUNCTIONS.has(tokens[0].text.toLowerCase()) ? [] : tokens;

/**
 * The name or pronoun opening a sentence and doing something ("De Miranda beautifully evokes …
 * in his introduction:", "She recalled the day:"): whose words a colon ending the sentence
 * introduces when no cue says so.
 */
export function openingSubject(tokens: Token[]): Slot | undefined {
  // "Doch er ahnte:", "But she recalled:": past a conjunction opening the sentence.
  const lead = OPENING_CONJUNCTIONS.has(tokens[0]?.text.toLowerCase() ?? '') && PRONOUNS.has(tokens[1]?.text.toLowerCase() ?? '') ? 1 : 0;
  const first = tokens[lead];
  if (first && PRONOUNS.has(first.text.toLowerCase())) return tokens[lead + 1] && isLower(tokens[lead + 1]) ? { pronoun: first.text.toLowerCase() } : undefined;
  // "Her verdict:", "Sein Fazit:", "Son constat est amer :", "Su respuesta fue tajante:": a short sentence opened by a
  // possessive introduces its owner's words, as a pronoun would.
  const owner = OWNER_PRONOUN.get(first?.text.toLowerCase() ?? '');
  const owned = tokens.slice(lead + 1);
  // A word for what was said may have where or to whom after it ("Seine Prognose in den „Kulturfragen“ des Deutschlandfunks:",
  // "Her message to the council:"), a body among them.
  const speech = SPEECH_NOUNS.has(owned[0]?.text.toLowerCase() ?? '');
  const length = speech ? OWNED_SPEECH_COLON_LENGTH : OWNED_COLON_LENGTH;
  // "Her brother disagrees.", "Her neighbour Tomas Berg disagrees.": a possessive before a word for a person, or before
  // a noun and a name, opens someone else, not its owner.
  const ownedWord = owned[0]?.text.toLowerCase() ?? '';
  const ownsPerson = isRoleWord(owned[0]) || isDescriptor(ownedWord) || KIN.has(ownedWord) || isCap(owned[1]);
  if (owner !== undefined && tokens.length <= length && owned.length > 1 && !ownsPerson && !owned.some((t) => isCue(t) || (!speech && isOrganisationWord(t.text.toLowerCase().replace(/[’']s$/u, ''))))) return { pronoun: owner };
  // "The mayor’s advice:", "The company’s answer:": a role's or a body's possessive before a word for what was said
  // introduces the words of whom the role or body means, as "Her advice:" does.
  const possessor = isArticle(first) && tokens.length <= OWNED_SPEECH_COLON_LENGTH && SPEECH_NOUNS.has(tokens[lead + 2]?.text.toLowerCase() ?? '') ? tokens[lead + 1] : undefined;
  const possessorWord = possessor && isLower(possessor) && isPossessive(possessor) ? possessor.text.toLowerCase().replace(POSSESSIVE_ENDING, '') : '';
  if (isRole(possessorWord) || isOrganisationWord(possessorWord)) return { role: possessorWord };
  const end = broughtInUnnamed(tokens, 0) ? -1 : runEndingAfter(tokens, 0);
  // "Le maire reste prudent :": a capitalised article alone opens no name.
  const mention = end >= 0 ? nameOfRun(tokens.slice(0, end + 1)) : undefined;
  if (!mention) return openingRoleSubject(tokens) ?? ownerOfOpeningSpeech(tokens) ?? subjectAfterFrontedPhrase(tokens);
  const verb = wordAfterSubject(tokens, afterAppositive(tokens, end + 1));
  if (!verb || !isAnyVerb(verb)) return undefined;
  return !mention.organisation ? { name: mention.name, titled: mention.titled, atSentenceStart: true, needsPerson: true } : undefined;
}

/**
 * "Concernant le lait, Francisca Joly-Gomez est plus nuancée :", "Después, Vidal machacó:", "In a speech on Tuesday,
 * Miller railed against the plan:": the subject after a phrase opening the sentence that says what about, when or where,
 * one with no verb of its own.
 */
function subjectAfterFrontedPhrase(tokens: Token[]): Slot | undefined {
  const subject = afterFrontedPhrase(tokens);
  return subject ? openingSubject(tokens.slice(subject)) : undefined;
}

/**
 * Past an appositive that says what the subject is, between commas ("Özgür Özvatan, politischer Soziologe an der
 * Humboldt-Universität, verweist auf…"), to where the subject's verb would be; `v` itself when no such appositive is there.
 */
function afterAppositive(tokens: Token[], v: number): number {
  if (tokens[v]?.text !== ',') return v;
  const close = tokens.findIndex((t, i) => i > v && t.text === ',');
  // "Lopez, however, struck a different tone:", "Dupont, en revanche, a été clair :", "Lopez, who voted no, was blunt:":
  // an aside all in lower case with no verb of saying in it, as well as an appositive with a role.
  const aside = tokens.slice(v + 1, close);
  return close > v + 1 && close - v <= APPOSITIVE_LENGTH && (aside.some(isRoleWord) || aside.every((t) => isLower(t) && !isCue(t))) ? close + 1 : v;
}

/** How many words a sentence opened by a possessive may hold before its colon ("Son constat est sans appel :"). */
const OWNED_COLON_LENGTH = 7;
/** As many when the possessive's noun is a word for what was said ("Seine Prognose in den „Kulturfragen“ des Deutschlandfunks:"). */
const OWNED_SPEECH_COLON_LENGTH = 12;

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
/** German subject pronouns of one person: beside a verb in the subjunctive they say whose words it reports. */
const GERMAN_SINGULAR_SUBJECTS = new Set(['er', 'sie']);

/**
 * A verb in the subjunctive: one of GERMAN_SUBJUNCTIVE, or any word in -e beside a third-person subject, after it with
 * no noun following ("Sie liebe ihre Fans", not "er zahlreiche Bücher") or before it ("übernehme er").
 */
function isSubjunctiveAt(tokens: Token[], i: number): boolean {
  const { text } = tokens[i];
  if (GERMAN_SUBJUNCTIVE.has(text)) return true;
  // Not in -te: the past ("sagte er", "bezeichnete es") ends so too; not a determiner ("er seine Frau").
  if (!/^\p{Ll}+[^t]e$/u.test(text) || GERMAN_NOT_VERBS_IN_E.has(text) || GERMAN_DETERMINER.test(text)) return false;
  const [before, next] = [tokens[i - 1], tokens[i + 1]];
  return (!!before && GERMAN_THIRD_PERSON_SUBJECTS.has(before.text.toLowerCase()) && !(next && isCap(next))) || (!!next && GERMAN_THIRD_PERSON_SUBJECTS.has(next.text.toLowerCase()));
}

/** One of `subjects` right beside token i, lower-cased. */
const subjectBeside = (tokens: Token[], i: number, subjects: ReadonlySet<string>) =>
  [tokens[i - 1], tokens[i + 1]].map((t) => t?.text.toLowerCase()).find((w) => !!w && subjects.has(w));
/** The pronoun "er" or "sie" right beside token i, lower-cased. */
const singularSubjectBeside = (tokens: Token[], i: number) => subjectBeside(tokens, i, GERMAN_SINGULAR_SUBJECTS);
/** German "man" (one), the subject of impersonal reported speech ("Man müsse nun „…“"). */
const IMPERSONAL_SUBJECT: ReadonlySet<string> = new Set(['man']);

/**
 * A German sentence in the subjunctive of reported speech: a verb in the subjunctive in a German sentence, or beside
 * "er", "sie" or "man", German enough by itself ("Er habe großes Vertrauen „…“", "Sie hoffe „…“"). One pass over the words.
 */
export function isGermanReportedSpeech(tokens: Token[]): boolean {
  let found = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!isSubjunctiveAt(tokens, i)) continue;
    // "Man müsse nun „…“": a listed subjunctive beside "man" is German enough too.
    if (singularSubjectBeside(tokens, i) || (GERMAN_SUBJUNCTIVE.has(tokens[i].text) && subjectBeside(tokens, i, IMPERSONAL_SUBJECT))) return true;
    found = true;
  }
  return found && isGerman(tokens);
}

/**
 * "Die Erzählung „bestärke daher die Zweifel“", "Die Lage „sei dramatisch“": quoted words opening with the sentence's
 * verb in the subjunctive, right after its subject, a German noun. Words in -e before a noun are adjectives ("„neue Mitte“").
 */
export function opensWithSubjunctive(quoted: string, before: Token[]): boolean {
  const subject = before.at(-1);
  if (!subject || !isCap(subject) || !isGerman(before)) return false;
  const words = quoted.split(/\s+/);
  if (!words[0]) return false;
  if (GERMAN_SUBJUNCTIVE.has(words[0])) return true;
  // "„alte weiße Männer“": past every word in -e, a noun.
  const pastAdjectives = words.find((w) => !w.endsWith('e'));
  return /^\p{Ll}+[^t]e$/u.test(words[0]) && !GERMAN_NOT_VERBS_IN_E.has(words[0]) && !GERMAN_DETERMINER.test(words[0]) && /^\p{Ll}/u.test(pastAdjectives ?? '');
}

/** "Er habe…", "Sie wolle…", "brauche er…": the pronoun "er" or "sie" beside a verb in the subjunctive, lower-cased. */
export function subjunctiveSubject(tokens: Token[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const pronoun = isSubjunctiveAt(tokens, i) ? singularSubjectBeside(tokens, i) : undefined;
    if (pronoun) return pronoun;
  }
  return undefined;
}

/**
 * The name opening a sentence with a verb not in the subjunctive ("Fink geht davon aus, dass …"): whose words its
 * reported speech gives. "Merkel habe gelogen" is reported speech about her, said by someone else.
 */
export function reportingSubject(tokens: Token[]): Slot | undefined {
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
  // "Inzwischen informierte das Land Tirol": an adverb opening the sentence is no subject; nor is a phrase opened by a
  // preposition ("Gegenüber Journalisten erklärte die Ministerin:").
  if (start < 0 || !nameOfRun(tokens.slice(start, k + 1)) || isOpeningPreposition(tokens[start])) return false;
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
  // "Así lo afirmó la alcaldesa Karen Bass:": past the role before the name.
  while (tokens[j] && isLower(tokens[j]) && isRoleWord(tokens[j])) j++;
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
  return run === noun && run > 0 && isLower(tokens[run - 1]) && !isCue(tokens[run - 1]) && !creditedBySo(tokens, run);
}

/** "…, so Precht:": German "so" after a comma gives whose words follow, the name starting at `run`. */
const creditedBySo = (tokens: Token[], run: number) => tokens[run - 1]?.text === 'so' && tokens[run - 2]?.text === ',';

/**
 * "Interrogé par Le Soir, le bourgmestre de Bruxelles, Philippe Close, est catégorique :", "Interrogée par RTL, …", "Asked
 * about the budget, Lopez was blunt:": a participle of asking, or one with its agent, opening the sentence says how the
 * words were got; the subject of the clause the colon ends says them.
 */
function questionedSpeaker(tokens: Token[]): Slot | undefined {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (tokens.at(-1)?.text !== ':' || comma < 1) return undefined;
  const first = tokens[0].text.toLowerCase();
  // "Asked about the budget, Lopez was blunt:", "Preguntada por el presupuesto, Lopez fue tajante:".
  if (!QUESTIONED.has(first) && (tokens[1]?.text !== 'par' || !FRENCH_PARTICIPLE.test(first))) return undefined;
  return openingSubject(tokens.slice(comma + 1));
}

/** Participles saying someone was asked or reached, opening the sentence before the clause of the one who answers. */
const QUESTIONED = new Set(
  `asked pressed questioned quizzed challenged contacted reached preguntado preguntada consultado consultada interrogado
  interrogada cuestionado cuestionada contactado contactada perguntado perguntada questionado questionada indagado
  indagada procurado procurada contatado contatada interrogé interrogée questionné questionnée interpellé interpellée
  sollicité sollicitée contacté contactée joint jointe`.split(/\s+/),
);
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

/** An English verb in the third person of the present ("fears", "argues", "believes"). */
const ENGLISH_PRESENT = /^\p{Ll}{3,}s$/u;

/** Words opening the clause a verb of saying reports, right after the verb ("that", "que", "qu’"). */
const REPORTED_CLAUSE_OPENERS = new Set([...ROMANCE_THAT, 'that']);
/** French forms of "être" that a copula's "de" and a verb may follow. */
const FRENCH_COPULAS = new Set(['est', 'était', 'sera', 'serait']);
/** Phrases meaning "it is" that end in a preposition, so that what follows them is a predicate, not a thing named. */
const IT_IS_PHRASES = new Set(['se trata de', 'trata-se de', "il s'agit de", "il s'agit d'"]);
/** Copulas before "to" or "de" and a verb ("the key is to “keep it simple”", "la clé est de « rester simple »"). */
const INFINITIVE_AFTER_COPULA = new Map<string, ReadonlySet<string>>([
  ['to', new Set(['is', 'was', 'are', 'were'])],
  ['de', FRENCH_COPULAS],
  ['d’', FRENCH_COPULAS],
  ["d'", FRENCH_COPULAS],
]);

/**
 * "Miller harrumphed, “…”", "Vidal machacó que “…”": a verb the lexicon lacks right after the subject opening the
 * sentence, before a comma and the words or before "that" and a clause quoting them, is a verb of saying (see
 * unlistedCueAfter).
 */
function unlistedCueBefore(tokens: Token[]): Found | undefined {
  const v = tokens.findIndex((t, i) => i > 0 && !isCap(t));
  const next = tokens[v + 1]?.text ?? '';
  const introduces = (next === ',' && v + 2 === tokens.length) || REPORTED_CLAUSE_OPENERS.has(next);
  // "He fears that the bill would “…”", "Lind argues that": an English verb in the present before "that" too.
  const present = v >= 1 && next === 'that' && isLower(tokens[v]) && ENGLISH_PRESENT.test(tokens[v].text);
  if (v < 1 || !(isUnlistedVerb(tokens[v]) || present) || !introduces) return undefined;
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
  if (end < 0) return undefined;
  if (tokens[end + 1]?.text !== ',') return roleAfterNameWithoutComma(tokens, end, c);
  const opener = tokens[end + 2];
  if (!opener || c - end > APPOSITIVE_LENGTH) return undefined;
  // "In Paris, the union declared", "Afterwards, the mayor said": a phrase opened by a preposition or an adverb is no subject.
  if ((NOT_NAMES.has(tokens[0].text.toLowerCase()) && !isArticle(tokens[0])) || (end === 0 && isOpeningAdverb(tokens[0].text))) return undefined;
  if (!(end > 0 && isTitleChain(tokens.slice(end + 2, c))) && !isOpenAppositive(tokens, end, c)) return undefined;
  const slot = slotEndingAt(tokens, end);
  if (!('name' in slot)) return undefined;
  return end === 0 && opensWithFeltWord(tokens) ? { ...slot, needsPerson: true } : slot;
}

/** True when the words from the comma after the name ending at `end` to the cue at `c` are one appositive, no comma closing it. */
function isOpenAppositive(tokens: Token[], end: number, c: number): boolean {
  const opener = tokens[end + 2];
  if (!(isRoleWord(opener) || APPOSITIVE_START.has(opener.text.toLowerCase())) || tokens.slice(end + 2, c).some((t) => t.text === ',')) return false;
  // "Smith, one of the founders said" is in apposition; "Worse, one executive said" opens with its subject.
  if (opener.text === 'one' && tokens[end + 3]?.text !== 'of') return false;
  // "Governor Tom Hale, who Senator Jane Ruiz called “…”", "el gobernador, que la senadora Ana Ruiz calificó de": a
  // relative clause with a subject of its own is about the name.
  return !(OBJECT_OR_SUBJECT_RELATIVES.has(opener.text.toLowerCase()) && (isCap(tokens[end + 3]) || isArticle(tokens[end + 3]) || PRONOUNS.has(tokens[end + 3]?.text.toLowerCase() ?? '')));
}

/**
 * "Senior Manager, APAC Talent Acquisition, Juniper Networks,": a press release's title, department and employer,
 * capitals between commas up to the comma before the cue, a role among them; the full name before them is the subject
 * (not a list of companies: "Goldman Sachs, Morgan Stanley, Deutsche Bank, said").
 */
function isTitleChain(tokens: Token[]): boolean {
  return tokens.length > 2 && tokens.at(-1)?.text === ',' && isCap(tokens[0]) && tokens.slice(0, -1).some((t) => t.text === ',') && tokens.some(isRoleWord) &&
    tokens.every((t) => t.text === ',' || isCap(t) || ROLE_COMPLEMENT.has(t.text) || TITLE_JOINERS.has(t.text));
}
/** Words joining a title's capitals ("Vice President of Sales and Marketing", "Research & Development"). */
const TITLE_JOINERS = new Set(['and', '&']);

/**
 * "Barrêt Koivogui chef d’antenne du massif du Ziama déclare « … »": a full name opening the sentence and its role
 * written after it with no comma; the name is the subject, not a place or body completing the role. Not "Apple chief
 * executive Tim Cook said", where the role is the title of the name after it.
 */
function roleAfterNameWithoutComma(tokens: Token[], end: number, c: number): Slot | undefined {
  const role = tokens[end + 1];
  // "Tom Smith’s lawyer said": the role of someone the possessive names, not the name's own.
  if (end < 1 || !role || !isLower(role) || !isRoleWord(role) || c - end > APPOSITIVE_LENGTH || isPossessive(tokens[end])) return undefined;
  // Capitals between the role and the cue only after a capital, an article or a role's complement ("du massif du Ziama").
  const completesRole = (t: Token, prev: Token) => !isCap(t) || isCap(prev) || isArticle(prev) || ROLE_COMPLEMENT.has(prev.text.toLowerCase());
  if (tokens.slice(end + 2, c).some((t, k) => t.text === ',' || !completesRole(t, tokens[end + 1 + k]))) return undefined;
  // "The U.S. secretary of state says": a full name, not a country or a body the article brings in.
  if (isArticle(tokens[0]) || NOT_NAMES.has(tokens[0].text.toLowerCase())) return undefined;
  const mention = nameOfRun(tokens.slice(0, end + 1));
  return mention && !mention.organisation && mention.name.includes(' ') ? { name: mention.name, titled: mention.titled } : undefined;
}

/** Prepositions giving what a teaser's speaker speaks about ("Merkel zum Brexit:", "Obama on hacking:", "Macron sur la dette :"). */
const TOPIC_PREPOSITIONS = new Set(['zu', 'zum', 'zur', 'on', 'sur', 'sobre', 'k', 'ke']);
/** The most words a teaser's topic may have after its preposition. */
const TOPIC_LENGTH = 8;

/**
 * "Arbeitsministerin Müller zu den Arbeitsmarktzahlen für September 2017:", "Merkel zum Brexit:", "Obama on hacking:",
 * "Sánchez sobre la amnistía:": a teaser with no verb, giving who speaks and on what; the name opening it introduces the
 * words after the colon.
 */
function speakerOnTopicBeforeColon(tokens: Token[]): Slot | undefined {
  const z = tokens.findIndex((t) => TOPIC_PREPOSITIONS.has(t.text));
  if (z < 1 || tokens.at(-1)?.text !== ':' || runEndingAfter(tokens, 0) !== z - 1 || tokens.length - z > TOPIC_LENGTH + 2) return undefined;
  // "Der Weg zum Ziel:": a German noun after an article is no one; a name without a title counts when the text knows a
  // person by it.
  if (isArticle(tokens[0]) || tokens.slice(z + 1).some(isCue)) return undefined;
  const slot = slotEndingAt(tokens, z - 1);
  return 'name' in slot ? { ...slot, needsPerson: !slot.titled } : undefined;
}

/** Relative pronouns that may be the object of their clause's verb, whose subject then follows them. */
const OBJECT_OR_SUBJECT_RELATIVES = new Set(['who', 'que']);

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

/**
 * "Einen Zusammenhang mit den Meerestemperaturen sieht Marc Olefs, Leiter der Abteilung…:", "Am Ende zieht Trainerin
 * Anna Berg ein klares Fazit:": a German sentence ending in a colon, opened by something other than its subject, has the
 * subject right after its verb, whatever the verb; a person's full name there (a given name the reader knows, or a
 * title before it) introduces the words. Not a name after an article or a preposition, which is an object.
 */
function germanSubjectAfterVerbBeforeColon(tokens: Token[]): Slot | undefined {
  if (tokens.at(-1)?.text !== ':' || !isGerman(tokens)) return undefined;
  for (let v = 1; v < tokens.length - 2; v++) {
    const verb = tokens[v];
    // "Am Montag traf sie Angela Merkel:": the subject stood before the name, an object; so had the verb before a comma.
    if (PRONOUNS.has(verb.text) || verb.text === ',') return undefined;
    if (!isLower(verb) || isArticle(verb) || GERMAN_DETERMINER.test(verb.text) || isPreposition(verb) || LINKS.has(verb.text)) continue;
    let n = v + 1;
    while (tokens[n] && isAdverb(tokens[n])) n++;
    const titled = isRoleWord(tokens[n]) && isCap(tokens[n]);
    if (titled) n++;
    const end = runEndingAfter(tokens, n);
    const mention = end > n ? nameOfRun(tokens.slice(n, end + 1)) : undefined;
    if (mention && !mention.organisation && (titled || isGivenName(tokens[n]))) return { name: mention.name, titled: true };
  }
  return undefined;
}

/**
 * "Angela Merkel: “…”": a name standing alone before a colon introduces the words only when the text knows it as a
 * person. On pages the reader had not been tuned on (`npm run eval:unseen`), its earlier readers named the wrong one, or
 * the noun, place or body there ("Das Problem:", "… the Angeles Coliseum:", "…de la Asociación de Periodistas:"), ten
 * times of sixteen; each of the six right was a person named in full. A title says it is
 * one ("Deutlich wurde Bundeskanzlerin Merkel:"), and so does the German "so" that credits words ("…, so Precht:").
 */
const personBeforeColon = (slot: Slot, credited: boolean): Slot => ('name' in slot && !slot.titled && !credited ? { ...slot, needsPerson: true } : slot);

/**
 * "Der Vorsitzende des Aufsichtsrat Wolfgang Steubing:", "Der Chef der Bahn Wolfgang Steubing:": the capitalised
 * complement of a role runs on into the name of its holder, who starts at the given name (the run before the colon,
 * from `run` to `last`, had read as "Bahn Wolfgang Steubing", or as a place of the words).
 */
function personAfterRoleComplement(tokens: Token[], run: number, last: number): Slot | undefined {
  const link = tokens[run - 1];
  if (!link || !(ROLE_COMPLEMENT.has(link.text) || GERMAN_GENITIVE_ARTICLES.has(link.text)) || !isRoleWord(tokens[run - 2])) return undefined;
  const given = tokens.findIndex((t, i) => i > run && i < last && isGivenName(t));
  if (given < 0 || tokens.slice(run, given).some((t) => isGivenName(t) || !isCap(t))) return undefined;
  const holder = nameOfRun(tokens.slice(given, last));
  return holder ? { name: holder.name, titled: true } : undefined;
}

/** English prepositions, besides LINKS, saying what words are about or aimed at ("concern over the press:"). */
const ENGLISH_PREPOSITIONS_OF_TOPIC = new Set(['about', 'over', 'against', 'regarding', 'towards', 'toward', 'into', 'among', 'between']);

/** A cue in the part of the sentence before the quotation: the one nearest the quote wins. */
export function cueBefore(tokens: Token[]): Found | undefined {
  // "Procurada, a Vale disse em nota que…", "Consultado, el ministerio respondió:": a participle of being asked or
  // reached, with its phrase, opens the sentence before the clause whose subject speaks; it is no name.
  const reached = QUESTIONED.has(tokens[0]?.text.toLowerCase() ?? '') ? tokens.findIndex((t) => t.text === ',') : -1;
  if (reached > 0 && !tokens.slice(0, reached).some(isCue) && tokens.slice(reached + 1).some(isCue)) return cueBefore(tokens.slice(reached + 1));
  const source = tokens.at(-1)?.text === ':' ? speechNounSource(tokens) : undefined;
  if (source) return { slot: source, cue: ':', how: 'colon' };
  const claimed = ownerOfClaim(tokens);
  if (claimed) return claimed;
  const c = tokens.findLastIndex((_, i) => isCueAt(tokens, i));
  // Its only cue, if any, is the participle.
  const questioned = c <= 0 ? questionedSpeaker(tokens) : undefined;
  if (questioned) return { slot: questioned, cue: ':', how: 'colon' };
  if (c < 0) {
    const inverted = germanSubjectAfterVerbBeforeColon(tokens) ?? speakerOnTopicBeforeColon(tokens);
    if (inverted) return { slot: inverted, cue: ':', how: 'colon' };
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
    // "Même son de cloche chez Olivier Faure :": French "chez" in a sentence with no verb brings in whose side speaks
    // (not "Il a dîné chez Olivier Faure :").
    const atSide = tokens[linkAt]?.text === 'chez' && !tokens.slice(0, linkAt).some((t) => AUXILIARIES.has(t.text) || PRONOUNS.has(t.text.toLowerCase()));
    const placed = colonRun > 0 && !atSide && (isLink(tokens[linkAt]) || completesNoun(tokens, colonRun, NOUN_COMPLEMENT_LINKS));
    // "Sein Fazit:" is no name: a possessive opens it (see openingSubject).
    const owned = OWNER_PRONOUN.has(tokens[0]?.text.toLowerCase() ?? '');
    const complemented = colonRun > 0 ? personAfterRoleComplement(tokens, colonRun, last) : undefined;
    if (complemented) return { slot: complemented, cue: ':', how: 'colon' };
    // "Der 24-Jährige: „…“": an age standing for the person just named, alone before the colon.
    const aged = last === 2 && tokens[last].text === ':' ? epithetOfAge(tokens, 0) : undefined;
    if (aged) return { slot: aged, cue: ':', how: 'colon' };
    // "expressed concern about the press:", "had a message for the regulator:": a role or a body a preposition governs
    // is whom the words are about or for, not who says them.
    const governed = () => {
      let article = last - 1;
      while (article > 0 && isLower(tokens[article]) && !isArticle(tokens[article]) && !isLink(tokens[article])) article--;
      return article > 0 && isArticle(tokens[article]) && (isLink(tokens[article - 1]) || ENGLISH_PREPOSITIONS_OF_TOPIC.has(tokens[article - 1].text));
    };
    if (tokens[last]?.text === ':' && !placed && !owned && !isGermanNounBeforeColon(tokens, colonRun) && (isCap(tokens[last - 1]) || (roleAt(tokens, last - 1) && !governed()))) return { slot: personBeforeColon(slotEndingAt(tokens, last - 1), creditedBySo(tokens, colonRun)), cue: ':', how: 'colon' };
    const inWords = inWhoseWords(tokens);
    if (inWords) return { slot: inWords, cue: 'words', how: 'before' };
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
    // "Bass zufolge", "Ihm zufolge", "Medienberichten zufolge": German "zufolge" has its source before it.
    if (cue === 'zufolge') {
      // A German noun stands there as a name would ("Medienberichten zufolge"): only one the text knows as a person's counts.
      const pronoun = SUBJECT_OF_OBJECT_PRONOUN.get(tokens[c - 1]?.text.toLowerCase() ?? '');
      const source = c > 0 ? slotEndingAt(tokens, c - 1) : undefined;
      return { slot: pronoun ? { pronoun } : source && 'name' in source ? { ...source, needsPerson: true } : source ?? { unnamed: true }, cue, how: 'before' };
    }
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
    // "According to the White House, the trip was for a “quick exam”": the English indefinite article brings in the
    // source's own description of a thing, not a name for it.
    const described = cue === 'according' && ENGLISH_INDEFINITE.has(last.text);
    // "The key, according to Maria Lopez, is to “keep it simple”", "La clé, selon Marie Dupont, est de « rester simple »":
    // "to" or "de" after a copula brings in a verb, not a thing.
    const infinitive = INFINITIVE_AFTER_COPULA.get(last.text)?.has(tokens[tokens.length - 2]?.text ?? '') ?? false;
    // "Según Ana García, se trata de «…»", "Selon Jean Dupont, il s’agit d’« … »": "it is" ending in a preposition, its
    // pronoun no one.
    const itIs = IT_IS_PHRASES.has(clause.map((t) => t.text.toLowerCase().replace(/’/g, "'")).join(' '));
    const namesThing = !described && !infinitive && (PREPOSITIONS.has(last.text) || ROLE_COMPLEMENT.has(last.text.toLowerCase()) || isArticle(last));
    // "According to TechNewsWorld, under Nagel's watch, “…”": a possessive, or a name after a preposition, is no one speaking.
    const standsAsSubject = (t: Token, k: number) => isCap(t) && !isPossessive(t) && !PREPOSITIONS.has(clause[k - 1]?.text.toLowerCase() ?? '');
    const speakerBetween = clause.length > 0 && !itIs && (namesThing || clause.some((t, k) => standsAsSubject(t, k) || isRoleWord(t) || isOrganisationWord(t.text.toLowerCase()) || PRONOUNS.has(t.text.toLowerCase()) || UNNAMED_SOURCES.has(t.text.toLowerCase())));
    // "According to her,", "Selon lui,", "Laut ihm": the pronoun after it, in its object form, stands for its subject.
    const pronoun = SUBJECT_OF_OBJECT_PRONOUN.get(tokens[at + 1]?.text.toLowerCase() ?? '');
    if (pronoun && !speakerBetween) return { slot: { pronoun }, cue, how: 'before' };
    const named = (!speakerBetween && nameAfter(tokens, at)) || { unnamed: true as const };
    // "nach Angaben des Innenministeriums": the body's name in the nominative ("Innenministerium").
    const source = 'name' in named && tokens[at].text === 'des' ? { ...named, name: nominativeAfter('des', named.name) } : named;
    // "Giuliani … told Murdoch she would divorce Ailes, according to two sources: “…”": sources no one named report
    // what the clause before says, whose verb of saying has the speaker.
    const reported = 'unnamed' in source && c > 1 && tokens[c - 1].text === ',' ? cueBefore(tokens.slice(0, c - 1)) : undefined;
    return reported && !('unnamed' in reported.slot) && reported.how === 'before' ? reported : { slot: source, cue, how: 'before' };
  }
  // "…, stating", "Caudevilla was keen to stress that…": the subject of the sentence's verb speaks.
  // "Hale recalled Lopez saying:", "Hale heard her say:": the object of a verb of memory or hearing speaks.
  const reportedObject = objectSaying(tokens, c);
  if (reportedObject) return { slot: reportedObject, cue, how: 'before' };
  if (isParticiple(tokens[c])) return { slot: sentenceSubject(tokens, c), cue, how: 'before' };
  if (isInfinitive(tokens, c)) return { slot: infinitiveSubject(tokens, c), cue, how: 'before' };
  // "…,” said Smith, “…": the name follows the verb.
  const inverted = nameAfter(tokens, c);
  // "Según explicó el ministro X, …", "Según ha explicado X", "Como dijo X, «…»": a cue after "según" or "como" has its subject after it.
  const opensSource = c > 0 && SOURCE_OPENERS.has(tokens[0].text.toLowerCase()) && tokens.slice(1, c).every((t) => HABER.has(t.text.toLowerCase()));
  // "Lo resumió así la directora del museo, Teresa Alcántara:", "Así lo explicó X:": the words, as a pronoun or a
  // manner, before the verb leave its subject after it.
  const wordsBefore = tokens.slice(0, c).every((t) => t.text === ',' || isMasked(t) || OBJECT_CLITICS.has(t.text.toLowerCase()) || MANNER_ADVERBS.has(t.text.toLowerCase()));
  if (inverted && (opensSource || wordsBefore)) return { slot: inverted, cue, how: 'before' };
  // "Gegenüber CNN sagte sie:", "Dem Spiegel sagte er:": in German a subject pronoun right after a verb of saying is its
  // subject, whatever opens the sentence (not after a verb of asking: "Der Reporter fragte sie").
  if (inverted && 'pronoun' in inverted && GERMAN_SINGULAR_SUBJECTS.has(tokens[c + 1]?.text ?? '') && !GERMAN_ASKING.has(cue) && isGerman(tokens)) return { slot: inverted, cue, how: 'before' };
  const apposed = subjectBeforeOpenAppositive(tokens, c);
  if (apposed) return { slot: apposed, cue, how: 'before' };
  const subject = subjectOf(tokens, c);
  // "Dass sich die Opposition einigen konnte, erklärt Petrow wie folgt:": the verb opens the main clause, its subject follows;
  // "Über seine Rettung sagte er:": so does a subject pronoun, when no one stands before the verb.
  // "Im Gespräch mit dieser Zeitung bezeichnete Brantner die Pläne als „…“": so does a German phrase opened by a preposition.
  const fronted = tokens[c - 1]?.text === ',' || (isOpeningPreposition(tokens[0]) && isGerman(tokens));
  if ('unnamed' in subject && inverted && 'name' in inverted && fronted) return { slot: inverted, cue, how: 'before' };
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
  // "En su caso particular, contó que…", "Para prevenirlos dijo que…": so does one after a phrase saying about what or when.
  // "Calificó la situación de «…»": so does one whose object follows it.
  const dropped = dropsSubject(tokens, c, inverted) || objectAfterVerb(tokens, c);
  if ('unnamed' in subject && (opensWithVerb(tokens, c) || opensWithPhraseThenVerb(tokens, c)) && dropped) return { slot: { pronoun: IMPLIED_SUBJECT }, cue, how: 'before' };
  return { slot: subject, cue, how: 'before' };
}

/**
 * "Calificó la situación de «…»", "Describió el acuerdo como «…»": a Romance verb before the quotation with an article after it
 * bringing in no one (no capital, no word for a person or a body, no unnamed source: not "dijo la portavoz que"), its object.
 */
function objectAfterVerb(tokens: Token[], c: number): boolean {
  if (!isArticle(tokens[c + 1]) || isEnglish(tokens) || isGerman(tokens)) return false;
  return !tokens.slice(c + 1).some((t) => isCap(t) || isPersonNoun(t) || isBodyWord(t.text.toLowerCase()) || UNNAMED_SOURCES.has(t.text.toLowerCase()));
}

/** German verbs of asking, whose "sie" after them may be whom they ask. */
const GERMAN_ASKING = new Set(['fragte', 'fragt', 'fragten']);

/** Spanish and Portuguese prepositions opening a phrase that says about what or when ("En ese sentido", "Para prevenirlos", "Na ocasião"). */
const OPENING_PREPOSITIONS = new Set(['en', 'para', 'sobre', 'con', 'tras', 'durante', 'desde', 'em', 'na', 'no', 'com', 'após']);
/** Determiners such a phrase may hold before its noun ("en ese sentido", "en otro momento", "en su caso", "nessa ocasião" aside). */
const PHRASE_DETERMINERS = new Set(['el', 'la', 'los', 'las', 'ese', 'esa', 'este', 'esta', 'su', 'sus', 'otro', 'otra', 'o', 'a', 'os', 'as', 'esse', 'essa', 'seu', 'sua', 'outro', 'outra']);
/** How many words such a phrase holds past its preposition and determiner when no comma closes it. */
const OPENING_PHRASE_WORDS = 2;

/**
 * True when a phrase saying about what or when opens the sentence, with no verb or name of its own, and only the verb
 * at c follows it: closed by its comma ("En su caso particular, contó que…"), or short and led by a preposition ("En
 * ese sentido expuso que…", "Para prevenirlos dijo que…", "En otro momento se refirió a…"). Not "En la reunión los
 * asistentes dijeron", whose subject stands there.
 */
function opensWithPhraseThenVerb(tokens: Token[], c: number): boolean {
  const fronted = afterFrontedPhrase(tokens);
  if (fronted > 0 && fronted <= c) return opensWithVerb(tokens.slice(fronted), c - fronted);
  // "Cuando Halvorsen llegó, dijo:", "Quando chegou, afirmou:": a clause of when or although, then the verb.
  const clause = subordinateClause(tokens);
  if (clause && clause.length < c) return opensWithVerb(tokens.slice(clause.length + 1), c - clause.length - 1);
  if (!OPENING_PREPOSITIONS.has(tokens[0]?.text.toLowerCase() ?? '')) return false;
  const from = PHRASE_DETERMINERS.has(tokens[1]?.text ?? '') ? 2 : 1;
  const to = REFLEXIVES.has(tokens[c - 1]?.text ?? '') ? c - 1 : c;
  const phrase = tokens.slice(from, to);
  return phrase.length > 0 && phrase.length <= OPENING_PHRASE_WORDS && phrase.every((t) => isLower(t) && !isCue(t) && !isRoleWord(t));
}

/** Spanish and Portuguese words opening a clause of when or although before the main one, whose subject they may drop. */
const SUBORDINATORS = new Set(['cuando', 'mientras', 'aunque', 'quando', 'enquanto', 'embora']);

/**
 * "Cuando Halvorsen llegó, dijo:": the clause of when or although opening the sentence, up to its comma; whoever acts in
 * it is whom the main clause's dropped subject means.
 */
export function subordinateClause(tokens: Token[]): Token[] | undefined {
  const comma = SUBORDINATORS.has(tokens[0]?.text.toLowerCase() ?? '') ? tokens.findIndex((t) => t.text === ',') : -1;
  return comma > 1 ? tokens.slice(0, comma) : undefined;
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
export function speechActAt(tokens: Token[]): number {
  // English phrases, when their clause ends there or goes on only with SPEECH_ACT_TAIL ("agreed to pay" is no speech).
  const folded = tokens.map((t) => t.text.toLowerCase().replace('’', "'"));
  // After the copula at i, perhaps past a word of degree, a word of `manners` ending the clause.
  const endsInManner = (i: number, manners: ReadonlySet<string>, isDegree: (j: number) => boolean) => {
    let manner = i + 1;
    while (manner <= i + 2 && !manners.has(folded[manner] ?? '') && isDegree(manner)) manner++;
    if (!manners.has(folded[manner] ?? '')) return false;
    return !tokens[manner + 1] || ['.', ',', ';', ':'].includes(tokens[manner + 1].text);
  };
  for (let i = 1; i < tokens.length; i++) {
    const phrase = SPEECH_ACTS.find((p) => p.every((w, j) => folded[i + j] === w));
    const next = phrase && tokens[i + phrase.length];
    if (phrase && (!next || [',', ';', ':'].includes(next.text) || SPEECH_ACT_TAIL.has(next.text))) return i;
    // "Lopez remained defiant.", "Hale sounded more cautious."
    if (MANNER_COPULAS.has(folded[i]) && endsInManner(i, ENGLISH_SPEAKING_MANNERS, (j) => MANNER_DEGREES.has(folded[j] ?? ''))) return i;
    // "Berger ist zuversichtlich.", "Pérez se mostró optimista.", "Silva mostrou-se confiante.": likewise in German,
    // Spanish and Portuguese, past any adverb of degree ("sehr", "muy").
    if (MOOD_COPULAS.has(folded[i]) && endsInManner(i, MOODS_OF_SPEAKING, (j) => !!tokens[j] && isLower(tokens[j]))) return folded[i - 1] === 'se' ? i - 1 : i;
  }
  const act = tokens.findIndex((t) => ANSWERING_VERBS.has(t.text));
  if (act > 0) return act;
  const issued = tokens.findIndex((_, i) => i > 0 && issuesStatementAt(tokens, i));
  if (issued > 0) return issued;
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

/** What a verb of putting out words (ISSUING) puts out, as the words of its subject. */
const STATEMENT_NOUNS = new Set([...SPEECH_NOUNS, 'statement', 'remarks', 'comunicado', 'declaración', 'declaraciones', 'planteamiento', 'nota', 'declaração', 'declarações']);
/** Words opening the reported clause after a statement ("a statement that…"): the words are read from that clause. */
const REPORTING_THAT = new Set(['that', 'que', 'dass']);
/** How many adjectives may stand between the article and the noun ("a more succinct statement", "un planteamiento muy similar"). */
const STATEMENT_ADJECTIVES = 3;

/** What joins a name to the noun it completes, in English too ("The case of Tom Reyes:"). */
const NOUN_COMPLEMENT_LINKS = new Set([...ROMANCE_OWNER_LINKS, 'of']);

/**
 * "Jeremy Robinson had a more succinct statement after the ruling.", "Enrique Gómez presentó un planteamiento muy
 * similar.": a verb of putting out words at token i with such a noun for its object, and no reported clause or cue after
 * it ("issued a statement that…" is read from its clause).
 */
function issuesStatementAt(tokens: Token[], i: number): boolean {
  const determiner = tokens[i + 1];
  if (!ISSUING.has(tokens[i].text) || !(isArticle(determiner) || ENGLISH_INDEFINITE.has(determiner?.text ?? '') || isIndefinite(determiner))) return false;
  let k = i + 2;
  while (k < i + 2 + STATEMENT_ADJECTIVES && tokens[k] && isLower(tokens[k]) && !STATEMENT_NOUNS.has(tokens[k].text)) k++;
  if (!STATEMENT_NOUNS.has(tokens[k]?.text ?? '')) return false;
  return tokens.slice(k + 1).every((t) => !REPORTING_THAT.has(t.text) && !isCue(t));
}

/** Words that open what a claim says, after its noun and owner ("claim that", "de que", "selon laquelle", "zurück,"). */
const CLAIM_OPENERS = new Set(['that', 'to', 'de', 'que', 'selon', 'dass', ',', 'zurück', ':']);
/** What brings in a claim's owner after its noun ("the claim by Ann Cole", "l’affirmation d’Anne Morel"). */
const CLAIM_OWNER_LINKS = new Set(['by', 'of', 'from', 'de', 'del', 'do', 'da', 'd’', "d'", 'von', 'vom']);
/** Subject pronouns that may stand for the claim itself ("the claim that it was “…”"), whose words are then another's. */
const CLAIM_PRONOUNS = new Set(['it', 'this', 'es', 'il', 'elle', 'ello']);

/**
 * "Hale rejected Ann Cole’s claim that “…”", "Hale responded to the claim by Ann Cole that the race was “…”", "rechazó
 * la afirmación de Ana Cole de que «…»", "l’affirmation d’Anne Morel selon laquelle « … »": the words are what the claim's
 * owner said, whoever speaks of the claim; only when nothing but the claim's clause, in lower case and with no cue of its
 * own, stands between its owner and the words.
 */
function ownerOfClaim(tokens: Token[]): Found | undefined {
  const noun = tokens.findLastIndex((t) => CLAIM_NOUNS.has(t.text.toLowerCase()));
  if (noun < 0) return undefined;
  const opensClaim = (k: number) =>
    CLAIM_OPENERS.has(tokens[k]?.text ?? '') && !CLAIM_PRONOUNS.has(tokens[k + 1]?.text.toLowerCase() ?? '') && tokens.slice(k + 1).every((t) => !isCap(t) && !isCue(t));
  let start = -1;
  let end = -1;
  if (isPossessive(tokens[noun - 1]) && isCap(tokens[noun - 1]) && opensClaim(noun + 1)) [start, end] = [runStartingBefore(tokens, noun - 1), noun - 1];
  else if (CLAIM_OWNER_LINKS.has(tokens[noun + 1]?.text ?? '') && isCap(tokens[noun + 2])) {
    const last = runEndingAfter(tokens, noun + 2);
    if (opensClaim(last + 1)) [start, end] = [noun + 2, last];
  }
  const mention = start >= 0 ? nameOfRun(tokens.slice(start, end + 1)) : undefined;
  return mention && { slot: { name: mention.name, titled: mention.titled || mention.organisation }, cue: tokens[noun].text.toLowerCase(), how: 'before' };
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

/**
 * "Declaring “…” is at stake, Defense Secretary Robert Gates has ordered a review", "Calling the plan “…,” Senator Jane
 * Ruiz voted against it": a participle of saying opening the sentence has no subject of its own; the main clause's,
 * after the comma that closes the participle's clause past the words, speaks.
 */
function frontedParticipleSubject(before: Found, beforeTokens: Token[], afterTokens: Token[], commaInside: boolean): Slot | undefined {
  // Capitalised, it opens the sentence, perhaps after a dateline ("WASHINGTON (Aug. 13) -- Declaring").
  const participle = beforeTokens.find((t) => isCap(t) && t.text.toLowerCase() === before.cue);
  if (before.how !== 'before' || !('unnamed' in before.slot) || !participle || !isParticiple(participle)) return undefined;
  const comma = commaInside ? -1 : afterTokens.findIndex((t) => t.text === ',');
  if (!commaInside && comma < 0) return undefined;
  return openingSubject(afterTokens.slice(comma + 1));
}

/** Words before a cue whose subject then follows it ("Según explicó el ministro", "Segundo informou a PM", "Como dijo Sánchez"). */
const SOURCE_OPENERS = new Set(['según', 'segundo', 'como', 'conforme']);

/**
 * The reading before the quotation, unless it is only a colon that names no one known and a cue after the
 * quotation gives a name or a role ("…, müsse man über die Finanzierung reden: „…?“, fragt Mistler").
 */
export function preferCue(before: Found | undefined, beforeTokens: Token[], afterTokens: Token[], commaInside: boolean): Found | undefined {
  if (before && reportsParticiple(before, afterTokens)) return cueAfter(afterTokens, commaInside);
  const fronted = before && frontedParticipleSubject(before, beforeTokens, afterTokens, commaInside);
  if (fronted) return { ...before, slot: fronted };
  const after = cueAfter(afterTokens, commaInside);
  // "Für Peta reagiert D.Live viel zu spät: „…“, erklärte Nadja Michler": a clause ending in a colon sets the words up;
  // a name credited right after them says who spoke them.
  // Not a clause going on after them ("“…,” and alleges Ghislaine Maxwell then entered"), nor a sentence after them that
  // opens with anything but the cue or the name.
  const credit = afterTokens.find((t) => /\p{L}/u.test(t.text));
  if (before && beforeTokens.at(-1)?.text === ':' && after && 'name' in after.slot && credit && (isCue(credit) || after.slot.name.startsWith(credit.text))) return after;
  if (before && !(before.how === 'colon' && ('unnamed' in before.slot || 'role' in before.slot || ('name' in before.slot && before.slot.needsPerson)))) return before;
  return after && ('name' in after.slot || 'role' in after.slot) ? after : before ?? after;
}

/**
 * "In Dr. Shadlen's words, “…”", "in Cairo’s own words, a “…”", "Math was, in her words, a “…”": whose words the
 * quotation after them, perhaps past its article, is; a possessive pronoun stands for a person as a subject pronoun would.
 */
function inWhoseWords(tokens: Token[]): Slot | undefined {
  const comma = ENGLISH_ARTICLES.has(tokens.at(-1)?.text.toLowerCase() ?? '') ? tokens.length - 2 : tokens.length - 1;
  if (![',', ':'].includes(tokens[comma]?.text ?? '') || tokens[comma - 1]?.text.toLowerCase() !== 'words') return undefined;
  const owner = tokens[comma - 2]?.text.toLowerCase() === 'own' ? comma - 3 : comma - 2;
  if (isPossessive(tokens[owner])) return slotEndingAt(tokens, owner);
  const pronoun = tokens[owner - 1]?.text.toLowerCase() === 'in' ? PERSON_OWNER_PRONOUN.get(tokens[owner]?.text.toLowerCase() ?? '') : undefined;
  return pronoun ? { pronoun } : undefined;
}
