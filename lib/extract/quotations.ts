/**
 * Quotation spans in plain text whose paragraphs are separated by line breaks.
 * Knows straight and curly double quotes, single quotes used as quotation marks
 * (told apart from apostrophes), guillemets in French and German order, „German“
 * quotes and corner brackets; keeps nested quotations inside the outer one, and
 * follows a quotation across paragraphs when the next paragraph reopens it
 * (the convention for long quotations: no closing mark until the last paragraph).
 */
import { QUOTE_MARK_FAMILY, type QuoteMarkFamily } from '../text/quote-marks';
import { isCueWord } from './lexicon';
import { tokenize } from './names';

export interface Quotation {
  /** Offset of the first character inside the opening mark. */
  start: number;
  /** Offset of the closing mark (or of the paragraph end when the quote was never closed). */
  end: number;
  /** Offset of the opening mark. */
  openAt: number;
  /** Offset just past the closing mark. */
  closeEnd: number;
  /** Inner spans, one per paragraph: the marks that reopen continued paragraphs are not part of them. */
  parts: { start: number; end: number }[];
  /** The quoted words, paragraphs joined by a line break. */
  text: string;
  /** Quotations nested inside this one (they belong to it: they are not reported on their own). */
  nested: { start: number; end: number }[];
  /** True when the paragraph ended without a closing mark and the next one did not continue it. */
  unclosed: boolean;
}

type Family = QuoteMarkFamily;

interface Mark {
  family: Family;
  /** What the character can be here, before the state of open quotations is known. */
  can: { open: boolean; close: boolean };
}

const FAMILY = QUOTE_MARK_FAMILY;

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const SENTENCE_END = /[.!?]/;
const UPPER = /\p{Lu}/u;
// Characters after which a mark starts a quotation rather than ends one.
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,>]/;

function isBoundaryBefore(prev: string | undefined): boolean {
  return prev === undefined || OPENING_CONTEXT.test(prev) || prev in FAMILY;
}

function isBoundaryAfter(next: string | undefined): boolean {
  return next === undefined || !LETTER.test(next);
}

/** What a quotation-mark character may do at `i`, judged only from its neighbours. */
function markAt(text: string, i: number): Mark | undefined {
  const ch = text[i];
  const family = FAMILY[ch];
  if (!family) return undefined;
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  const before = isBoundaryBefore(prev);
  const after = isBoundaryAfter(next);
  const nextIsSpace = next === undefined || SPACE.test(next);
  switch (ch) {
    case '“':
      // Opens in English; closes „German“ quotations (decided by the stack).
      return { family, can: { open: !nextIsSpace, close: true } };
    case '„':
    case '‚':
    case '‟':
    case '‛':
    case '「':
    case '『':
      return { family, can: { open: true, close: false } };
    case '」':
    case '』':
      return { family, can: { open: false, close: true } };
    case '”':
      // Closes in English; opens ”reversed“ or ”Swedish” quotations, standing before a word after a space.
      return { family, can: { open: before && LETTER.test(next ?? ''), close: true } };
    case '"':
      // 'said Tim Kaine."So that is…': a sentence's end glued to the next quotation's opening, as pages join paragraphs.
      return { family, can: { open: (before && !nextIsSpace) || (SENTENCE_END.test(prev ?? '') && UPPER.test(next ?? '')), close: !before || after } };
    case '‘':
      return { family, can: { open: before && !nextIsSpace, close: !before } };
    case '’':
    case "'":
      // Between letters it is an apostrophe (don’t, Sudan’s); after a word and before
      // a boundary it may close a single-quoted quotation.
      if (prev !== undefined && LETTER.test(prev) && next !== undefined && LETTER.test(next)) return undefined;
      return {
        family,
        can: { open: ch === "'" && before && !nextIsSpace && next !== undefined && LETTER.test(next), close: prev !== undefined && !SPACE.test(prev) && after },
      };
    case '«':
    case '‹':
      return { family, can: { open: !nextIsSpace || next === '\u00A0' || next === ' ', close: !before } };
    case '»':
    case '›':
      // French »close«, German »open«: the stack decides when both are possible.
      return { family, can: { open: before && !nextIsSpace, close: !before || nextIsSpace || after } };
  }
  return undefined;
}

/**
 * True when the single mark at `i` reads as a plural possessive ("the leaders’ meeting")
 * and a later mark in the paragraph could close the quotation instead.
 */
function isPluralPossessive(text: string, i: number): boolean {
  if (text[i - 1] !== 's' || text[i + 1] !== ' ' || !/\p{Ll}/u.test(text[i + 2] ?? '')) return false;
  const paragraphEnd = text.indexOf('\n', i);
  const rest = text.slice(i + 1, paragraphEnd < 0 ? text.length : paragraphEnd);
  return /\S[’'](?![\p{L}\p{N}])/u.test(rest);
}

interface Open {
  family: Family;
  openAt: number;
  /** Inner start of the current paragraph's part. */
  partStart: number;
  parts: { start: number; end: number }[];
  nested: { start: number; end: number }[];
}

/** Dashes that open a line of dialogue in French, Spanish and Portuguese news ("— Nous partons, a-t-il dit."). */
const DIALOGUE_DASH = /^[ \t]*[\u2014\u2015][ \t\u00A0]*/;
/** The most words an incise ("a-t-il déclaré", "dijo el ministro") may have. */
const INCISE_WORDS = 8;

/**
 * A paragraph of em-dash dialogue: the words from the dash to the incise that says who
 * speaks (", a-t-il dit", " —dijo el presidente—"). Without such an incise a paragraph
 * opening with a dash is a signature or a list item, not speech.
 */
function dialogueIn(text: string, from: number, to: number): Quotation | undefined {
  const dash = DIALOGUE_DASH.exec(text.slice(from, to));
  if (!dash) return undefined;
  const start = from + dash[0].length;
  const line = text.slice(start, to);
  // "insiste Gérard Poulain, délégué syndical du site": an appositive after the speaker is no part of the incise.
  const isIncise = (clause: string) => {
    const words = tokenize(clause.split(',')[0]).filter((t) => /\p{L}/u.test(t.text));
    return words.length > 0 && words.length <= INCISE_WORDS && words.some((t) => isCueWord(t.text));
  };
  // Spanish: "—Vamos a ganar —dijo el presidente—." A second dash closes the words.
  const second = line.search(/\s?[\u2014\u2015]/);
  let end = -1;
  if (second > 0 && isIncise(line.slice(second).split(/[\u2014\u2015]/)[1] ?? '')) end = start + second;
  // French: "— Nous partons, a-t-il dit." The incise follows a comma: the last one, or one before an appositive ("—
  // Il faut rouvrir l'usine, insiste Gérard Poulain, délégué syndical du site.").
  for (let comma = line.lastIndexOf(', '); end < 0 && comma > 0; comma = line.lastIndexOf(', ', comma - 1)) {
    if (isIncise(line.slice(comma + 2).split(/[.!?]/)[0])) end = start + comma;
  }
  if (end < 0) return undefined;
  const quoted = text.slice(start, end);
  return { start, end, openAt: from + dash[0].search(/[\u2014\u2015]/), closeEnd: end, parts: [{ start, end }], text: quoted, nested: [], unclosed: false };
}

export function findQuotations(text: string): Quotation[] {
  const marked = findMarkedQuotations(text);
  const dialogue: Quotation[] = [];
  for (let from = 0; from < text.length; ) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    const line = dialogueIn(text, from, to);
    if (line && !marked.some((q) => q.openAt < to && q.closeEnd > from)) dialogue.push(line);
    from = to + 1;
  }
  return dialogue.length ? [...marked, ...dialogue].sort((a, b) => a.openAt - b.openAt) : marked;
}

/** True when the first mark of `family` in the paragraph from `from` can only close a quotation (», ”), none opening there. */
function closesInParagraph(text: string, from: number, family: Family): boolean {
  for (let k = from; k < text.length && text[k] !== '\n'; k++) {
    const mark = markAt(text, k);
    if (mark?.family === family) return mark.can.close && !mark.can.open;
  }
  return false;
}

/** Single marks left open are usually apostrophes (’90s): not a quotation, unless later paragraphs reopened it. */
const isQuotationLeftOpen = (open: Open) => open.family !== 'single' || open.parts.length > 0;

/** How many double quotation marks stand from `from` to the end of its paragraph. */
function doubleMarksLeft(text: string, from: number): number {
  let count = 0;
  for (let i = from; i < text.length && text[i] !== '\n'; i++) if (FAMILY[text[i]] === 'double') count++;
  return count;
}

function findMarkedQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  const stack: Open[] = [];

  const emit = (outer: Open, endOfText: number, closeEnd: number, unclosed: boolean) => {
    const parts = [...outer.parts, { start: outer.partStart, end: endOfText }].filter((p) => p.end > p.start);
    if (!parts.length) return;
    const quoted = parts.map((p) => text.slice(p.start, p.end)).join('\n');
    if (!LETTER.test(quoted)) return;
    found.push({
      start: parts[0].start,
      end: parts[parts.length - 1].end,
      openAt: outer.openAt,
      closeEnd,
      parts,
      text: quoted,
      nested: outer.nested,
      unclosed,
    });
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      if (!stack.length) continue;
      const outer = stack[0];
      // Skip blank lines, then see whether the next paragraph reopens the same quotation.
      let j = i;
      while (j < text.length && SPACE.test(text[j])) j++;
      const reopen = j < text.length ? markAt(text, j) : undefined;
      // French may reopen a «quotation» with the closing guillemet ("» Les salariés méritent…"), as a mark of continuation.
      const continued = text[j] === '»' && text[outer.openAt] === '«';
      // Single marks carry on only when both are the opening shape (‘…\n‘…’), as British news prints a long statement:
      // "’90s" opening a paragraph is an apostrophe.
      const carriesOn = outer.family !== 'single' || (text[outer.openAt] === '‘' && text[j] === '‘');
      if (reopen && reopen.family === outer.family && (reopen.can.open || continued) && carriesOn) {
        outer.parts.push({ start: outer.partStart, end: i });
        outer.partStart = j + 1;
        stack.length = 1;
        i = j;
        continue;
      }
      // "«Hemos trabajado…\n\nAhora toca cumplirlo», afirmó…": a page that does not reopen the quotation in the next
      // paragraph may still close it there.
      if (j < text.length && outer.family !== 'single' && closesInParagraph(text, j, outer.family)) {
        outer.parts.push({ start: outer.partStart, end: i });
        outer.partStart = j;
        stack.length = 1;
        i = j - 1;
        continue;
      }
      if (isQuotationLeftOpen(outer)) emit(outer, i, i, true);
      stack.length = 0;
      continue;
    }
    // Two apostrophes for a closing double mark (“It was wrong,’’ she said), a typewriter
    // habit some wire copy keeps: they close the open double quotation as one mark.
    if ((ch === '’' || ch === "'") && text[i + 1] === ch && isBoundaryAfter(text[i + 2]) && i > 0 && !SPACE.test(text[i - 1])) {
      const depth = stack.findLastIndex((o) => o.family === 'double');
      if (depth >= 0 && i > stack[depth].partStart) {
        const closed = stack[depth];
        stack.length = depth;
        if (depth === 0) emit(closed, i, i + 2, false);
        else stack[0].nested.push({ start: closed.partStart, end: i });
        i++;
        continue;
      }
    }
    const mark = markAt(text, i);
    if (!mark) continue;
    // “ closes a „German“ quotation; in English it opens, unless it ends a word ("…las pruebas“."), as a page
    // writing its marks reversed (”…“) or mixed ("…“, “…“) closes with it.
    const closesReversed = ch === '“' && !isBoundaryBefore(text[i - 1]) && isBoundaryAfter(text[i + 1]);
    const depth = stack.findLastIndex((o) => o.family === mark.family && (ch !== '“' || text[o.openAt] === '„' || closesReversed));
    if (mark.can.close && depth >= 0 && i > stack[depth].partStart && !(mark.family === 'single' && isPluralPossessive(text, i))) {
      const closed = stack[depth];
      stack.length = depth;
      if (depth === 0) emit(closed, i, i + 1, false);
      else stack[0].nested.push({ start: closed.partStart, end: i });
      continue;
    }
    if (!mark.can.open) continue;
    // “”This is unfair,” he said", "“"Tim's years…," Levinson said": a mark typed twice opens one quotation, not a
    // quotation nested in an empty one that the paragraph never closes; an odd number of marks left in the paragraph
    // says so (“"Literally" is the word,” she said: two left, a quotation nested in another).
    const doubled = mark.family === 'double' && !stack.length && FAMILY[text[i + 1]] === 'double' && LETTER.test(text[i + 2] ?? '') && doubleMarksLeft(text, i + 2) % 2 === 1;
    stack.push({ family: mark.family, openAt: i, partStart: doubled ? i + 2 : i + 1, parts: [], nested: [] });
    if (doubled) i++;
  }
  if (stack.length && isQuotationLeftOpen(stack[0])) emit(stack[0], text.length, text.length, true);
  return found;
}
