/**
 * Who said each quotation, read the way a careful reader reads a news story:
 * a cue verb before or after the quote (`said`, `told reporters`, `stating`,
 * `calling it`, `according to`), a colon after a name, a name with its titles
 * (`Secretary of State Marco Rubio` is Marco Rubio), a later mention by surname
 * or pronoun (`He stated` after a sentence about Zelenskyy), and a quotation that
 * continues the previous speaker's words. When none of that settles it, the
 * speaker is unknown: a wrong name shown to a fact-checker is worse than none.
 */
import { chineseActors, chineseCueAfter, chineseCueBefore, chineseGenders, chineseIssuerOf, chineseNames as namesInChinese, chineseOfficeHolders, chinesePeopleDescribedAs, hasHan, type ZhCue, type ZhSubject } from '../chinese';
import { findQuotations, type Quotation } from '../quotations';
import { ACCORDING, ADDING_CUES, AGE_OF_DESCRIPTION, AUXILIARIES, AVOIR, DESCRIPTOR_GENDER, FIRM_KIND_NAME_WORDS, FRENCH_AGE_DECADES, FRENCH_WRITINGS, type Gender, GERMAN_CZECH_WRITINGS, GERMAN_INSTITUTIONS, GERMAN_PERSON_NOUN, HONORIFIC_GENDER, isDescriptor, isEpithet, ISSUING, KIN, ORGANISATION_SUFFIX, POSSESSIVE_GENDER, PREPOSITIONS, PRONOUN_GENDER, PUBLIC_BODY_NAME_WORDS, REFERRING_BODIES, ROLE_COMPLEMENT, ROLES, rolesMeant, SEPARABLE_VIEW_VERBS, SPEAKING_GESTURES, SPOKES, UNNAMED_SOURCES, VIEW_VERBS } from '../lexicon';
import { DECLINING_LETTERS, isBareOrganisationWord, isOrganisationWord, isPlaceName, isRole, isRoleWord, isViceRole, type NameMention, nameOfRun, POSSESSIVE_ENDING, runEndingAfter, runsIn, runStartingBefore, type Token, tokenize, withoutGeneration } from '../names';
import { sentenceSpans, type Span } from '../sentences';
import { composed } from '../../text/composed';
import { AND, COORDINATORS, IBERIAN_PRETERITE, introducesWriting, isAdjective, isAdverb, isAnyVerb, isArticle, isCap, isCue, isEnglish, isGerman, isIndefinite, isLower, isMasked, isOpeningPreposition, isParticiple, isPossessive, isPreposition, isVerbLike } from './words';
import { CREDIT_OPENERS, CREDIT_TAIL, isCueAt, isInvertedVerb, NAMING_VERBS } from './cues';
import { describedGender, type Description, isGivenName, isNationAdjective, isPersonNoun, mentionOfRun, nationalBodyAt, nationalityOf, opensWithGroup, partyOfRole, POSSESSOR_BEFORE, ROMANCE_WRITINGS, type Slot, SPOKESPERSON } from './roles';
import { ADDRESSED_TO, afterFrontedPhrase, type AttributionCue, czechPastGender, ENGLISH_SUBORDINATORS, type Found, GERMAN_AGE, IMPLIED_SUBJECT, isActing, isCompoundOffice, nameAfter, openingRole, OWNER_PRONOUN, SPEAKING_OCCASIONS, speakingMannerSubject, spokespersonSubject, subjectOf } from './slots';
import { cueAfter, isAsCredit, opensWithVerb, ownerAfterCue, wordsOfClauseAfter } from './cue-after';
import { ADDRESSING, cueBefore, isGermanReportedSpeech, openingSubject, opensWithSubjunctive, preferCue, reportingSubject, speechActAt, subjunctiveSubject, subordinateClause, withoutLeadIn } from './cue-before';
import { actorsIn, type Context, learnNames, organisationsOpenedBy, pastArticlesAndRoles, speaksOfAnother, tokensDescribeGermanSomeone, unglued, wordsName } from './mentions';

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
/** How often a cue must credit a page's one speaker before its uncued quotations are taken for theirs too. */
const PAGE_VOICE_CREDITS = 3;
/** Fewer words than this may be a phrase the writer borrowed, not the speaker's. */
const PAGE_VOICE_WORDS = 5;
/** The share of a page's credits its one voice must hold: a second speaker quoted once does not make it a debate. */
const PAGE_VOICE_SHARE = 0.75;

/** How many characters beside a quotation's marks tell whether it sits in Chinese text. */
const CHINESE_WINDOW = 12;

/** How many sentences back a pronoun may refer. */
const PRONOUN_REACH = 5;
/** How many sentences back "the statement" may refer. */
const DOCUMENT_REACH = 12;
/** A sentence ends in punctuation (a quotation's closing mark after it, perhaps); a caption or a credit does not. */
const ENDS_SENTENCE = /[.!?…:;。！？：；]["”’'»」]?\s*$/u;
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
/**
 * The name of a credit line, alone or with what follows its comma ("Michael Shadlen, Ph.D.", "Mark Person, Richmond,
 * Va."), from token `from`: its mention and where it ends. Unless `afterDash`, the line is short and none of the words
 * after the comma is `notCredit` (a verb: "Abu Hassan Amer, 44, agreed." is a sentence about the next speaker, not a
 * credit); after a dash they say who the person is, at any length ("cofounder of $50M-funded Robinhood").
 */
function creditedName(tokens: Token[], from: number, afterDash: boolean, notCredit: (t: Token) => boolean = isVerbLike): { mention: NameMention; end: number } | undefined {
  const end = runEndingAfter(tokens, from);
  if (end < 0 || (!afterDash && tokens.length - from > CREDIT_LENGTH) || (tokens[end + 1] && tokens[end + 1].text !== ',')) return undefined;
  if (!afterDash && tokens.slice(end + 1).some(notCredit)) return undefined;
  const mention = nameOfRun(tokens.slice(from, end + 1));
  return mention && { mention, end };
}

/** A photo credit on a line of its own: "Jane Roe for The New York Times", "Photo: Reuters". */
const PHOTO_CREDIT_LINE = /^[^!?\n]{0,60}(?:\bfor (?:The |the )?\p{Lu}|\/\s?\p{Lu}|\b(?:Photo|Photograph|Foto)\b|Getty Images)[^!?\n]{0,40}$/u;
/** The dashes that set a credit before a name ("— Fiona Parry"). */
const DASHES = new Set(['\u2014', '\u2013']);
/** A hyphen typed for a dash, setting a credit only on the words' own line (the tokens leave hyphens out). */
const HYPHEN_CREDIT = /^\s+-\s+\p{Lu}/u;
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
/** What an organisation issues, in French: a pronoun that no person answers to, with one of these, is the organisation ("indique-t-il dans un communiqué"). */
const STATEMENTS = new Set(['communiqué', 'communiqués']);
/** An age given in an appositive, in French ("Yvette Martin, 67 ans,"). */
const AGE_GIVEN = /\p{Lu}[\p{L}’'-]*, \d{1,3} ans\b/u;

/** Words opening an aside that says the words were said "as" someone said them ("wie er betont", "as she stressed", "comme il l'a souligné"). */
const COMPARING = new Set(['wie', 'as', 'comme', 'como']);

/** "Vogel hält das für falsch, wie er betont": the pronoun opens such an aside, so it stands for the subject of its sentence. */
const inAside = (tokens: Token[], pronoun: string) =>
  tokens.some((t, k) => COMPARING.has(t.text.toLowerCase()) && tokens[k + 1]?.text.toLowerCase() === pronoun && tokens[k - 1]?.text === ',');

/** How many words for a person may stand between a description and the name it is given ("Dutch cyclist Jan de Vries"). */
const PERSON_NOUNS_BEFORE_NAME = 2;

/** Prepositions before a place ("in Germany", "across Britain"). */
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'across', 'throughout']);

/** Words that bring in someone not yet spoken of ("a nurse", "one official", "another neighbour"). */
const INTRODUCING_SOMEONE = new Set(['a', 'an', 'one', 'another']);

/** Words of ROLES that go with any office, or none ("Dr.", "former"): they give no one an office of their own. */
const TITLES_OF_ANY_OFFICE = new Set(['dr', 'dr.', 'prof', 'prof.', 'professor', 'former', 'senior', 'deputy', 'head', 'chief', 'official', 'special', 'executive']);

/** A name with an age in apposition: "Lamine Yamal, de 17 años,", "Lucas Moreira, 17 anos,". */
const AGE_APPOSITIVE = /(\p{Lu}[\p{L}’'-]+(?: (?:d[aeo]s? |de la )?\p{Lu}[\p{L}’'-]+)+), (?:de )?(\d{1,3}) a[ñn]os\b/gu;

/** An English age in apposition after a name ("Marcus Reed, 45, was"). */
const ENGLISH_AGE_APPOSITIVE = /\p{L}, \d{1,3},/u;

/** An acronym that may stand before a name as a title ("MEC Mamabolo"). */
const ACRONYM_TITLE = /^\p{Lu}{2,4}$/u;

/** Spanish and Portuguese verbs of asking with no subject named, others asking ("le preguntaron a", "perguntaram ao técnico"). */
const ASKED_BY_OTHERS = new Set(['preguntaron', 'perguntaram', 'cuestionaron', 'questionaram', 'consultaron', 'indagaron']);
/** Words before a description said of someone ("ist ein Politiker", "als eine der Ersten", "est un élu"). */
const PREDICATIVE = new Set([...AUXILIARIES, 'als', 'as', 'comme', 'como', 'jako', 'sei', 'wird', 'wurde']);

/** German articles a subject takes ("die Bundesregierung", "das Finanzministerium"); "der" is also the feminine dative, which a preposition before it shows. */
const NOMINATIVE_ARTICLES = new Set(['der', 'die', 'das']);

/** English words for a writing a body issues ("the statement said"), as no one person writes one. */
const BODY_WRITINGS = new Set(['statement', 'release']);

/** Words for a body of any kind (REFERRING_BODIES that say nothing of what it does): a name of any kind may be what they mean. */
const ANY_BODY = new Set(['company', 'firm', 'group', 'grupo', 'corporation', 'ong', 'empresa', 'compañía', 'companhia', 'unternehmen', 'firma', 'společnost', 'société', 'entreprise', 'groupe']);

/** Where a role is read and of whom it may be said: see resolveRole. */
interface RoleReading {
  gender?: Gender;
  upTo?: number;
  lastSpokeBefore?: number;
  /** The role stands alone, with nothing after it saying which ("agregó el presidente", not "…el presidente de la Asamblea"). */
  alone?: boolean;
}

/** How far into its sentence a verb of holding a view may stand after its subject ("Der Ökonom Jens Südekum hält"). */
const VIEW_SUBJECT_REACH = 6;
/** Punctuation that ends a subject's clause before its verb (an appositive, an aside). */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–']);

/** How many German sentences in the subjunctive may stand between a quotation and whoever they report. */
const SUBJUNCTIVE_REACH = 3;
/** How many words a phrase standing as a sentence may have, and not break reported speech ("Durch Erneuerung!"). */
const SHORT_PHRASE = 3;

/** French "to be" in the third person, saying what someone is ("Nagui était l’invité de RTL"). */
const COPULAS = new Set(['est', 'était', 'sera', 'fut', 'devient']);

/** A quotation that is a sentence of its own ("Nobody remembers the last crisis."): speech, however short. */
export function isFullSentence(quoted: string): boolean {
  const t = quoted.trim();
  if (hasHan(t)) return /[。！？…]$/u.test(t) && wordCount(t) >= 2;
  return /^\p{Lu}/u.test(t) && /[.!?…,]$/u.test(t) && t.split(/\s+/).length >= 2;
}

/** A sentence of one word: its capital, its closing punctuation ("Please.", "Never!"). */
const ONE_WORD_SENTENCE = /^\p{Lu}\p{Ll}*[.!?…]$/u;

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

/** Pronouns of one person and one gender: "sie" may be "they", so a German "sie" is not read as the same one again. */
const CHAINING_PRONOUNS = new Set(['he', 'she', 'il', 'elle', 'er', 'él', 'ella']);

/**
 * "Recordó que un candidato afirmó que…", "Así también lembrou que…": a Spanish or Portuguese sentence opened by its own
 * verb, "que" right after it, has dropped its subject; whoever its clause speaks of did not do that verb.
 */
function dropsOwnSubject(tokens: Token[]): boolean {
  const v = tokens.findIndex((t) => IBERIAN_PRETERITE.test(t.text.toLowerCase()) || isCue(t));
  if (v < 0 || !opensWithVerb(tokens, v)) return false;
  const next = tokens.findIndex((t, i) => i > v && !isAdverb(t));
  return tokens[next]?.text === 'que';
}

/**
 * Whether a sentence has `pronoun` as the subject of a cue ("He said…", "…, he said there had been", "…, sagte er."):
 * after the cue only where the clause ends with it, since "Hawk Sawyer said she could not" has her as the subject of
 * what was said, not of saying.
 */
const speaksAsPronoun = (tokens: Token[], pronoun: string): boolean =>
  tokens.some((t, i) => t.text.toLowerCase() === pronoun && (isCue(tokens[i + 1]) || (isCue(tokens[i - 1]) && !/\p{L}/u.test(tokens[i + 1]?.text ?? '.'))));

/**
 * Whether a sentence opens, perhaps after a phrase with no verb, with `pronoun` as the subject of a verb ("Over the
 * years, he has used his know-how to launch Six Thirty and Launch Code"): the names after it are what the pronoun's
 * person did, not someone a later pronoun means before them.
 */
const actsAsPronoun = (tokens: Token[], pronoun: string): boolean => {
  const at = afterFrontedPhrase(tokens);
  return tokens[at]?.text.toLowerCase() === pronoun && !!tokens[at + 1] && isLower(tokens[at + 1]);
};

/** A token holding a letter: a word, not punctuation. */
const isWord = (t: Token) => /\p{L}/u.test(t.text);

/** How many words may stand between two quotations that share the credit after the second (see shareCredits). */
const SHARED_CREDIT_GAP = 6;

/** How many words the cue between the two halves of one quotation may hold ("“…,” he said, “…”", "„…“, sagt er, „…“"). */
const SPLIT_CUE_WORDS = 4;

/** How many words of a quotation may follow its incise's comma before the incise must have ended (see inciseIn). */
const INCISE_NAME_WORDS = 8;

/** An incise (see inciseIn): where it stands, from its comma, and the cue and subject it holds. */
interface Incise {
  start: number;
  end: number;
  found: Found;
}

/**
 * The incise inside a quotation's marks that says who speaks, as French (and some Spanish and Portuguese) news
 * writes it: "« Là-dessus, notre désaccord est total, souligne-t-elle. La CGT… »", "“…, rappelle Ana Sofia Cardenal,
 * professeure…”", "« …, glisse-t-il lorsqu’on le croise. … »". A verb with its pronoun joined after it, or a cue
 * with a name or a role after it, right after a comma inside the words. `start`–`end`: the incise, from its comma.
 */
function inciseIn(text: string, q: Quotation): Incise | undefined {
  for (const part of q.parts) {
    const tokens = tokenize(text.slice(part.start, part.end), part.start);
    for (let i = 2; i < tokens.length - 1; i++) {
      if (tokens[i - 1].text !== ',' || !isLower(tokens[i])) continue;
      const inverted = isInvertedVerb(tokens, i);
      // "« …, a déclaré Maria Lopez, et… »": in a compound tense, the cue is the participle after the auxiliary.
      const c = !inverted && AVOIR.has(tokens[i].text) && isCue(tokens[i + 1]) ? i + 1 : i;
      if (!inverted && !(isCue(tokens[c]) && !ACCORDING.has(tokens[c].text.toLowerCase()) && (isArticle(tokens[c + 1]) || isCap(tokens[c + 1])))) continue;
      // The incise ends at the next comma after its subject, or at the end of the sentence ("…, explique la ministre. Et…").
      const stop = /[.!?;…]/u.exec(text.slice(tokens[i].start, part.end));
      const sentenceEnd = stop ? tokens[i].start + stop.index : part.end;
      const incise = tokens.filter((t) => t.start < sentenceEnd);
      const slot = nameAfter(incise, c);
      if (!slot || 'unnamed' in slot || (!inverted && 'pronoun' in slot)) continue;
      const subjectAt = incise.findIndex((t, k) => k > c && (t.inverted || isCap(t) || isRoleWord(t)));
      const comma = incise.findIndex((t, k) => k > subjectAt && t.text === ',');
      if (!inverted && comma > 0 && comma - i > INCISE_NAME_WORDS) continue;
      const ends = [sentenceEnd, comma > 0 ? incise[comma].start : part.end];
      return { start: tokens[i - 1].start, end: Math.min(...ends), found: { slot, cue: tokens[c].text.toLowerCase(), how: 'after' } };
    }
  }
  return undefined;
}

export function attributeQuotations(text: string, quotations: Quotation[], known: readonly string[] = []): Attribution[] {
  return new TextReader(text, quotations, known).attribute();
}

/**
 * One text's reading of who said each of its quotations: the text with the quotations masked, its sentences, what it
 * tells of the people it names (see learnNames), and the attributions made so far, which later quotations continue.
 */
class TextReader {
  private readonly text: string;
  private readonly quotations: Quotation[];
  private readonly incises: (Incise | undefined)[];
  private readonly masked: string;
  private readonly sentences: Span[];
  private readonly ctx: Context;
  private readonly speakerOfSentence = new Map<number, string>();
  private readonly results: Attribution[] = [];
  /** The ages the text gave people ("Lamine Yamal, de 17 años,", "Lucas Moreira, 17 anos,"). */
  private readonly ages: Map<string, number>;
  /** Words the text writes after "in" or "across" ("a plant in Germany"), read once: places, which no "the company" means. */
  private readonly wordsAfterPlacePrepositions: Set<string>;
  /** The nationalities the text names with a capital ("Dutch", "the Slovenian"), read once. */
  private readonly nationalitiesWritten: Set<string>;
  private readonly chineseNames: string[];
  /**
   * 他 or 她 in Chinese: the one person the nearest sentence before shows speaking or thinking.
   * Chinese names tell no gender, so two people there leave it unknown.
   */
  private readonly chineseGender: Map<string, Gender>;
  private readonly officeHolders: Map<string, string>;

  constructor(text: string, quotations: Quotation[], known: readonly string[]) {
    this.text = text;
    this.quotations = quotations;
    this.incises = this.quotations.map((q) => inciseIn(this.text, q));
    // An incise is the writer's words, not the speaker's: read with the text around the quotations (names, who acts).
    const chars = maskQuotations(this.text, this.quotations).split('');
    for (const incise of this.incises) {
      if (!incise) continue;
      for (let i = incise.start; i < incise.end; i++) chars[i] = this.text[i];
      if (chars[incise.end] === 'x') chars[incise.end] = ' ';
    }
    this.masked = chars.join('');
    this.sentences = sentenceSpans(this.masked);
    this.ctx = learnNames(this.masked, this.sentences, known);
    this.ages = new Map<string, number>();
    for (const m of this.masked.matchAll(AGE_APPOSITIVE)) {
      const mention = nameOfRun(tokenize(m[1]));
      if (mention && !mention.organisation) this.ages.set(this.ctx.registry.resolve(mention.name).name, Number(m[2]));
    }
    this.wordsAfterPlacePrepositions = new Set(this.ctx.sentenceTokens.flatMap((tokens) => tokens.filter((_, k) => PLACE_PREPOSITIONS.has(tokens[k - 1]?.text ?? '')).map((t) => t.text)));
    this.nationalitiesWritten = new Set(this.ctx.sentenceTokens.flatMap((tokens) => tokens.filter(isCap).flatMap((t) => nationalityOf(t.text.toLowerCase()) ?? [])));
    // Chinese patterns are read only in a text that holds Chinese: most pages, and every slice the matcher checks, hold none.
    const chinese = hasHan(this.masked);
    this.chineseNames = chinese ? namesInChinese(this.masked) : [];
    this.chineseGender = chinese ? chineseGenders(this.masked) : new Map<string, Gender>();
    this.officeHolders = chinese ? chineseOfficeHolders(this.masked) : new Map<string, string>();
  }

  /** Each quotation's attribution, in order. */
  attribute(): Attribution[] {
    this.quotations.forEach((q, qi) => {
      const si = this.sentenceOf(q.openAt);
      const sentence = this.sentences[si];
      const before = this.masked.slice(sentence.start, q.openAt);
      const beforeTokens = withoutLeadIn(tokenize(before, sentence.start));
      const nextOpen = this.quotations[qi + 1]?.openAt ?? this.masked.length;
      const endSi = this.sentenceOf(Math.max(q.closeEnd - 1, q.openAt));
      const afterEnd = Math.min(this.sentences[endSi].end, nextOpen);
      const rest = q.closeEnd < afterEnd ? this.masked.slice(q.closeEnd, afterEnd) : '';
      const credit = /\p{L}/u.test(rest) ? undefined : this.creditAfter(q, this.sentences[endSi + 1], nextOpen);
      const after = credit?.text ?? rest;
      const afterTokens = after ? tokenize(after, credit?.start ?? q.closeEnd) : [];
      const commaInside = !credit && q.text.trimEnd().endsWith(',');
      // Chinese around the marks: read with the Chinese patterns, which need no spaces or capitals.
      const zhBefore = hasHan(before.slice(-CHINESE_WINDOW)) ? chineseCueBefore(before, this.chineseNames) : undefined;
      const zhAfter = !zhBefore && hasHan(after.slice(0, CHINESE_WINDOW)) ? chineseCueAfter(after, this.chineseNames, q.text) : undefined;
      const read = zhBefore || zhAfter ? undefined : this.incises[qi]?.found ?? wordsOfClauseAfter(beforeTokens, afterTokens, commaInside) ?? (isAsCredit(afterTokens) ? cueAfter(afterTokens, commaInside) : preferCue(cueBefore(beforeTokens), beforeTokens, afterTokens, commaInside));
      // "“…,” CNN reported, citing Tom Hale": the words are whom the outlet cites; "“…,” Hale said he was told": the one
      // named heard them, and who said them is not named there.
      const owner = read?.how === 'after' ? ownerAfterCue(afterTokens, read.cue, () => this.isPersonSlot(read.slot)) : undefined;
      const found = read && owner ? { ...read, slot: owner } : read;
      let result: Attribution = { confidence: 0 };
      // Words that could be speech: a sentence, or four words (not a term in quotation marks); a sentence of one word
      // too ("“Please.”"), when nothing else stands in its sentence (see below).
      const couldBeSpeech = wordCount(q.text) >= 4 || isFullSentence(q.text) || ONE_WORD_SENTENCE.test(q.text.trim());
      const wordsBefore = beforeTokens.some(isWord);
      const wordsAfter = afterTokens.some(isWord);
      const dashed = !found && !zhBefore && !zhAfter && couldBeSpeech ? this.dashCredit(afterTokens) : undefined;
      if (dashed) result = dashed;
      else if (zhBefore) result = this.readChinese(zhBefore, 'before', si, q.openAt);
      else if (zhAfter) result = this.readChinese(zhAfter, 'after', si, q.openAt);
      else if (found) {
        const { slot } = found;
        let who: { speaker: string; confidence: number } | undefined;
        const common = 'name' in slot && slot.opensSentence && found.how !== 'after' && !slot.titled && this.isCommonWord(slot.name);
        const unknownPerson = 'name' in slot && slot.needsPerson && !this.ctx.people.has(this.ctx.registry.resolve(unglued(slot.name, this.ctx)).name);
        if ('name' in slot && !common && !unknownPerson && !this.isSomeoneOfNamed(slot.name)) who = this.named(slot.atSentenceStart && !slot.titled && found.how !== 'after' ? unglued(slot.name, this.ctx) : slot.afterArticle ? this.personGluedAfterArticle(slot.name) : slot.name, found.how === 'colon' ? 0.85 : 0.95);
        else if ('pronoun' in slot) {
          // "indique-t-il dans un communiqué" after "Le groupe Vernier a annoncé…": French "il" and "elle" stand for organisations too.
          const statement = slot.pronoun !== IMPLIED_SUBJECT && [...beforeTokens, ...afterTokens].some((t) => STATEMENTS.has(t.text));
          // "Asif has condemned what he calls “…”": the pronoun naming the words stands for the subject of its own sentence.
          const namer = found.how === 'before' && (NAMING_VERBS.has(found.cue) || inAside(beforeTokens, slot.pronoun) || this.opensWithPerson(beforeTokens)) ? this.actorBeforePronoun(beforeTokens, slot.pronoun) : undefined;
          who = speaksOfAnother(q.text, slot.pronoun) && found.how !== 'before'
            ? undefined
            : namer ?? this.resolvePronoun(si, slot.pronoun === IMPLIED_SUBJECT ? this.impliedSubject(found.cue) : slot.pronoun, found.how === 'after' ? beforeTokens : found.how === 'before' && slot.pronoun === IMPLIED_SUBJECT ? subordinateClause(beforeTokens) : undefined) ??
              (found.how === 'before' ? this.actorBeforePronoun(beforeTokens, slot.pronoun) : undefined) ??
              (statement ? this.resolveBody(si, false) : undefined);
        }
        else if ('role' in slot) who = this.resolveRoleSlot(slot, si, q.openAt, found.how === 'after' ? beforeTokens : undefined, !wordsBefore, ADDING_CUES.has(found.cue));
        else if ('document' in slot) who = this.resolveDocument(si, slot.document);
        else if ('body' in slot) {
          // "The Ministry of Foreign Affairs has condemned what it calls “…”": "it" naming the words is the body opening its sentence.
          const namer = found.how === 'before' && NAMING_VERBS.has(found.cue) ? this.bodyOpening(beforeTokens) : undefined;
          who = namer ? this.named(namer, 0.85) : this.resolveBody(si, slot.body === 'it' || slot.body === SPOKESPERSON);
        }
        else if ('descriptor' in slot) who = this.resolveDescriptor(qi, si, slot, found.how === 'after' ? beforeTokens : undefined);
        if ('pronoun' in slot && who && this.namedInWords(q, who.speaker)) who = undefined;
        // "Ganz generell sei es so: „…“": a colon ending German reported speech, with no one before it, goes on with its speaker.
        if (!who && found.how === 'colon' && isGermanReportedSpeech(this.ctx.sentenceTokens[si])) who = this.reportedInSubjunctive(si);
        result = { cue: found.cue, how: 'pronoun' in slot ? 'pronoun' : found.how, ...(who ?? { confidence: 0 }) };
      } else if (couldBeSpeech && !wordsBefore && !wordsAfter) {
        // Only a quotation standing alone in its sentence continues someone: any other words
        // around it ("…," the newspaper reported) may bring in a speaker the cues do not know.
        // A sentence reporting someone's words right before goes before a continuation: '"…," she said. Lyle told the BBC
        // the offer was fair. "…"' are Lyle's words.
        result = this.creditLine(q) ?? this.afterReportedSentence(q) ?? this.headedSpeech(q) ?? this.nameLineOver(q) ?? this.continuation(qi) ?? this.afterReportedSpeech(q) ?? { confidence: 0 };
        if (result.how === 'continuation' && result.speaker && this.namedInWords(q, result.speaker)) result = { confidence: 0 };
      } else {
        // '"…," Slemp said. As a parent, "we're supposed to…"': only a phrase with no verb and no name before the words
        // leaves them standing alone in their sentence, as a continuation.
        const phraseOnly = couldBeSpeech && !wordsAfter && beforeTokens.length > 1 && afterFrontedPhrase(beforeTokens) === beforeTokens.length && !beforeTokens.slice(1).some(isCap);
        result = (couldBeSpeech ? this.creditLine(q) : undefined) ?? this.inReportedSentence(q, beforeTokens) ?? this.sameSentenceAsQuoted(qi) ?? (phraseOnly ? this.continuation(qi) : undefined) ?? result;
      }
      if (result.speaker) this.speakerOfSentence.set(si, result.speaker);
      this.results.push(result);
    });
    this.shareCredits();
    this.shareSplitQuotations();
    this.creditHeadings();
    this.creditPageVoice();
    // However it was reached, a speaker named with an acronym for a title is the person the text names in full.
    return this.results.map((r) => (r.confidence >= SPEAKER_THRESHOLD ? { ...r, ...(r.speaker ? { speaker: this.untitledAcronym(r.speaker) } : {}) } : { ...r, speaker: undefined }));
  }

  private readonly sentenceOf = (offset: number) => this.sentences.findLastIndex((s) => s.start <= offset);

  private readonly paragraphOf = (offset: number) => (this.masked.slice(0, offset).match(/\n+/g) ?? []).length;

  /** Where the line holding `offset` begins. */
  private readonly lineStartOf = (offset: number) => this.masked.lastIndexOf('\n', offset - 1) + 1;

  /** Where the line holding `offset` ends: its line break, or the end of the text. */
  private readonly lineEndOf = (offset: number) => {
    const at = this.masked.indexOf('\n', offset);
    return at < 0 ? this.masked.length : at;
  };

  /** Whether nothing but blank space stands before a quotation on its line. */
  private readonly opensLine = (q: Quotation) => !this.masked.slice(this.lineStartOf(q.openAt), q.openAt).trim();

  /** Whether the words quoted name, by surname, the person a reading inferred (not an organisation, which speaks of itself by name). */
  private readonly namedInWords = (q: Quotation, speaker: string) => this.ctx.people.has(speaker) && wordsName(q.text, speaker);

  private readonly named = (name: string, base: number): { speaker: string; confidence: number } => {
    const { name: full, ambiguous } = this.ctx.registry.resolve(name);
    const lone = full === name && !name.includes(' ');
    return { speaker: (lone && this.bodyOpenedBy(name)) || full, confidence: base - (ambiguous ? 0.1 : 0) - (lone ? 0.05 : 0) };
  };

  /**
   * "Harlow said" after "Harlow Motors": a lone word no person's name resolves is the one organisation the text named
   * whose name it opens, so a card shows the whole name. The registry of people's names is left out of it: a body's
   * first word there would be taken for a surname.
   */
  private readonly bodyOpenedBy = (word: string): string | undefined => {
    const bodies = organisationsOpenedBy(this.ctx, word);
    return bodies.length === 1 && !this.ctx.people.has(word) ? bodies[0] : undefined;
  };

  /**
   * "wie Chubas Drummer spottete": a German genitive of someone the text named (Nina Chuba) and a noun for a person is
   * someone of theirs, unnamed; "Thomas Müller" is a name, as no "Thoma" was named.
   */
  private readonly isSomeoneOfNamed = (name: string): boolean => {
    const [owner, noun, ...rest] = name.split(' ');
    if (rest.length || !noun || !owner.endsWith('s') || !GERMAN_PERSON_NOUN.test(noun.toLowerCase())) return false;
    const named = this.ctx.registry.resolve(owner.slice(0, -1)).name;
    return named !== owner.slice(0, -1) && this.ctx.people.has(named);
  };

  /** True when sentence `s` stands in a photo caption: a line ending in a credit in parentheses after a full stop ("… at his home. (AP)"). */
  private readonly isCaption = (s: number): boolean => {
    const lineEnd = this.masked.indexOf('\n', this.sentences[s].start);
    return CAPTION_CREDIT.test(this.masked.slice(this.lineStartOf(this.sentences[s].start), lineEnd < 0 ? this.masked.length : lineEnd));
  };

  /**
   * The sentences before sentence `si` that a pronoun there may refer back to, nearest first: PRONOUN_REACH
   * sentences. A line that ends in no sentence punctuation (a photo credit, "toggle caption", a subheading)
   * is read but not counted, so that captions between two paragraphs do not put the person out of reach.
   */
  /** Whether sentence s ends with sentence punctuation (not a caption, a credit or a subheading). */
  private readonly endsSentence = (s: number) => ENDS_SENTENCE.test(this.masked.slice(this.sentences[s].start, this.sentences[s].end));

  private readonly sentencesBefore = (si: number, reach = PRONOUN_REACH): number[] => {
    const back: number[] = [];
    for (let s = si - 1, counted = 0; s >= 0 && counted < reach; s--) {
      // A photo caption with its credit is not read at all: the person it shows is not whom the story's pronoun means.
      if (this.isCaption(s)) continue;
      back.push(s);
      if (this.endsSentence(s)) counted++;
    }
    return back;
  };

  /** True when words said in sentence s (a sentence, or four words: not a term in quotation marks) have a cue the reader found but no one it could name. */
  private readonly spokeUnnamed = (s: number) =>
    this.quotations.some((q, i) => this.sentenceOf(q.openAt) === s && (isFullSentence(q.text) || wordCount(q.text) >= 4) && !!this.results[i]?.cue && !this.results[i].speaker && this.results[i].how !== 'continuation');

  /** Whom a pronoun may mean: anyone the text gave no gender, or the pronoun's. */
  private readonly fitsPronoun = (pronoun: string) => {
    const gender = PRONOUN_GENDER.get(pronoun);
    return (person: string) => !gender || !this.ctx.gender.has(person) || this.ctx.gender.get(person) === gender;
  };

  /**
   * "Yet Sondland has amended his account — “I now do recall,” he said": words of the pronoun's own sentence show whom
   * it means when they show one person acting whom it fits; null when they leave it unsure (someone unknown acting,
   * two together, more than one who fits), undefined when they show no one.
   */
  private readonly actorOfOpening = (opening: Token[], pronoun: string): string | null | undefined => {
    // "Beim Thema Tablets meint er": a German verb with its subject pronoun after it has nothing but an adverbial before it.
    const verb = opening.length - 1;
    const fronted = verb > 0 && isVerbLike(opening[verb]) && isCap(opening[verb - 1]) && isGerman(opening) ? runStartingBefore(opening, verb - 1) : -1;
    const { actors, together, unsure } = actorsIn(fronted >= 0 ? opening.slice(0, fronted) : opening, this.ctx);
    const fitting = [...new Set(actors)].filter(this.fitsPronoun(pronoun));
    if (unsure || together || fitting.length > 1 || this.actsUnknown(opening)) return null;
    return fitting[0] ?? this.possessorOfOpening(opening, pronoun);
  };

  /**
   * "In Hajjaj’s case, she decided…", "For Ruiz’s part, he…": a phrase opening the sentence with a person's possessive,
   * then a comma and the pronoun; the phrase says whose turn the sentence is, so the pronoun is that person.
   */
  private readonly possessorOfOpening = (opening: Token[], pronoun: string): string | undefined => {
    const owner = opening.findIndex(isPossessive);
    if (owner < 1 || !isOpeningPreposition(opening[0]) || opening.at(-1)?.text !== ',' || !opening.slice(owner + 1, -1).every(isLower)) return undefined;
    return runStartingBefore(opening, owner) === 1 ? this.fittingPersonEndingAt(opening, owner, pronoun) : undefined;
  };

  /**
   * "DiMugno’s study time was…", "In contrast, at a carrier, DiMugno’s study time was…": the person whose possessive opens
   * the sentence's subject, at its start or after its opening phrase and comma, when the pronoun fits them and what they
   * own is no person.
   */
  private readonly possessorOfSubject = (tokens: Token[], pronoun: string): string | undefined => {
    const owner = tokens.findIndex(isPossessive);
    const start = owner > 0 || (owner === 0 && isCap(tokens[0])) ? runStartingBefore(tokens, owner) : -1;
    // Not "Hadvar’s uncle reaches for his mace", "Trump’s lawyer said": the one possessed is a person, who may be meant.
    if (start < 0 || (start > 0 && tokens[start - 1].text !== ',') || !isLower(tokens[owner + 1]) || isRoleWord(tokens[owner + 1]) || isDescriptor(tokens[owner + 1].text) || KIN.has(tokens[owner + 1].text)) return undefined;
    return this.fittingPersonEndingAt(tokens, owner, pronoun);
  };

  /** The person the text knows whose name ends at token `end` (a possessive's owner), when the pronoun fits them. */
  private readonly fittingPersonEndingAt = (tokens: Token[], end: number, pronoun: string): string | undefined => {
    const full = this.personEndingAt(tokens, end);
    return full && this.ctx.people.has(full) && this.fitsPronoun(pronoun)(full) ? full : undefined;
  };

  /** The full name of the person whose name, as the text writes it, ends at token `end`; undefined for a body or no name. */
  private readonly personEndingAt = (tokens: Token[], end: number) => {
    const start = runStartingBefore(tokens, end);
    const mention = start >= 0 ? nameOfRun(tokens.slice(start, end + 1)) : undefined;
    return mention && !mention.organisation ? this.ctx.registry.resolve(mention.name).name : undefined;
  };

  /**
   * "Aaron Bushnell made news when he professed that he would “…”": the one acting before the pronoun that is the cue's
   * subject, in its own sentence; read when no sentence before names whom it means.
   */
  private readonly actorBeforePronoun = (tokens: Token[], pronoun: string): { speaker: string; confidence: number } | undefined => {
    const at = tokens.findIndex((t) => t.text.toLowerCase() === pronoun);
    const actor = at > 0 ? this.actorOfOpening(tokens.slice(0, at), pronoun) : undefined;
    return actor ? { speaker: actor, confidence: 0.85 } : undefined;
  };

  /**
   * "Trump was less specific…, but there, too, he said": a sentence opening with the name of someone the text knows as a
   * person, whom a pronoun later in it means before anyone in the sentences before.
   */
  private readonly opensWithPerson = (tokens: Token[]): boolean => {
    const end = runEndingAfter(tokens, 0);
    const mention = end >= 0 ? nameOfRun(tokens.slice(0, end + 1)) : undefined;
    return !!mention && !mention.organisation && this.ctx.people.has(this.ctx.registry.resolve(mention.name).name);
  };

  /**
   * The person a pronoun at sentence `si` refers to: the nearest sentence before it that shows
   * someone speaking or doing something, skipping people the pronoun's gender rules out ("she"
   * after a sentence about a man and one about a woman is the woman).
   */
  private readonly resolvePronoun = (si: number, pronoun: string, opening?: Token[], reach = PRONOUN_REACH): { speaker: string; confidence: number } | undefined => {
    const gender = PRONOUN_GENDER.get(pronoun);
    const fits = this.fitsPronoun(pronoun);
    const actor = opening?.length ? this.actorOfOpening(opening, pronoun) : undefined;
    if (actor === null) return undefined;
    if (actor) return { speaker: actor, confidence: 0.85 };
    let counted = 0;
    for (const s of this.sentencesBefore(si, reach)) {
      if (this.endsSentence(s)) counted++;
      // "Starmer met Macron. The two leaders discussed…. “…,” he said": either of them; only a gender the text gave tells them apart.
      if (opensWithGroup(this.ctx.sentenceTokens[s])) {
        const prior = this.sentencesBefore(s)[0];
        const group = prior === undefined ? [] : this.peopleNamedIn(this.ctx.sentenceTokens[prior]);
        const sure = group.filter((p) => gender && this.ctx.gender.get(p) === gender);
        return sure.length === 1 && group.filter(fits).length === 1 ? { speaker: sure[0], confidence: 0.8 } : undefined;
      }
      const spoken = this.speakerOfSentence.get(s);
      // "He said Zuma-Sambudla had been flagged…. In his evidence, he said there had been “…”": the same pronoun
      // speaking there, or doing something as its sentence's subject, means the same person, whoever its clauses name;
      // read on from it within the reach left, or name no one.
      if (!spoken && CHAINING_PRONOUNS.has(pronoun) && (speaksAsPronoun(this.ctx.sentenceTokens[s], pronoun) || actsAsPronoun(this.ctx.sentenceTokens[s], pronoun))) {
        // "Trump was less specific…, but there, too, he said…": whoever acts before the pronoun in that sentence first.
        const tokens = this.ctx.sentenceTokens[s];
        const same = this.resolvePronoun(s, pronoun, tokens.slice(0, tokens.findIndex((t) => t.text.toLowerCase() === pronoun)), reach - counted);
        return same && { speaker: same.speaker, confidence: Math.min(same.confidence, 0.85) };
      }
      // "A spokeswoman for Tesco said the company was reviewing prices. “…,” she added": the spokeswoman speaks for Tesco.
      const spokesperson = spoken ? undefined : spokespersonSubject(this.ctx.sentenceTokens[s]);
      if (spokesperson) return !gender || !spokesperson.gender || spokesperson.gender === gender ? this.named(spokesperson.organisation, 0.8) : undefined;
      // "El consejero ha lanzado un mensaje…", "O parlamentar cobra que Pacheco…": the sentence is about the one
      // its role names; when the text gave that role to no one person, whoever it is cannot be named by a dropped
      // subject. A pronoun says more ("La dirigeante de la CGT affirme…. « … », confie-t-elle"): its gender reads on.
      const role = spoken || pronoun !== IMPLIED_SUBJECT ? undefined : openingRole(this.ctx.sentenceTokens[s]);
      if (role) {
        const holder = this.resolveRole(role, { upTo: this.sentences[s].end, lastSpokeBefore: s }) ?? this.describedSubject(s, role, this.ctx.sentenceTokens[s][0]);
        // "O parlamentar cobra que Rui Costa vote…" after "o senador Rui Costa": the one its clause speaks of is someone else.
        const spokenOf = holder && this.peopleNamedIn(this.ctx.sentenceTokens[s]).includes(holder.speaker);
        return holder && !spokenOf && this.ctx.people.has(holder.speaker) && fits(holder.speaker) ? { speaker: holder.speaker, confidence: 0.8 } : undefined;
      }
      // "“…”, dijo el secretario general de La Cámpora. Y remató: “…”": someone spoke there whom the reader could not name;
      // a verb with its subject dropped goes on with the last speaker, so no one further back is meant.
      if (!spoken && pronoun === IMPLIED_SUBJECT && this.spokeUnnamed(s)) return undefined;
      const { actors, together, unsure, description } = actorsIn(this.ctx.sentenceTokens[s], this.ctx);
      // "The expert also told reporters that…": no one was given the word, but it may mean the one in focus.
      const describedWho = description?.definite && !spoken && !actors.length ? this.describedSubject(s, description.word) : undefined;
      if (describedWho) return fits(describedWho.speaker) ? describedWho : undefined;
      const candidates = new Set([...(spoken ? [spoken] : []), ...actors]);
      const fitting = [...candidates].filter(fits);
      // "Le preguntaron a Max Verstappen si hablaría con George Russell…. «…», zanjó": with no one else acting, the one asked answers.
      const asked = candidates.size ? undefined : this.personAskedIn(this.ctx.sentenceTokens[s]);
      if (asked) return fits(asked) ? { speaker: asked, confidence: 0.8 } : undefined;
      // "Recordó que un candidato afirmó que…. «…», subrayó": the same subject dropped twice; read on past those its clause names.
      if (!spoken && pronoun === IMPLIED_SUBJECT && (candidates.size || unsure) && dropsOwnSubject(this.ctx.sentenceTokens[s])) return this.resolvePronoun(s, pronoun, undefined, reach - counted);
      // Someone who may be the person meant is there: looking further back, or at the others, could find the wrong one.
      if (unsure && !(spoken && fitting.includes(spoken))) return undefined;
      // "Der Tonfall erinnerte einen User an den Film. „…“, spöttelt er": no one named there, but someone unnamed is.
      if (!candidates.size && tokensDescribeGermanSomeone(this.ctx.sentenceTokens[s])) return undefined;
      const spokenTo = !fitting.length && candidates.size ? this.spokenToOfGender(this.ctx.sentenceTokens[s], gender) : undefined;
      if (spokenTo) return spokenTo;
      // "En materia de derechos humanos, el fiscal general indicó que…. Para prevenirlos dijo que…. «…», ejemplificó": a
      // sentence reporting someone's words, by a role or a dropped subject of its own, is about whom its cue's subject means.
      const reporting = candidates.size ? undefined : this.reporterOf(this.masked.slice(this.sentences[s].start, this.sentences[s].end), s);
      if (reporting && fits(reporting.speaker)) return { speaker: reporting.speaker, confidence: Math.min(reporting.confidence, 0.8) };
      // "In contrast, DiMugno’s study time was more structured. He said that…": no one acting, but the sentence is about
      // something of one person's, who is in focus.
      const owner = candidates.size ? undefined : this.possessorOfSubject(this.ctx.sentenceTokens[s], pronoun);
      if (owner) return { speaker: owner, confidence: 0.8 };
      if (!fitting.length) continue;
      const sure = gender ? fitting.filter((p) => this.ctx.gender.get(p) === gender) : [];
      if (fitting.length === 1) return { speaker: fitting[0], confidence: sure.length ? 0.9 : 0.85 };
      // Two people doing one thing that the pronoun's gender does not tell apart: either could be meant.
      if (together) return undefined;
      // Of two who fit, the one who spoke in that sentence ("Lee said Yoon’s “…” had caused chaos. “…,” he said"),
      // then the one the gender confirms, then the subject of its cue ("Ao explicar…de Bolsonaro…, Pacheco afirmou que…"),
      // else the sentence's subject, its first actor.
      const reporter = this.reporterOf(this.masked.slice(this.sentences[s].start, this.sentences[s].end), s)?.speaker;
      const pick = spoken && fitting.includes(spoken) ? spoken : sure.length === 1 ? sure[0] : reporter && fitting.includes(reporter) ? reporter : fitting[0];
      return { speaker: pick, confidence: 0.8 };
    }
    return undefined;
  };

  /**
   * "El experto también dijo a El Faro que…", "The expert also told reporters that…": a word for a trade that no one
   * was given, opening sentence s as its subject, is whom it would mean there as a speaker (resolveEpithet).
   */
  private readonly describedSubject = (s: number, word: string, article?: Token): { speaker: string; confidence: number } | undefined => {
    const upTo = this.sentences[s].start;
    if (isEnglish(this.ctx.sentenceTokens[s]) && isDescriptor(word)) {
      const gender = DESCRIPTOR_GENDER.get(word);
      const description = { descriptor: word, ...(gender ? { gender } : {}) };
      const given = this.givenDescription(description, upTo);
      return given === undefined ? this.describedInFocus(s, description, upTo, []) : (given ?? undefined);
    }
    return isEpithet(word) && !this.describesSomeoneElse(word, s, upTo) ? this.resolveEpithet(s, describedGender(article, word), [], word) : undefined;
  };

  /**
   * The one person a sentence says unnamed others asked ("Le preguntaron a Max Verstappen si…", "Perguntaram a Gabriel
   * Barbosa se…"): with no one named asking, whoever answers after it is that person. Not "El juez preguntó a Ana Ruiz",
   * where the judge may go on, nor two people asked.
   */
  private readonly personAskedIn = (tokens: Token[]): string | undefined => {
    const asked = tokens.flatMap((t, i) => {
      if (!ASKED_BY_OTHERS.has(t.text.toLowerCase()) || !ADDRESSED_TO.has(tokens[i + 1]?.text.toLowerCase() ?? '')) return [];
      const k = pastArticlesAndRoles(tokens, i + 2);
      const end = runEndingAfter(tokens, k);
      const mention = end >= 0 ? nameOfRun(tokens.slice(k, end + 1), k > i + 2) : undefined;
      const full = mention && !mention.organisation ? this.ctx.registry.resolve(mention.name).name : undefined;
      const more = tokens.slice(end + 1, end + 3).some((n) => COORDINATORS.has(n.text));
      return full && this.ctx.people.has(full) && !more ? [full] : [undefined];
    });
    return asked.length === 1 ? asked[0] : undefined;
  };

  /**
   * "„…,“ řekla.": the subject a verb alone stands for. A Czech verb in the past tells its gender, which rules out
   * whoever is of the other, as a pronoun of that gender ("elle", "il") would; Spanish "señala" tells none.
   */
  private readonly impliedSubject = (cue: string) => {
    const gender = DECLINING_LETTERS.test(this.masked) ? czechPastGender(cue) : undefined;
    return gender === 'f' ? 'elle' : gender === 'm' ? 'il' : IMPLIED_SUBJECT;
  };

  /**
   * "Bruno Le Maire a écrit à Élisabeth Borne. « … », a-t-elle répondu": when everyone acting in the nearest sentence
   * about people is ruled out by the pronoun's gender, the one person named there whom the text knows to be of that
   * gender, acting or not; none when two are, or the gender is unknown (the pronoun may mean someone further back).
   */
  private readonly spokenToOfGender = (tokens: Token[], gender: Gender | undefined): { speaker: string; confidence: number } | undefined => {
    const named = gender ? [...new Set(this.peopleNamedIn(tokens))].filter((p) => this.ctx.gender.get(p) === gender) : [];
    return named.length === 1 ? { speaker: named[0], confidence: 0.8 } : undefined;
  };

  /** "the production company": the one organisation of the text with a word of its name echoing the modifier ("Dick Clark Productions"). */
  private readonly resolveEcho = (modifier: string): { speaker: string; confidence: number } | undefined => {
    const m = modifier.toLowerCase();
    const echoing = [...this.ctx.organisations.keys()].filter((o) => o.toLowerCase().split(' ').some((w) => w === m || w === `${m}s`));
    const distinct = echoing.filter((o) => !echoing.some((other) => other !== o && other.endsWith(o)));
    return distinct.length === 1 ? { speaker: distinct[0], confidence: 0.8 } : undefined;
  };

  /** True when a name the text does not know as a person's does something in `tokens` ("Tomas Berg has already changed…"): it may be whom a pronoun means. */
  private readonly actsUnknown = (tokens: Token[]): boolean => {
    for (const [i, end] of runsIn(tokens)) {
      const mention = mentionOfRun(tokens, i, end, isRoleWord(tokens[i - 1]));
      const acting = isActing(tokens, i, end, isAnyVerb);
      // A single word opening the sentence ("Children growing up…") or one the text writes in lower case is no name.
      const lone = end === i && (i === 0 || this.ctx.lowerWords.has(tokens[i].text.toLowerCase()) || UNNAMED_SOURCES.has(tokens[i].text.toLowerCase()));
      if (mention && !mention.organisation && !lone && acting && !this.ctx.people.has(this.ctx.registry.resolve(unglued(mention.name, this.ctx)).name)) return true;
    }
    return false;
  };

  /**
   * "the mayor" is the one person the text named as mayor; "the agency" the one organisation with "Agency" in its name,
   * named before `upTo` (where the role stands). Of a `gender`, when the words say it ("la toxicologue"). Several
   * holders of the role: the one who spoke last before sentence `lastSpokeBefore`, when given.
   */
  private readonly resolveRole = (role: string, { gender, upTo = this.masked.length, lastSpokeBefore, alone }: RoleReading = {}): { speaker: string; confidence: number } | undefined => {
    // "o técnico Tite" … "acrescentou o comandante": another word for the same role; "la toxicologue" is not the man given it too.
    const fits = (p: string) => !gender || !this.ctx.gender.has(p) || this.ctx.gender.get(p) === gender;
    const people = new Set(rolesMeant(role).flatMap((r) => [...(this.ctx.roles.get(r) ?? [])]).filter(fits));
    if (people.size === 1) return { speaker: [...people][0], confidence: 0.8 };
    // "die Synodalpräsidentin" after "Präsidentin Annekathrin Preidel", "der Parteichef" after "Chef …": a German compound is
    // the role its last part names; the one person holding either is meant.
    // So is "die Integrationsministerin" after "Bundesministerin Susanne Raab".
    const compounded = people.size ? [] : [...this.ctx.roles].filter(([r]) => isCompoundOffice(role, r)).flatMap(([, names]) => [...names].filter(fits));
    if (new Set(compounded).size === 1) return { speaker: compounded[0], confidence: 0.75 };
    // "agregó el presidente" after "el presidente de la Asamblea, Ernesto Castro" and "el presidente Nayib Bukele": the role
    // alone means the one person the text gave it without saying of what; the others it gave with what they preside over.
    const bare = alone ? [...people].filter((p) => !this.ctx.complementedRoles.get(role)?.has(p)) : [];
    if (bare.length === 1 && people.size > 1) return { speaker: bare[0], confidence: 0.75 };
    // "ha insistido el presidente andaluz" in a story with several presidents: the one who spoke last, if he holds it.
    if (people.size > 1 && lastSpokeBefore !== undefined) {
      const last = this.sentencesBefore(lastSpokeBefore).map((s) => this.speakerOfSentence.get(s)).find((p) => p);
      return last && people.has(last) ? { speaker: last, confidence: 0.75 } : undefined;
    }
    // A spokesman speaks for the party or firm, not as its chief: "ein Flixtrain-Sprecher" is not "Flixtrain-Chef X".
    const party = !people.size && !SPOKES.has(role.slice(role.indexOf('-') + 1)) && partyOfRole(role);
    if (party) {
      // "der AfD-Chef" after "AfD-Spitzenkandidat Björn Höcke": the one person the text gave a role of that party or body.
      const holders = new Set([...this.ctx.roles].filter(([r]) => r.startsWith(party)).flatMap(([, names]) => [...names]));
      return holders.size === 1 ? { speaker: [...holders][0], confidence: 0.8 } : undefined;
    }
    // "la ONG" is not the organisation "ONG": the word alone names none. "the bank said" refers back: Saxo Bank,
    // named further down, is not the bank whose note was quoted before it.
    // "das Ministerium" after "das Gesundheitsministerium": a German body's bare word ends the compound naming it.
    const bareBody = isBareOrganisationWord(role);
    const hasWord = (o: string) => o.toLowerCase().split(' ').some((w) => w === role || (bareBody && w.endsWith(role)));
    const organisations = [...this.ctx.organisations]
      .filter(([o, at]) => at < upTo && o.toLowerCase() !== role && hasWord(o))
      .map(([o]) => o);
    const distinct = organisations.filter((o) => !organisations.some((other) => other !== o && other.endsWith(o)));
    return !people.size && distinct.length === 1 ? { speaker: distinct[0], confidence: 0.8 } : undefined;
  };

  /** "informó este ministerio": the organisation with `word` in its name named last before `before`, in sentence `si` or the two before. */
  private readonly resolveNamedLast = (si: number, word: string, before: number): { speaker: string; confidence: number } | undefined => {
    for (const s of [si, ...this.sentencesBefore(si).slice(0, 2)]) {
      const tokens = this.ctx.sentenceTokens[s].filter((t) => t.start < before);
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
  private readonly resolveIntroduced = (si: number, word: string): { speaker: string; confidence: number } | undefined => {
    const introduced = this.ctx.introducedAs.get(word);
    if (introduced?.size !== 1) return undefined;
    const [organisation] = introduced;
    for (const s of this.sentencesBefore(si)) {
      if (this.masked.slice(this.sentences[s].start, this.sentences[s].end).includes(organisation)) return { speaker: organisation, confidence: 0.8 };
      if (this.namesActing(this.ctx.sentenceTokens[s])) return undefined;
    }
    return undefined;
  };

  /** True when a capitalised name does something in `tokens` ("Continental a fait de même"). */
  private readonly namesActing = (tokens: Token[]): boolean =>
    [...runsIn(tokens)].some(([i, end]) => {
      const mention = mentionOfRun(tokens, i, end);
      const full = mention && this.ctx.registry.resolve(mention.name).name;
      // "Germany offered subsidies" after "a plant in Germany": a place acting is no rival of the company; nor are "Analysts
      // at Barclays" (a plural opening the sentence, a name after a preposition).
      const plural = i === 0 && end === 0 && !!full && full.endsWith('s') && !this.ctx.people.has(full) && !this.ctx.organisations.has(full);
      const object = PREPOSITIONS.has(tokens[i - 1]?.text ?? '');
      return !!full && !plural && !object && !this.writtenAsPlace(full) && isActing(tokens, i, end, isAnyVerb);
    });

  /**
   * The holder of a role, unless the words qualify the role ("le chef du gouvernement britannique", "the secretary of
   * state") and the text named the holder with another qualifier of that kind, a nation or a complement ("la Première
   * ministre italienne Giorgia Meloni", "the secretary of defense"): someone else, unnamed. A qualifier of another kind
   * says more of the same holder ("le chef du gouvernement travailliste" of "le Premier ministre britannique").
   */
  private readonly unlessQualifiedOtherwise = (holder: { speaker: string; confidence: number } | undefined, role: string, qualified?: string) => {
    const kind = (words: string) => {
      const qualifier = words.slice(role.length + 1);
      return ROLE_COMPLEMENT.has(qualifier.split(' ')[0]) ? 'complement' : isNationAdjective(qualifier) ? 'nation' : undefined;
    };
    const asked = qualified && kind(qualified);
    return holder && asked && [...this.ctx.roles].some(([r, names]) => r !== qualified && r.startsWith(`${role} `) && kind(r) === asked && names.has(holder.speaker)) ? undefined : holder;
  };

  /**
   * "Ein Polizist kam hinzu. … „…“, sagte der Polizist", "Na místo dorazil policista. … „…,“ řekl policista": the text
   * brought in someone unnamed with the word before sentence si (with an indefinite article, or in Czech, which
   * has none, with no name beside it): the description is that person. Not a word said of someone named ("Krüger ist
   * ein erfahrener Politiker", "Novák pracuje jako hasič", "Jan Malý, hasič z Brna,").
   */
  private readonly introducedUnnamed = (word: string, si: number): boolean =>
    this.ctx.sentenceTokens.slice(0, si).some((tokens) =>
      tokens.some((t, k) => {
        if (t.text.toLowerCase() !== word) return false;
        const a = tokens[k - 1] && isLower(tokens[k - 1]) && !isIndefinite(tokens[k - 1]) ? k - 2 : k - 1;
        if (isIndefinite(tokens[a])) return !PREDICATIVE.has(tokens[a - 1]?.text.toLowerCase() ?? '');
        const bare = isLower(t) && !isArticle(tokens[k - 1]) && !PREDICATIVE.has(tokens[k - 1]?.text ?? '');
        return bare && DECLINING_LETTERS.test(this.masked) && ![k - 2, k - 1, k + 1, k + 2].some((j) => isCap(tokens[j]));
      }),
    );

  /**
   * "la syndicaliste", "le sexagénaire", "la jeune femme" when the text gave no one the word: the person a pronoun of
   * the article's gender would mean, the one just quoted or shown acting. A description, so a little less sure than a pronoun.
   */
  private readonly resolveEpithet = (si: number, gender: Gender | undefined, opening?: Token[], word = ''): { speaker: string; confidence: number } | undefined => {
    const who = this.resolvePronoun(si, gender === 'f' ? 'elle' : gender === 'm' ? 'il' : IMPLIED_SUBJECT, opening);
    if (!who || !this.ctx.people.has(who.speaker)) return undefined;
    // "Lamine Yamal, de 17 años, …. «…», dijo el veterano": an age the text gave that the description's denies is someone else.
    const aged = this.fitsAge(word, who.speaker);
    if (aged === false) return undefined;
    // "Jean Dujardin a retrouvé Gilles Lellouche…. « … », raconte le comédien": unlike a pronoun, a description does not
    // mean the subject rather than another person named beside it; two who fit leave it unknown.
    let beside: string[] = [];
    for (const tokens of [opening ?? [], ...this.sentencesBefore(si).map((s) => this.ctx.sentenceTokens[s])]) {
      beside = this.peopleNamedIn(tokens);
      if (beside.includes(who.speaker)) break;
      beside = [];
    }
    const others = beside.filter((p) => p !== who.speaker && (!gender || !this.ctx.gender.has(p) || this.ctx.gender.get(p) === gender) && this.fitsAge(word, p) !== false);
    // "Lamine Yamal, de 17 años, marcó tras un pase de Robert Lewandowski. «…», dijo el joven": of the two, the text
    // gave an age for the description to fit to one only.
    const toldByAge = aged && others.every((p) => this.fitsAge(word, p) === undefined);
    return others.length && !toldByAge ? undefined : { speaker: who.speaker, confidence: Math.min(who.confidence, 0.8) };
  };

  /** `who`, when they spoke the last quotation before sentence `si`, within a pronoun's reach. */
  private readonly lastSpeakerAs = (who: { speaker: string; confidence: number } | undefined, si: number) => {
    const last = this.sentencesBefore(si).map((s) => this.speakerOfSentence.get(s)).find(Boolean);
    return who && last === who.speaker ? who : undefined;
  };

  /** Whether a description of an age ("el joven", "a idosa") fits the person's age; undefined when either tells none. */
  private readonly fitsAge = (word: string, person: string): boolean | undefined => {
    const range = AGE_OF_DESCRIPTION.get(word);
    const age = this.ages.get(person);
    return range && age !== undefined ? age >= range[0] && age <= range[1] : undefined;
  };

  /**
   * Whom a role, a description or an organisation word speaking in sentence `si` before `upTo` means: the one the text
   * gave it to, or for a description the person in focus (resolveDescribed), or the body it names. `opening`: the words
   * before the quotation, when the cue comes after it; `alone`: no words stand before the quotation in its sentence;
   * `adding`: the cue goes on with words begun before ("added").
   */
  private readonly resolveRoleSlot = (slot: Extract<Slot, { role: string }>, si: number, upTo: number, opening: Token[] | undefined, alone: boolean, adding = false) => {
    // "the supermarket chain", "the tech giant", "the budget airline": a word of the name the modifier echoes, or else the
    // body of that kind just acting. A word for any body says no kind but the modifier's: "the production company" is
    // no trust.
    const bodyOfKind = () => (REFERRING_BODIES.has(slot.role) ? this.resolveBody(si, true, slot.role) : undefined);
    if (slot.modifier) return this.resolveEcho(slot.modifier) ?? (ANY_BODY.has(slot.role) ? undefined : bodyOfKind());
    if (slot.latest) return this.resolveNamedLast(si, slot.role, upTo);
    const surnamed = slot.capitalised ? this.personSurnamed(slot.role) : undefined;
    if (surnamed) return { speaker: surnamed, confidence: 0.85 };
    const reading = { gender: slot.gender, upTo, lastSpokeBefore: si };
    return (
      (slot.qualified && this.resolveRole(slot.qualified, reading)) ||
      this.unlessQualifiedOtherwise(this.resolveRole(slot.role, { ...reading, alone: !slot.qualified && !slot.complemented }), slot.role, slot.qualified) ||
      this.resolveIntroduced(si, slot.role) ||
      (slot.epithet ? this.resolveGivenEpithet(slot.role, slot.gender, upTo) : undefined) ||
      (slot.epithet && !this.describesSomeoneElse(slot.role, si, upTo) ? this.unlessInOtherOffice(this.resolveDescribed(si, slot.role, slot.gender, opening), slot.role) : undefined) ||
      (slot.epithet && isEpithet(slot.role) && alone ? this.loneNameBefore(si) : undefined) ||
      // "“…,” Lopez said. “…,” the councillor added": an office no one was given, going on, is the one who just spoke.
      (adding && !slot.epithet && !this.ctx.roles.has(slot.role) && !isOrganisationWord(slot.role) && !this.describesSomeoneElse(slot.role, si, upTo) ? this.lastSpeakerAs(this.resolveEpithet(si, slot.gender, opening, slot.role), si) : undefined) ||
      bodyOfKind() ||
      (isOrganisationWord(slot.role) ? this.resolveNationalBody(si, slot.role, upTo) : undefined) ||
      this.germanBodyOfItsOwn(slot.role, si)
    );
  };

  /** Whether a slot stands for a person: a name the text knows as one, or "he", "she" ("Hale said, citing his doctors" is his). */
  private readonly isPersonSlot = (slot: Slot): boolean =>
    ('pronoun' in slot && PRONOUN_GENDER.has(slot.pronoun)) || ('name' in slot && this.ctx.people.has(this.ctx.registry.resolve(slot.name).name));

  /** The one person the text named whose surname is `word` in lower case ("king" for "Martin Luther King Jr."). */
  private readonly personSurnamed = (word: string): string | undefined => {
    const bearers = [...this.ctx.people].filter((p) => p.includes(' ') && withoutGeneration(p.split(' ')).at(-1)!.toLowerCase() === word);
    return bearers.length === 1 ? bearers[0] : undefined;
  };

  /**
   * "teilte das Finanzministerium mit", "sagte die Bundesregierung", "erklärte die Polizei": a German body's word that
   * names one institution by itself, not a bare word standing for a body the text named ("das Ministerium"), speaks as
   * that body when the text named none it could mean.
   */
  private readonly germanBodyOfItsOwn = (role: string, si: number): { speaker: string; confidence: number } | undefined => {
    const tokens = this.ctx.sentenceTokens[si];
    if (!isGerman(tokens) || !ORGANISATION_SUFFIX.test(role) || (isBareOrganisationWord(role) && !GERMAN_INSTITUTIONS.has(role))) return undefined;
    // "vor dem Landgericht", "von der Polizei": a body a preposition governs does not speak.
    const at = tokens.findIndex((t) => t.text.toLowerCase() === role);
    const subject = at > 0 && NOMINATIVE_ARTICLES.has(tokens[at - 1].text.toLowerCase()) && !isPreposition(tokens[at - 2]);
    return subject ? { speaker: tokens[at].text, confidence: 0.75 } : undefined;
  };

  /**
   * "The Indian government denied the report. “…,” the government said", "Pakistan’s ministry said…. The ministry says
   * that “…”": the one body of that word the text named by its nation, in the sentence up to `upTo` or the two before.
   */
  private readonly resolveNationalBody = (si: number, word: string, upTo: number): { speaker: string; confidence: number } | undefined => {
    for (const s of [si, ...this.sentencesBefore(si).slice(0, 2)]) {
      const tokens = this.ctx.sentenceTokens[s].filter((t) => t.start < upTo);
      const bodies = new Set(
        tokens.flatMap((t, i) => {
          const national = nationalBodyAt(tokens, i);
          if (national && 'name' in national.slot) return tokens[national.end].text.toLowerCase() === word ? [national.slot.name] : [];
          // "Pakistan’s government": a name no one in the text bears owning it.
          const owner = tokens[i + 1]?.text.toLowerCase() === word && isPossessive(t) && isCap(t) && !isArticle(tokens[i - 1]) ? t.text.replace(POSSESSIVE_ENDING, '') : undefined;
          return owner && !this.ctx.people.has(this.ctx.registry.resolve(owner).name) ? [`${owner} ${word}`] : [];
        }),
      );
      if (bodies.size) return bodies.size === 1 ? { speaker: [...bodies][0], confidence: 0.75 } : undefined;
    }
    return undefined;
  };

  /**
   * "Kanzlerin Petra Lang und Bischof Ernst Gohl kamen. „…“, sagte der Vizekanzler": whom a word for an office the
   * lexicon lists would mean as a pronoun is not meant when the text gave them another such office.
   */
  private readonly unlessInOtherOffice = (holder: { speaker: string; confidence: number } | undefined, role: string) => {
    if (!holder || !(ROLES.has(role) || isViceRole(role))) return holder;
    const offices = [...this.ctx.roles].filter(([r, names]) => names.has(holder.speaker) && ROLES.has(r) && !HONORIFIC_GENDER.has(r) && !TITLES_OF_ANY_OFFICE.has(r)).map(([r]) => r);
    const same = (r: string) => rolesMeant(role).includes(r) || isCompoundOffice(role, r);
    return offices.length && !offices.some(same) ? undefined : holder;
  };

  /**
   * A description no one was given by name (see resolveRole): "sagte der 62-Jährige" is whom "er" would mean, when the
   * text told no one's age; when it told others' ages, not this one, it is no one it named.
   */
  private readonly resolveDescribed = (si: number, word: string, gender: Gender | undefined, opening?: Token[]) => {
    if (!GERMAN_AGE.test(word)) return this.resolveEpithet(si, gender, opening, word);
    return [...this.ctx.roles.keys()].some((r) => GERMAN_AGE.test(r)) ? undefined : this.resolvePronoun(si, gender === 'f' ? 'sie' : 'er', opening);
  };

  /**
   * The people `tokens` name, acting or not, by their full names: those the text knows as people, and any other
   * full name not after a preposition or an article ("Michel Drucker et Nagui ont dîné"; "à Marseille", "l’invité de RTL", "le Stade
   * de France" name places and outlets), nor alone opening the sentence.
   */
  private readonly peopleNamedIn = (tokens: Token[]): string[] =>
    [...runsIn(tokens)].flatMap(([i, end]) => {
      const mention = mentionOfRun(tokens, i, end, isRoleWord(tokens[i - 1]));
      const full = mention && !mention.organisation ? this.ctx.registry.resolve(unglued(mention.name, this.ctx)).name : undefined;
      // "Bürgermeister von Lindau": a name after a particle inside the run is where an office is held.
      const first = end - (mention?.name.split(' ').length ?? 0) + 1;
      if (!full || (first > i && isLower(tokens[first - 1]))) return [];
      // A lone word opening the sentence may be no name at all ("Nada más cruzar la meta").
      const placed = PREPOSITIONS.has(tokens[i - 1]?.text ?? '') || POSSESSOR_BEFORE.has(tokens[i - 1]?.text ?? '') || isArticle(tokens[i - 1]) || (i === 0 && end === 0);
      // A lone unknown word may be a place ("in Jena", "bei Passau": German prepositions are many), unless it is joined
      // to a name ("Michel Drucker et Nagui").
      const joined = COORDINATORS.has(tokens[i - 1]?.text ?? '') && isCap(tokens[i - 2]);
      // "la firma belga Katoen Natie" is an organisation, though the registry joined the name to a longer one ("Terminal Cuenca del Plata/Katoen Natie").
      const organisation = this.ctx.organisations.has(full) || this.ctx.organisations.has(mention?.name ?? full);
      return !organisation && !isPlaceName(full) && (this.ctx.people.has(full) || this.ctx.markedPeople.has(full) || (!placed && (full.includes(' ') || joined))) ? [full] : [];
    });

  /**
   * "Nagui était l’invité de RTL. « … », a assuré l’animateur": a lone name that the sentence just before says is someone
   * ("était l’invité", "est la chanteuse") is a person's, and the one a word for a trade then means, when that sentence
   * names no one else and no one spoke in it. A lone name is otherwise no person's: "Netflix a annoncé une série. « … »,
   * a confié la star" is someone Netflix hired.
   */
  private readonly loneNameBefore = (si: number): { speaker: string; confidence: number } | undefined => {
    const s = this.sentencesBefore(si)[0];
    if (s === undefined || this.speakerOfSentence.has(s)) return undefined;
    const tokens = this.ctx.sentenceTokens[s];
    const name = tokens[0]?.text ?? '';
    const someone = COPULAS.has(tokens[1]?.text ?? '') && isArticle(tokens[2]) && isRoleWord(tokens[3]);
    const lone = someone && runEndingAfter(tokens, 0) === 0 && !this.isCommonWord(name) && !this.ctx.organisations.has(name) && !!nameOfRun(tokens.slice(0, 1));
    return lone && !this.peopleNamedIn(tokens).some((p) => p !== name) ? { speaker: name, confidence: 0.75 } : undefined;
  };

  /**
   * True when a description may mean someone other than the person just named, by sentence `si`: the text gave the word
   * to several people ("el médico Rafael Torres y el médico Paulo Reis"), or introduced someone unnamed with it
   * ("Una enfermera entró en la sala. … «…», dijo la enfermera"), or gave the word or ages to people before `upTo` (givesOthers).
   */
  private readonly describesSomeoneElse = (word: string, si: number, upTo: number) =>
    (this.ctx.roles.get(word)?.size ?? 0) > 1 || this.introducedUnnamed(word, si) || this.givesOthers(word, upTo);

  /**
   * True when the text gave the word, or ages, to people (resolveGivenEpithet found no one of them who fits, or two:
   * "Yvette Martin, 67 ans" is not "l’octogénaire"): then it is not whoever was named last either.
   */
  private readonly givesOthers = (word: string, upTo: number) =>
    this.describedAs({ descriptor: word }, upTo).people.size > 0 || (FRENCH_AGE_DECADES.has(word) && AGE_GIVEN.test(this.masked.slice(0, upTo)));

  /**
   * True when the word is a name even where it opens a sentence: written with a capital inside one too, where nothing
   * forces it, or with a capital inside the word ("ConocoPhillips"); not "Regulators".
   */
  private readonly capitalisedWithin = (word: string) => /\p{Ll}\p{Lu}/u.test(word) || this.ctx.sentenceTokens.some((tokens) => tokens.some((t, i) => i > 0 && t.text === word));

  /**
   * "Renault a réagi", "Swisscom a présenté": a lone word opening the sentence with an auxiliary after it, when the text names
   * no other organisation; not a plural ("Owners will be contacted").
   */
  private readonly companyBeforeAuxiliary = (name: string, next: Token | undefined) =>
    !name.endsWith('s') && AUXILIARIES.has(next?.text ?? '') && [...this.ctx.organisations.keys()].every((o) => o === name);

  /** True unless the text marks the name as a person's (see Context.markedPeople): it may be a company's. */
  private readonly mayBeCompany = (name: string) => !(this.ctx.markedPeople.has(name) || this.ctx.gender.has(name));

  /**
   * "Volkswagen recalled…", "Ryanair cancelled…": a lone word opening the sentence with a verb in the past after it is a
   * company's name, for a word that means one ("the carmaker"); not a plural ("Owners will be…", "Residents said").
   */
  private companyBeforePastVerb(tokens: Token[], word: string): boolean {
    const verb = tokens[1];
    return !word.includes(' ') && !word.endsWith('s') && !!verb && isVerbLike(verb) && !AUXILIARIES.has(verb.text);
  }

  private readonly writtenAsPlace = (name: string) => this.wordsAfterPlacePrepositions.has(name);

  /** The organisation opening a sentence and acting, past its article ("The Ministry of Foreign Affairs has condemned…", "Tesco said"). */
  private bodyOpening(tokens: Token[]): string | undefined {
    const [i, end] = runsIn(tokens).next().value ?? [];
    if (i === undefined || end === undefined || i > (isArticle(tokens[0]) ? 1 : 0)) return undefined;
    const mention = mentionOfRun(tokens, i, end);
    const name = mention && this.ctx.registry.resolve(mention.name).name;
    return name && (mention.organisation || this.ctx.organisations.has(name)) && isActing(tokens, i, end, isAnyVerb) ? name : undefined;
  }

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
  private resolveBody(si: number, neverPerson: boolean, kind?: string): { speaker: string; confidence: number } | undefined {
    const lone = kind !== undefined;
    // "the club" after "The Football Association opened…": a body whose name says it is another kind is not what a word for
    // one kind means; a word for any body ("the company", "la ONG") may mean it.
    const publicBody = lone ? PUBLIC_BODY_NAME_WORDS.get(kind) : undefined;
    const kindNames = lone ? (FIRM_KIND_NAME_WORDS.get(kind) ?? publicBody) : undefined;
    const otherKind = (name: string) =>
      lone && !ANY_BODY.has(kind) && name.toLowerCase().split(' ').some((w) => isOrganisationWord(w) && w !== kind && !kindNames?.has(w));
    // German names end in the body's word ("Bundesamt"), so a word of the name need only end in one of the kind's.
    const publicWords = publicBody && [...publicBody];
    const ofKind = (name: string) => !otherKind(name) && (!publicWords || name.toLowerCase().split(' ').some((w) => publicWords.some((b) => w.endsWith(b))));
    const mayBeOrganisation = (name: string) => ofKind(name) && (this.ctx.organisations.has(name) || (neverPerson && this.mayBeCompany(name)));
    for (const s of this.sentencesBefore(si).slice(0, 2)) {
      const spoken = this.speakerOfSentence.get(s);
      if (spoken) return mayBeOrganisation(spoken) ? { speaker: spoken, confidence: 0.8 } : undefined;
      const tokens = this.ctx.sentenceTokens[s];
      // "Acme Corp. cut 300 jobs, its chief executive, Dana White, told staff. “…,” the company said": a person acting
      // there may be whom a pronoun or a spokesperson means, never a word for a kind of body.
      if (!lone && actorsIn(tokens, this.ctx).actors.some((a) => !mayBeOrganisation(a))) return undefined;
      // "Dick Clark Productions denies that…. “…,” they said": the one organisation doing something there;
      // "Harlow Motors recalled…", "Dunmore expects…": a name opening the sentence that nothing marks as a person's.
      const acting = new Set<string>();
      for (const [i, end] of runsIn(tokens)) {
        // "Der chinesische Konzern weist die Vorwürfe zurück": a word for a body opening the sentence after its article,
        // capitalised as German nouns are, is its subject and names none.
        if (end === i && i > 0 && i <= 2 && isArticle(tokens[0]) && tokens.slice(1, i).every(isLower) && isOrganisationWord(tokens[i].text.toLowerCase())) return undefined;
        const mention = mentionOfRun(tokens, i, end);
        const full = mention && this.ctx.registry.resolve(mention.name).name;
        // "Repsol presentó sus resultados": a lone word with a preterite in the singular after it names one body, not "Agricultores denunciaron".
        const loneCompany =
          !!full && end === i && ((lone && this.companyBeforeAuxiliary(full, tokens[end + 1])) || (neverPerson && this.companyBeforePastVerb(tokens, full)) || IBERIAN_PRETERITE.test(tokens[end + 1]?.text ?? ''));
        const subject = i === 0 && !!full && (full.includes(' ') || this.capitalisedWithin(full) || loneCompany) && !this.isCommonWord(full) && !this.writtenAsPlace(full) && mayBeOrganisation(full);
        if (full && ofKind(full) && (mention.organisation || this.ctx.organisations.has(full) || subject) && isActing(tokens, i, end, isAnyVerb)) acting.add(full);
      }
      if (acting.size === 1) return { speaker: [...acting][0], confidence: 0.75 };
      // "Cortel a fait de même": a name acting that may be a company is one a word for a company may mean.
      if (acting.size > 1 || (lone && this.namesActing(tokens))) return undefined;
    }
    return undefined;
  }

  /**
   * Whom the text gave a description before `upTo`: "singer Dua Lipa", "Mike Chen, a nurse in Tacoma", "Ed Sheeran,
   * the singer,", "Marcus Reed, 45," for "45-year-old"; `unnamed`: it described someone it does not name ("A nurse
   * came in", "a woman called police"), whom a later "the nurse" or "the woman" means.
   */
  private describedAs({ descriptor, age, decade }: Description, upTo: number): { people: Set<string>; unnamed: boolean } {
    const nationality = nationalityOf(descriptor);
    const people = new Set<string>();
    let unnamed = false;
    for (const tokens of this.ctx.sentenceTokens) {
      tokens.forEach((t, k) => {
        if (t.start >= upTo) return;
        // "Marcus Reed, 45, was arrested", "Yvette Martin, 67 ans, a été agressée": the age given in an appositive.
        const ofAge = age ? t.text === age : decade !== undefined && Math.floor(Number(t.text) / 10) * 10 === decade;
        if (ofAge && tokens[k - 1]?.text === ',' && isCap(tokens[k - 2])) {
          const aged = this.personEndingAt(tokens, k - 2);
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
          if (mention && !mention.organisation) people.add(this.ctx.registry.resolve(mention.name).name);
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
        const described = tokens[j - 1]?.text === ',' && isCap(tokens[j - 2]) ? this.personEndingAt(tokens, j - 2) : undefined;
        // "Jean-Yves Le Drian, ancien ministre des…": French sets an appositive after the name with no article.
        const bare = determiner === ',' && isCap(tokens[j - 1]) ? this.personEndingAt(tokens, j - 1) : undefined;
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
  private resolveGivenEpithet(word: string, gender: Gender | undefined, upTo: number): { speaker: string; confidence: number } | undefined {
    const people = [...this.describedAs({ descriptor: word, decade: FRENCH_AGE_DECADES.get(word) }, upTo).people].filter((p) => !gender || !this.ctx.gender.has(p) || this.ctx.gender.get(p) === gender);
    return people.length === 1 ? { speaker: people[0], confidence: 0.8 } : undefined;
  }

  /**
   * "“…,” the actor told reporters", "the mother of three said": the one person the text gave the description, or
   * else the person just quoted by name or shown acting, as a pronoun of the noun's gender would mean. Never someone
   * the text described so without a name ("A nurse came in. … the nurse said") or one of two who fit (an anonymous
   * source, "the aide", is no description: see DESCRIPTORS); an age ("the 24-year-old") the text gave no one, where it
   * gave others theirs, names no one.
   */
  private resolveDescriptor(qi: number, si: number, description: Description, opening?: Token[]): { speaker: string; confidence: number } | undefined {
    const upTo = this.quotations[qi].openAt;
    const given = this.givenDescription(description, upTo);
    if (given !== undefined) return given ?? undefined;
    const previous = this.quotations[qi - 1];
    const said = this.results[qi - 1];
    const near = previous && this.paragraphOf(upTo) - this.paragraphOf(previous.closeEnd - 1) <= 1;
    if (near && said?.speaker && said.confidence >= SPEAKER_THRESHOLD && this.ctx.people.has(said.speaker) && this.fitsDescription(said.speaker, description, upTo)) return { speaker: said.speaker, confidence: 0.75 };
    return this.describedInFocus(si, description, upTo, opening);
  }

  /**
   * Whom the text gave a description before `upTo`: the one person; null when it may mean none it named (it gave it to
   * several, or to someone unnamed, or it tells ages and not this one: "Mark Cole, 52, …. “…,” the 24-year-old said");
   * undefined when it gave it to no one.
   */
  private givenDescription(description: Description, upTo: number): { speaker: string; confidence: number } | null | undefined {
    const { people, unnamed } = this.describedAs(description, upTo);
    if (people.size === 1) return { speaker: [...people][0], confidence: 0.8 };
    return people.size > 1 || unnamed || (description.age && ENGLISH_AGE_APPOSITIVE.test(this.masked)) ? null : undefined;
  }

  /** Whether a description may be said of the person: of its gender, and not of another nationality ("the Slovenian" is not "Jan de Vries, a Dutch rider"). */
  private fitsDescription(person: string, description: Description, upTo: number): boolean {
    const nationality = nationalityOf(description.descriptor);
    return (!description.gender || !this.ctx.gender.has(person) || this.ctx.gender.get(person) === description.gender) && !(nationality && this.ofAnotherNationality(person, nationality, upTo));
  }

  /** A description the text gave no one: the person in focus at sentence `si` (resolveEpithet), when no one else named near fits it. */
  private describedInFocus(si: number, description: Description, upTo: number, opening?: Token[]): { speaker: string; confidence: number } | undefined {
    const who = this.resolveEpithet(si, description.gender, opening, description.descriptor);
    // "the young woman" after Laura Bennett and Sarah Lowe: a description of gender alone fits both.
    const another = who && description.gender && this.sentencesBefore(si).some((s) => this.peopleNamedIn(this.ctx.sentenceTokens[s]).some((p) => p !== who.speaker && this.ctx.gender.get(p) === description.gender));
    return who && this.fitsDescription(who.speaker, description, upTo) && !another && !this.describesOtherThan(description.descriptor, who.speaker, si) ? who : undefined;
  }

  /**
   * "Owen Dempsey talked with the man over the phone. … “…,” the man wrote": a description the text used, after its
   * article, in a sentence naming the person, for someone other than them; not in apposition to the name ("Owen Dempsey,
   * the doctor who…", "the doctor, Owen Dempsey,") nor as its predicate ("Owen Dempsey is the doctor on call").
   */
  private describesOtherThan(descriptor: string, person: string, si: number): boolean {
    const describedApart = (tokens: Token[], k: number) => {
      if (tokens[k].text.toLowerCase() !== descriptor) return false;
      let a = k - 1;
      while (a > 0 && (isAdjective(tokens[a]) || isMasked(tokens[a]))) a--;
      if (!isArticle(tokens[a]) || tokens[a - 1]?.text === ',' || PREDICATIVE.has(tokens[a - 1]?.text.toLowerCase() ?? '')) return false;
      return !isCap(tokens[k + 1]) && !(tokens[k + 1]?.text === ',' && isCap(tokens[k + 2]));
    };
    // The people a sentence names are read only where it uses the description.
    return this.ctx.sentenceTokens.slice(0, si).some((tokens) => tokens.some((_, k) => describedApart(tokens, k)) && this.peopleNamedIn(tokens).includes(person));
  }

  /** True when the text gave `person` a nationality other than `nationality` before `upTo` ("Jan de Vries, a Dutch rider"). */
  private ofAnotherNationality(person: string, nationality: string, upTo: number): boolean {
    return [...this.nationalitiesWritten].some((other) => other !== nationality && this.describedAs({ descriptor: other }, upTo).people.has(person));
  }

  /**
   * Who issued "the statement" a cue has for subject: the nearest sentence before that speaks of a
   * statement tells. When a quotation there was credited, that speaker; when it introduces one ("Big
   * Machine Records issued a statement", "The company denied it in a statement"), the subject of its verb.
   * Nothing further back is read: an earlier statement may be someone else's.
   */
  private resolveDocument(si: number, word: string): { speaker: string; confidence: number } | undefined {
    for (let s = si - 1; s >= 0 && s >= si - DOCUMENT_REACH; s--) {
      const tokens = this.ctx.sentenceTokens[s];
      // "en un comunicado" … "añade el texto": Spanish and Portuguese name one writing by any of their words for it.
      // German and Czech likewise ("eine Mitteilung" … "heißt es in der Erklärung"), and "darin" is any of them.
      // "communiqué" is French as well as German: the French reading, which needs no indefinite article, comes first.
      const germanOrCzech = (GERMAN_CZECH_WRITINGS.has(word) && !ROMANCE_WRITINGS.has(word)) || word === 'darin';
      const same = (w: string) =>
        w === word || w === `${word}s` || (ROMANCE_WRITINGS.has(word) && ROMANCE_WRITINGS.has(w)) || (germanOrCzech && GERMAN_CZECH_WRITINGS.has(w));
      const at = tokens.findIndex((t) => same(t.text.toLowerCase()));
      if (at < 0) continue;
      const spoken = this.speakerOfSentence.get(s);
      if (spoken) return { speaker: spoken, confidence: 0.8 };
      if (germanOrCzech) return this.issuerOfGermanCzechWriting(tokens, at);
      if (!introducesWriting(tokens, at) && !isIndefinite(tokens[at - 1])) return undefined;
      // "Two soldiers died in a crash, the US military said in a statement": the verb of saying before the writing, when
      // there is one, is the issuer's; another verb may be another clause's.
      const cue = tokens.findLastIndex((_, i) => i > 0 && i < at && isCueAt(tokens, i));
      const v = cue > 0 ? cue : tokens.findIndex((t, i) => i > 0 && i < at && isVerbLike(t));
      if (v < 0) return undefined;
      const issuer = subjectOf(tokens, v);
      if ('name' in issuer) return issuer.opensSentence && this.isCommonWord(issuer.name) ? undefined : this.named(issuer.name, 0.85);
      if ('role' in issuer) return this.resolveRole(issuer.role, { upTo: this.sentences[s].end });
      if ('pronoun' in issuer) return this.resolvePronoun(s, issuer.pronoun);
      return undefined;
    }
    // "A Galp publicou ontem os resultados…. “…”, afirma o comunicado", "Tesco raised prices…. “…,” the statement said": a
    // writing the text never brought in is that of the one body just shown acting, as "afirma a empresa" is; not French,
    // where "peut-on lire" alone reads only a writing the text brought in ("Le PSG a battu Lyon. « … », peut-on lire" is
    // no one's), nor a letter or a memo, which a person may write.
    return (ROMANCE_WRITINGS.has(word) && !FRENCH_WRITINGS.has(word)) || BODY_WRITINGS.has(word) ? this.resolveBody(si, true) : undefined;
  }

  /**
   * "Die Deutsche Bahn veröffentlichte am Montag eine Mitteilung", "Společnost ČEZ vydala prohlášení", "Olaf Scholz schrieb
   * einen Brief": who issued the writing at token `at`, brought in with an indefinite article (German) or right after its
   * verb (Czech has no article): the name opening the sentence, when its verb is one of putting a writing out (ISSUING).
   */
  private issuerOfGermanCzechWriting(tokens: Token[], at: number): { speaker: string; confidence: number } | undefined {
    const before = tokens[at - 1];
    if (!before || !(isIndefinite(before) || (isLower(before) && !PREPOSITIONS.has(before.text) && !isArticle(before) && DECLINING_LETTERS.test(this.masked)))) return undefined;
    const end = runEndingAfter(tokens, 0);
    const issued = tokens.slice(end + 1, at).some((t) => ISSUING.has(t.text) || isCue(t));
    const mention = end >= 0 && end < at && issued ? nameOfRun(tokens.slice(0, end + 1)) : undefined;
    // "In Berlin kursiert eine Mitteilung": a place after a preposition is not who issued it; only an article may open the name.
    const words = mention?.name.split(' ') ?? [];
    if (!mention || !(isArticle(tokens[0]) || words[0] === tokens[0].text)) return undefined;
    // "Společnost ČEZ": the word for what it is opens the name, as "le groupe Michelin" does after an article.
    return this.named(words.length > 1 && REFERRING_BODIES.has(words[0].toLowerCase()) ? words.slice(1).join(' ') : mention.name, 0.8);
  }

  /**
   * A lone capitalized word opening its sentence ("Officials said", "Tesco said") is a name
   * when the text gives its full form, or writes it capitalized where nothing forces a
   * capital; not when it is a word for unnamed sources or one the text writes in lower case.
   */
  private readonly isCommonWord = (name: string) => {
    if (this.ctx.registry.resolve(name).name.includes(' ')) return false;
    const lower = name.toLowerCase();
    return UNNAMED_SOURCES.has(lower) || this.ctx.lowerWords.has(lower);
  };

  private readonly resolveChinesePronoun = (si: number, upTo?: number, gender?: Gender): { speaker: string; confidence: number } | undefined => {
    // "王强和他的妻子李梅…。他说": a person the text made a wife, a mother or a Ms is not 他.
    const people = (spoken: string | undefined, text: string) =>
      new Set([...(spoken ? [spoken] : []), ...chineseActors(text, this.chineseNames)].filter((p) => !gender || (this.chineseGender.get(p) ?? gender) === gender));
    // "李明说：“…。”他还说：“…”": Chinese runs on after a quotation's full stop, so the sentence itself may name the one person first.
    if (upTo !== undefined) {
      const here = people(this.speakerOfSentence.get(si), this.masked.slice(this.sentences[si].start, upTo));
      if (here.size > 1) return undefined;
      if (here.size === 1) return { speaker: [...here][0], confidence: 0.85 };
    }
    for (const s of this.sentencesBefore(si)) {
      const candidates = people(this.speakerOfSentence.get(s), this.masked.slice(this.sentences[s].start, this.sentences[s].end));
      if (candidates.size === 1) return { speaker: [...candidates][0], confidence: 0.85 };
      if (candidates.size > 1) return undefined;
    }
    return undefined;
  };

  /** The one person the text named with an office ("创始人" → Brendan Alper). */
  private readonly resolveOffice = (office: string): { speaker: string; confidence: number } | undefined => {
    const holder = this.officeHolders.get(office);
    return holder ? { speaker: holder, confidence: 0.8 } : undefined;
  };

  /**
   * "这位45岁的教师说": whom a pronoun would mean, unless the text brought the description in for someone unnamed
   * ("一名男子闯入…。这名男子说"), not as what someone is ("王芳是一名教师"); a description, so a little less sure than a pronoun.
   */
  private readonly resolveChineseDescription = (description: string, si: number, upTo?: number): { speaker: string; confidence: number } | undefined => {
    const before = this.masked.slice(0, upTo ?? this.sentences[si].start);
    if (new RegExp(`(?<![是为])一[位名个]\\p{Script=Han}{0,6}${description}`, 'u').test(before)) return undefined;
    // "陈红是…校长。…学生李小龙…。这位校长说": the one the text made a head teacher, whoever was named since.
    const { holders, described } = chinesePeopleDescribedAs(before, description, this.chineseNames);
    if (holders.length > 1) return undefined;
    const who = holders.length === 1 ? { speaker: holders[0], confidence: 0.8 } : this.resolveChinesePronoun(si, upTo);
    // "刘明是一名外卖骑手。…这位校长说": the one just named is something else.
    if (!who || (holders.length === 0 && described.has(who.speaker))) return undefined;
    return { speaker: who.speaker, confidence: Math.min(who.confidence, 0.8) };
  };

  private readonly resolveChineseDocument = (document: string, si: number, upTo?: number): { speaker: string; confidence: number } | undefined => {
    const issuer = chineseIssuerOf(this.masked.slice(0, upTo ?? this.sentences[si].start), document, this.chineseNames);
    return issuer ? { speaker: issuer, confidence: 0.8 } : undefined;
  };

  private readonly readChineseSubject = (subject: ZhSubject, si: number, upTo?: number) =>
    'name' in subject
      ? { speaker: subject.name, confidence: 0.9 }
      : 'office' in subject
        ? this.resolveOffice(subject.office)
        : 'described' in subject
          ? this.resolveChineseDescription(subject.described, si, upTo)
          : 'document' in subject
            ? this.resolveChineseDocument(subject.document, si, upTo)
            : this.resolveChinesePronoun(si, upTo, subject.pronoun);

  private readonly readChinese = (zh: ZhCue, how: AttributionCue, si: number, upTo: number): Attribution => {
    const who = zh.subject && this.readChineseSubject(zh.subject, si, upTo);
    return { cue: zh.cue, how: zh.subject && 'pronoun' in zh.subject ? 'pronoun' : how, ...(who ?? { confidence: 0 }) };
  };

  /**
   * Two quotations of one sentence credited once after the second ("Et ce, « malgré un pessimisme ambiant » dû notamment
   * « à l’incertitude… », explique Arthur Sadoun"): the first, with no cue of its own, is the same speaker's, when only a
   * few lower-case words stand between them.
   */
  private shareCredits() {
    for (let qi = this.quotations.length - 2; qi >= 0; qi--) {
      const [mine, next] = [this.results[qi], this.results[qi + 1]];
      if (mine.speaker || mine.cue || !next.speaker || next.confidence < SPEAKER_THRESHOLD || next.how !== 'after') continue;
      if (this.sentenceOf(this.quotations[qi].openAt) !== this.sentenceOf(this.quotations[qi + 1].openAt)) continue;
      const between = tokenize(this.masked.slice(this.quotations[qi].closeEnd, this.quotations[qi + 1].openAt)).filter((t) => /\p{L}/u.test(t.text));
      if (between.length > SHARED_CREDIT_GAP || between.some((t) => !isLower(t) || isCue(t))) continue;
      this.results[qi] = { speaker: next.speaker, confidence: Math.min(next.confidence, 0.85), how: 'after', cue: next.cue };
    }
  }

  /**
   * A heading that is only a quotation, over a paragraph opened by a quotation that a cue credits ("„Ich lasse mich nicht
   * mundtot machen“" over "„Ich wurde eingesperrt…“, sagte Yücel"): a section's heading quotes whom the section quotes first.
   */
  private creditHeadings() {
    for (let qi = 0; qi + 1 < this.quotations.length; qi++) {
      const [q, next] = [this.quotations[qi], this.quotations[qi + 1]];
      const [mine, theirs] = [this.results[qi], this.results[qi + 1]];
      if (mine.speaker || mine.cue || !theirs.speaker || theirs.confidence < SPEAKER_THRESHOLD || (theirs.how !== 'after' && theirs.how !== 'before')) continue;
      const lineEnd = this.lineEndOf(q.closeEnd);
      if (!this.opensLine(q) || this.masked.slice(q.closeEnd, lineEnd).trim() || !this.opensLine(next) || this.lineStartOf(next.openAt) !== lineEnd + 1) continue;
      this.results[qi] = { speaker: theirs.speaker, confidence: Math.min(theirs.confidence, 0.75), how: 'continuation' };
    }
  }

  /**
   * A page on which cues credit one speaker nearly always, and at least PAGE_VOICE_CREDITS times (a profile, an interview
   * written up): a sentence quoted with no cue and no one else named in its paragraph or the one before is that speaker's too.
   * A guess like a continuation, so as weak as one, and never a reason to warn of misattribution.
   */
  private creditPageVoice() {
    const credited = this.results.filter((r) => r.speaker && r.confidence >= SPEAKER_THRESHOLD && r.how !== 'continuation');
    const counts = new Map<string, number>();
    for (const r of credited) counts.set(r.speaker!, (counts.get(r.speaker!) ?? 0) + 1);
    const [voice, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (n < PAGE_VOICE_CREDITS || n < PAGE_VOICE_SHARE * credited.length) return;
    this.quotations.forEach((q, qi) => {
      const r = this.results[qi];
      if (r.speaker || r.cue || r.how || wordCount(q.text) < PAGE_VOICE_WORDS || this.namedInWords(q, voice)) return;
      const from = this.lineStartOf(Math.max(0, this.lineStartOf(q.openAt) - 1));
      const to = this.lineEndOf(q.closeEnd);
      const around = this.sentences.flatMap((s, si) => (s.end > from && s.start < to ? this.peopleNamedIn(this.ctx.sentenceTokens[si]) : []));
      if (around.some((p) => p !== voice)) return;
      this.results[qi] = { speaker: voice, confidence: SPEAKER_THRESHOLD, how: 'continuation' };
    });
  }

  /**
   * One quotation split by its cue ("„Der Tag wird kommen“, sagt er, „an dem…“"): both halves are one speaker's, so
   * a half left without a speaker (its pronoun read apart from the colon that named the first) takes the other's.
   */
  private shareSplitQuotations() {
    for (let qi = 0; qi + 1 < this.quotations.length; qi++) {
      const [first, second] = [this.results[qi], this.results[qi + 1]];
      const named = (r: Attribution) => !!r.speaker && r.confidence >= SPEAKER_THRESHOLD;
      if (named(first) === named(second)) continue;
      if (this.sentenceOf(this.quotations[qi].openAt) !== this.sentenceOf(this.quotations[qi + 1].openAt)) continue;
      const between = tokenize(this.masked.slice(this.quotations[qi].closeEnd, this.quotations[qi + 1].openAt));
      const words = between.filter((t) => /\p{L}/u.test(t.text));
      // The comma that opens the cue stands inside the first half's marks in English ("“The day will come,” she says, “…”").
      const opensWithComma = between[0]?.text === ',' || this.quotations[qi].text.trimEnd().endsWith(',');
      if (!opensWithComma || between.at(-1)?.text !== ',' || words.length > SPLIT_CUE_WORDS || !words.some(isCue)) continue;
      const [from, to] = named(first) ? [first, qi + 1] : [second, qi];
      this.results[to] = { speaker: from.speaker, confidence: Math.min(from.confidence, 0.85), how: this.results[to].how ?? from.how, cue: this.results[to].cue ?? from.cue };
    }
  }

  /**
   * A dash and a name right after the quotation, ending the line or followed by a handle or a date in
   * parentheses ("“…” — Fiona Parry", "“…” — Fiona Parry (@fparry)"): the credit of a pull quote or a post.
   * Only for words that could be speech (a sentence, or four words): "“Hope” — Fiona Parry" may be a song's credit.
   */
  private dashCredit(tokens: Token[]): Attribution | undefined {
    if (!DASHES.has(tokens[0]?.text ?? '')) return undefined;
    const end = runEndingAfter(tokens, 1);
    const next = tokens[end + 1];
    if (end < 1 || (next && !['(', ','].includes(next.text))) return undefined;
    const mention = nameOfRun(tokens.slice(1, end + 1));
    if (!mention) return undefined;
    const full = this.ctx.registry.resolve(mention.name).name;
    if (!full.includes(' ') && !this.ctx.people.has(full)) return undefined;
    return { speaker: full, confidence: 0.85, how: 'after', cue: '\u2014' };
  }

  /**
   * The short sentence that credits a quotation ending its own sentence ("“Who is she?” Rothman
   * asked.", "“…。”李强说。"): the next sentence of the paragraph, when a cue stands in its first
   * words and only a time, a place or a participle follows it (see CREDIT_TAIL).
   */
  private creditAfter(q: Quotation, next: Span | undefined, nextOpen: number): { text: string; start: number } | undefined {
    if (!next || next.start >= nextOpen || this.masked.slice(q.closeEnd, next.start).includes('\n')) return undefined;
    const text = this.masked.slice(next.start, Math.min(next.end, nextOpen));
    // "“…”. Así ha resumido el consejero…", "Con esas palabras ha descrito Moreno…": the sentence points back at the words.
    const back = BACK_REFERENCE.exec(text);
    if (back) return { text: text.slice(back[0].length), start: next.start + back[0].length };
    const tokens = tokenize(text, next.start);
    if (POINTING_WORDS.has(tokens[0]?.text.toLowerCase() ?? '') && isCueAt(tokens, 1)) return { text: this.masked.slice(tokens[1].start, Math.min(next.end, nextOpen)), start: tokens[1].start };
    if (!SENTENCE_END.test(q.text.trim())) return undefined;
    if (hasHan(text.slice(0, CHINESE_WINDOW))) return { text, start: next.start };
    const c = tokens.findIndex((_, i) => isCueAt(tokens, i));
    if (c < 0 || c > CREDIT_CUE_WITHIN) return undefined;
    let k = c + 1;
    if (c === 0) k = Math.max(k, runEndingAfter(tokens, k) + 1);
    if (ADDRESSEES.has(tokens[k]?.text ?? '')) k++;
    // "“Are you aware…?” Wallace asked Trump.": whom the words were put to, named after the cue.
    else if (c > 0 && isCap(tokens[k])) k = runEndingAfter(tokens, k) + 1;
    // What comes after a comma, a participle or a time or place word only says when or how; before it, a few words.
    const then = tokens[k];
    const credits = !then || then.text === ',' || isParticiple(then) || CREDIT_TAIL.has(then.text);
    return credits && k <= CREDIT_LENGTH ? { text, start: next.start } : undefined;
  }

  /**
   * A quotation standing as a paragraph of its own (a pull quote) credited on the next line by
   * a known person's name alone, perhaps with credentials ("Michael Shadlen, Ph.D."), or by a dash and
   * a full name, perhaps with where and when (an epigraph: "— Mike Pompeo, College Station, TX, April 15, 2019").
   */
  private creditLine(q: Quotation): Attribution | undefined {
    if (!this.opensLine(q)) return undefined;
    const lineEnd = this.lineEndOf(q.closeEnd);
    const restOfLine = this.masked.slice(q.closeEnd, lineEnd);
    // '"…" - Gary Beach, author of The U.S. Technology Skills Gap.': the credit on the words' own line, after a dash.
    const sameLine = !!restOfLine.trim();
    if (!sameLine && lineEnd === this.masked.length) return undefined;
    const tokens = tokenize(sameLine ? restOfLine : this.masked.slice(lineEnd + 1, this.lineEndOf(lineEnd + 1)));
    const from = DASHES.has(tokens[0]?.text ?? '') ? 1 : 0;
    const dashed = from === 1 || (sameLine && HYPHEN_CREDIT.test(restOfLine));
    if (sameLine && !dashed) return undefined;
    const mention = creditedName(tokens, from, dashed)?.mention;
    const full = mention && this.ctx.registry.resolve(mention.name).name;
    return full && (this.ctx.people.has(full) || (dashed && !mention.organisation && full.includes(' '))) ? { speaker: full, confidence: 0.8, how: 'after' } : undefined;
  }

  /**
   * A paragraph that is only a quotation under a line naming someone, perhaps with where they are from, their age or
   * trade, and no verb ("Mark Person, Richmond, Va.", "Maria Lopez, 34, teacher", "Donated by Charles L. Blockson, …"),
   * as galleries and street interviews credit their voices; a photo credit may stand between ("Jane Roe for The New
   * York Times"). Not a byline ("By Maria Lopez"), and only a full name, as creditLine reads one after the words.
   */
  private nameLineOver(q: Quotation): Attribution | undefined {
    let lineStart = this.lineStartOf(q.openAt);
    if (lineStart === 0 || !this.opensLine(q) || this.masked.slice(q.closeEnd, this.lineEndOf(q.closeEnd)).trim()) return undefined;
    let line = this.masked.slice(this.lineStartOf(lineStart - 1), lineStart - 1);
    if (PHOTO_CREDIT_LINE.test(line) && lineStart > line.length + 1) {
      lineStart = this.lineStartOf(lineStart - 1);
      line = this.masked.slice(this.lineStartOf(lineStart - 1), lineStart - 1);
    }
    const tokens = tokenize(line);
    // "Donated by Charles L. Blockson": a participle and "by" may bring the name in.
    const from = /^\p{Lu}\p{Ll}+ed$/u.test(tokens[0]?.text ?? '') && tokens[1]?.text === 'by' ? 2 : 0;
    const credit = creditedName(tokens, from, false, (t) => isVerbLike(t) || isArticle(t));
    if (!credit || credit.mention.organisation || !credit.mention.name.includes(' ') || runStartingBefore(tokens, credit.end) !== from) return undefined;
    return { speaker: this.ctx.registry.resolve(credit.mention.name).name, confidence: 0.75, how: 'before' };
  }

  /**
   * "“…” As she left, she says, Ailes tried to kiss her. “…”": a pronoun beside a cue in a passage's `tokens` that cannot mean
   * `speaker`, by the gender the text gave them, reports someone else, whose the next words may be.
   */
  private speaksAsOther(tokens: Token[], speaker: string): boolean {
    return tokens.some((t, i) => {
      const pronoun = t.text.toLowerCase();
      return PRONOUN_GENDER.has(pronoun) && !this.fitsPronoun(pronoun)(speaker) && [tokens[i - 1], tokens[i + 1]].some((n) => !!n && isCue(n));
    });
  }

  /**
   * True when a passage's `tokens` name a person other than `speaker` (a paragraph bringing in someone else, not a
   * caption about them): one the text knows as a person or gave a role ("La portavoz de Más Madrid, Rita Maestre, lo ve…"), or a full
   * name opening with a known given name ("El Banco de España, dirigido por José Luis Escrivá, prevé…").
   */
  private namesSomeoneElse(tokens: Token[], speaker: string): boolean {
    for (const [i, end] of runsIn(tokens)) {
      const mention = mentionOfRun(tokens, i, end);
      const full = mention && this.ctx.registry.resolve(mention.name).name;
      if (full && full !== speaker && (this.ctx.people.has(full) || this.ctx.markedPeople.has(full) || (full.includes(' ') && isGivenName(tokens[i])))) return true;
    }
    return false;
  }

  /**
   * True when `passage` may be about `speaker`: a caption or a subheading (no sentence ends it), or prose naming them or
   * holding a pronoun that may stand for them; not "Residents were allowed back on Monday. Some found nothing left."
   */
  private isAbout(passage: string, speaker: string): boolean {
    if (!ENDS_SENTENCE.test(passage.trimEnd())) return true;
    const tokens = tokenize(passage);
    const gender = this.ctx.gender.get(speaker);
    const mayBeTheirs = (t: Token) => {
      const word = t.text.toLowerCase();
      const told = PRONOUN_GENDER.get(word) ?? POSSESSIVE_GENDER.get(word);
      return (!!told || OWNER_PRONOUN.has(word)) && (!gender || !told || told === gender);
    };
    return tokens.some(mayBeTheirs) || [...runsIn(tokens)].some(([i, end]) => {
      const mention = mentionOfRun(tokens, i, end);
      return !!mention && this.ctx.registry.resolve(mention.name).name === speaker;
    });
  }

  /**
   * "said MEC Mamabolo" after "MEC Jacob Mamabolo": an acronym before a surname is a title the lexicon lacks (MEC, MLA,
   * MK), when the surname is that of a fuller name the text gave.
   */
  private untitledAcronym(name: string): string {
    const words = name.split(' ');
    return words.length === 2 && ACRONYM_TITLE.test(words[0]) ? (this.soleBearerOf(words[1], name) ?? name) : name;
  }

  /** The one person the text knows, besides `except`, whose name ends in `surname`. */
  private soleBearerOf(surname: string, except: string): string | undefined {
    const bearers = [...this.ctx.people].filter((person) => person !== except && person.endsWith(` ${surname}`) && !ACRONYM_TITLE.test(person.split(' ')[0]));
    return bearers.length === 1 ? bearers[0] : undefined;
  }

  /**
   * "Speaking to the Daily Mail Lacerda claimed": a run of capitals written after an article (the slot's `afterArticle`),
   * ending in the surname of one person the text knows ("Marina Lacerda"), is that person, with the paper's name glued before.
   */
  private personGluedAfterArticle(name: string): string {
    const words = name.split(' ');
    if (words.length < 2 || this.ctx.registry.resolve(name).name !== name) return name;
    return this.soleBearerOf(words.at(-1)!, name) ?? name;
  }

  /** Whether the sentence holding quotation q is the last of its paragraph. */
  private endsItsParagraph(q: Quotation): boolean {
    let end = this.masked.indexOf('\n', q.closeEnd - 1);
    if (end < 0) end = this.masked.length;
    while (end > 0 && /\s/u.test(this.masked[end - 1])) end--;
    return this.sentenceOf(q.closeEnd - 1) === this.sentenceOf(end - 1);
  }

  /**
   * A quotation opening the line under a heading that names a speech or a statement ("The King's Speech 2024 full
   * transcript", "Die Rede im Wortlaut"): the words are that speech's, so they go on no one quoted before the heading;
   * they are its owner's when the heading names one before it ("The King's Speech" is the King's).
   */
  private headedSpeech(q: Quotation): Attribution | undefined {
    const lineStart = this.lineStartOf(q.openAt);
    if (lineStart === 0 || !this.opensLine(q)) return undefined;
    const heading = this.masked.slice(this.lineStartOf(lineStart - 1), lineStart - 1);
    if (ENDS_SENTENCE.test(heading.trimEnd())) return undefined;
    const tokens = tokenize(heading);
    const k = tokens.findIndex((t) => SPEAKING_OCCASIONS.has(t.text.toLowerCase()));
    if (k < 0) return undefined;
    const cue = tokens[k].text.toLowerCase();
    const owner = k > 0 && isPossessive(tokens[k - 1]) ? tokens[k - 1].text.replace(POSSESSIVE_ENDING, '') : undefined;
    const who = !owner ? undefined : isRole(owner.toLowerCase()) ? this.resolveRole(owner.toLowerCase(), { upTo: q.openAt }) : this.named(owner, 0.85);
    return { cue, how: 'before', ...(who ?? { confidence: 0 }) };
  }

  /** A quotation without a cue continues the previous speaker's words when nothing came between. */
  private continuation(qi: number): Attribution | undefined {
    const q = this.quotations[qi];
    const previous = this.quotations[qi - 1];
    const said = this.results[qi - 1];
    if (!previous || !said?.speaker) return undefined;
    const here = this.paragraphOf(q.openAt);
    const there = this.paragraphOf(previous.closeEnd - 1);
    if (here === there) {
      // "„…“, sagt Pfeiffer. Aberle geht von 250 Euro aus. „…“": a sentence between them about someone else leaves the
      // words unknown.
      const after = this.sentenceOf(previous.closeEnd - 1) + 1;
      const before = this.sentenceOf(q.openAt) - 1;
      const between = after <= before ? tokenize(this.masked.slice(this.sentences[after].start, this.sentences[before].end)) : [];
      return this.namesSomeoneElse(between, said.speaker) || this.speaksAsOther(between, said.speaker) ? undefined : { speaker: said.speaker, confidence: Math.min(said.confidence, 0.85), how: 'continuation' };
    }
    if (!this.opensLine(q)) return undefined;
    // The paragraph before ends with those words' sentence: a sentence after it ("…warnt vor „…“. Bereits ein bis zwei
    // Milligramm können tödlich sein") leaves the story, and the paragraph after may be anyone's.
    if (here === there + 1 && this.endsItsParagraph(previous)) return { speaker: said.speaker, confidence: Math.min(said.confidence, 0.75), how: 'continuation' };
    // One paragraph between (a caption, a subheading, a sentence about the speaker) that names no one else
    // and reports no one else's words.
    const middle = this.masked.slice(this.masked.indexOf('\n', previous.closeEnd - 1) + 1, this.lineStartOf(q.openAt));
    if (here === there + 2 && !this.namesSomeoneElse(tokenize(middle), said.speaker) && this.reportsOnly(middle, said.speaker) && this.isAbout(middle, said.speaker)) return { speaker: said.speaker, confidence: 0.65, how: 'continuation' };
    return undefined;
  }

  /**
   * "Raab nannte es ein „Privileg“, die Organisation zu führen, „die … angesehen ist“": words quoted with no cue of their
   * own in the sentence of words just credited to someone go on with that person's, unless someone else is named between
   * or they are a term.
   */
  private sameSentenceAsQuoted(qi: number): Attribution | undefined {
    const q = this.quotations[qi];
    const previous = this.quotations[qi - 1];
    const said = this.results[qi - 1];
    if (!previous || !said?.speaker || this.sentenceOf(previous.openAt) !== this.sentenceOf(q.openAt)) return undefined;
    // A word or two is a term the sentence names ("das Wort „D-Day“"), not more of the words.
    if (wordCount(q.text) < 4 && !isFullSentence(q.text)) return undefined;
    if (this.namesSomeoneElse(tokenize(this.masked.slice(previous.closeEnd, q.openAt)), said.speaker)) return undefined;
    return { speaker: said.speaker, confidence: Math.min(said.confidence, 0.8), how: 'continuation' };
  }

  /**
   * A quotation standing alone in its sentence right after a sentence of the same paragraph that reports
   * someone's words without quoting them ("Sometimes staff break the rules, he said. “But…”", "李明坦言，自己曾经犹豫过。“…”"): theirs.
   */
  private afterReportedSentence(q: Quotation): Attribution | undefined {
    const si = this.sentenceOf(q.openAt);
    const previous = this.sentences[si - 1];
    if (!previous || this.opensLine(q) || previous.start < this.lineStartOf(q.openAt)) return undefined;
    if (this.quotations.some((o) => o.openAt >= previous.start && o.openAt < previous.end)) return undefined;
    const tokens = this.ctx.sentenceTokens[si - 1];
    const who = this.reporterOf(this.masked.slice(previous.start, previous.end), si - 1) ?? this.holderOfView(tokens, si - 1) ?? (isGermanReportedSpeech(tokens) ? this.reportedInSubjunctive(si) : undefined);
    return who && { ...who, confidence: Math.min(who.confidence, 0.7), how: 'continuation' };
  }

  /**
   * "Haustein hat die Entwicklung untersucht. Der warme Atlantik habe das Potenzial … – „so wie wir es … gesehen haben“":
   * words quoted inside a German sentence in the subjunctive, with no cue of their own, are part of the speech it
   * reports, whoever's that is.
   */
  private inReportedSentence(q: Quotation, beforeTokens: Token[]): Attribution | undefined {
    const si = this.sentenceOf(q.openAt);
    const tokens = this.ctx.sentenceTokens[si];
    if (!isGermanReportedSpeech(tokens) && !opensWithSubjunctive(q.text, beforeTokens)) return undefined;
    const who = this.reportedInSubjunctive(si) ?? this.subjunctiveSpeaker(si);
    return who && { ...who, confidence: Math.min(who.confidence, 0.7), how: 'continuation' };
  }

  /**
   * "Er habe großes Vertrauen „…“", "Sie liebe ihre Fans „…“": with no one reported before, whom the pronoun means,
   * unless the sentence before names two it may mean ("Danni Büchner tritt gegen Ennesto Monté nach").
   */
  private subjunctiveSpeaker(si: number): { speaker: string; confidence: number } | undefined {
    const pronoun = subjunctiveSubject(this.ctx.sentenceTokens[si]);
    const prior = this.sentencesBefore(si)[0];
    if (!pronoun || (prior !== undefined && this.peopleNamedIn(this.ctx.sentenceTokens[prior]).filter(this.fitsPronoun(pronoun)).length > 1)) return undefined;
    return this.resolvePronoun(si, pronoun);
  }

  /**
   * "Fink geht davon aus, dass …. Für Starkregen brauche es zudem eine Wetterlage. „…“": German goes on reporting
   * someone's words in the subjunctive without a cue. Back over such sentences (a few) to the one before them: whoever
   * was quoted there, reported by a cue, or opens it acting, a known person.
   */
  private reportedInSubjunctive(si: number): { speaker: string; confidence: number } | undefined {
    for (let s = si - 1; s >= 0 && s >= si - SUBJUNCTIVE_REACH; s--) {
      const { start, end } = this.sentences[s];
      const tokens = this.ctx.sentenceTokens[s];
      if (this.quotations.some((o) => o.openAt >= start && o.openAt < end)) {
        const spoken = this.speakerOfSentence.get(s);
        if (spoken) return { speaker: spoken, confidence: 0.7 };
        // "In Folge der Beschränkungen sei „…“": words no one was found for, quoted in the same reported speech.
        if (isGermanReportedSpeech(tokens)) continue;
        return undefined;
      }
      const who = this.reporterOf(this.masked.slice(start, end), s) ?? this.knownPerson(reportingSubject(tokens));
      if (who) return { ...who, confidence: Math.min(who.confidence, 0.7) };
      // "Durch Erneuerung!": a phrase of a few words between, the speaker's answer to their own question.
      if (!isGermanReportedSpeech(tokens) && tokens.filter(isWord).length > SHORT_PHRASE) return undefined;
    }
    return undefined;
  }

  /**
   * "Südekum hält das für falsch.", "She disagrees.", "Hale shrugged.": the known person, or the one a pronoun means,
   * opening a sentence with a verb of holding a view or a gesture that goes with speaking.
   */
  private holderOfView(tokens: Token[], si: number): { speaker: string; confidence: number } | undefined {
    // "Aberle geht angesichts der Preise von 300 Euro aus.": a verb whose particle closes the sentence.
    const closing = tokens.findLast((t) => /\p{L}/u.test(t.text))?.text;
    const v = tokens.findIndex((t) => VIEW_VERBS.has(t.text) || SPEAKING_GESTURES.has(t.text) || (SEPARABLE_VIEW_VERBS.get(t.text) === closing && isGerman(tokens)));
    // The verb right after its subject: no clause, only a party or a role in brackets ("Lars Klingbeil (SPD) glaubt"), between.
    if (v < 0 || v > VIEW_SUBJECT_REACH || tokens.slice(0, v).some((t) => CLAUSE_PUNCTUATION.has(t.text))) return undefined;
    const subject = openingSubject(tokens);
    if (!subject) return undefined;
    return 'pronoun' in subject ? this.resolvePronoun(si, subject.pronoun) : this.knownPerson(subject);
  }

  /** The person a slot names, when the text knows them as one. */
  private knownPerson(slot: Slot | undefined): { speaker: string; confidence: number } | undefined {
    if (!slot || !('name' in slot)) return undefined;
    return this.ctx.people.has(this.ctx.registry.resolve(slot.name).name) ? this.named(slot.name, 0.9) : undefined;
  }

  /**
   * A paragraph that is only a quotation, right after a paragraph ending in someone's reported words
   * ("创始人表示，接下来…。\n“…”", "Lind said the plan would fail.\n“…”"): the quotation goes on with
   * that person's words. A guess like a continuation, so as weak as one.
   */
  private afterReportedSpeech(q: Quotation): Attribution | undefined {
    const lineStart = this.lineStartOf(q.openAt);
    if (lineStart === 0 || !this.opensLine(q)) return undefined;
    const previousEnd = this.masked.slice(0, lineStart).trimEnd().length;
    const previousStart = this.lineStartOf(previousEnd);
    // A quotation in that paragraph is what a continuation reads, not reported words.
    if (this.quotations.some((o) => o.openAt >= previousStart && o.openAt < previousEnd)) return undefined;
    const si = this.sentences.findLastIndex((sp) => sp.start < previousEnd);
    if (si < 0 || this.sentences[si].start < previousStart) return undefined;
    const who = this.reporterOf(this.masked.slice(this.sentences[si].start, Math.min(this.sentences[si].end, previousEnd)), si);
    return who && { ...who, confidence: Math.min(who.confidence, 0.7), how: 'continuation' };
  }

  /** Who a sentence with no quotation reports the words of: the subject of its cue, when it names or refers to one person. */
  private reporterOf(sentence: string, si: number): { speaker: string; confidence: number } | undefined {
    if (hasHan(sentence)) {
      const zh = chineseCueBefore(sentence, this.chineseNames);
      return zh?.subject && this.readChineseSubject(zh.subject, si);
    }
    const tokens = tokenize(sentence);
    // "Asked about the memo, Atkins did not mince her words": a question put to the subject, not its verb.
    // "When Chris Wallace asked him about it, Trump said the following.": the main clause's cue, past a fronted one.
    const main = ENGLISH_SUBORDINATORS.has(tokens[0]?.text.toLowerCase() ?? '') ? tokens.findIndex((t) => t.text === ',') : -1;
    const cue = tokens.findIndex((t, i) => i > main && isCueAt(tokens, i) && !ACCORDING.has(t.text.toLowerCase()) && !isParticiple(t) && !(i === 0 && ADDRESSING.has(t.text.toLowerCase())));
    const c = cue >= 0 ? cue : speechActAt(tokens);
    const subject = c >= 0 ? subjectOf(tokens, c) : speakingMannerSubject(tokens);
    // "The exports matter a great deal, said Sascha Lohmann.", "…, erklärt Lohmann.": a cue after the clause it reports, its subject after it.
    // "Darüber hinaus mahnte der HDE-Präsident … an": German puts the subject after its verb when another part opens the sentence.
    const inverted = subject && 'unnamed' in subject && (tokens[c - 1]?.text === ',' || (c > 0 && isGerman(tokens))) ? nameAfter(tokens, c) : undefined;
    const slot = inverted && !('unnamed' in inverted) ? inverted : subject;
    if (!slot) return this.accordingTo(tokens);
    if ('pronoun' in slot) return (inAside(tokens, slot.pronoun) ? this.actorBeforePronoun(tokens, slot.pronoun) : undefined) ?? this.resolvePronoun(si, slot.pronoun);
    if ('role' in slot) return this.resolveRoleSlot(slot, si, this.sentences[si].end, undefined, false);
    if (!('name' in slot)) return undefined;
    const full = this.ctx.registry.resolve(slot.name).name;
    // "La portavoz de Más Madrid, Rita Maestre, lo ve de otra manera": a role makes her someone, though she does nothing else.
    return this.ctx.people.has(full) || (full.includes(' ') && this.ctx.markedPeople.has(full)) ? this.named(slot.name, 0.95) : undefined;
  }

  /**
   * "…je totiž podle Petra Smejkala neudržitelné.", "Laut Müller sei das falsch.": the known person a sentence gives
   * its claim to with "according to" ("podle", "laut", "selon"), when no other cue is there.
   */
  private accordingTo(tokens: Token[]): { speaker: string; confidence: number } | undefined {
    const a = tokens.findIndex((t) => ACCORDING.has(t.text.toLowerCase()));
    // "according to X": the name follows "to".
    const at = tokens[a]?.text.toLowerCase() === 'according' ? (tokens[a + 1]?.text === 'to' ? a + 1 : -1) : a;
    const slot = at >= 0 ? nameAfter(tokens, at) : undefined;
    if (!slot || !('name' in slot)) return undefined;
    const full = this.ctx.registry.resolve(slot.name).name;
    return this.ctx.people.has(full) ? this.named(slot.name, 0.95) : undefined;
  }

  /** True when every cue in `passage` has the speaker for subject: by name, a role the text gave them, or a pronoun of their gender. */
  private reportsOnly(passage: string, speaker: string): boolean {
    const tokens = tokenize(passage);
    const gender = this.ctx.gender.get(speaker);
    return tokens.every((t, c) => {
      if (!isCue(t)) return true;
      const slot = subjectOf(tokens, c);
      if ('name' in slot) return this.ctx.registry.resolve(slot.name).name === speaker;
      if ('pronoun' in slot) return !gender || PRONOUN_GENDER.get(slot.pronoun) === gender;
      return 'role' in slot && this.resolveRole(slot.role)?.speaker === speaker;
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
  const offset = Math.min(from, start);
  // Accents written as combining marks are read composed, as detectQuotes reads them.
  const read = text.slice(offset, to);
  const nfc = composed(read);
  const slice = nfc?.text ?? read;
  const [s, e] = nfc ? [nfc.composedAt(start - offset), nfc.composedAt(end - offset)] : [start - offset, end - offset];
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
