import type { QuoteContext } from '../model';
import { attributeQuotations, isFullSentence, maskQuotations, wordCount } from './attribution/attribute';
import type { AttributionCue } from './attribution/slots';
import { TELLING } from './attribution/cue-after';
import { CUES, NAMING_NOUNS, UNDERTAKING_NOUNS, WORK_NOUNS } from './lexicon';
import { hasHan, isChineseTerm } from './chinese';
import { contextAround } from './context';
import { findQuotations } from './quotations';
import { sentenceSpans } from './sentences';
import { composed } from '../text/composed';

/** A quotation found in an article, with who said it. */
export interface DetectedQuote {
  text: string;
  /** Offsets of the quoted words (inside the marks) in the text that was read. */
  start: number;
  end: number;
  /** 'speech' reports someone's words; 'term' is a scare quote, a term or a title of a work. */
  kind: 'speech' | 'term';
  /** Full name of the speaker, or undefined when the text does not say clearly. */
  speaker?: string;
  confidence: number;
  how?: AttributionCue;
  cue?: string;
  /** Quotations nested inside this one: part of it, not quotes of their own. */
  nested: string[];
  /** Text around the quotation, marks excluded. */
  context: QuoteContext;
}

/**
 * Words that introduce a name, a term or a title in quotation marks rather than someone's words;
 * "called" only when it names ("is called a", "a technique called"), not when someone calls
 * something a name ("he called it “…”").
 */
const INTRODUCES_TERM = /\b(?:so-called|the (?:name|term|word|words|phrase|slogan|title|hashtag|nickname|label|motto)|named|dubbed|titled|entitled|nicknamed|known as|spelled|spelt|branded|(?:is|are|was|were|be|been|being) called(?: an?| the)?|(?:a|an|the) [a-z]+ called)\s*[,:]?\s*$/i;
const SHORT = 3;

/** Determiners that make a quotation part of a noun phrase ("a “direction discrimination” task"). */
const DETERMINERS = new Set('a an the that this these those our their its his her your my'.split(' '));
/** Words after a quotation that carry on the sentence's grammar rather than being the noun it qualifies. */
const FUNCTION_WORDS = new Set(
  'and or but nor in on at for with to from by as of that which who whom is are was were be been has have had will would can could should may might must not than then so if when while because'.split(' '),
);

/**
 * A quotation used as a modifier inside a noun phrase: a determiner (and perhaps an adjective)
 * before it, a noun after it ("that “a-ha!” moment", "the classic “dumb teens in the woods” horror
 * trope"). It names a thing; it does not report words.
 */
function modifiesNoun(masked: string, openAt: number, closeEnd: number): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(masked.slice(closeEnd, closeEnd + 40));
  if (!next || FUNCTION_WORDS.has(next[1])) return false;
  const [second, last] = masked.slice(Math.max(0, openAt - 40), openAt).trim().split(/\s+/).slice(-2).map((w) => w.toLowerCase());
  return DETERMINERS.has(last) || (DETERMINERS.has(second) && /^\p{Ll}+$/u.test(last ?? ''));
}

/** Longest title read as one: a quotation of more words in capitals is more likely a sentence in a headline. */
const TITLE_WORDS = 6;
/** Lower-case words a title keeps ("Rush of Blood", "Glory to Communism"). */
const SMALL_WORD = /^\p{Ll}{1,3}$/u;

/** A title or a name in Title Case ("Super Mario Run", "Until Dawn: Rush of Blood", "The Kiss Was Beautiful."). */
function isTitleCase(quoted: string): boolean {
  const words = quoted.replace(/[.,!?:;]+$/u, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.length <= TITLE_WORDS && words.some((w) => /^\p{Lu}/u.test(w)) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORD.test(w));
}

/** True when a cue verb comes right after the closing mark at `closeEnd`, past a comma ("“…”, sagte er", "“…” she said"). */
const cueFollows = (masked: string, closeEnd: number) => CUES.has(/^\s*,?\s*(\p{L}+)/u.exec(masked.slice(closeEnd, closeEnd + 30))?.[1].toLowerCase() ?? '');

/** Words joining two quotations in a list ("“A” and “B”", "« A » et « B »"): the second is whatever the first is. */
const LIST_JOINER = /^\s*(?:,|,?\s*(?:and|or|et|ou|y|o|e|und|oder|a|nebo))\s*$/u;
/** The same in Chinese, where terms follow each other with a joining word or none ("“脱钩”和“去风险”", "“身份证”“体检单”"). */
const ZH_LIST_JOINER = /^[和与及或、]?$/u;

/**
 * A title of a work: "the book “…”", "sa chanson « … »", "la exposición “…”" (a possessive or a name may stand between).
 * Only in the quotation's own sentence: "lançou o disco em casa. “Esse trabalho…”, disse ela" quotes her.
 */
function introducesWork(before: string): boolean {
  // "Vincent Cassel tourne un film à Marseille. « … »": a work named in the sentence before introduces nothing.
  const clause = before.split(/[.!?…]\s+/u).at(-1) ?? '';
  const words = clause.trimEnd().replace(/[,:]$/, '').split(/\s+/).slice(-3).map((w) => w.toLowerCase().replace(/[’']s$/, '').replace(/^[ldj][’']/, ''));
  return words.some((w) => WORK_NOUNS.has(w)) || GUEST_OF.test(clause);
}

/** How many words a quotation naming an undertaking may hold ("capitales alternas"), unless capitalised as a title. */
const UNDERTAKING_NAME_WORDS = 2;

/**
 * "unter dem Schlagwort »Ubuntu«", "del plan «capitales alternas»": a noun right before the marks says what they name;
 * not after a verb that says what someone called it ("The minister called the plan “totally unacceptable”").
 */
function namedByNoun(before: string, quoted: string): boolean {
  const words = before.trimEnd().split(/\s+/).slice(-3).map((w) => w.toLowerCase());
  const noun = /^\p{L}+$/u.test(words.at(-1) ?? '') ? words.at(-1)! : '';
  if (words.slice(0, -1).some((w) => CUES.has(w))) return false;
  return NAMING_NOUNS.has(noun) || (UNDERTAKING_NOUNS.has(noun) && (wordCount(quoted) <= UNDERTAKING_NAME_WORDS || isTitleCase(quoted)));
}

/** Capitalised words alone, up to this many, may name a paper or a channel rather than quote someone. */
const OUTLET_WORDS = 4;
/**
 * After a verb of saying and its subject, an article or a preposition bringing in whom the words were told or where they
 * appeared, or a word for a paper or a channel ("al diario «Clarín»", "told the newspaper “Le Monde”").
 */
const TOLD_TO = /(?:^|\s)(?:dem|der|im|the|au|à|aux|al|a|ao|newspaper|paper|magazine|channel|broadcaster|diario|periódico|revista|cadena|emisora|jornal|journal|quotidien|hebdomadaire|chaîne|zeitung|blatt|magazin|sender)$/iu;

/**
 * "sagte Reker dem „Kölner Stadt-Anzeiger“", "Lopez told the “New York Times”", "a confié Dupont au « Parisien »": marks
 * after the cue and its subject, around capitalised words alone, name the paper the words were told to or appeared in.
 */
function namesOutlet(before: string, quoted: string, cue: string | undefined): boolean {
  const words = quoted.trim().split(/\s+/);
  if (!cue || words.length > OUTLET_WORDS || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) || /[.!?…]$/u.test(quoted.trim())) return false;
  const clause = before.trim().split(/\s+/);
  const at = clause.findLastIndex((w) => w.replace(/[^\p{L}’'-]/gu, '').toLowerCase() === cue.toLowerCase());
  if (at < 0) return false;
  const between = clause.slice(at + 1);
  // "Hale told “60 Minutes” that…": right after "told", the capitalised words are whom the words were told.
  if (!between.length) return TELLING.has(cue.toLowerCase());
  return between.length <= OUTLET_WORDS && TOLD_TO.test(` ${between.at(-1)}`);
}

/**
 * English verbs of writing or putting out a work: "Cole, who wrote “The Long Road Home,” said": after one, words in
 * Title Case are the work's title, whoever wrote it (not "“…,” Cole wrote", whose words follow no verb).
 */
const WRITING_A_WORK = /\b(?:wrote|writes|penned|pens|published|publishes|released|releases|recorded|records|sang|sings|directed|directs)\s*$/u;

/** A hashtag alone in marks ("tweeted “#MeToo”") names a tag, not words anyone said. */
const HASHTAG = /^#[\p{L}\p{N}_]+$/u;

/** "Invité de « C à vous »", "sur le plateau de « Quotidien »": the programme someone was a guest on. */
const GUEST_OF = /(?:^|\s)(?:invitée?s?|plateau)\s+(?:de|du|d[’'])\s*$/iu;

/**
 * Every quotation in `text` (paragraphs separated by line breaks) with its
 * speaker. A short quotation with no one saying it ("wins", 'metadata') is a
 * term, not speech. Text with accents written as combining marks is read
 * composed; the quotations' words and offsets are still those of `text`.
 */
export function detectQuotes(text: string): DetectedQuote[] {
  const nfc = composed(text);
  if (!nfc) return detectComposed(text);
  return detectComposed(nfc.text).map((q) => {
    const [start, end] = [nfc.original(q.start), nfc.original(q.end)];
    return { ...q, start, end, text: text.slice(start, end).trim() };
  });
}

function detectComposed(text: string): DetectedQuote[] {
  const quotations = findQuotations(text);
  const attributions = attributeQuotations(text, quotations);
  const masked = maskQuotations(text, quotations);
  const sentences = sentenceSpans(text);
  const titles: boolean[] = [];
  const terms: boolean[] = [];
  return quotations.map((q, i) => {
    const a = attributions[i];
    const words = wordCount(q.text);
    // Only the quotation's own paragraph introduces it: a title ending the paragraph before
    // ("…ao programa “Bola Cheia”.") says nothing about the next one.
    const before = masked.slice(Math.max(0, q.openAt - 40, masked.lastIndexOf('\n', q.openAt - 1) + 1), q.openAt);
    const between = i > 0 ? masked.slice(quotations[i - 1].closeEnd, q.openAt) : undefined;
    const listed = between !== undefined && ((titles[i - 1] && LIST_JOINER.test(between)) || (terms[i - 1] && hasHan(q.text) && ZH_LIST_JOINER.test(between)));
    // A capitalised title that no one is named saying, or after a mere colon ("Review: “Madden NFL 17”"); not words a
    // cue verb follows, whoever it names ("„Das ist ein Fehler“, sagte er": German capitals look like a title's).
    // A speaker only guessed from the quotations around (a continuation) says nothing of what the words are.
    const cued = !!a.speaker && a.how !== 'continuation';
    const titleCase = isTitleCase(q.text) && (((a.cue === ':' || !cued) && !cueFollows(masked, q.closeEnd)) || WRITING_A_WORK.test(before));
    const title = introducesWork(before) || namedByNoun(before, q.text) || listed || titleCase || namesOutlet(before, q.text, a.cue);
    titles.push(title);
    const paragraphEnd = masked.indexOf('\n', q.closeEnd);
    const after = masked.slice(q.closeEnd, paragraphEnd < 0 ? masked.length : paragraphEnd);
    const term =
      title ||
      INTRODUCES_TERM.test(before.slice(-30)) ||
      HASHTAG.test(q.text.trim()) ||
      isChineseTerm(before, q.text, after, !!a.cue) ||
      (words <= SHORT && !a.cue && !a.speaker && !isFullSentence(q.text)) ||
      (!cued && !isFullSentence(q.text) && modifiesNoun(masked, q.openAt, q.closeEnd));
    terms.push(term);
    const trimmedStart = q.start + (q.text.length - q.text.trimStart().length);
    return {
      text: q.text.trim(),
      start: trimmedStart,
      end: q.end,
      kind: term ? 'term' : 'speech',
      ...(a.speaker && !term ? { speaker: a.speaker } : {}),
      confidence: term ? 0 : a.confidence,
      ...(a.how ? { how: a.how } : {}),
      ...(a.cue ? { cue: a.cue } : {}),
      nested: q.nested.map((n) => text.slice(n.start, n.end)),
      context: contextAround(text, q.openAt, q.closeEnd, sentences),
    };
  });
}
