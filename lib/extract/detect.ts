import type { QuoteContext } from '../model';
import { attributeQuotations, isFullSentence, maskQuotations, wordCount, type AttributionCue } from './attribution';
import { WORK_NOUNS } from './lexicon';
import { contextAround } from './context';
import { findQuotations } from './quotations';
import { sentenceSpans } from './sentences';

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

/** Words that introduce a name, a term or a title in quotation marks rather than someone's words. */
const INTRODUCES_TERM = /\b(?:so-called|the (?:name|term|word|words|phrase|slogan|title|hashtag|nickname|label|motto)|named|dubbed|titled|entitled|nicknamed|known as|spelled|spelt|branded)\s*[,:]?\s*$/i;
const SHORT = 3;

/** A title of a work: "the book “…”", "sa chanson « … »", "la exposición “…”" (a possessive or a name may stand between). */
function introducesWork(before: string): boolean {
  const words = before.trimEnd().replace(/[,:]$/, '').split(/\s+/).slice(-3).map((w) => w.toLowerCase().replace(/[’']s$/, '').replace(/^[ldj][’']/, ''));
  return words.some((w) => WORK_NOUNS.has(w));
}

/**
 * Every quotation in `text` (paragraphs separated by line breaks) with its
 * speaker. A short quotation with no one saying it ("wins", 'metadata') is a
 * term, not speech.
 */
export function detectQuotes(text: string): DetectedQuote[] {
  const quotations = findQuotations(text);
  const attributions = attributeQuotations(text, quotations);
  const masked = maskQuotations(text, quotations);
  const sentences = sentenceSpans(text);
  return quotations.map((q, i) => {
    const a = attributions[i];
    const words = wordCount(q.text);
    // Only the quotation's own paragraph introduces it: a title ending the paragraph before
    // ("…ao programa “Bola Cheia”.") says nothing about the next one.
    const before = masked.slice(Math.max(0, q.openAt - 40, masked.lastIndexOf('\n', q.openAt - 1) + 1), q.openAt);
    const title = introducesWork(before);
    const term = title || INTRODUCES_TERM.test(before.slice(-20)) || (words <= SHORT && !a.cue && !a.speaker && !isFullSentence(q.text));
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
