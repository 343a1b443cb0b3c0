/**
 * Who stands in the subject slot of a verb of saying: the name, pronoun, role or body before or
 * after the cue, read through titles, appositives, fronted phrases and the shapes of a clause in
 * each language.
 */
import { ACCORDING, ARTICLES, AUXILIARIES, AVOIR, CZECH_DEMONYMS, CREDENTIALS, CZECH_PERSON_NOUN, FAMILY, FRENCH_SPEAKING_MANNERS, isDescriptor, type Gender, GERMAN_INSTITUTIONS, GERMAN_KIN, GERMAN_PERSON_NOUN, GERMAN_SAME_PLURALS, GIVEN_NAME_GENDER, INCISE_ADVERBS, isEpithet, KIN, NOT_NAMES, PREPOSITIONS, REFERRING_BODIES, REFLEXIVES, ROLE_COMPLEMENT, ROLES, SPOKES, UNNAMED_SOURCES } from '../lexicon';
import { ACRONYM_WORD, isBareOrganisationWord, isOrganisationWord, isRole, isRoleWord, isTradeTitle, nameOfRun, nominativeOfDeclined, TRADE_NOUN_ENDING, POSSESSIVE_ENDING, PRONOUNS, runEndingAfter, runStartingBefore, SAINTS, type Token } from '../names';
import { AND, BRINGING_IN, bringsInSomeone, CONJUNCTIONS, COORDINATORS, describesSomeone, ENGLISH_ARTICLES, GERMAN_CONTRACTIONS, GERMAN_DETERMINER, GERMAN_GENITIVE_ARTICLES, INDEFINITE, INDEFINITE_DE, isAdjective, isAdverb, isAnyVerb, isArticle, isCap, isCue, isEnglish, isGerman, isLower, isMasked, isOpeningAdverb, isOpeningPreposition, isParticiple, isPossessive, isPreposition, isVerbLike, LINKS, nominativeAfter, POSSESSIVE_DETERMINERS, timePhraseLength } from './words';
import { cuePhraseStart, DOCUMENTS, ENGLISH_SUBJECTS, isCueAt, NAMING_VERBS, phraseAt, READING } from './cues';
import { acronymOfPhrase, bodyAfterComplement, bodyName, bodyNamed, bodyWithDepartment, bodyWordAt, isBodyWord, ENTOURAGES, entourageOf, demonymAt, describedGender, describesOffice, descriptionAfter, ELIDED_ARTICLES, epithetAt, germanDescriptionAt, isAcronym, isFeminineA, isGermanNoun, isGivenName, isLoneAcronym, isPersonNoun, isQualifierAt, issuerAfterWriting, isWriting, joinWords, mentionOfRun, namesBodyKind, nationalBodyAt, officeAt, nationalBodyAfterArticle, organisationWithDepartment, ORIGIN_LINKS, ownsNothing, pastWhen, POSSESSOR_BEFORE, relativeClauseSubject, roleAt, roleOfDepartment, ROMANCE_OWNER_LINKS, type Slot, slotEndingAt, SPOKESPERSON, writingAt, writingReadIn, WRITINGS } from './roles';

export type AttributionCue = 'before' | 'after' | 'colon' | 'pronoun' | 'continuation';

/** The gender a word for a spokesperson tells. */
const SPOKES_GENDER = new Map<string, Gender>([['spokeswoman', 'f'], ['spokesman', 'm']]);

/**
 * "A spokeswoman for Tesco said…", "A Tesco spokesman said…": the organisation whose spokesperson is the subject of the
 * sentence's cue, and the spokesperson's gender where the word tells it.
 */
export function spokespersonSubject(tokens: Token[]): { organisation: string; gender?: Gender } | undefined {
  const c = tokens.findIndex((_, i) => isCueAt(tokens, i));
  const spokes = tokens.findIndex((t) => SPOKES.has(t.text.toLowerCase()));
  if (c < 0 || spokes < 0 || spokes > c) return undefined;
  const slot = subjectOf(tokens, c);
  const gender = SPOKES_GENDER.get(tokens[spokes].text.toLowerCase());
  return 'name' in slot ? { organisation: slot.name, ...(gender ? { gender } : {}) } : undefined;
}
/** Words after a cue that introduce who was told, not who speaks ("řekl pro Aktuálně.cz", "řekla serveru…"). */
const ADDRESSEE = new Set(['pro', 'serveru', 'deníku', 'listu', 'agentuře', 'televizi', 'rádiu']);
/** Prepositions that bring the agent of a passive ("announced by Smith", "anunciado por Sánchez"): that one acts. */
export const AGENTS = new Set(['by', 'por', 'pelo', 'pela', 'par', 'von']);
/** Auxiliaries of the passive in French, Spanish, Portuguese and German ("a été présenté", "fue presentado", "foi apresentado", "wurde vorgestellt"). */
const PASSIVE_AUXILIARIES = new Set(['été', 'fue', 'fueron', 'sido', 'foi', 'foram', 'wurde', 'wurden', 'worden']);
/** A user name as a subject ("acebush1", "Acebush1" opening a sentence, "jayk1984"): letters, then digits, no space. */
const SPEAKING_HANDLE = /^\p{L}\p{Ll}+\d+$/u;
/** The pronoun a verb with no subject stands for (Czech, Spanish, Portuguese): of no known gender. */
export const IMPLIED_SUBJECT = '';

/**
 * Possessives that open a sentence with whose words follow ("Her verdict:"), and the pronoun standing for the owner:
 * French, Spanish and Portuguese possessives agree with the thing owned, so tell no gender.
 */
export const OWNER_PRONOUN = new Map([
  ...['her'].map((w) => [w, 'she'] as const),
  ...['his', 'sein', 'seine'].map((w) => [w, 'he'] as const),
  ...['son', 'sa', 'su', 'seu', 'sua'].map((w) => [w, IMPLIED_SUBJECT] as const),
]);
/** The English possessives of OWNER_PRONOUN, which only a person owns ("its", "their" may be a body's). */
export const PERSON_OWNER_PRONOUN = new Map([...OWNER_PRONOUN].filter(([word]) => word === 'her' || word === 'his'));

export const APPOSITIVE_START = new Set(['a', 'an', 'the', 'who', 'which', 'one', 'whose', 'now', 'then', 'qui', 'que', 'quien', 'der', 'die']);

/** Spanish and Portuguese demonstratives: "este ministerio" is the ministry just named. */
const DEMONSTRATIVES = new Set(['este', 'esta', 'ese', 'esa', 'esse', 'essa']);

/** "n’a pas mâché ses mots", "a pris la parole", "a haussé le ton": French phrases for speaking, the participle first. */
const SPEAKING_PHRASES = [['mâché', 'ses', 'mots'], ['pris', 'la', 'parole'], ['haussé', 'le', 'ton']];
/** "s’est montrée cinglante", "s’est voulu rassurant": the participle before a manner of speaking (FRENCH_SPEAKING_MANNERS). */
const SHOWN = /^(?:montré|voulu)e?s?$/u;
/** "se montre prudent", "se veut rassurante": the same in the present. */
const SHOWS = new Set(['montre', 'montrent', 'veut', 'veulent']);
/** "reste prudent", "demeure optimiste": a manner of speaking kept, with no "se". */
const REMAINS = new Set(['reste', 'restait', 'demeure', 'demeurait']);
/** French negation around an auxiliary ("n’a pas", "ne s’est"). */
const NEGATION = /^(?:ne|pas|n[’'](?:a|est))$/u;
/** Degrees before a manner of speaking ("s’est montré plus prudent"). */
const DEGREES = new Set(['très', 'plus', 'assez', 'particulièrement', 'aussi', 'encore']);

/**
 * "Jean-Luc Mélenchon n’a pas mâché ses mots.", "Interrogée sur la réforme, Marine Tondelier s’est montrée cinglante.": a
 * sentence saying that someone spoke, and how, with no verb of saying; its subject, the name or role opening its clause
 * right before the verb. "Marine Tondelier s’est montrée très efficace" is not about speaking.
 */
export function speakingMannerSubject(tokens: Token[]): Slot | undefined {
  const p = tokens.findIndex((_, i) => SPEAKING_PHRASES.some((phrase) => phrase.every((w, j) => tokens[i + j]?.text === w)));
  const manner = (i: number) => FRENCH_SPEAKING_MANNERS.has(tokens[DEGREES.has(tokens[i]?.text ?? '') ? i + 1 : i]?.text ?? '');
  const shown = tokens.findIndex((t, i) => ((SHOWN.test(t.text) && REFLEXIVE_AUXILIARY.test(tokens[i - 1]?.text ?? '')) || (SHOWS.has(t.text) && tokens[i - 1]?.text === 'se') || (REMAINS.has(t.text) && i > 0)) && manner(i + 1));
  // Back from the participle past the auxiliary and the negation ("n’a pas", "a", "s’est") to the subject.
  let v = p >= 0 ? p : shown;
  if (v <= 0) return undefined;
  while (v > 0 && (AVOIR.has(tokens[v - 1].text) || REFLEXIVE_AUXILIARY.test(tokens[v - 1].text) || NEGATION.test(tokens[v - 1].text))) v--;
  return v > 0 ? subjectOf(tokens, v) : undefined;
}

/** German pronouns that are only ever subjects ("sie" may be an object, "es" stands for the words). */
const GERMAN_NOMINATIVE_PRONOUNS = new Set(['er', 'ich', 'wir']);

/** German relative pronouns, opening a clause whose verb stands last ("der dort lebt", "in dessen Bereich … liegt"). */
export const GERMAN_RELATIVE_PRONOUNS = new Set(['der', 'die', 'das', 'dem', 'den', 'denen', 'dessen', 'deren']);

/** Subject pronouns that may follow their verb: German, French, Spanish and Portuguese ones, not English "he" and "she". */
export const INVERTED_PRONOUNS = new Set([...PRONOUNS].filter((p) => p !== 'he' && p !== 'she'));

/** German auxiliaries of the perfect and pluperfect ("hat … gesagt", "hatte … versprochen"). */
const GERMAN_PERFECT_AUXILIARIES = new Set(['hat', 'hatte', 'haben', 'hatten']);
/** German finite auxiliaries: a name right before one is its clause's subject, whatever stands before the verb at the clause's end. */
const GERMAN_FINITE_AUXILIARIES = new Set([...GERMAN_PERFECT_AUXILIARIES, 'ist', 'sind', 'wird', 'werden', 'wurde', 'wurden']);

/** Who does the verb at token v: the name or pronoun just before it, past adverbs and an appositive. */
export function subjectOf(tokens: Token[], v: number): Slot {
  // "Die Technik sei kein Selbstzweck, betont sie": after a clause, a verb with a subject pronoun after it is that
  // pronoun's (in English, "…, said he was" opens the reported clause).
  const after = tokens[v + 1];
  if (tokens[v - 1]?.text === ',' && after && INVERTED_PRONOUNS.has(after.text) && !germanPlural(tokens[v], after)) return { pronoun: after.text };
  // "In Anlehnung an den Soziologen Hartmut Rosa fragte er:": after any other part opening a German sentence too, when
  // the pronoun can only be a subject; a name before the verb is then its object or part of a phrase.
  if (v > 0 && after && GERMAN_NOMINATIVE_PRONOUNS.has(after.text) && isGerman(tokens)) return { pronoun: after.text };
  // "„…“, hat er auf einer Pressekonferenz gesagt": in the German perfect the pronoun follows the auxiliary.
  const auxiliary = tokens.findLastIndex((t, j) => j < v && GERMAN_PERFECT_AUXILIARIES.has(t.text));
  const perfect = auxiliary >= 0 ? tokens[auxiliary + 1] : undefined;
  if (perfect && GERMAN_NOMINATIVE_PRONOUNS.has(perfect.text) && !tokens.slice(auxiliary, v).some((t) => t.text === ',') && isGerman(tokens)) return { pronoun: perfect.text };
  const relative = relativeClauseSubject(tokens, v);
  if (relative) return relative;
  // "Ein Polizeisprecher bestätigte:", "Ein Siemens-Sprecher sagte:": the body a German spokesperson's compound names,
  // opening the sentence, as after the verb.
  const compound = v === 2 && SPOKESPERSON_COMPOUND.test(tokens[1].text) ? bodyOfGermanSpokesperson(tokens, 0) : undefined;
  if (compound) return compound;
  const czechBody = czechBodyAt(tokens, 0, v);
  if (czechBody) return czechBody;
  // "Mme Binet a fait valoir", "l'ONG a mis en garde": past the first words of a cue phrase.
  let k = cuePhraseStart(tokens, v) - 1;
  // "habe er sich gesagt": past the reflexive pronoun to the subject; "Karen Bass l’a promis", "Bass lo afirmó": past
  // the pronoun standing for what was said.
  // "Juan Pérez le respondió a Ana García:": past the pronoun of whom the words were said to.
  while (k >= 0 && (isAdverb(tokens[k]) || REFLEXIVES.has(tokens[k].text) || OBJECT_CLITICS.has(tokens[k].text) || DATIVE_CLITICS.has(tokens[k].text))) k--;
  // "acebush1 posted", "In an earlier post, elmo666 had written": a user name with digits right before the verb is who wrote.
  if (SPEAKING_HANDLE.test(tokens[k]?.text ?? '') && (k === 0 || !/\p{L}/u.test(tokens[k - 1].text))) return { name: tokens[k].text, titled: true };
  // "détaille Mme Cardenal, qui développe :", "Smith, who added:", "Natalia Piergentili, quien afirmó": a relative clause's
  // verb has the name before it for subject.
  const relativeOf = ['qui', 'who', 'quien'].includes(tokens[k]?.text ?? '') && tokens[k - 1]?.text === ',' && isCap(tokens[k - 2]) ? k - 2 : tokens[k]?.text === 'who' && isCap(tokens[k - 1]) ? k - 1 : -1;
  if (relativeOf >= 0) {
    k = relativeOf;
    // "The order came from Tom Hale, who told his employees": the name is the relative clause's subject, whatever
    // governs it; not after a word for a person ("a lawyer for Tom Hale, who said"), whom the clause may be about.
    const start = runStartingBefore(tokens, k);
    const governor = LINKS.has(tokens[start - 1]?.text ?? '') ? tokens[start - 2] : undefined;
    const slot = slotEndingAt(tokens, k);
    if ('name' in slot && !(governor && (isRoleWord(governor) || isPersonNoun(governor)))) return slot;
  }
  // "Paganini and his team wrote", "Quinn and colleagues wrote": the person named leads those with them, and speaks.
  k = leaderOfTeamAt(tokens, k) ?? k;
  // "Trump on Tuesday said", "Ruano last week said", "Betancourt at that time asked": past a time between the subject and the verb.
  const when = [2, 3].find((n) => k - n + 1 > 0 && timePhraseLength(tokens, k - n + 1) === n);
  if (when) {
    k -= when;
    while (k >= 0 && isAdverb(tokens[k])) k--;
  }
  // "Stanjura na tiskové konferenci řekl:", "Premiér Petr Fiala v neděli v televizi uvedl": Czech puts the time and the
  // place between the subject opening the sentence and its verb.
  k = czechSubjectEnd(tokens, v) ?? k;
  // "Novákův advokát řekl:": someone of theirs, as after the verb.
  const possessive = isCzechPossessive(tokens, k) ? k : k > 0 && isCzechPossessive(tokens, k - 1) ? k - 1 : -1;
  const owned = possessive >= 0 ? ownedPersonAt(tokens, possessive) : undefined;
  if (owned) return owned;
  // "The Indian army in a statement said", "Smith in an interview said": past the occasion between the subject and the verb.
  const occasion = tokens.findLastIndex((t, j) => j > 0 && j <= k && t.text === 'in' && j + occasionPhraseLength(tokens, j) === k + 1);
  if (occasion > 0) k = occasion - 1;
  // "Police said Tom Hale tore open his shirt and shouted": a second verb of a clause reported after a cue, whose
  // subject is the name right after the cue, with a verb after it.
  if (tokens[k]?.text === 'and' && k > 0) {
    // Not "has labeled Bini a “…” and condemned": a verb that names has an object there.
    const said = tokens.findLastIndex((t, i) => i < k && isCueAt(tokens, i) && !NAMING_VERBS.has(t.text));
    const end = said >= 0 && isCap(tokens[said + 1]) ? runEndingAfter(tokens, said + 1) : -1;
    const verb = tokens[end + 1];
    if (end > 0 && end < k - 1 && verb && isAnyVerb(verb) && !ENGLISH_ARTICLES.has(verb.text) && !isArticle(verb)) return slotEndingAt(tokens, end);
    // "Uber stepped in and tweeted", "he felt it was “…,” and explained": a second verb of the sentence's subject.
    if (isLower(tokens[k - 1]) || tokens[k - 1].text === ',') return sentenceSubject(tokens, k);
  }
  // "Voigt bedankt sich … und sagt dann:": a second verb of the name opening the sentence, whatever its first verb.
  if (AND.has(tokens[k]?.text) && k > 0) {
    // "…, sagt der Philosoph Richard David Precht, und fügt hinzu:": the subject after the cue of the clause before.
    const earlier = tokens.findLastIndex((_, i) => i < k && isCueAt(tokens, i));
    const afterCue = earlier >= 0 && tokens[earlier - 1]?.text === ',' ? nameAfter(tokens, earlier) : undefined;
    if (afterCue && !('unnamed' in afterCue)) return afterCue;
    // "Minutos antes del encuentro, Albares ha recalcado … y pidió": past a phrase of time or place and its comma.
    // "La alcaldesa Karen Bass visitó la zona y dijo que": past the article and the role opening the sentence, to the name.
    const intro = tokens.findIndex((t, i) => i < k && t.text === ',');
    const opening = intro > 0 && !!tokens[1] && isLower(tokens[1]) ? intro + 1 : 0;
    let named = opening;
    if (isArticle(tokens[named]) || isFeminineA(tokens, named)) named++;
    while (tokens[named] && isLower(tokens[named]) && isRoleWord(tokens[named])) named++;
    const from = isCap(tokens[named]) ? named : 0;
    // "Zugleich verteidigte sie … und betonte": a German sentence opened by a word that is not its subject has the
    // subject pronoun right after its first verb.
    const inverted = tokens[2]?.text ?? '';
    if (from === 0 && k > 2 && isLower(tokens[1]) && INVERTED_PRONOUNS.has(inverted) && !germanPlural(tokens[1], tokens[2]) && isGerman(tokens)) return { pronoun: inverted };
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
  // "Senator John McCain (R-Ariz.) said", "Sen. Elizabeth Warren, D-Mass., said": the party and state, in parentheses or
  // between commas, are about the name before them.
  if (tokens[k]?.text === ')') {
    const open = tokens.slice(0, k).findLastIndex((t) => t.text === '(');
    const acronym = open >= 0 ? acronymOfPhrase(tokens, open) : undefined;
    if (acronym) return { name: acronym, titled: true };
    if (open >= 0) k = open - 1;
  }
  // "Stefan Marx, Geschäftsführer der DGB-Region Ruhr-Mark, in dessen Bereich die Brücke liegt, ergänzt:": a German
  // relative clause between commas, its verb last, is about the name before it; read back to its opening comma.
  if (tokens[k]?.text === ',' && k > 0 && isLower(tokens[k - 1]) && isGerman(tokens)) {
    const open = tokens.slice(0, k).findLastIndex((t) => t.text === ',');
    const pronoun = isPreposition(tokens[open + 1]) ? open + 2 : open + 1;
    if (open > 0 && pronoun < k - 1 && GERMAN_RELATIVE_PRONOUNS.has(tokens[pronoun].text)) k = open;
  }
  // "Maria Lopez, MS, RD, says": credentials between commas after the name are no subject.
  while (tokens[k]?.text === ',' && CREDENTIALS.has(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',') k -= 2;
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
    // "As one buyer on the market, elmo666, wrote": a user name alone between the commas is the subject it names.
    if (open === k - 2 && SPEAKING_HANDLE.test(first?.text ?? '')) return { name: first.text, titled: true };
    if (open >= 0 && opensAside(tokens, open, k)) k = open - 1;
    // "Morrison, Vindman's superior, said", "Strauss Zelnick, CEO of Take-Two, adds": an appositive may open with a
    // possessive or a capitalised role, when the name before it opens its clause (not "In Washington, Trump's aides said").
    // "Ann Cole, Tom Hale’s deputy, said": so may a full name's possessive; "Anna Berger, Stellvertreterin von Tom Krause,
    // sagte", "Anna Berger, Mutter von drei Kindern, sagte": so may a German noun for a person, capitalised.
    else if (open > 0 && first && (describesSomeone(first) || isPossessive(tokens[runEndingAfter(tokens, open + 1)]) || isGermanPersonNoun(tokens, open + 1)) && opensClause(tokens, open - 1)) k = open - 1;
    else k -= 1;
  } else if (tokens[k] && isLower(tokens[k])) {
    // "the Trump administration said", "Dayton police said": the capitals before a body's word say which body, as after the verb.
    const place = isCap(tokens[k - 1]) ? runStartingBefore(tokens, k - 1) : -1;
    const placed = place === 0 || ENGLISH_ARTICLES.has(tokens[place - 1]?.text.toLowerCase() ?? '') ? placedBody(tokens, place, k - 1) : undefined;
    if (placed) return placed;
    const head = appositiveHead(tokens, k);
    if (head === 0 && opensWithFeltWord(tokens)) {
      const slot = slotEndingAt(tokens, 0);
      return 'name' in slot ? { ...slot, needsPerson: true } : slot;
    }
    k = head ?? workplaceBefore(tokens, k) ?? k;
  }
  const worker = workerBefore(tokens, k);
  if (worker) return worker;
  const czech = k === 0 ? czechWomanOpening(tokens, v) : undefined;
  if (czech) return czech;
  // "Die 52-Jährige sagte:", as after the verb ("sagte die 52-Jährige").
  const aged = epithetOfAge(tokens, k - 1);
  if (aged) return aged;
  // "Her statement read:", "His report says": a writing opening the sentence with "her" or "his" speaks for its owner, whom
  // the possessive stands for as a pronoun would. Not "Son communiqué", "Su comunicado", "Sein Bericht": those may be a
  // body's, which no pronoun of a person means.
  const owner = k === 1 && isWriting(tokens[k].text.toLowerCase()) ? PERSON_OWNER_PRONOUN.get(tokens[0].text.toLowerCase()) : undefined;
  if (owner) return { pronoun: owner };
  const slot = slotEndingAt(tokens, k);
  if (!('name' in slot)) return slot;
  const start = runStartingBefore(tokens, k);
  // "Lopez and Smith said": two people saying the words together are no one speaker (not "Devon and Cornwall Police",
  // "Police and Crime Commissioner Matt Storey").
  if (COORDINATORS.has(tokens[start - 1]?.text ?? '') && isCap(tokens[start - 2]) && isPersonRun(tokens, runStartingBefore(tokens, start - 2), start - 2) && isPersonRun(tokens, start, k)) return { unnamed: true };
  // "zitierte sie den Abgeordneten Max Mordhorst, empfahl ihm:": a German object before the comma is not who speaks.
  if (tokens[k + 1]?.text === ',' && isGermanObject(tokens, start)) return sentenceSubject(tokens, start);
  const department = roleOfDepartment(tokens, start, k);
  if (department) return department;
  // "Sobre la situación de Granda dijo que…": a name completing a noun is not who speaks; after a phrase saying what about,
  // the verb's subject is dropped (the one the story follows), otherwise it is the noun's ("la madre de Granda"), unnamed.
  if (completesNoun(tokens, start, ROMANCE_OWNER_LINKS)) {
    return PREPOSITIONS.has(tokens[0].text.toLowerCase()) ? { pronoun: IMPLIED_SUBJECT } : { unnamed: true };
  }
  // "El abogado de Tom Smith dijo", "La hija de Tom Smith contó", "Der Anwalt von Tom Smith sagte": a role of the person
  // named after it, a given name opening the name; not the department of "el ministro de Economía Carlos Cuerpo".
  if (PERSON_OWNER_LINKS.has(tokens[start - 1]?.text ?? '') && isRoleWord(tokens[start - 2]) && isGivenName(tokens[start])) return { unnamed: true };
  // German capitalises the role, so "Anwalt von Tom Smith" is one run of capitals.
  if (tokens.some((_, j) => j > start && j < k && isGermanOwnerAt(tokens, j)) && isGerman(tokens)) return { unnamed: true };
  // "Im Gespräch mit dieser Zeitung bezeichnete Brantner…": a German noun after a determiner and a preposition is the
  // preposition's object.
  if (GERMAN_DETERMINER.test(tokens[start - 1]?.text ?? '') && isPreposition(tokens[start - 2]) && isGerman(tokens)) return { unnamed: true };
  // "Die Ärzte im Krankenhaus sagten", "Die Mutter von drei Kindern sagte": so is one word after a contraction with the
  // article, or after a preposition and a number or an adjective.
  const governed = GERMAN_CONTRACTIONS.has(tokens[start - 1]?.text ?? '') || (start > 1 && isLower(tokens[start - 1]) && !isRoleWord(tokens[start - 1]) && isPreposition(tokens[start - 2]));
  if (start === k && governed && !isGivenName(tokens[k]) && isGerman(tokens)) return { unnamed: true };
  // "a lawyer for Smith said", "an aide to the minister said": the name is the object of a
  // preposition, not who speaks; only "a spokeswoman for Tesco" speaks for the one named.
  // "Rebecca English of the Daily Mail recalled": past the article to the preposition.
  // "a person close to the Murdochs said": someone close to them (not "Speaking to the Daily Mail Lacerda claimed").
  const close = CLOSE_LINKS.has(tokens[start - 2]?.text ?? '') && CLOSE.has(tokens[start - 3]?.text ?? '');
  // "Fuentes cercanas a Juan Pérez calificaron": someone near the one named, with no article before the name.
  if (CLOSE_LINKS.has(tokens[start - 1]?.text ?? '') && CLOSE.has(tokens[start - 2]?.text ?? '')) return { unnamed: true };
  // "Des experts cités par Le Monde estiment", "Expertos consultados por El País calificaron": the agent of a participle
  // describing the subject, past its article.
  const agent = AGENTS.has(tokens[start - 2]?.text ?? '');
  const p = isArticle(tokens[start - 1]) && (WORKPLACE_LINKS.has(tokens[start - 2]?.text ?? '') || tokens[start - 2]?.text === 'for' || close || agent) ? start - 2 : start - 1;
  const preposition = tokens[p];
  // "In Berlin sagten die Gewerkschaften", "En París, los sindicatos dijeron": a preposition opening the sentence too.
  const linking = !!preposition && (LINKS.has(preposition.text) || AGENTS.has(preposition.text) || (p === 0 && isOpeningPreposition(preposition)));
  if (!linking || CLAUSE_CONJUNCTIONS.has(preposition.text)) return slot;
  if (speaksThrough(tokens, p + 1)) return slot;
  // "according to Lin Wood, who called it “…”", "selon Marie Dubois, qui a ajouté": the source the words are credited to.
  if (ACCORDING.has(tokens[p - 1]?.text.toLowerCase() ?? '') || ACCORDING.has(preposition.text.toLowerCase())) return slot;
  // "The Conservatives’ letter to Daniel Greenberg, the standards commissioner, said": the letter speaks, for its issuer.
  if (DOCUMENTS.has(tokens[p - 1]?.text.toLowerCase() ?? '')) return slotEndingAt(tokens, p - 1);
  return { unnamed: true };
}

/** An American legislator's party and state: "D-Mass.", "R-Texas", "I-Vt.", "D-N.Y.". */
const PARTY_AND_STATE = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/**
 * Whether the words between the commas at `open` and `close` are an aside about the name before them: in lower case, a
 * number ("Karen Lowe, 45,"), an article or a relative pronoun, or a legislator's party and state alone ("D-Mass.").
 */
function opensAside(tokens: Token[], open: number, close: number): boolean {
  const first = tokens[open + 1];
  return !!first && (isLower(first) || /^\d/.test(first.text) || APPOSITIVE_START.has(first.text.toLowerCase()) || (close === open + 2 && PARTY_AND_STATE.test(first.text)));
}

/**
 * Links that are conjunctions, opening a clause whose subject speaks: "as Reuters reported", "…, but Mark Milley told
 * reporters".
 */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'or', 'as', 'but']);

/** True when the run of capitals from start to end names a person: no body, no role among its words. */
function isPersonRun(tokens: Token[], start: number, end: number): boolean {
  const mention = start >= 0 ? mentionOfRun(tokens, start, end) : undefined;
  return !!mention && !mention.organisation && mention.roles.length === 0 && !tokens.slice(start, end + 1).some((t) => isRoleWord(t) || isOrganisationWord(t.text.toLowerCase()));
}

/** Words for those who work with a person named before them ("Paganini and his team"). */
const TEAMS = new Set(['team', 'colleagues', 'co-authors', 'coauthors', 'collaborators', 'co-workers', 'coworkers']);

/** "Paganini and his team", "Quinn and colleagues", ending at token k: where the person's name ends. */
function leaderOfTeamAt(tokens: Token[], k: number): number | undefined {
  if (!TEAMS.has(tokens[k]?.text ?? '')) return undefined;
  const and = POSSESSIVE_DETERMINERS.has(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
  return tokens[and]?.text === 'and' && isCap(tokens[and - 1]) ? and - 1 : undefined;
}

/**
 * Words for someone near a person or a body, before "to" or "with" ("a person close to the Murdochs", "a source familiar
 * with the talks"), or the Romance "a" or "de" ("fuentes cercanas a Juan Pérez", "des sources proches de Jean Dupont").
 */
const CLOSE = new Set(['close', 'closer', 'familiar', 'loyal', 'near', 'cercano', 'cercana', 'cercanos', 'cercanas', 'próximo', 'próxima', 'próximos', 'próximas', 'proche', 'proches', 'allegado', 'allegados']);
/** What joins a word of CLOSE to whom it is near. */
const CLOSE_LINKS = new Set(['to', 'with', 'a', 'al', 'à', 'de', 'du', 'des', 'do', 'da', 'ao']);

/** Participles saying who issued a writing, before "by" ("the lawsuit filed by…"). */
const ISSUED = new Set(['filed', 'issued', 'released', 'signed', 'written', 'sent', 'published']);

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
  if (tokens[after]?.text === ',' && isCap(tokens[after + 1])) return undefined;
  // "said a spokesman for the Dayton police", "for the Ohio attorney general": the capitals only say which police or
  // which attorney general. A body is named with its word; an office is someone the words do not name.
  if (through && isRoleWord(tokens[after]) && isLower(tokens[after])) return { unnamed: true };
  return (through ? placedBody(tokens, start, end) : undefined) ?? bodyNamed(tokens, start, end);
}

/**
 * "the Dayton police", "the Kyiv government", "the Lopez family": capitals before a word for a body or a family in lower
 * case, which say which one it is.
 */
function placedBody(tokens: Token[], start: number, end: number): Slot | undefined {
  const noun = tokens[end + 1];
  // Not "the Trump office", whose people speak for the person (entourageOf).
  if (!noun || !isLower(noun) || !(namesBodyKind(noun) || FAMILY.has(noun.text)) || ENTOURAGES.has(noun.text)) return undefined;
  // "A empresa disse": the Portuguese article opening the sentence.
  const from = isArticle(tokens[start]) || ENGLISH_ARTICLES.has(tokens[start].text.toLowerCase()) ? start + 1 : start;
  if (from > end) return undefined;
  const body: Slot = { name: `${joinWords(tokens.slice(from, end + 1)).replace(POSSESSIVE_ENDING, '')} ${noun.text}`, titled: true };
  const next = tokens[end + 2];
  if (!next || !isLower(next) || !(isRoleWord(next) || namesBodyKind(next))) return body;
  // "the Dayton police spokesman" speaks for the body; "the Dayton police chief" is someone of it, not named.
  return SPOKES.has(next.text.toLowerCase()) ? body : { unnamed: true };
}

/**
 * "company spokesperson", "spokesperson for the carmaker", "ministry spokeswoman", from token k: the word for a body (namesBodyKind) whose
 * spokesperson it is.
 */
function bodyOfSpokespersonAfter(tokens: Token[], k: number): string | undefined {
  if (namesBodyKind(tokens[k]) && SPOKES.has(tokens[k + 1]?.text.toLowerCase() ?? '')) return tokens[k].text;
  const forThe = SPOKES.has(tokens[k]?.text.toLowerCase() ?? '') && ['for', 'of'].includes(tokens[k + 1]?.text ?? '') && ENGLISH_ARTICLES.has(tokens[k + 2]?.text.toLowerCase() ?? '');
  return forThe && namesBodyKind(tokens[k + 3]) ? tokens[k + 3].text : undefined;
}

/** How many more role words may stand between an opening role and the name it is the title of, besides an adjective. */
const TITLE_WORDS = 3;

/**
 * The role opening a sentence after an article ("El consejero ha lanzado…", "O parlamentar cobra…"), its subject;
 * none when the sentence names its holder in an appositive ("O presidente da Câmara, Arthur Lira, não participou").
 */
export function openingRole(tokens: Token[]): string | undefined {
  // German writes the role with a capital: "Die Senatorin zeigte sich kämpferisch:"; Portuguese "A" opens the sentence
  // as its article ("A senadora foi taxativa:").
  if (!(isArticle(tokens[0]) || isFeminineA(tokens, 0)) || !tokens[1] || !(isLower(tokens[1]) || isGerman(tokens)) || !isRoleWord(tokens[1])) return undefined;
  // "El fiscal general colombiano Francisco Barbosa llegó…": the role is the title of the name right after it.
  let k = 2;
  while (k < 2 + TITLE_WORDS && tokens[k] && isLower(tokens[k]) && isRoleWord(tokens[k])) k++;
  if (tokens[k] && isLower(tokens[k]) && isAdjective(tokens[k]) && !isVerbLike(tokens[k]) && isCap(tokens[k + 1])) k++;
  if (isCap(tokens[k])) return undefined;
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma > 0 && comma <= ROLE_BEFORE_REACH + 2 && isCap(tokens[comma + 1]) ? undefined : tokens[1].text.toLowerCase();
}

/** A capitalised German noun for a person at token k ("Stellvertreterin", "Mutter"), not a given name ("Peter"). */
const isGermanPersonNoun = (tokens: Token[], k: number) =>
  isCap(tokens[k]) && GERMAN_PERSON_NOUN.test(tokens[k].text.toLowerCase()) && !isGivenName(tokens[k]) && isGerman(tokens);
/** True when the capitalised run ending at token k opens its clause: nothing, a comma or a quotation before it. */
function opensClause(tokens: Token[], k: number): boolean {
  const start = runStartingBefore(tokens, k);
  if (start < 0) return false;
  const prev = tokens[start - 1];
  return !prev || prev.text === ',' || isMasked(prev);
}
/** English words opening a clause after a comma, which no appositive opens ("Worse, as one executive said"). */
const CLAUSE_OPENERS = new Set(['as', 'when', 'while', 'if', 'because', 'although', 'though', 'since', 'after', 'before']);
/** Subject pronouns that stand right before a verb as its subject, where an appositive would end. */
const APPOSITIVE_BLOCKING_SUBJECTS: ReadonlySet<string> = new Set([...PRONOUNS, ...ENGLISH_SUBJECTS, 'it', 'we']);
/** How many words an appositive without its closing comma may hold. */
export const APPOSITIVE_LENGTH = 15;
/** Relative pronouns that open a clause with its own subject ("a quien el informe…", "que le ministre…", "whom the court…"). */
export const OBJECT_RELATIVES = new Set(['quien', 'quienes', 'que', 'qui', 'dont', 'whom', 'whose', 'donde', 'où', 'cuyo', 'cuya']);

/**
 * The name an appositive ending at token k describes, when the writer left out its closing comma
 * ("Kaplan, also an avid collector of games, rare tarot cards, and books says"): the name opens its
 * clause and nothing between it and k is a verb or another name.
 */
function appositiveHead(tokens: Token[], k: number): number | undefined {
  // "Notably, he said", "Critically, however, it pointed out": a subject pronoun right before the verb is its subject,
  // and the capitalised word opening the sentence an adverb, not a name an appositive follows.
  if (APPOSITIVE_BLOCKING_SUBJECTS.has(tokens[k]?.text.toLowerCase() ?? '')) return undefined;
  for (let j = k; j > 0 && j >= k - APPOSITIVE_LENGTH; j--) {
    const t = tokens[j];
    // French "a" is a verb, English "a" an article: "Quist, also a collector of…". Names inside it are of the places and
    // bodies it speaks of ("a member of Montana’s LGBTQ+ community"), unless one opens it.
    if ((isVerbLike(t) && !APPOSITIVE_START.has(t.text)) || isMasked(t) || (isCap(t) && tokens[j - 1]?.text === ',' && !isRoleWord(t))) return undefined;
    // "Louise Gittins, Chair of the Local Government Association said": a capitalised role may open it.
    // "Después, el ministro dijo": an adverb opening the sentence is no name an appositive may follow.
    if (t.text !== ',' || !isCap(tokens[j - 1]) || NOT_NAMES.has(tokens[j - 1].text.toLowerCase()) || !(isLower(tokens[j + 1]) || isRoleWord(tokens[j + 1]))) continue;
    // "Ocalan, a quien el informe ubicó": a relative clause has a subject of its own; so has "Worse, as one executive
    // said", and "Worse, one executive said" opens with its subject ("Smith, one of the founders said" with an appositive).
    if (OBJECT_RELATIVES.has(tokens[j + 1].text) || OBJECT_RELATIVES.has(tokens[j + 2]?.text ?? '')) return undefined;
    if (CLAUSE_OPENERS.has(tokens[j + 1].text) || (BRINGING_IN.has(tokens[j + 1].text) && tokens[j + 2]?.text !== 'of')) return undefined;
    const start = runStartingBefore(tokens, j - 1);
    if (start === 0 && j === 1 && isOpeningAdverb(tokens[0].text)) return undefined;
    return start === 0 || tokens[start - 1].text === ',' || isMasked(tokens[start - 1]) ? j - 1 : undefined;
  }
  return undefined;
}
/** "Michala", "Petrovi", "Pavlem": a man's given name of the list in a Czech or Slovak oblique case. */
const isDeclinedGivenName = (t: Token | undefined) => {
  const word = t?.text.toLowerCase() ?? '';
  const base = /^(\p{L}{3,}?)(?:a|ovi|em|e|u)$/u.exec(word)?.[1];
  return !!base && !GIVEN_NAME_GENDER.has(word) && GIVEN_NAME_GENDER.get(base) === 'm';
};

/** How many words in lower case may give a holder's titles between a firm's name and theirs. */
const HOLDER_TITLE_WORDS = 5;

/**
 * "says Estera Events co-owner and lead planner Erica Vanco", "said Acme Corp chief executive and founder Maria White":
 * after a firm's name ending at `end`, its holder's titles in lower case, then the holder's name, which a known given
 * name opens.
 */
function holderAfterBodyTitles(tokens: Token[], end: number): Slot | undefined {
  let j = end + 1;
  while (j <= end + HOLDER_TITLE_WORDS && tokens[j] && isLower(tokens[j]) && !PREPOSITIONS.has(tokens[j].text) && !isArticle(tokens[j])) j++;
  if (j === end + 1 || !isGivenName(tokens[j])) return undefined;
  // nameAfter asks at every cue: whether a cue stands among the titles is asked only once a given name follows them.
  const title = tokens[j - 1];
  // The title's last word: a role, a word for someone, or a noun for a trade ("co-owner", "lead planner", "chief executive").
  const endsTitle = isRoleWord(title) || isDescriptor(title.text) || TRADE_NOUN_ENDING.test(title.text) || title.text.endsWith('ive');
  if (!endsTitle || tokens.slice(end + 1, j).some((_, n) => isCueAt(tokens, end + 1 + n))) return undefined;
  return { name: joinWords(tokens.slice(j, runEndingAfter(tokens, j) + 1)), titled: true };
}

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

/** Spanish, Portuguese and French "to" (with its article) before whom or where words went: "a la cadena", "à rádio", "ao jornal". */
export const ADDRESSED_TO = new Set(['a', 'al', 'à', 'ao', 'aos', 'às']);

/** German datives that may come between a cue and its speaker ("sagte der Zeitung", "sagte dem Sender"). */
const DATIVE = new Set(['der', 'dem']);
/** A German age as a noun or an adjective ("der 48-Jährige", "der 48-jährige Jonas Keller"). */
export const GERMAN_AGE = /^\d+-jährige$/u;

/**
 * "der 48-Jährige", "die 34-Jährige": someone the text named, referred to by age: the one it gave that age
 * ("der 21-jährige Jonas Keller"), or else whom "er" or "sie" would mean.
 */
export function epithetOfAge(tokens: Token[], k: number): Slot | undefined {
  const article = tokens[k]?.text.toLowerCase();
  const age = tokens[k + 1]?.text.toLowerCase() ?? '';
  if (!GERMAN_AGE.test(age) || (article !== 'der' && article !== 'die')) return undefined;
  return { role: age, gender: article === 'der' ? 'm' : 'f', epithet: true };
}

/** A German compound for a spokesperson, with the body it speaks for: "Feuerwehrsprecher", "Regierungssprecherin", "Flixtrain-Sprecher". */
const SPOKESPERSON_COMPOUND = /^(\p{Lu}\p{L}*?)(?:(-)S|s?s)precher(?:in)?$/u;

/** How many words the name of a body may go on after its run of capitals ("für Wertpapierbesitz (DSW)"). */
const BODY_NAME_TAIL = 6;

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
  if (!SPOKES.has(tokens[k + 1]?.text.toLowerCase() ?? '') || !GERMAN_GENITIVE_ARTICLES.has(tokens[k + 2]?.text ?? '')) return undefined;
  const end = runEndingAfter(tokens, k + 3);
  if (end < 0 || isCap(tokens[end + 1]) || (tokens[end + 1]?.text === ',' && isCap(tokens[end + 2]))) return undefined;
  // "sagt der Sprecher der Deutschen Schutzvereinigung für Wertpapierbesitz (DSW), Jürgen Kurz": the rest of the body's
  // name, then the spokesperson's own, set after a comma.
  const comma = tokens.findIndex((t, j) => j > end && j <= end + BODY_NAME_TAIL && t.text === ',');
  const own = comma > 0 && isCap(tokens[comma + 1]) && tokens.slice(end + 1, comma).every((t) => !isCue(t) && (isCap(t) || ['(', ')'].includes(t.text) || isPreposition(t))) ? runEndingAfter(tokens, comma + 1) : -1;
  if (own > comma && [undefined, '.', ','].includes(tokens[own + 1]?.text)) return { name: joinWords(tokens.slice(comma + 1, own + 1)), titled: true };
  const written = joinWords(tokens.slice(k + 3, end + 1));
  const body = nominativeAfter(tokens[k + 2].text, written);
  // "ein Sprecher des Ministeriums", "ein Sprecher des Unternehmens": a body's bare word, or a word for a body, stands for
  // the body the text named with it, as in a writing's issuer.
  const word = body.toLowerCase();
  if ((isBareOrganisationWord(word) && !GERMAN_INSTITUTIONS.has(word)) || REFERRING_BODIES.has(word)) return { role: word };
  return isOrganisationWord(body.split(' ').at(-1)!.toLowerCase()) ? { name: body, titled: true } : undefined;
}

/** A Czech verb in the past, of a man, a woman or many ("řekl", "dodal", "prohlásila", "uvedli"); not English "tell". */
const CZECH_PAST_CUE = /\p{Ll}(?:[^l]l|la|li|ly)$/u;
/** A Czech adjective, by its ending ("zemědělský", "národní", "Česká"). */
const CZECH_ADJECTIVE = /\p{Ll}(?:ý|í|á|é)$/u;
/**
 * "Anwalt von Peter Braun", "Tochter von Anna Weber": "von" at j between a German noun and a given name joins a role to
 * the person whose it is; not the particle of a name a given name opens ("Ursula von der Leyen").
 */
const isGermanOwnerAt = (tokens: Token[], j: number) => tokens[j]?.text === 'von' && !!tokens[j - 1] && !isGivenName(tokens[j - 1]) && isGivenName(tokens[j + 1]);
/** Words joining a role to the person whose it is ("el abogado de", "o advogado da", "der Anwalt von"). */
const PERSON_OWNER_LINKS = new Set([...ROMANCE_OWNER_LINKS, 'von']);
/** Definite articles of French, Spanish and Portuguese. */
const ROMANCE_DEFINITE = new Set(['le', 'la', 'les', 'el', 'los', 'las', 'o', 'a', 'os', 'as']);
/**
 * "Irritada, a ministra disse", "Molesta, la ministra dijo", "Agacé, le ministre a répondu": one word opening a French,
 * Spanish or Portuguese sentence, its comma, then a definite article: the word may be how the subject after it felt,
 * so only a person the text knows by it stands in apposition. Not English "a" ("Kaplan, a collector of cards says").
 */
export const opensWithFeltWord = (tokens: Token[]) =>
  tokens[1]?.text === ',' && ROMANCE_DEFINITE.has(tokens[2]?.text ?? '') && !(tokens[2].text === 'a' && isEnglish(tokens));
/** Letters only Czech writes among the languages read here, in either case ("ČTK"). */
const CZECH_LETTERS = /[ěščřžůťďň]/iu;

/**
 * The end of the name opening a Czech sentence whose verb in the past, at v, has only words in lower case between it
 * and the name: the time, the place, to whom ("Stanjura v úterý novinářům řekl"). Undefined for any other sentence.
 */
function czechSubjectEnd(tokens: Token[], v: number): number | undefined {
  if (!CZECH_PAST_CUE.test(tokens[v]?.text ?? '') || !tokens.some((t) => CZECH_LETTERS.test(t.text))) return undefined;
  // "Na dotaz novinářů odpověděla": a preposition opening the sentence, not a name.
  const end = isOpeningPreposition(tokens[0]) ? -1 : runEndingAfter(tokens, 0);
  // "Státní zemědělský úřad v pondělí oznámil": a capitalised adjective opening a body's name, its words in lower case.
  if (end === 0 && CZECH_ADJECTIVE.test(tokens[1]?.text ?? '')) return undefined;
  // "ve středu v Karlových Varech": a place's capitals after its preposition; no other name ("Fiala Babišovi řekl").
  const inPlace = (k: number): boolean => isPreposition(tokens[k - 1]) || (isCap(tokens[k - 1]) && inPlace(k - 1));
  return end >= 0 && end < v - 1 && tokens.slice(end + 1, v).every((t, j) => isLower(t) || (isCap(t) && j > 0 && inPlace(end + 1 + j))) ? end : undefined;
}

/** Czech words for a body that names it with its complement in lower case ("Ministerstvo vnitra", "úřad vlády"). */
const CZECH_BODIES = new Set(['ministerstvo', 'úřad', 'ředitelství', 'velitelství', 'magistrát', 'inspekce', 'agentura', 'ústav', 'sdružení', 'svaz']);
/** How many words in lower case may complement a Czech body ("Ministerstvo zahraničních věcí", "Ministerstvo práce a sociálních věcí"). */
const CZECH_BODY_COMPLEMENT = 4;

/**
 * "Ministerstvo vnitra uvedlo", "Ministerstvo zdravotnictví v pondělí oznámilo", "uvedlo ministerstvo zdravotnictví": a
 * Czech word for a body at k and its complement in lower case, with only words in lower case after it up to `upTo`
 * (the verb; by default the end of the clause): when and where, from their preposition on. The body, named with its capital.
 */
function czechBodyAt(tokens: Token[], k: number, upTo?: number): Slot | undefined {
  if (!CZECH_BODIES.has(tokens[k]?.text.toLowerCase() ?? '')) return undefined;
  // The end of the clause is sought only once a body's word is there: nameAfter asks at every cue.
  const before = upTo ?? clauseEndAfter(tokens, k);
  if (!tokens.slice(k + 1, before).every(isLower)) return undefined;
  let end = k + 1;
  // "Ministerstvo práce a sociálních věcí": "a" joins two parts of the complement; not a second verb ("a dodalo").
  const joins = (j: number) => tokens[j].text === 'a' && j > k + 1 && !CZECH_PAST.test(tokens[j + 1]?.text ?? '');
  while (end < before && end <= k + CZECH_BODY_COMPLEMENT && (!isPreposition(tokens[end]) || joins(end))) end++;
  if (end === k + 1) return undefined;
  return { name: bodyName(tokens.slice(k, end)), titled: true };
}

/** Where the clause holding token k ends: its comma, full stop, colon or semicolon, or the end of the words. */
function clauseEndAfter(tokens: Token[], k: number): number {
  const end = tokens.findIndex((t, j) => j > k && /^[,.:;]$/.test(t.text));
  return end < 0 ? tokens.length : end;
}

/** Czech verbs in the past, of either gender or number ("řekl", "uvedla", "umožnila", "přišli"). */
export const CZECH_PAST = /(?:[^aeiouyáéíóúůý]l|la|lo|li)$/u;
/** The gender a Czech verb in the past tells of its subject: "řekla" a woman, "řekl" a man. */
export const czechPastGender = (verb: string | undefined): Gender | undefined =>
  /\p{Ll}la$/u.test(verb ?? '') ? 'f' : /\p{Ll}l$/u.test(verb ?? '') ? 'm' : undefined;

/** A Czech verb of saying in the present, third person ("upozorňuje", "říká", "dodává"). */
const CZECH_PRESENT = /\p{Ll}(?:uje|í|á)$/u;
/** Czech nouns for a woman by their ending ("analytička", "poslankyně", "mluvčí" aside). */
const CZECH_FEMININE = /(?:ka|yně|ice|žena|dcera)$/u;

/**
 * "„…,“ řekl politik", "uvedla lékařka", "řekl 52letý řidič": a Czech noun for a person (CZECH_PERSON_NOUN) at token n
 * after cue c in the past, perhaps past an adjective, ending the clause: someone the text named, of the gender the verb
 * tells (-l a man, -la a woman) and the noun agrees with, as an epithet. "řekl nejmenovaný zdroj": no one named.
 */
function czechDescriptionAt(tokens: Token[], c: number, n: number): Slot | undefined {
  const noun = tokens[n];
  // "upozorňuje analytik", "dodává lékařka": a verb in the present tells no gender; the noun's ending does.
  const present = CZECH_PRESENT.test(tokens[c]?.text ?? '') && !!noun && isLower(noun) && CZECH_PERSON_NOUN.test(noun.text);
  const gender = czechPastGender(tokens[c]?.text) ?? (present ? (CZECH_FEMININE.test(noun.text) ? 'f' : 'm') : undefined);
  // "řekl Angličan": Czech writes a word for where someone is from with a capital, as a name.
  const from = CZECH_DEMONYMS.get(noun?.text.toLowerCase() ?? '');
  // "míní politik ODS": a party's acronym after the noun says which side, it names no one.
  const party = isLoneAcronym(tokens, n + 1);
  if (!gender || !noun || !(isLower(noun) || from) || (tokens[n + 1] && tokens[n + 1].text !== ',' && !party)) return undefined;
  if (n > c + 1 && !/^[\p{Ll}\d]\S*(?:ý|á|í)$/u.test(tokens[n - 1].text)) return undefined;
  const word = noun.text.toLowerCase();
  if (from) return /ka$/u.test(word) === (gender === 'f') ? { role: from, gender, epithet: true } : undefined;
  if (UNNAMED_SOURCES.has(word)) return { unnamed: true };
  if (!CZECH_PERSON_NOUN.test(word) || SPOKES.has(word)) return undefined;
  const feminine = CZECH_FEMININE.test(word);
  return feminine === (gender === 'f') ? { role: word, gender, epithet: true } : undefined;
}

/** How many words in lower case may complement a Czech role before the name ("ministra financí", "ředitele krajské nemocnice"). */
const CZECH_COMPLEMENT_WORDS = 2;
/** Czech genitive endings of nouns for people, each with the nominative's ("senátorky" → "senátorka", "ministra" → "ministr"). */
const CZECH_GENITIVE_ENDINGS: [RegExp, string][] = [[/ky$/u, 'ka'], [/ího$/u, 'í'], [/y$/u, 'a'], [/a$/u, ''], [/e$/u, '']];

/**
 * "Podle senátorky „…“", "podle mluvčího": Czech "podle" takes the genitive; the role whose genitive the word at k is
 * ("senátorky", "ministra", "mluvčího", "předsedy", "ředitele"), with the gender its ending tells, when no name follows
 * it nor its complement ("podle ministra financí Karla Dvořáka"). Not the word itself, though "ministra" is also a
 * Spanish role.
 */
function czechRoleAfterPodle(tokens: Token[], k: number): Slot | undefined {
  const word = tokens[k];
  if (!word || !isLower(word) || tokens.slice(k + 1, k + 2 + CZECH_COMPLEMENT_WORDS).some(isCap)) return undefined;
  const role = czechRoleOfGenitive(word.text);
  return role ? { role, gender: CZECH_FEMININE.test(role) ? 'f' : 'm' } : undefined;
}

/** The Czech role whose genitive the lower-case word is ("ministra" → "ministr", "starosty" → "starosta"), if any. */
export function czechRoleOfGenitive(word: string): string | undefined {
  for (const [ending, nominative] of CZECH_GENITIVE_ENDINGS) {
    const role = word.replace(ending, nominative);
    if (role !== word && ROLES.has(role)) return role;
  }
  return undefined;
}

/**
 * "uvedl mluvčí prezidenta Petra Pavla", "řekl advokát Jana Nováka": a Czech noun for a person after a Czech cue, then a name
 * in the genitive, perhaps after a role in the genitive: someone of that person's speaks. A spokesperson speaks for them,
 * who is named in the nominative; anyone else (a lawyer, a son) is no one named. Not "řekl ministr Jan Novák" nor
 * "řekla mluvčí ministerstva Jana Malá": the name there is in the nominative, the speaker's own.
 */
function czechPossessedAfter(tokens: Token[], cue: number, k: number): Slot | undefined {
  const head = tokens[k];
  const czech = !!czechPastGender(tokens[cue]?.text) || CZECH_PRESENT.test(tokens[cue]?.text ?? '');
  if (!head || !isLower(head) || !czech || !(SPOKES.has(head.text) || CZECH_PERSON_NOUN.test(head.text) || isRoleWord(head))) return undefined;
  const ofRole = !!tokens[k + 1] && isLower(tokens[k + 1]) && !!czechRoleOfGenitive(tokens[k + 1].text);
  const start = ofRole ? k + 2 : k + 1;
  const end = isCap(tokens[start]) ? runEndingAfter(tokens, start) : -1;
  if (end <= start) return undefined;
  // "mluvčí ministra Jana Nováka Petr Král": the spokesperson's own name follows the one in the genitive.
  const own = isCap(tokens[end + 1]) ? runEndingAfter(tokens, end + 1) : -1;
  if (own > end + 1) return { name: joinWords(tokens.slice(end + 1, own + 1)), titled: true };
  const written = joinWords(tokens.slice(start, end + 1));
  const nominative = nominativeOfDeclined(written);
  // Not "starosta Bořitova Miloš Zedník": the place the mayor is of, before his name in the nominative.
  const givenBack = nominative !== written && GIVEN_NAME_GENDER.has(nominative.split(' ')[0].toLowerCase());
  if (!ofRole && !givenBack) return undefined;
  return SPOKES.has(head.text) ? { name: nominative, titled: true } : { unnamed: true };
}

/**
 * "Politička řekla:", "Ekonomka dodala:": a Czech word for a woman by her trade, opening the sentence with a verb in the
 * feminine, describes her; it is no name, for a woman's surname ends in -ová or -á.
 */
function czechWomanOpening(tokens: Token[], v: number): Slot | undefined {
  const word = tokens[0].text.toLowerCase();
  if (czechPastGender(tokens[v]?.text) !== 'f' || !CZECH_FEMININE.test(word) || !CZECH_PERSON_NOUN.test(word) || REFERRING_BODIES.has(word) || SPOKES.has(word)) return undefined;
  return UNNAMED_SOURCES.has(word) ? { unnamed: true } : { role: word, gender: 'f', epithet: true };
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

/** How many words may describe an office between its article and it ("the former Ohio senator"). */
const OFFICE_MODIFIERS = 2;

/** An office after the article before token k, described by the words before it (see roleAt), with no name after it. */
function describedOfficeAfter(tokens: Token[], k: number): Slot | undefined {
  for (let j = k + 1; j <= k + OFFICE_MODIFIERS && tokens[j]; j++) {
    if (!isLower(tokens[j]) || !isRoleWord(tokens[j]) || isRoleWord(tokens[j + 1]) || isCap(tokens[j + 1])) continue;
    const office = roleAt(tokens, j);
    return office && 'role' in office && office.epithet ? office : undefined;
  }
  return undefined;
}

/** How many words in lower case may say where or to whom, between a cue and its subject ("en conferencia de prensa"). */
const OCCASION_AFTER_CUE_WORDS = 5;

/** Particles a surname may open with, in lower case, that are no article ("del Pópolo", "van Aert", "de Gaulle"). */
const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'dos', 'du', 'van', 'von']);

/** Portuguese "em nota", "em comunicado", "por meio de nota": the words were put in a note or a statement. */
const inNoteAt = (tokens: Token[], j: number) =>
  (tokens[j]?.text === 'em' && ['nota', 'comunicado'].includes(tokens[j + 1]?.text ?? '')) || phraseAt(tokens, j, ['por', 'meio', 'de', 'nota']);

/** "el bombero Julián Serrano", "a diarista Rosângela Ferreira": an article, a word in lower case saying what the person does, a full name. */
const describesNameAt = (tokens: Token[], j: number) =>
  (isArticle(tokens[j]) || tokens[j]?.text === 'a') && !!tokens[j + 1] && isLower(tokens[j + 1]) && !PREPOSITIONS.has(tokens[j + 1].text) && isCap(tokens[j + 2]) && isCap(tokens[j + 3]);

/** Czech prepositions of where and to whom words were said, or by whose report ("na síti X", "v rozhovoru pro…", "podle ČTK"). */
const CZECH_OCCASION = new Set(['v', 've', 'na', 'pro', 'podle']);
/** How many words such a Czech phrase may hold before the role of the speaker ("v rozhovoru pro Seznam Zprávy"). */
const CZECH_OCCASION_WORDS = 6;

/**
 * Words in lower case that end a phrase between a Romance cue and the speaker's full name: the outlet the words were said
 * to ("a este diario", "a esta redacción", "ao jornal") or how they were said ("con una sonrisa", "dans un soupir").
 */
const NOUNS_BEFORE_SPEAKER = new Set(`
  diario periódico medio redacción emisora jornal revista portal
  sonrisa suspiro risa risas lágrimas ironía sorriso riso risos ironia soupir sourire rire larmes ironie
`.trim().split(/\s+/));

/** What follows "auprès" when it gives whom words were said to ("auprès du Monde", "auprès de l’AFP", "auprès des journalistes"). */
const AUPRES_LINKS = new Set(['de', 'du', 'des', "d'", 'd’']);

/** The name right after token i ("said Mr. Reeves", "says president David Weisbrot", "according to the Department"). */
export function nameAfter(tokens: Token[], i: number): Slot | undefined {
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
  // "claimed the lawsuit of Fox anchor Andrea Tantaros", "said a statement from the ministry", "read the complaint filed by
  // Jane Roe": an English writing speaks for whoever it says issued it.
  const englishWriting = ENGLISH_ARTICLES.has(tokens[k]?.text ?? '') && (WRITINGS.has(tokens[k + 1]?.text ?? '') || DOCUMENTS.has(tokens[k + 1]?.text ?? ''));
  const by = !englishWriting ? -1 : ISSUED.has(tokens[k + 2]?.text ?? '') && tokens[k + 3]?.text === 'by' ? k + 3 : ['of', 'from', 'by'].includes(tokens[k + 2]?.text ?? '') ? k + 2 : -1;
  const writer = by > 0 ? nameAfter(tokens, by) : undefined;
  if (writer && ('name' in writer || 'role' in writer)) return writer;
  // "„…,“ uvedlo ministerstvo vnitra.": a Czech body and its complement ending the clause.
  const czechBody = czechBodyAt(tokens, k);
  if (czechBody) return czechBody;
  const owned = ownedPersonAt(tokens, k);
  if (owned) return owned;
  // "…, dit-on à l'Élysée": French "on" is no one named.
  if (tokens[k]?.text === 'on' && tokens[k].inverted) return writingReadIn(tokens, k + 1) ?? { unnamed: true };
  if (tokens[k] && PRONOUNS.has(tokens[k].text.toLowerCase())) return germanPlural(tokens[i], tokens[k]) ? { unnamed: true } : { pronoun: tokens[k].text.toLowerCase() };
  // "napsal na síti X premiér Petr Fiala", "řekl v rozhovoru pro Seznam Zprávy ministr Jan Novák", "prohlásil podle ČTK
  // ministr Jan Novák": past where, to whom or by whose report in Czech, to a role in lower case with the name after it.
  if (CZECH_OCCASION.has(tokens[k]?.text ?? '') && tokens.some((t) => CZECH_LETTERS.test(t.text))) {
    for (let j = k + 1; j <= k + CZECH_OCCASION_WORDS && tokens[j] && /\p{L}/u.test(tokens[j].text); j++) {
      if (isLower(tokens[j]) && isRoleWord(tokens[j]) && isCap(tokens[j + 1])) {
        k = j;
        break;
      }
    }
  }
  // "afirmou em nota a Petrobras", "informou por meio de nota o Ministério da Saúde": past the note the words were put
  // in, the body after its article.
  const noted = inNoteAt(tokens, k) ? (tokens[k].text === 'em' ? k + 2 : k + 4) : -1;
  if (noted > 0 && ['a', 'o'].includes(tokens[noted]?.text ?? '')) {
    if (isCap(tokens[noted + 1])) return bodyNamed(tokens, noted + 1, runEndingAfter(tokens, noted + 1));
    if (isRoleWord(tokens[noted + 1])) k = noted + 1;
  }
  // "señalaron desde el Ministerio de Economía": Spanish "desde" gives the body the words came from, named in full; a
  // body's bare word ("apuntan desde el Ministerio") is its unnamed people.
  if (tokens[k]?.text === 'desde' && isArticle(tokens[k + 1]) && isCap(tokens[k + 2])) {
    const end = runEndingAfter(tokens, k + 2);
    const body = mentionOfRun(tokens, k + 2, end);
    if (body?.organisation && body.name.includes(' ')) return bodyNamed(tokens, k + 2, end);
  }
  // "estime auprès du Monde Jean Dupont": French "auprès de" gives whom the words were said to, as "à" does.
  if (tokens[k]?.text === 'auprès' && AUPRES_LINKS.has(tokens[k + 1]?.text ?? '')) k++;
  const toWhom = (j: number) => PREPOSITIONS.has(tokens[j]?.text ?? '') || tokens[j - 1]?.text === 'auprès';
  // "explicó a EFE Marta Gómez", "dijo a la AFP Marta Gómez": past the medium the words were said to, written in one run
  // of capitals with the speaker's full name, which a given name opens.
  if (toWhom(k)) {
    const medium = isArticle(tokens[k + 1]) ? k + 2 : k + 1;
    const run = isCap(tokens[medium]) ? runEndingAfter(tokens, medium) : -1;
    const given = tokens.findIndex((t, j) => j > medium && j < run && isGivenName(t));
    if (given > 0) k = given;
  }
  // "a rapporté sur Facebook le porte-parole…", "sagte im ZDF der Minister": past where the words were said.
  // "a confié à l’AFP le ministre…": past the article of the medium too.
  const medium = isArticle(tokens[k + 1]) && isCap(tokens[k + 2]) && !isRoleWord(tokens[k + 2]) ? k + 2 : k + 1;
  if (toWhom(k) && isCap(tokens[medium]) && (medium === k + 1 || ELIDED_ARTICLES.has(tokens[k + 1].text))) {
    const place = runEndingAfter(tokens, medium);
    // "said a Tesco spokeswoman": the English article before a name and a role, not the Romance preposition.
    const englishArticle = tokens[k].text === 'a' && isRoleWord(tokens[place + 1]);
    // "disse a Mineradora Serra Azul em nota": Portuguese "a" is the article of a body that put its words in a note.
    if (tokens[k].text === 'a' && inNoteAt(tokens, place + 1)) return bodyNamed(tokens, k + 1, place);
    if (!englishArticle && (isArticle(tokens[place + 1]) || isFeminineA(tokens, place + 1) || isRoleWord(tokens[place + 1]))) k = place + 1;
    // Portuguese "a" is also the preposition: past it to the description ("disse à Folha a diarista Rosângela Ferreira").
    else if (describesNameAt(tokens, place + 1)) k = place + 2;
  }
  // "afirmó en conferencia de prensa el vocero…", "dijo a la prensa el ministro": past where or to whom the words were
  // said, in lower case, to an article before a role or a name; not past another preposition ("en una entrevista con el ministro").
  // Not "said a spokesman for the Dayton police", "said a friend of the mayor": English "a" is its article.
  if (PREPOSITIONS.has(tokens[k]?.text ?? '') && !!tokens[k + 1] && isLower(tokens[k + 1]) && !(tokens[k].text === 'a' && (isRoleWord(tokens[k + 1]) || isEnglish(tokens)))) {
    for (let j = k + 1; j <= k + OCCASION_AFTER_CUE_WORDS && tokens[j] && isLower(tokens[j]); j++) {
      if (j > k + 1 && isArticle(tokens[j]) && (isRoleWord(tokens[j + 1]) || isCap(tokens[j + 1]) || describesNameAt(tokens, j))) {
        k = j;
        break;
      }
      // "aseguró a este diario Juan Pérez", "lâche dans un soupir Jean Dupont": a full name right after the outlet told
      // or the manner, in lower case, is the speaker.
      if (NOUNS_BEFORE_SPEAKER.has(tokens[j].text) && isCap(tokens[j + 1]) && isGivenName(tokens[j + 1])) {
        k = j + 1;
        break;
      }
      // "sostuvo en diálogo con Infobae el intendente Jorge Macri", "publicó en su cuenta de X el presidente Javier Milei":
      // past the outlet named, to the role and the name after it.
      const outlet = (PREPOSITIONS.has(tokens[j].text) || ROLE_COMPLEMENT.has(tokens[j].text)) && isCap(tokens[j + 1]) ? runEndingAfter(tokens, j + 1) : -1;
      if (outlet > 0 && isArticle(tokens[outlet + 1]) && (isRoleWord(tokens[outlet + 2]) || describesNameAt(tokens, outlet + 1))) {
        k = outlet + 1;
        break;
      }
      if (PREPOSITIONS.has(tokens[j].text) && !ROLE_COMPLEMENT.has(tokens[j].text)) break;
    }
  }
  const genitive = tokens[i].text.toLowerCase() === 'podle' ? czechRoleAfterPodle(tokens, k) : undefined;
  if (genitive) return genitive;
  const possessed = czechPossessedAfter(tokens, i, k);
  if (possessed) return possessed;
  // "řekl pro Aktuálně.cz ministr …", "řekl Aktuálně.cz mluvčí …": past the outlet that was told.
  // "uvedl pro ČTK Stanjura": an agency's acronym is the outlet alone, and the name after it in the same run the speaker.
  // "řekl serveru Novinky.cz Jan Novák": so is a web address, and the name after it in the same run.
  if (ADDRESSEE.has(tokens[k]?.text.toLowerCase() ?? '') && isCap(tokens[k + 1])) {
    const run = runEndingAfter(tokens, k + 1);
    const address = tokens.findIndex((t, j) => j > k && j < run && isOutlet(t));
    k = isAcronym(tokens[k + 1]) && isCap(tokens[k + 2]) ? k + 2 : address > 0 ? address + 1 : run + 1;
  }
  // "řekl ČTK ředitel hasičů Ondřej Kubát", "řekla ČTK jedna ze svědkyň": an acronym right after the verb with a word in
  // lower case after it is the agency told, or the body of the role after it, never the speaker.
  if (isOutlet(tokens[k]) || (k === i + 1 && ACRONYM_WORD.test(tokens[k]?.text ?? '') && !!tokens[k + 1] && isLower(tokens[k + 1]))) k++;
  // "prohlásil podle verdiktu Petr Redl": past the source of the account ("according to the verdict") to a name that
  // opens with a given name in the nominative; "podle informací Deníku N" is whose account, not who spoke.
  if (ACCORDING.has(tokens[k]?.text ?? '') && tokens[k + 1] && isLower(tokens[k + 1]) && isGivenName(tokens[k + 2])) k += 2;
  // "sagte der SZ ein Sprecher", "sagte dem „Spiegel“ der Minister": a German dative before the speaker is whom the words were told.
  // Not "sagt der Sprecher der Deutschen Schutzvereinigung": "der" before a role is its subject's article.
  // Not "sagte der Vater des Jungen": a word for a person after "der" is the subject.
  if (DATIVE.has(tokens[k]?.text ?? '') && isCap(tokens[k + 1]) && !(tokens[k].text === 'der' && (isRoleWord(tokens[k + 1]) || GERMAN_PERSON_NOUN.test(tokens[k + 1].text.toLowerCase())))) {
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
  const national = nationalBodyAt(tokens, k + 1) ?? nationalBodyAfterArticle(tokens, k);
  if (national) return national.slot;
  const described =
    descriptionAfter(tokens, k) ??
    (isArticle(tokens[k]) ? germanDescriptionAt(tokens, k + 1) ?? germanDescriptionAt(tokens, k + 2) : czechDescriptionAt(tokens, i, k) ?? czechDescriptionAt(tokens, i, k + 1));
  if (described) return described;
  // "said a skeptical Robert Wolfarth", "said an emotional Jane Roe": an article and an adjective set before a name say how the person spoke.
  // "a déclaré la famille Dupont", "dijo la familia Pérez", "disse a família Silva": the family speaks as one, as "the Lopez family".
  // "uvedla rodina Novákových": Czech has no article; the family right after the verb.
  const family = isArticle(tokens[k]) || tokens[k]?.text === 'a' ? k + 1 : k === i + 1 ? k : -1;
  if (family >= 0 && FAMILY.has(tokens[family]?.text ?? '') && isCap(tokens[family + 1])) return { name: joinWords(tokens.slice(family, runEndingAfter(tokens, family + 1) + 1)), titled: true };
  // "disse a diarista Rosângela Ferreira": the Portuguese article, a word for what the person does, the name.
  const portugueseArticle = tokens[k]?.text === 'a' && !isEnglish(tokens);
  if (portugueseArticle && describesNameAt(tokens, k)) k += 2;
  // Not the Portuguese article "a" ("disse a família Silva").
  const indefinite = portugueseArticle ? false : bringsInSomeone(tokens[k]?.text ?? '') || INDEFINITE.has(tokens[k]?.text.toLowerCase() ?? '');
  if (indefinite) {
    let n = k + 1;
    // Not "selon un proche d'Edouard Philippe", "said a friend of John Smith": someone of theirs.
    // "said one senior Republican aide": a rank in lower case before capitals describes as an adjective does.
    const adjective = (t: Token | undefined, j: number) =>
      !!t && isLower(t) && /^\p{L}+$/u.test(t.text) && (!isPersonNoun(t) || isCap(tokens[j + 1])) && !isCue(t) && !isArticle(t) && !isPossessive(t) && !PREPOSITIONS.has(t.text) && !ROLE_COMPLEMENT.has(t.text);
    while (n <= k + 2 && adjective(tokens[n], n)) n++;
    if (n > k + 1 && isGivenName(tokens[n])) k = n;
    // "said a New Hampshire Republican, who…", "added another commonwealth Democrat", "said one senior Republican aide":
    // other capitals it brings in describe someone unnamed, unless a name follows the role after them ("said a
    // Republican senator, Maria Lopez"); "said a Tesco spokeswoman" speaks for Tesco, read above.
    else if (isCap(tokens[n]) && !isGivenName(tokens[n])) {
      let r = runEndingAfter(tokens, n) + 1;
      const spokes = SPOKES.has(tokens[r]?.text.toLowerCase() ?? '');
      while (tokens[r] && isLower(tokens[r]) && isRoleWord(tokens[r])) r++;
      if (!spokes && !isCap(tokens[r]) && !(tokens[r]?.text === ',' && isCap(tokens[r + 1]))) return { unnamed: true };
    }
  }
  if (isArticle(tokens[k]) || isFeminineA(tokens, k)) k++;
  k = pastGermanAttribute(tokens, k);
  // "sagte der Anwalt von Peter Braun" (not a spokesperson, who speaks for whom it names).
  if (isArticle(tokens[k - 1]) && isGermanOwnerAt(tokens, k + 1) && !SPOKES.has(tokens[k].text.toLowerCase()) && isGerman(tokens)) return { unnamed: true };
  // "said the company’s chief executive, Sundar Pichai": past the possessive before the role.
  if (tokens[k] && isLower(tokens[k]) && isPossessive(tokens[k]) && isRoleWord(tokens[k + 1])) k++;
  // "said a company spokesperson", "said a spokesperson for the carmaker": the body a word for one points back to speaks,
  // as before the verb ("a spokesperson for the company said").
  const spokenForBody = bringsInSomeone(tokens[k]?.text ?? '') ? bodyOfSpokespersonAfter(tokens, k + 1) : undefined;
  if (spokenForBody) return { role: spokenForBody };
  // "«…», teilte eine Sprecherin auf Anfrage mit": a spokesperson of no one named (bodyOfGermanSpokesperson read a
  // complement) speaks for the body just spoken of; "dijo un vecino", "disse uma enfermeira": someone unnamed.
  if (INDEFINITE.has(tokens[k]?.text.toLowerCase() ?? '') && isRoleWord(tokens[k + 1])) {
    const spokes = SPOKES.has(tokens[k + 1].text.toLowerCase());
    // "a indiqué un porte-parole de Renault", "dijo un portavoz del ministerio": the body whose spokesperson it is.
    // "a déclaré un porte-parole du ministère, Jean Petit": the spokesperson named after the body speaks.
    const named = namedAfterDescription(tokens, k - 1);
    if (named) return named;
    const whose = spokes && ROLE_COMPLEMENT.has(tokens[k + 2]?.text ?? '') ? bodyAfterComplement(tokens, k + 2) : undefined;
    if (whose) return whose;
    return spokes && !ROLE_COMPLEMENT.has(tokens[k + 2]?.text ?? '') && !GERMAN_DETERMINER.test(tokens[k + 2]?.text ?? '') ? { body: SPOKESPERSON } : { unnamed: true };
  }
  // "napsala státní zástupkyně Petra Pavlánová", "vysvětlila realitní makléřka": past an adjective before the role.
  // "a lancé un syndicaliste": an indefinite article is no adjective; the one it brings in is someone unnamed.
  if (tokens[k] && isLower(tokens[k]) && !isRoleWord(tokens[k]) && !isCue(tokens[k]) && !PREPOSITIONS.has(tokens[k].text) && !INDEFINITE.has(tokens[k].text) && isRoleWord(tokens[k + 1])) k++;
  // "explicaba el ministerio de Exteriores de Egipto": an organisation word in lower case with its capitalised complement is its name.
  if (tokens[k] && isArticle(tokens[k - 1]) && isLower(tokens[k]) && isOrganisationWord(tokens[k].text) && ROLE_COMPLEMENT.has(tokens[k + 1]?.text ?? '') && isCap(tokens[k + 2])) {
    return { name: bodyWithDepartment(tokens, k, runEndingAfter(tokens, k + 2)), titled: true };
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
  // "laut Experten", "nach Angaben von Augenzeugen": German writes a plural for people no one named with a capital.
  const lone = end === k ? tokens[k].text.toLowerCase() : '';
  if (UNNAMED_SOURCES.has(lone) || (GERMAN_SAME_PLURALS.has(lone) && !isArticle(tokens[k - 1]))) return { unnamed: true };
  const titledHolder = end >= 0 ? holderAfterBodyTitles(tokens, end) : undefined;
  if (titledHolder) return titledHolder;
  // "said the Ohio senator", "said the Pentagon chief on Monday", "said the former governor": an office described by
  // the words before it, with no name after it, as before the verb (roleAt); the capitalised word is no name.
  const describedOffice = isArticle(tokens[k - 1]) ? describedOfficeAfter(tokens, k) : undefined;
  if (describedOffice) return describedOffice;
  // "explica la ONG", "dijo la Policía": a word for an organisation, capitalised, names none; the one of the text it may mean.
  if (end === k && isArticle(tokens[k - 1]) && isOrganisationWord(tokens[k].text.toLowerCase())) return { role: tokens[k].text.toLowerCase() };
  // Not "said Moody's.": a firm's own name, nothing after it (mentionOfRun).
  const possessive = end >= 0 && isPossessive(tokens[end]) && !ownsNothing(tokens, end);
  // "the BBC's editor Jon Sopel": past the possessive and the role to the name.
  if (possessive) k = end + 1;
  // "said King" (Wayne King): a capitalised role word alone, with no article or name, is a surname.
  // Not a German compound ("erklärt Ernährungsberaterin und Autorin …"): a title of the lexicon, with no other after it.
  if (end === k && isCap(tokens[k]) && ROLES.has(tokens[k].text.toLowerCase()) && !isArticle(tokens[k - 1]) && !COORDINATORS.has(tokens[k + 1]?.text ?? '')) return { name: tokens[k].text, titled: false, needsPerson: true };
  // "a déclaré le chef de l’État", "a répondu le Premier ministre": the office, held by whom the text named with it.
  const office = !possessive && isArticle(tokens[k - 1]) ? officeAt(tokens, k) : undefined;
  if (office) return office;
  // "says U.S. Secretary of Commerce, Penny Pritzker": past the country or body whose role it is, to the role and the
  // department or the comma before the name (not "so die Stuttgarter Sportdirektorin über…", German capitals).
  if (!possessive && isCap(tokens[k]) && !isRoleWord(tokens[k]) && isCap(tokens[k + 1]) && isRoleWord(tokens[k + 1]) && ['of', ','].includes(tokens[k + 2]?.text ?? '')) k++;
  const roleBefore = isRoleWord(tokens[k]);
  // "according to Mozilla's manifesto": the words are a document's, not a person's.
  if (possessive && !roleBefore) return { unnamed: true };
  // "said General Motors", "said General Dynamics Corp.": a title opening a run of capitals that ends in a word for a
  // body, no given name in it and no role after it, opens the body's name (not "said a spokesman for the Interior
  // Ministry, John Hale", whose body the spokesman speaks for).
  const bodyEnd = roleBefore && isCap(tokens[k]) && !tokens.slice(i + 1, k).some((t) => PREPOSITIONS.has(t.text)) ? runEndingAfter(tokens, k) : -1;
  if (bodyEnd > k && isOrganisationWord(tokens[bodyEnd].text.toLowerCase()) && !isRoleWord(tokens[bodyEnd + 1]) && !tokens.slice(k, bodyEnd + 1).some(isGivenName)) {
    return { name: joinWords(tokens.slice(k, bodyEnd + 1)), titled: false };
  }
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
  if (role && isLoneAcronym(tokens, k)) return roleSlot;
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
    // "a déclaré l’avocat de Pierre Martin", "sagte der Anwalt von Peter Braun": a given name right after the complement
    // opens whose the role is, not its holder's name (a spokesperson speaks for whom it names, read below).
    if (c === k + 1 && complement && isGivenName(tokens[c]) && !SPOKES.has(role)) return { unnamed: true };
    if (c > k && isCap(tokens[c])) k = c;
    // "le porte-parole du maire, Léa Garnier": a complement in lower case, then the name after the comma; not "said a
    // friend of the mayor, Tom Hale", where the name may be the mayor's.
    else if (c > k && complement && tokens[c]?.text === ',' && isCap(tokens[c + 1])) {
      if (namesComplement(tokens.slice(k - 1, c))) return { unnamed: true };
      k = c + 1;
    }
    // "afirmó la ministra de Economía, Nadia Calviño": a capitalised complement after a preposition is
    // the role's department; the name is the appositive after it, or there is none ("dijo el ministro de Economía").
    // Without the comma, a known given name inside the run begins the name ("ministro de Economía Carlos Cuerpo").
    if (c === k && (complement || ROLE_COMPLEMENT.has(tokens[c - 1]?.text.toLowerCase() ?? ''))) {
      const complementEnd = runEndingAfter(tokens, c);
      // Not one ending the run or after a saint's title: "el alcalde de San José", "o prefeito de São Paulo" name a place.
      const given = tokens.slice(c + 1, complementEnd + 1).findIndex((t, n) => isGivenName(t) && c + 1 + n < complementEnd && !SAINTS.has(tokens[c + n].text.toLowerCase()));
      // "le porte-parole du ministère des Affaires étrangères, Lin Jian": the complement may go on in lower case.
      let comma = complementEnd + 1;
      while (comma < complementEnd + 4 && tokens[comma] && isLower(tokens[comma])) comma++;
      if (given >= 0) k = c + 1 + given;
      else if (tokens[comma]?.text === ',' && isCap(tokens[comma + 1])) k = comma + 1;
      else return { ...roleSlot, complemented: true };
    }
  }
  // "replied the mayor, Karen Bass"
  if (roleBefore && tokens[k]?.text === ',') k++;
  const namedAfter = role || roleBefore ? undefined : namedAfterDescription(tokens, i);
  if (namedAfter) return namedAfter;
  // "says a woman who auditioned for Ailes", "said one senior executive": someone brought in and never named; not the
  // preposition after a role ("expresó el mandatario a través de su cuenta").
  if (!role && bringsInSomeone(tokens[k]?.text ?? '')) return { unnamed: true };
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
    if ((isArticle(tokens[i + 1]) || isFeminineA(tokens, i + 1)) && isBodyWord(body)) return { role: body };
    return roleBefore ? undefined : clauseFinalName(tokens, k);
  }
  // "sagte das Unternehmen", "teilte der Konzern mit".
  const body = end === k ? bodyWordAt(tokens, k) : undefined;
  if (body) return body;
  // "sagt der Mann", "sagte er über seine Freilassung": a German noun, no name.
  if (isGermanNoun(tokens, k, end)) return undefined;
  const origin = end === k ? demonymAt(tokens, k) : undefined;
  if (origin) return origin;
  const holder = holderAfterPlace(tokens, end);
  if (holder) return holder;
  // "said Lopez and Smith": two people saying the words together are no one speaker, as before the verb.
  const second = COORDINATORS.has(tokens[end + 1]?.text ?? '') && isCap(tokens[end + 2]) ? runEndingAfter(tokens, end + 2) : -1;
  if (second > end && isPersonRun(tokens, k, end) && isPersonRun(tokens, end + 2, second)) return { unnamed: true };
  // "says Estera Events Co-Owner and Lead Planner Erica Vanco": two titles joined before one name are both that person's.
  const titledAfter = second > end && (isRoleWord(tokens[end]) || isTradeTitle(tokens[end].text)) ? mentionOfRun(tokens, end + 2, second) : undefined;
  if (titledAfter && !titledAfter.organisation && titledAfter.roles.length) return { name: titledAfter.name, titled: true };
  const placed = ENGLISH_ARTICLES.has(tokens[k - 1]?.text.toLowerCase() ?? '') || k === i + 1 ? placedBody(tokens, k, end) : undefined;
  if (placed) return placed;
  const mention = mentionOfRun(tokens, k, end, roleBefore);
  // "schimpft der AfD-Chef": a capitalised role alone, as German writes nouns.
  if (!mention && isRoleWord(tokens[end]) && isArticle(tokens[k - 1])) return { role: tokens[end].text.toLowerCase() };
  return mention ? { name: mention.name, titled: true } : undefined;
}

/**
 * True when a name set after a description ending in a role or a word for someone completing it ("an aide to the
 * senator, Maria Lopez", "the wife of the mayor, Tom Hale") may be that one's: two people fit. Not when the one
 * described speaks for them ("a spokesman for the governor, Mike DeWine", "le porte-parole du maire, Léa Garnier").
 */
function namesComplement(description: Token[]): boolean {
  const link = description.findIndex((t) => isPreposition(t) || ROLE_COMPLEMENT.has(t.text));
  const last = description[description.length - 1];
  return link > 0 && link < description.length - 1 && !!last && isLower(last) && isPersonNoun(last) && !SPOKES.has(description[link - 1].text.toLowerCase());
}

/** Possessive determiners of the languages read, before what someone has ("sa mère", "seine Mutter", "su madre"). */
const OWNER_DETERMINERS = new Set([
  ...POSSESSIVE_DETERMINERS,
  ...OWNER_PRONOUN.keys(),
  ...'seinem seinen seiner ihr ihre ihrem ihren ihrer ses leur leurs sus seus suas jeho její jejich'.split(' '),
]);

/**
 * "disait sa mère", "sagte seine Mutter", "le dijo su madre", "sagte Tom Hales Mutter": after the cue, a possessive and a
 * word for a person, or in German a name in the genitive and a word for kin; someone of theirs speaks, named no further.
 * Not a spokesperson, who speaks for them, nor one named right after ("sa mère, Anne Roy").
 */
function ownedPersonAt(tokens: Token[], k: number): Slot | undefined {
  // "uvedl Novákův advokát", "řekla Novákova mluvčí": a Czech possessive adjective made from a surname.
  const czechOwner = isCzechPossessive(tokens, k) ? czechPossessor(tokens[k].text) : undefined;
  const at = OWNER_DETERMINERS.has(tokens[k]?.text ?? '') || czechOwner ? k + 1 : isGerman(tokens) && isCap(tokens[k]) ? germanKinOfGenitive(tokens, k) : -1;
  const noun = tokens[at];
  if (noun && czechOwner && SPOKES.has(noun.text.toLowerCase())) return { name: czechOwner, titled: false, needsPerson: true };
  if (!noun || SPOKES.has(noun.text.toLowerCase())) return undefined;
  const person = isPersonNoun(noun) || KIN.has(noun.text) || GERMAN_KIN.has(noun.text.toLowerCase()) || (isGerman(tokens) && GERMAN_PERSON_NOUN.test(noun.text.toLowerCase()));
  const namedNext = isCap(tokens[at + 1]) || (tokens[at + 1]?.text === ',' && isCap(tokens[at + 2]));
  return person && !namedNext ? { unnamed: true } : undefined;
}

/** The ending of a Czech possessive adjective made from a surname ("Novákův", "Novákova", "Putinovi"). */
const CZECH_POSSESSIVE_ENDING = /(?:ův|ova|ovo|ovi|ovy)$/u;
/** The surname a Czech possessive adjective is made from ("Novák" of "Novákův"), or '' when the word has no such ending. */
const czechPossessor = (word: string) => (CZECH_POSSESSIVE_ENDING.test(word) ? word.replace(CZECH_POSSESSIVE_ENDING, '') : '');
/** Whether token k is a Czech possessive adjective before the noun it qualifies (not a surname before its verb, "Ivanova řekla"). */
const isCzechPossessive = (tokens: Token[], k: number) => {
  const noun = tokens[k + 1];
  return isCap(tokens[k]) && czechPossessor(tokens[k].text).length >= 3 && !!noun && isLower(noun) && !isCue(noun) && !CZECH_PAST.test(noun.text) && tokens.some((t) => CZECH_LETTERS.test(t.text));
};

/** "Tom Hales Mutter": where the German word for kin closes a run of capitals whose word before it is a name in the genitive, or -1. */
function germanKinOfGenitive(tokens: Token[], k: number): number {
  const end = runEndingAfter(tokens, k);
  return end > k && GERMAN_KIN.has(tokens[end].text.toLowerCase()) && /s$/u.test(tokens[end - 1].text) ? end : -1;
}

/**
 * "said her mother, Karen Lowe", "said his lawyer, John Reed": a description after the cue at token i, then the full
 * name closing the clause. "said a neighbour, John Smith", "said another witness in the probe, former adviser Fiona
 * Hill", "a déclaré un conseiller municipal, Paul Durand": someone brought in, then named, perhaps with a role.
 */
function namedAfterDescription(tokens: Token[], i: number): Slot | undefined {
  const determiner = tokens[i + 1]?.text.toLowerCase() ?? '';
  const bringsIn = bringsInSomeone(determiner) || INDEFINITE.has(determiner);
  if (!(isArticle(tokens[i + 1]) || POSSESSIVE_DETERMINERS.has(determiner) || bringsIn)) return undefined;
  // "said the White House press secretary, Karine Jean-Pierre": a role before the comma may have more words before it.
  const comma = tokens.findIndex((t, j) => j > i + 1 && j <= i + (bringsIn || isRoleWord(tokens[j - 1]) ? DESCRIPTION_BEFORE_NAME : 5) && t.text === ',');
  if (comma < 0) return undefined;
  const description = tokens.slice(i + 2, comma);
  // The name closes the clause, perhaps after a title in words of roles and names ("former White House Russia adviser").
  let clauseEnd = comma + 1;
  while (tokens[clauseEnd] && ![',', ';', '.'].includes(tokens[clauseEnd].text)) clauseEnd++;
  const named = runStartingBefore(tokens, clauseEnd - 1);
  const title = tokens.slice(comma + 1, Math.max(named, comma + 1));
  // "said a Kremlin spokesman, Dmitry Peskov", "said a Republican senator, Maria Lopez": capitals before the role say
  // whose; "dijo un vecino de Vallecas, Juan Gómez": after a preposition, where the person is from.
  const roleLast = isRoleWord(description[description.length - 1]);
  const describes = (t: Token, j: number) =>
    (isLower(t) && !DOCUMENTS.has(t.text) && !WRITINGS.has(t.text)) || (isCap(t) && !isGivenName(t) && ((roleLast && j < description.length - 1) || (j > 0 && (isPreposition(description[j - 1]) || ROLE_COMPLEMENT.has(description[j - 1].text)))));
  if (named <= comma || !description.every(describes) || !title.every((t) => isCap(t) || isRoleWord(t)) || clauseEnd - 1 <= named) return undefined;
  if (namesComplement(description)) return { unnamed: true };
  const mention = nameOfRun(tokens.slice(named, clauseEnd), title.some(isRoleWord));
  return mention && !mention.organisation ? { name: mention.name, titled: true } : undefined;
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

/** How many words a phrase opening the sentence before its subject may have ("Concernant le lait,", "In a speech on Tuesday,"). */
const FRONTED_PHRASE_WORDS = 6;

/**
 * "Concernant le lait, Francisca Joly-Gomez…", "In 2022, she withdrew…": where the subject stands after a phrase opening
 * the sentence that says what about, when or where, one with no verb of its own (its comma, plus one); 0 when none opens it.
 */
export function afterFrontedPhrase(tokens: Token[]): number {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 1 || comma > FRONTED_PHRASE_WORDS || tokens.slice(0, comma).some((t) => isCue(t) || (isVerbLike(t) && !ENGLISH_ARTICLES.has(t.text)))) return 0;
  return comma + 1;
}

/** English conjunctions opening a clause put before the main one ("When Winfrey asked…, he declined"). */
export const ENGLISH_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'if', 'although', 'though', 'because', 'since', 'once', 'until', 'whenever']);

/**
 * The subject of a sentence's first verb: who a participle cue ("…, stating") refers to. A name opening the
 * sentence and acting comes first: the first verb the reader knows may be a later clause's ("Trump rejects
 * indicators that suggest Harris is ahead…, declaring").
 */
export function sentenceSubject(tokens: Token[], before: number): Slot {
  // "Hale recalled his mother telling him:", "remembers his coach saying:": the participle's own subject, someone of theirs.
  if (before >= 2 && !!tokens[before] && isParticiple(tokens[before]) && POSSESSIVE_DETERMINERS.has(tokens[before - 2].text) && isPersonNoun(tokens[before - 1])) return { unnamed: true };
  const joined = joinedClauseSubject(tokens, before);
  if (joined) return joined;
  const opening = openingActor(tokens, before);
  if (opening) return opening;
  // "In a reflection of…": after a preposition, "a" is the English article, not the French auxiliary.
  const isArticleA = (v: number) => tokens[v].text === 'a' && PREPOSITIONS.has(tokens[v - 1].text.toLowerCase());
  // "When Winfrey asked if he could…, he declined, saying": the main clause comes after the fronted one's comma.
  const fronted = ENGLISH_SUBORDINATORS.has(tokens[0]?.text.toLowerCase() ?? '') ? tokens.findIndex((t, i) => i < before && t.text === ',') : 0;
  // "During their first encounter, Luhn says, Ailes videotaped her…": past an aside crediting the account to someone.
  // Not "“…,” Meghan said, adding that…", which credits the words before it.
  const aside = (v: number) => {
    const start = runStartingBefore(tokens, v - 1);
    return isCue(tokens[v]) && tokens[v + 1]?.text === ',' && tokens[start - 1]?.text === ',' && !!tokens[start - 2] && !isMasked(tokens[start - 2]);
  };
  const verb = tokens.findIndex((_, v) => v >= Math.max(fronted + 1, 1) && v < before && isVerbLike(tokens[v]) && !isArticleA(v) && !aside(v));
  const ofVerb = verb > 0 ? subjectOf(tokens, verb) : undefined;
  if (ofVerb && !('unnamed' in ofVerb)) return ofVerb;
  // "She withdrew her claims, saying…", "In 2022, she withdrew…, saying": a pronoun opening the clause, after a phrase
  // with no verb of its own if any; the reader need not know its verb ("withdrew").
  const opens = afterFrontedPhrase(tokens);
  const pronoun = tokens[opens]?.text.toLowerCase() ?? '';
  if (opens < before - 1 && PRONOUNS.has(pronoun) && isLower(tokens[opens + 1]) && !isCue(tokens[opens + 1])) return { pronoun };
  // "Christie quit, telling a town hall meeting…", "So, with days to go, Christie quit—telling…": a name opening the
  // clause before the participle with a verb after it, any verb, when it is someone the text knows as a person (needsPerson).
  const clause = tokens.slice(0, before - 1).findLastIndex((t) => t.text === ',') + 1;
  const end = runEndingAfter(tokens, clause);
  // "Reid's campaign hit back hard, saying": those working for someone, opening the clause, speak for them.
  const entourage = end >= 0 ? entourageOf(tokens, end + 1) : undefined;
  if (entourage) return entourage;
  // Not "Tom Reyes read the statement aloud, saying…": the words are the statement's.
  // Nor "Tom Hale’s mother used to say": the one whose mother it is.
  const acting = end >= 0 && end + 1 < before && !isPossessive(tokens[end]) && isAnyVerb(tokens[end + 1]) && !PREPOSITIONS.has(tokens[end + 1].text) && !READING.has(tokens[end + 1].text);
  const mention = acting ? nameOfRun(tokens.slice(clause, end + 1)) : undefined;
  if (mention && !mention.organisation && tokens.slice(clause, end + 1).some((t) => t.text === mention.name.split(' ')[0])) return { name: mention.name, titled: mention.titled, atSentenceStart: clause === 0, needsPerson: true };
  return { unnamed: true };
}

/**
 * "Page would grow animated, and Schmidt would shut him down, saying, “…”": a participle after a clause joined by
 * "and" or "but" belongs to that clause, whose subject is a name with a verb after it, not the sentence's first.
 */
function joinedClauseSubject(tokens: Token[], before: number): Slot | undefined {
  const k = tokens.findLastIndex((t, i) => i < before && (AND.has(t.text) || t.text === 'but') && tokens[i - 1]?.text === ',');
  const end = k > 0 ? runEndingAfter(tokens, k + 1) : -1;
  if (end < 0 || end + 1 >= before || !isLower(tokens[end + 1]) || (!isVerbLike(tokens[end + 1]) && !AUXILIARIES.has(tokens[end + 1].text))) return undefined;
  const mention = nameOfRun(tokens.slice(k + 1, end + 1));
  return mention && !mention.organisation ? { name: mention.name, titled: mention.titled, needsPerson: true } : undefined;
}

/** Who does a cue in the infinitive: the subject of the sentence's verb, or the name or pronoun opening the clause ("Lind went on to say"). */
export function infinitiveSubject(tokens: Token[], c: number): Slot {
  // "That led Tom Hale to say", "prompted Hale to suggest": a verb's object right before "to" does the infinitive.
  const object = tokens[c - 1]?.text === 'to' && isCap(tokens[c - 2]) ? runStartingBefore(tokens, c - 2) : -1;
  const verb = tokens[object - 1];
  if (object > 0 && verb && isLower(verb) && !LINKS.has(verb.text) && !PREPOSITIONS.has(verb.text) && !isArticle(verb)) return slotEndingAt(tokens, c - 2);
  const subject = sentenceSubject(tokens, c);
  if (!('unnamed' in subject)) return subject;
  const end = PRONOUNS.has(tokens[0]?.text.toLowerCase() ?? '') ? 0 : runEndingAfter(tokens, 0);
  // Not "Tom Hale’s mother used to say": the one whose mother it is.
  return end >= 0 && end < c && !POSSESSIVE_ENDING.test(tokens[end].text) ? slotEndingAt(tokens, end) : subject;
}

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

/** First parts that say only at what level an office is held, federal or a state's ("Bundesministerin", "Landesbischof"). */
const LEVEL = /^(?:bundes|landes)(?=\p{L}{4})/u;

/**
 * "Integrationsministerin" of "Bundesministerin": a compound narrowing the office that a compound of a level names,
 * which is its last part ("ministerin").
 */
const narrowsLevelOf = (compound: string, leveled: string): boolean => LEVEL.test(leveled) && isCompoundOf(compound, leveled.replace(LEVEL, ''));

/** Two words for one office by their German compounds: either ends in the other, or `role` narrows `other`'s level. */
export const isCompoundOffice = (role: string, other: string): boolean => isCompoundOf(role, other) || isCompoundOf(other, role) || narrowsLevelOf(role, other);

export interface Found {
  slot: Slot;
  cue: string;
  how: AttributionCue;
}

/** Stressed pronouns a French subject may take between commas ("Le ministre, lui, se veut rassurant"). */
export const STRESSED_PRONOUNS = new Set(['lui', 'elle', 'eux', 'elles']);

/** Occasions of speaking: "in seiner Rede", "in a statement", "en su discurso". */
export const SPEAKING_OCCASIONS = new Set('rede ansprache statement interview erklärung mitteilung pressekonferenz speech address remarks briefing conference discurso declaraciones entrevista discours entretien'.split(' '));

/** Determiners before an occasion of speaking in English ("in a statement", "in his speech"). */
const OCCASION_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

/**
 * "in a news briefing in New Delhi", "in an interview with CNN": how many tokens from k an English phrase saying where
 * someone spoke takes, with a noun before the occasion and where or with whom after it; 0 when none opens at k.
 */
function occasionPhraseLength(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== 'in' || !OCCASION_DETERMINERS.has(tokens[k + 1]?.text.toLowerCase() ?? '')) return 0;
  let j = k + 2;
  if (tokens[j] && isLower(tokens[j]) && !SPEAKING_OCCASIONS.has(tokens[j].text) && SPEAKING_OCCASIONS.has(tokens[j + 1]?.text ?? '')) j++;
  if (!SPEAKING_OCCASIONS.has(tokens[j]?.text ?? '')) return 0;
  j++;
  while (['in', 'with', 'on', 'at', 'to'].includes(tokens[j]?.text ?? '') && isCap(tokens[j + 1])) j = runEndingAfter(tokens, j + 1) + 1;
  return j - k;
}

/**
 * True when the name starting at `start` completes a lower-case noun through one of `links` ("la situación de Granda",
 * "the case of Tom Reyes"): it is what the words are about, not who says them. Not after a role ("el ministro de X").
 */
export function completesNoun(tokens: Token[], start: number, links: ReadonlySet<string>): boolean {
  const noun = tokens[start - 2];
  return links.has(tokens[start - 1]?.text ?? '') && !!noun && isLower(noun) && !isRoleWord(noun) && !isArticle(noun);
}

/** A French verb in the third person of the present ("tourne", "présente", "sort", "prend"). */
const FRENCH_PRESENT = /^\p{Ll}{3,}[etd]$/u;
/** Words a French verb's object or complement opens with ("tourne un film", "revient avec…", "sort son album"). */
const FRENCH_OBJECT_START = new Set(['un', 'une', 'le', 'la', 'les', "l'", 'l’', 'des', 'du', 'sa', 'son', 'ses', 'leur', 'leurs', 'au', 'aux', 'avec']);

/** A French past participle ("tenu", "déclaré", "arrivée", "dit", "pris"). */
export const FRENCH_PARTICIPLE = /^\p{Ll}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|ort|int|aint|eint)$/u;

/**
 * True when the name in tokens[start..end] does something in its sentence: it is
 * followed by a verb (past adverbs or an appositive: "Rubio, who accompanied
 * Witkoff, indicated"), is the agent of a passive ("announced by … Witkoff"), or
 * follows a cue ("said Mr. Reeves"). A pronoun refers back to such a subject,
 * not to a name in passing ("a campaign against Islamists").
 */
export function isActing(tokens: Token[], start: number, end: number, verb = isVerbLike): boolean {
  let k = end + 1;
  // "Lasier Martins (Podemos-RS), líder do bloco…, acha": the parenthesis is about the name.
  if (tokens[k]?.text === '(') k = tokens.findIndex((t, i) => i > k && t.text === ')') + 1 || k;
  // Past adverbs, but not past a French auxiliary before its participle ("JD Vance a tenu à…"): that is the verb.
  const skipAdverbs = () => {
    while (tokens[k] && isAdverb(tokens[k]) && !(AUXILIARIES.has(tokens[k].text) && FRENCH_PARTICIPLE.test(tokens[k + 1]?.text ?? ''))) k++;
  };
  const finite = GERMAN_FINITE_AUXILIARIES.has(tokens[k]?.text ?? '');
  skipAdverbs();
  // "Javier Betancourt at that time asked", "Trump on Tuesday said": past a time before the verb.
  k += timePhraseLength(tokens, k);
  // "Vikram Misri in a news briefing in New Delhi accused": past where the person spoke.
  k += occasionPhraseLength(tokens, k);
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
    else if (close > 0 && (describes || opensAside(tokens, k, close))) {
      k = close + 1;
      // "Maria Lopez, 54, a Republican senator from Ohio, met…": an appositive opening with an article may follow another.
      while (APPOSITIVE_START.has(tokens[k]?.text ?? '')) {
        const next = tokens.findIndex((t, i) => i > k && t.text === ',');
        if (next < 0) break;
        k = next + 1;
      }
    }
    skipAdverbs();
  }
  // The agent of a passive may carry titles before the name: "announced by special U.S. envoy Steve Witkoff".
  // "Der Haushalt wurde … von Maria Lopez vorgestellt", "a été présenté … par la ministre": in other languages the word
  // for "by" has other senses, so a passive's auxiliary before it says it brings the agent.
  // The auxiliary is looked for only when such a word is met: isActing runs for every run of capitals read.
  let passive: number | undefined;
  const agent = (j: number) => {
    const word = tokens[j]?.text ?? '';
    if (word.toLowerCase() === 'by') return true;
    if (!AGENTS.has(word)) return false;
    passive ??= tokens.findIndex((w) => PASSIVE_AUXILIARIES.has(w.text));
    return passive >= 0 && passive < j;
  };
  let b = start - 1;
  while (b >= 0 && b >= start - 5 && tokens[b].text !== ',' && !isVerbLike(tokens[b]) && !agent(b)) b--;
  // "by the finance minister, Maria Lopez", "par la ministre des Finances, Maria Lopez": past the role the name is in apposition to.
  if (tokens[b]?.text === ',' && b === start - 1) {
    const role = tokens.slice(0, b).findLastIndex((t, j) => t.text === ',' || agent(j));
    if (role >= b - ROLE_BEFORE_REACH - 2 && tokens.slice(role + 1, b).some((t) => isRoleWord(t))) b = role;
  }
  // "am Dienstag von Finanzministerin Maria Lopez": "von" inside the run of capitals, read as a particle of a name.
  let within = false;
  for (let j = start; j < end && !within; j++) within = isLower(tokens[j]) && agent(j);
  const passiveAgent = (b >= 0 && agent(b)) || within;
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
  return (!possessor && (finite || (!!tokens[k] && (verb(tokens[k]) || reflexive || elidedReflexive || present || negated)))) || passiveAgent || isCue(tokens[start - 1]) || (start < end && isCue(tokens[start])) || isCreditedAfterTrade(tokens, start);
}

/** How many lower-case words saying what someone is may stand between a cue and their name ("says certified nutritionist"). */
const TRADE_WORDS = 3;

/**
 * "says certified nutritionist Anju Mobin", "as noted by registered dietitian Trista Best": a cue, or "by" after one, then
 * lower-case words of a trade the lexicon may not know as roles, then the name: the one whose words the cue reports.
 * Not past a word of the closed classes ("says the report on Anju Mobin", "announced that Elton John would…").
 */
function isCreditedAfterTrade(tokens: Token[], start: number): boolean {
  let t = start - 1;
  const trade = (token: Token) => isLower(token) && !isCue(token) && !NOT_NAMES.has(token.text) && !LINKS.has(token.text);
  while (t >= 0 && t >= start - TRADE_WORDS && trade(tokens[t])) t--;
  if (t === start - 1 || t < 0) return false;
  return isCue(tokens[t]) || (tokens[t].text === 'by' && isCueAt(tokens, t - 1));
}

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

/** German determiners of the accusative or the dative (never of a subject): "den Angeklagten", "seinem Kollegen". */
export const GERMAN_OBJECT_DETERMINER = /^(?:den|dem|einen|einem|seinen|seinem|ihren|ihrem|unseren|unserem|diesen|diesem)$/;

/**
 * "verurteilte den Angeklagten Dieter Maus", "kritisierte seinen Parteikollegen Michael Wendt", "traf den französischen
 * Minister Paul Girard": a name whose run a German determiner of the accusative or dative opens, perhaps past adjectives,
 * is an object of the sentence, whatever word follows it; the subject acts.
 */
export function isGermanObject(tokens: Token[], start: number): boolean {
  let j = start - 1;
  while (j > 0 && isLower(tokens[j]) && /e[nm]$/.test(tokens[j].text) && !GERMAN_OBJECT_DETERMINER.test(tokens[j].text)) j--;
  return GERMAN_OBJECT_DETERMINER.test(tokens[j]?.text ?? '');
}
/** French auxiliaries with a reflexive pronoun ("s'est souvenu", "s’était dit"). */
export const REFLEXIVE_AUXILIARY = /^s['’](?:est|était|sont|étaient)$/u;
/** French and Spanish object pronouns set before the verb ("l’a promis", "lo afirmó"), standing for the words. */
export const OBJECT_CLITICS = new Set(['l’', "l'", 'lo']);
/** Spanish, Portuguese and French pronouns of whom the words were said to, set before the verb ("le dijo", "lhe disse", "lui a dit"). */
const DATIVE_CLITICS = new Set(['le', 'les', 'lhe', 'lhes', 'lui', 'leur']);

/** How many words may describe someone brought in before the comma and their name ("said another witness in the impeachment probe, …"). */
const DESCRIPTION_BEFORE_NAME = 9;

/** How many words before a name's comma its role may stand ("el presidente de la Junta de Andalucía, Juanma Moreno"). */
export const ROLE_BEFORE_REACH = 8;
