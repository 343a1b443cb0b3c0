/**
 * Quotation marks, defined once for every reader of page text: the quotation
 * finder (which pairs them by family), the sentence splitter, the matcher (which
 * asks whether page words stand between marks) and the speaker reader.
 */

/** Marks that pair with each other: a quotation opened by one family is closed by the same family. */
export type QuoteMarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';

/** Every character read as a quotation mark, by family: English, German („…“, ‚…‘), French and German guillemets, corner brackets. */
export const QUOTE_MARK_FAMILY: Readonly<Record<string, QuoteMarkFamily>> = {
  '"': 'double', '“': 'double', '”': 'double', '„': 'double', '‟': 'double',
  "'": 'single', '‘': 'single', '’': 'single', '‚': 'single', '‛': 'single',
  '«': 'guillemet', '»': 'guillemet', '‹': 'single-guillemet', '›': 'single-guillemet',
  '「': 'corner', '」': 'corner', '『': 'white-corner', '』': 'white-corner',
};

/** The marks news pages put around quoted words (the rarer reversed and corner marks left out). */
export const QUOTE_MARKS = '"\'“”‘’«»„‹›';

/** Marks that are also apostrophes (don’t, Sudan’s): alone between words they say nothing about quoting. */
export const APOSTROPHES = "'’";

/** Quote marks that are never apostrophes. */
export const NON_APOSTROPHE_MARKS = [...QUOTE_MARKS].filter((m) => !APOSTROPHES.includes(m)).join('');

/** Double marks and guillemets: the marks that open and close whole quotations (single marks are mostly apostrophes). */
export const DOUBLE_QUOTE_MARKS = '"“”«»„';

const escaped = (marks: string) => marks.replace(/[\]\\^-]/g, '\\$&');

/** A regular-expression character class of `marks` (and `extra`, already escaped), e.g. for a `new RegExp`. */
export function markClass(marks: string, extra = ''): string {
  return `[${escaped(marks)}${extra}]`;
}

export const isQuoteMark = (ch: string | undefined): boolean => ch !== undefined && ch.length === 1 && QUOTE_MARKS.includes(ch);
