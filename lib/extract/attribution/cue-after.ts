/**
 * A cue after the quotation ("…,” said Smith", "«…», a déclaré le ministre", "“…”, machacó
 * Vidal") and its subject, including verbs the lexicon lacks, read by where they stand.
 */
import { ACCORDING, AUXILIARIES, DESCRIBING, FRENCH_SPEECH_NOUNS, NOT_NAMES, PREPOSITIONS, REFLEXIVES, ROMANCE_PREPOSITIONS, SPEECH_NOUNS, UNNAMED_SOURCES } from '../lexicon';
import { isRole, isRoleWord, nameOfRun, runEndingAfter, runStartingBefore, type Token } from '../names';
import { ENGLISH_ARTICLES, IBERIAN_PRETERITE, isAdverb, isArticle, isCap, isCue, isEnglish, isGerman, isInfinitive, isLower, isParticiple, isVerbLike, LINKS, SUBJECT_OF_OBJECT_PRONOUN } from './words';
import { CREDIT_TAIL, ENGLISH_SUBJECTS, isAccordingAt, isCueAt, isImpersonalCueAt, NOT_GERMAN_VERBS, phraseAt } from './cues';
import { isFeminineA, isGivenName, isPersonNoun, pastWhen, roleAt, ROMANCE_OWNER_LINKS, type Slot, slotEndingAt, writingAt, writingReadIn } from './roles';
import { APPOSITIVE_LENGTH, type Found, IMPLIED_SUBJECT, infinitiveSubject, nameAfter, subjectOf } from './slots';

/** English cues whose object is who was told ("told BuzzFeed News", "tells The Hollywood Reporter"). */
export const TELLING = new Set(['told', 'tells', 'tell', 'telling']);

/** How many words after a quotation a cue may stand ("…,” the minister of finance told reporters on Monday"). */
const CUE_AFTER_WITHIN = 14;

/** True when nothing but sentence adverbs ("Además", "Asimismo,", "ha") stands before the verb at c. */
export const opensWithVerb = (tokens: Token[], c: number) =>
  tokens.slice(0, c).every((t) => !/\p{L}/u.test(t.text) || isAdverb(t) || REFLEXIVES.has(t.text) || NOT_NAMES.has(t.text.toLowerCase()));

/**
 * True when the cue at c has no subject after it either: nothing follows it, or where and how the words were said
 * ("dijo en rueda de prensa", "afirmou em entrevista à rádio") with no role or capitalised word in it ("dijo a la
 * prensa el portavoz" has its subject last), or "que" and the reported clause. Spanish, Portuguese and Czech then drop the pronoun.
 */
export function dropsSubject(tokens: Token[], c: number, after: Slot | undefined): boolean {
  // "“…,” said a Fox host": English drops no subject, and its "a" is the article.
  if ((after && !('unnamed' in after)) || isEnglish(tokens)) return false;
  // "“…”, dijo este lunes.", "afirmou ontem em entrevista": past a time.
  const start = pastWhen(tokens, c + 1);
  const next = tokens[start];
  if (!next || !/\p{L}/u.test(next.text)) return true;
  const preposition = (t: Token) => PREPOSITIONS.has(t.text) || ROMANCE_PREPOSITIONS.has(t.text);
  if (!preposition(next) && !COMPLEMENTISERS.has(next.text) && !ROMANCE_GERUND.test(next.text)) return false;
  // "indicó que los hutíes…": what follows "que" is the reported clause, with subjects of its own. Before it, any
  // name or role may be the subject put last ("dijo a la prensa el ministro X"), but not one the preposition governs
  // ("dijo a El Faro", "se preguntaba en unas declaraciones a la emisora France Info"); another article opens another
  // phrase. ("uvedla na adresu Michala Redla" is about him, said by someone else: Czech declines it.)
  const that = tokens.findIndex((t, i) => i > c && COMPLEMENTISERS.has(t.text));
  let governed = false;
  return !tokens.slice(start, that < 0 ? undefined : that).some((t, i, rest) => {
    if (GOVERNING.has(t.text) || ROMANCE_GERUND.test(t.text)) governed = true;
    else if (isArticle(t) && !GOVERNING.has(rest[i - 1]?.text ?? '')) governed = false;
    return (isRoleWord(t) || isCap(t)) && !governed;
  });
}

/**
 * Spanish and Portuguese prepositions whose object is no subject put last ("dijo a El Faro", "afirmou em entrevista à
 * rádio Gaúcha"); not Czech "na", "v", nor a source ("apuntan desde el Ministerio", "según") or someone present ("ante").
 */
const GOVERNING = new Set(['a', 'al', 'en', 'con', 'por', 'para', 'sobre', 'tras', 'durante', 'acerca', 'em', 'ao', 'aos', 'à', 'pelo', 'pela', 'com', 'de', 'del', 'da', 'do', 'das', 'dos']);

/**
 * A Spanish or Portuguese gerund, perhaps with a pronoun joined to it ("refiriéndose", "señalándolo", "referindo-se"):
 * after a cue it says how the words were said ("agregó refiriéndose a la ciudadanía"), and the words after it are its own.
 */
const ROMANCE_GERUND = /^\p{Ll}{2,}(?:ando|ándo|iendo|iéndo|yendo|yéndo|endo|indo)(?:-?(?:se|lo|la|le|los|las|les|o|a|os|as))?$/u;

/** "que" after a cue opens the reported clause ("dijo que…", "afirmou que…"): no subject of the cue follows it. */
const COMPLEMENTISERS = new Set(['que']);

/** German prepositions that give where impersonal words came from ("aus dem Ministerium", "von der Bahn", "vom Verband"). */
const SOURCE_PREPOSITIONS = new Set(['aus', 'von', 'vom']);

/**
 * "Aus dem Schulministerium heißt es, …", "…, hieß es von der Bahn": the organisation the words of an impersonal
 * cue came from, after "aus" or "von" and an article; no one when the clause names none ("In dem Bericht heißt es").
 */
export function sourceOfImpersonal(tokens: Token[]): Slot {
  const es = tokens.findIndex((t) => t.text === 'es');
  // "heißt es in der Erklärung", "In dem Bericht des Landesrechnungshofs heißt es:": the writing after "es" or opening the sentence.
  const writing = (es >= 0 ? writingAt(tokens, es + 1) : undefined) ?? writingAt(tokens, 0);
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

/** "Pour lui", "pour elle": the pronoun "Pour" takes, as the subject pronoun that stands for the same person. */
const VIEW_PRONOUNS: ReadonlyMap<string, string> = new Map([['lui', 'il'], ['elle', 'elle']]);

/**
 * Phrases opening a sentence with a possessive that make the rest its owner's view, before a comma ("In her view,", "À ses
 * yeux,", "A su juicio,", "Na opinião dele,") or, in German, none ("Seiner Meinung nach war…"), with the pronoun that
 * stands for the owner. Not German "ihrer", which may be "their".
 */
const POSSESSIVE_VIEWS: readonly (readonly [string[], string])[] = [
  ...['in her view', 'in her opinion', 'to her mind'].map((p) => [p.split(' '), 'she'] as const),
  ...['in his view', 'in his opinion', 'to his mind', 'seiner meinung nach', 'seiner ansicht nach', 'aus seiner sicht', 'seines erachtens', 'na opinião dele', 'na avaliação dele'].map((p) => [p.split(' '), 'he'] as const),
  ...['na opinião dela', 'na avaliação dela'].map((p) => [p.split(' '), 'she'] as const),
  ...['à ses yeux', 'a ses yeux', 'à son avis', 'a su juicio', 'en su opinión', 'a su entender', 'a su parecer', 'na sua opinião', 'na sua avaliação'].map((p) => [p.split(' '), IMPLIED_SUBJECT] as const),
];

/** "Pour", "Para" opening a French, Spanish or Portuguese sentence: "in the view of" whoever follows. */
const IN_VIEW_OF = new Set(['pour', 'para']);

/**
 * Whose view the words are when no cue says so: "Pour Sophie Binet, …", "Para Hurtado, su intervención “es…”",
 * "Pour la syndicaliste, …", "Pour elle, « … »", "A ses yeux, « … »" open the sentence; "… est pour lui une
 * vocation : « … »" introduces them. Read from the sentence's shape alone, so a name counts only when the text
 * knows it as a person ("Para Madrid, …" is no one). "Pour eux", "Pour ses opposants", "Pour les auteurs" are views
 * of many or of no one named: no speaker, and no other reading either. Undefined when the sentence has no such opening.
 */
export function inViewOf(tokens: Token[]): Slot | undefined {
  const first = tokens[0]?.text.toLowerCase();
  const owned = POSSESSIVE_VIEWS.find(([phrase]) => phraseAt(tokens, 0, phrase) && (tokens[phrase.length]?.text === ',' || isGerman(tokens)));
  if (owned) return { pronoun: owned[1] };
  if (tokens[tokens.length - 1]?.text === ':') {
    const p = tokens.findIndex((t, i) => t.text === 'pour' && i > 0 && VIEW_PRONOUNS.has(tokens[i + 1]?.text ?? ''));
    if (p > 0 && !tokens.slice(0, p).some((t) => t.text === ':')) return { pronoun: VIEW_PRONOUNS.get(tokens[p + 1].text)! };
  }
  if (first === 'für') return germanViewOf(tokens);
  if (first === 'for') return englishViewOf(tokens);
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

/**
 * "For Maria Lopez, the answer is simple: “…”": an English sentence opened by "for", a person the text knows and a
 * comma, and ending in a colon, gives that person's view; without the colon "For" says too little ("For Trump, the
 * stakes are high. “…”" may quote anyone).
 */
function englishViewOf(tokens: Token[]): Slot | undefined {
  const end = runEndingAfter(tokens, 1);
  if (end < 1 || tokens[end + 1]?.text !== ',' || tokens.at(-1)?.text !== ':' || tokens.slice(0, -1).some((t) => t.text === ':')) return undefined;
  const mention = nameOfRun(tokens.slice(1, end + 1));
  return mention && !mention.organisation ? { name: mention.name, titled: true, needsPerson: true } : undefined;
}

/** Forms of German "sein" that state a view's predicate ("Für X ist das …"). */
const SEIN = new Set(['ist', 'sind', 'war', 'waren', 'wäre', 'sei']);

/**
 * "Für Schulleiter Salcher kein Thema: „…“", "Für Weber ist klar: „…“", "Für ihn steht fest: „…“", "Für den
 * Verkehrsminister Volker Wissing ist klar:": German opens a sentence ending in a colon with "für" and whose view it
 * gives. A known person or one a role titles, a role alone after its article ("Für den Minister ist klar:"), or "ihn"
 * ("sie" may be many); without the colon, a known person with a form of "sein" after the name ("Für Olaf Scholz ist das
 * „…“"), or "steht fest" ("Für Weber steht fest, dass „…“").
 */
function germanViewOf(tokens: Token[]): Slot | undefined {
  const colon = tokens[tokens.length - 1]?.text === ':';
  if (tokens.slice(0, -1).some((t) => t.text === ':')) return undefined;
  if (colon && tokens[1]?.text === 'ihn') return { pronoun: 'er' };
  const start = isArticle(tokens[1]) ? 2 : 1;
  const end = runEndingAfter(tokens, start);
  const verb = tokens[end + 1];
  const stated = verb && (SEIN.has(verb.text) || (verb.text === 'steht' && tokens[end + 2]?.text === 'fest'));
  if (end < 0 || !verb || !isLower(verb) || (!colon && !stated)) return undefined;
  // After an article German nouns are capitalised as names are: only a role with a name after it, or an office alone.
  if (start === 2 && !isRoleWord(tokens[2])) return undefined;
  if (start === 2 && end === 2) return isRole(tokens[2].text.toLowerCase()) ? roleAt(tokens, 2) : undefined;
  const mention = nameOfRun(tokens.slice(start, end + 1), start === 2);
  return mention && !mention.organisation ? { name: mention.name, titled: true, needsPerson: start === 1 } : undefined;
}

/** How many words an "as" credit holds before its cue ("as NPR's Debbie Elliot reported"). */
const AS_CREDIT_WITHIN = 6;

/**
 * "…,” as NPR's Debbie Elliot reported": the words after "as" credit the quotation to whoever wrote or
 * said it, whatever the sentence before it says (a witness "described…" what the reporter's words tell).
 */
export function isAsCredit(tokens: Token[]): boolean {
  if (tokens[0]?.text.toLowerCase() !== 'as') return false;
  const c = tokens.findIndex((t) => isCue(t));
  return c > 1 && c <= AS_CREDIT_WITHIN && !ACCORDING.has(tokens[c].text.toLowerCase());
}

/**
 * "Mit den Worten", "avec ces mots", "con las palabras": a quotation brought in as the words of whatever the clause after
 * it tells. (English "the words" introduces a term: see INTRODUCES_TERM in detect.ts.)
 */
const WITH_THE_WORDS = new Set(['mit den worten', 'avec ces mots', 'avec les mots', 'con las palabras', 'com as palavras']);

/**
 * "Mit den Worten „…“, gab Staatspräsident Saied zudem seinen Vorsitz … bekannt": words brought in by "with the words"
 * are those of the subject of the clause after them, whatever its verb.
 */
export function wordsOfClauseAfter(before: Token[], after: Token[], commaInside: boolean): Found | undefined {
  // The clause opens after the comma, outside the marks or inside them.
  const at = after[0]?.text === ',' ? 1 : commaInside ? 0 : -1;
  if (!WITH_THE_WORDS.has(before.slice(-3).map((t) => t.text.toLowerCase()).join(' ')) || at < 0 || !after[at]) return undefined;
  // "Avec ces mots « … », Haddad a ouvert son discours": the subject before its verb, as French and Spanish put it.
  const end = runEndingAfter(after, at);
  const opening = end >= at && after[end + 1] && isLower(after[end + 1]) ? nameOfRun(after.slice(at, end + 1)) : undefined;
  const slot = opening ? { name: opening.name, titled: false } : isLower(after[at]) ? nameAfter(after, at) : undefined;
  return slot && 'name' in slot ? { slot, cue: after[opening ? end + 1 : at].text.toLowerCase(), how: 'after' } : undefined;
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

/**
 * Words shaped so that open a phrase instead ("“…”, durante Semana Santa", "« … », comme Paris"), and verbs of hearing,
 * whose subject heard the words ("“…”, ouviu João Silva de um segurança").
 */
const NOT_VERBS = new Set([...NOT_GERMAN_VERBS, ...LINKS, 'durante', 'mediante', 'pendant', 'avant', 'comme', 'encore', 'heard', 'ouviu', 'ouviram', 'escutou', 'escuchó', 'oyó']);

/** Words after a name that end the credit: the sentence ends, or goes on after a comma. */
const CREDIT_END = new Set(['.', '!', '?', ',', ';']);

/** How many words a credit's subject may take ("la ministra de Salud Carmen Vidal"). */
const CREDIT_SUBJECT_WORDS = 6;

/** A past participle of French, Spanish or Portuguese ("tempêté", "machacado", "desabafado"). */
const PARTICIPLE_SHAPE = /^\p{Ll}{3,}(?:é|ée|és|ées|ado|ada|ido|ida)$/u;

/** A lower-case word of the shape, which no phrase opens with. */
const unlistedOfShape = (shape: RegExp) => (t: Token | undefined) => !!t && isLower(t) && shape.test(t.text) && !NOT_VERBS.has(t.text);
export const isUnlistedVerb = unlistedOfShape(VERB_SHAPE);
const isUnlistedParticiple = unlistedOfShape(PARTICIPLE_SHAPE);

/**
 * "“…”, machacó Carmen Vidal.", "„…“, grantelte der Minister.", "“…,” Miller harrumphed.", "“…,” the senator
 * harrumphed.": a verb the lexicon lacks, right after the words' comma, with a name, a role or a subject pronoun beside
 * it and the sentence ending there, is a verb of saying; no lexicon has them all ("descaseteó", "prognostizierte",
 * "conseille"). "“…”, lanzó.", "“…”, rebateu em entrevista.": Spanish and Portuguese drop the subject, and a preterite
 * alone after the words' comma, perhaps with where or how, refers back as a listed verb does (dropsSubject).
 */
function unlistedCueAfter(tokens: Token[], commaInside: boolean): Found | undefined {
  // The comma after the words stands after the closing mark, or inside it in English ("“…,” Miller harrumphed").
  const from = tokens[0]?.text === ',' ? 1 : commaInside ? 0 : -1;
  if (from < 0) return undefined;
  if (isUnlistedVerb(tokens[from]) && IBERIAN_PRETERITE.test(tokens[from].text) && dropsSubject(tokens, from, undefined)) {
    return { slot: { pronoun: IMPLIED_SUBJECT }, cue: tokens[from].text, how: 'after' };
  }
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

/** Participles of being told or warned, after which the words were the subject's to hear ("he was told", "being warned"). */
const TOLD = new Set(['told', 'warned', 'asked', 'instructed', 'ordered', 'advised', 'informed']);
/** Verbs by which someone tells the subject the words ("a guard told him"). */
const TELLS_SUBJECT = new Set([...TELLING, 'warned', 'asked']);
/** Whom the telling verb tells: the subject, by an object pronoun. */
const TOLD_PERSON = new Set(['him', 'her', 'them', 'me', 'us']);
/** How many words may name the one who told, between "said" and their verb ("said a prison guard told him"). */
const TELLER_WORDS = 4;

/**
 * "“…,” Hale recalled being told", "“…,” Hale said he was told", "“…,” Hale said a guard told him", "“…,” Hale remembers
 * hearing": the words after the cue at v say the subject heard the quotation, which is someone else's.
 */
function heardAt(tokens: Token[], v: number): boolean {
  let k = v + 1;
  if (tokens[k]?.text === 'hearing' || (tokens[k]?.text === 'being' && TOLD.has(tokens[k + 1]?.text ?? ''))) return true;
  if (tokens[k]?.text === 'that') k++;
  // "he was told", "she had been warned", "they were told".
  if (ENGLISH_SUBJECTS.has(tokens[k]?.text.toLowerCase() ?? '')) {
    const participle = ['had', 'has', 'have'].includes(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === 'been' ? k + 3 : AUXILIARIES.has(tokens[k + 1]?.text ?? '') ? k + 2 : -1;
    if (participle > 0 && TOLD.has(tokens[participle]?.text ?? '')) return true;
  }
  // "a guard told him", "her mother telling her".
  for (let j = k + 1; j <= k + TELLER_WORDS && tokens[j] && !CREDIT_END.has(tokens[j].text); j++) {
    if (TELLS_SUBJECT.has(tokens[j].text) && TOLD_PERSON.has(tokens[j + 1]?.text ?? '')) return true;
  }
  return false;
}

/** Words by which an outlet gives whose words it reports ("CNN reported, citing…", "a rapporté l'AFP, citant…"). */
const CITING = new Set(['citing', 'quoting', 'citant', 'citando']);
/** How many words may stand between the cue and the comma before "citing" ("reported on Friday, citing"). */
const CITING_REACH = 6;
/** How many words after "citing" may say that it cites someone unnamed ("citing two senior administration officials"). */
const CITED_WORDS = 4;
/** Words for someone unnamed whose words an outlet reports ("a source", "people familiar with…"). */
const SOURCE_WORDS = new Set(['source', 'sources', 'person', 'people', 'insider', 'insiders', 'fuente', 'fuentes', 'fonte', 'fontes']);

/**
 * "“…,” CNN reported, citing a source close to the talks", "…, citing Tom Hale": after the cue at v, the outlet reports
 * the words of whom it cites, named or not.
 */
function citedAt(tokens: Token[], v: number): Slot | undefined {
  const c = tokens.findIndex((t, j) => j > v && j <= v + CITING_REACH && CITING.has(t.text));
  if (c < 0 || tokens[c - 1]?.text !== ',') return undefined;
  const cited = nameAfter(tokens, c);
  if (cited && ('name' in cited || 'role' in cited)) return cited;
  // "citing a source close to the talks", "citing two officials"; not "citing the numbers", which the speaker gave.
  const unnamed = tokens.slice(c + 1, c + 1 + CITED_WORDS).some((t) => UNNAMED_SOURCES.has(t.text) || SOURCE_WORDS.has(t.text) || isPersonNoun(t));
  return unnamed ? { unnamed: true } : undefined;
}

/**
 * What the words after a credit's cue say of whose the quotation is: the one an outlet cites, unless `subjectIsPerson`
 * (asked only then) says a person cites what they go by ("Hale said, citing his doctors"); no one when the subject heard
 * the words. Undefined when those words say nothing of it.
 */
export function ownerAfterCue(tokens: Token[], cue: string, subjectIsPerson: () => boolean): Slot | undefined {
  const v = tokens.findIndex((t) => t.text === cue);
  if (v < 0) return undefined;
  const cited = citedAt(tokens, v);
  if (cited && !subjectIsPerson()) return cited;
  return heardAt(tokens, v) ? { unnamed: true } : undefined;
}

/** Relative pronouns, which bring a verb of their own ("Mark McCaughrean, who works for ESA"). */
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom']);

/**
 * "“…,” Mark McCaughrean, senior science advisor for ESA.": a full name after the words' comma, with what the person is
 * and nothing that could be a verb, ending the sentence: a credit whose verb the writer left out. The name opens with a
 * given name the lexicon knows (not "»grünen Kapitalismus«, Frankreichs Deindustrialisierung, die …").
 */
function verblessCredit(tokens: Token[], commaInside: boolean): Found | undefined {
  const from = tokens[0]?.text === ',' ? 1 : commaInside ? 0 : -1;
  const end = from >= 0 && isGivenName(tokens[from]) ? runEndingAfter(tokens, from) : -1;
  if (end <= from || tokens[end + 1]?.text !== ',') return undefined;
  const rest = tokens.slice(end + 2);
  if (!rest.length || !rest.every((t) => (isLower(t) || isCap(t)) && !isCue(t) && !isVerbLike(t) && !RELATIVES.has(t.text))) return undefined;
  const mention = nameOfRun(tokens.slice(from, end + 1));
  return mention && !mention.organisation && mention.name.includes(' ') ? { slot: { name: mention.name, titled: true }, cue: ',', how: 'after' } : undefined;
}

/** Forms of the verbs of saying after whom a verb of memory or hearing has for object ("recalls him saying"). */
const SAYING_AFTER_OBJECT = new Set(['saying', 'say', 'telling', 'tell', 'asking', 'ask']);

/** The object of the cue at c when a verb of saying follows it ("recalls him saying", "remembers Ailes telling her"). */
function rememberedSaying(tokens: Token[], c: number): Slot | undefined {
  const pronoun = SUBJECT_OF_OBJECT_PRONOUN.get(tokens[c + 1]?.text ?? '');
  if (pronoun) return SAYING_AFTER_OBJECT.has(tokens[c + 2]?.text ?? '') ? { pronoun } : undefined;
  const end = isCap(tokens[c + 1]) ? runEndingAfter(tokens, c + 1) : -1;
  return end > c && SAYING_AFTER_OBJECT.has(tokens[end + 1]?.text ?? '') ? slotEndingAt(tokens, end) : undefined;
}

/** English verbs whose object's own words follow ("recalled Lopez saying", "quoted Lopez as saying", "reported him as saying", "heard him say"). */
const REPORTING_OTHERS = new Set(
  'recall recalls recalled recalling remember remembers remembered remembering quote quotes quoted quoting cite cites cited citing hear hears heard overheard recount recounts recounted reported reports'.split(' '),
);

/** English auxiliaries of the passive ("was quoted as saying"); slots.ts has the other languages' (PASSIVE_AUXILIARIES). */
const ENGLISH_PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been']);

/**
 * "Hale recalled Lopez saying:", "“…,” Hale quoted Lopez as saying": a verb of saying at token s after the object of a
 * verb of memory, hearing or quoting has that object for subject, not the sentence's. rememberedSaying reads the same
 * shape from its other end, after a verb the cues list; kept apart because either end alone knows different verbs.
 */
export function objectSaying(tokens: Token[], s: number): Slot | undefined {
  if (!SAYING_AFTER_OBJECT.has(tokens[s]?.text ?? '')) return undefined;
  const o = tokens[s - 1]?.text === 'as' ? s - 2 : s - 1;
  // "“…,” Hale was quoted as saying": the subject of the passive.
  if (REPORTING_OTHERS.has(tokens[o]?.text ?? '') && ENGLISH_PASSIVE_AUXILIARIES.has(tokens[o - 1]?.text ?? '') && o > 1) return subjectOf(tokens, o - 1);
  const pronoun = SUBJECT_OF_OBJECT_PRONOUN.get(tokens[o]?.text ?? '');
  const start = pronoun ? o : isCap(tokens[o]) ? runStartingBefore(tokens, o) : -1;
  if (start <= 0 || !REPORTING_OTHERS.has(tokens[start - 1].text)) return undefined;
  return pronoun ? { pronoun } : slotEndingAt(tokens, o);
}

/** German forms of "zitieren" (to quote), and the auxiliaries of its passive ("wird … zitiert"). */
const GERMAN_QUOTING = new Set(['zitiert', 'zitierte', 'zitierten']);
const GERMAN_PASSIVE = new Set(['wird', 'wurde']);

/**
 * "„…“, zitiert die Zeitung den Minister Tom Krause", "„…“, zitierte ihn die „Bild“", "„…“, wird Tom Krause in der
 * Zeitung zitiert": a German verb of quoting gives the words to whom it quotes, its object in the accusative or the
 * subject of its passive; the outlet quoting them only reports them.
 */
function quotedInGerman(tokens: Token[]): Found | undefined {
  if (tokens[0]?.text !== ',' || !isGerman(tokens)) return undefined;
  const window = tokens.slice(0, CUE_AFTER_WITHIN);
  const verb = window.findIndex((t) => GERMAN_QUOTING.has(t.text));
  if (verb < 0) return undefined;
  const object = verb === 1 ? window.findIndex((t, j) => j > verb && (t.text === 'den' || t.text === 'ihn')) : -1;
  const slot = GERMAN_PASSIVE.has(window[1].text) ? nameAfter(window, 1) : object < 0 ? undefined : window[object].text === 'ihn' ? { pronoun: 'er' } : nameAfter(window, object - 1);
  return slot ? { slot, cue: window[verb].text, how: 'after' } : undefined;
}

/** What brings in the owner of a speech noun in German: "von" or the genitive article ("die Antwort der Ministerin"). */
const SPEECH_OWNER_LINKS = new Set(['von', 'vom', 'der', 'des']);
/** Lower-case words a speech noun's owner may stand after: adjectives, a role in the Czech genitive ("ministra financí"). */
const SPEECH_OWNER_REACH = 2;
/** Words for what was said in any language the reader knows; French ones are apart in the lexicon for a French-only rule. */
const ALL_SPEECH_NOUNS: ReadonlySet<string> = new Set([...SPEECH_NOUNS, ...FRENCH_SPEECH_NOUNS]);

/**
 * "Die Antwort der Ministerin Petra Lang fiel knapp aus:", "lässt sich an einer Antwort von Kremlsprecher Dmitri Peskow
 * ablesen:", "odpověď ministra financí Karla Dvořáka:", "La réponse de Marie Dubois :": the person named right after a
 * speech noun, whose words they are. Not one after another word ("Die Antwort auf die Frage von Anna Keller" is someone
 * else's answer).
 */
export function ownerOfSpeechNoun(tokens: Token[]): Slot | undefined {
  const k = tokens.findIndex((t) => ALL_SPEECH_NOUNS.has(t.text.toLowerCase()));
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

/** English words bringing in whose a speech noun is after it ("the verdict of Ann Cole", "the response from the mayor"). */
const ENGLISH_SPEECH_OWNER_LINKS = new Set(['of', 'from']);
/** How many adjectives may stand between the article and the speech noun ("the blunt verdict of"). */
const SPEECH_NOUN_ADJECTIVES = 2;
/** What links the words to a speech noun after them: a copula, German "lautet" and "so" ("„…“, so das Fazit von…"). */
const SPEECH_NOUN_COPULAS = new Set(['was', 'is', 'came', 'fue', 'es', 'era', 'foi', 'é', 'war', 'ist', 'lautet', 'lautete', 'so', 'fut', 'est']);

/**
 * "“…,” was the verdict of Ann Cole.", "“…”, fue la respuesta de Ana García.", "„…“, lautet das Fazit von Anna Berger.",
 * "« … », a été la réponse de Marie Dubois.": a copula after the words and a speech noun with its owner say whose they
 * are. Before the noun "a" is the Portuguese article ("foi a resposta de") or the English one.
 */
function ownerOfSpeechNounAfter(tokens: Token[], commaInside: boolean): Found | undefined {
  let k = tokens[0]?.text === ',' ? 1 : commaInside ? 0 : -1;
  if (k < 0) return undefined;
  if (tokens[k]?.text === 'a' && tokens[k + 1]?.text === 'été') k += 2;
  else if (SPEECH_NOUN_COPULAS.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
  else return undefined;
  if (!(isArticle(tokens[k]) || tokens[k]?.text === 'a')) return undefined;
  // "was the blunt verdict of", "so die gemeinsame Aussage von": past adjectives.
  let n = k + 1;
  while (n <= k + SPEECH_NOUN_ADJECTIVES && isLower(tokens[n]) && !ALL_SPEECH_NOUNS.has(tokens[n].text) && !LINKS.has(tokens[n].text)) n++;
  const noun = tokens[n];
  if (!noun || !ALL_SPEECH_NOUNS.has(noun.text.toLowerCase())) return undefined;
  const linked = ENGLISH_SPEECH_OWNER_LINKS.has(tokens[n + 1]?.text ?? '') ? nameAfter(tokens, n + 1) : ownerOfSpeechNoun(tokens.slice(n));
  return linked && ('name' in linked || 'role' in linked) ? { slot: linked, cue: noun.text.toLowerCase(), how: 'after' } : undefined;
}

/** A cue in the rest of the sentence after the quotation ("…,” Essid declared", "…,” said Mr. Reeves"). */
export function cueAfter(tokens: Token[], commaInside = false): Found | undefined {
  const quoted = quotedInGerman(tokens) ?? ownerOfSpeechNounAfter(tokens, commaInside);
  if (quoted) return quoted;
  // "„…“, so der Minister", "„…“, so Müller": German credits a quotation with "so" and the speaker.
  if (tokens[0]?.text === ',' && tokens[1]?.text === 'so' && (isArticle(tokens[2]) || isCap(tokens[2]))) {
    const slot = nameAfter(tokens, 1);
    if (slot && !('unnamed' in slot)) return { slot, cue: 'so', how: 'after' };
  }
  // A name and an appositive after the quotation put the cue further away ("“…,” Kaplan, also an avid collector…, says").
  const named = runEndingAfter(tokens, 0);
  const window = tokens.slice(0, CUE_AFTER_WITHIN + (named >= 0 && tokens[named + 1]?.text === ',' ? APPOSITIVE_LENGTH : 0));
  const c = window.findIndex((_, i) => isCueAt(window, i));
  if (c < 0) return unlistedCueAfter(tokens, commaInside) ?? verblessCredit(tokens, commaInside);
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
  // "the Washington Post reported Tom Hale as saying": a cue whose object's saying follows it.
  const reported = objectSaying(tokens, c) ?? objectSaying(tokens, window.findIndex((t, i) => i > c && t.text === 'saying'));
  if (reported) return { slot: reported, cue, how: 'after' };
  if (isParticiple(window[c]) || DESCRIBING.has(cue)) return undefined;
  if (isInfinitive(tokens, c)) return { slot: infinitiveSubject(tokens, c), cue, how: 'after' };
  // "“…,” she recalls him saying", "she remembers Ailes telling her": the one remembered or heard saying the words.
  const remembered = rememberedSaying(tokens, c);
  if (remembered) return { slot: remembered, cue, how: 'after' };
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
