/**
 * Word-level local alignment (Smith–Waterman) of a known quote against a window of
 * page words, with two things news pages do to quotes priced in: words cut at an
 * ellipsis cost nothing, and editorial words in [brackets] cost nothing. Every
 * other difference costs more than a matching word earns, so an alignment only
 * bridges a difference when enough matching words follow it.
 */
export type StepOp =
  /** The same words on both sides. */
  | 'same'
  /** Original words the page replaced with others. */
  | 'changed'
  /** Page words that are not in the original. */
  | 'added'
  /** Original words the page left out without saying so. */
  | 'dropped'
  /** Original words the page cut and marked with an ellipsis. */
  | 'cut'
  /** Page words in [brackets]: an editor's insertion or replacement. */
  | 'inserted';

/** A run of one kind of step; word indexes are into the quote and into the page's words. */
export interface AlignStep {
  op: StepOp;
  quoteFrom: number;
  quoteTo: number;
  pageFrom: number;
  pageTo: number;
}

export interface Alignment {
  score: number;
  steps: AlignStep[];
}

const SAME = 1;
const DIFFERENT = -2;

// Traceback directions.
const STOP = 0;
const DIAGONAL = 1;
const UP = 2; // a quote word with no page word
const LEFT = 3; // a page word with no quote word

/** The part of the quote and of the page words an alignment may use: [qFrom, qTo) × [pFrom, pTo). */
export interface Box {
  qFrom: number;
  qTo: number;
  pFrom: number;
  pTo: number;
}

/** What the page's punctuation says around its words. */
export interface PageMarks {
  /** cutBefore[j]: an ellipsis stands just before page word j (j may be the word count: after the last word). */
  cutBefore: Uint8Array;
  /** editorial[j]: page word j is inside [brackets]. */
  editorial: Uint8Array;
}

/** The best local alignment of quote words against page words within `box`, or undefined when nothing aligns. */
export function align(quote: Uint32Array, page: Uint32Array, { qFrom, qTo, pFrom, pTo }: Box, { cutBefore, editorial }: PageMarks): Alignment | undefined {
  const n = qTo - qFrom;
  const m = pTo - pFrom;
  if (n <= 0 || m <= 0) return undefined;
  const width = m + 1;
  const score = new Int32Array((n + 1) * width);
  const from = new Uint8Array((n + 1) * width);
  let best = 0;
  let bestAt = 0;
  for (let i = 1; i <= n; i++) {
    const word = quote[qFrom + i - 1];
    const row = i * width;
    const above = row - width;
    for (let j = 1; j <= m; j++) {
      const pj = pFrom + j - 1;
      const bracketed = editorial[pj] === 1;
      let s = 0;
      let dir = STOP;
      const diag = score[above + j - 1] + (page[pj] === word ? SAME : bracketed ? 0 : DIFFERENT);
      if (diag > s) (s = diag), (dir = DIAGONAL);
      const up = score[above + j] + (cutBefore[pj + 1] === 1 ? 0 : DIFFERENT);
      if (up > s) (s = up), (dir = UP);
      const left = score[row + j - 1] + (bracketed ? 0 : DIFFERENT);
      if (left > s) (s = left), (dir = LEFT);
      score[row + j] = s;
      from[row + j] = dir;
      if (s > best) (best = s), (bestAt = row + j);
    }
  }
  if (best === 0) return undefined;
  const steps: AlignStep[] = [];
  let i = Math.floor(bestAt / width);
  let j = bestAt % width;
  const push = (op: StepOp, qi: number, pj: number, dq: number, dp: number) => {
    const last = steps[steps.length - 1];
    if (last && last.op === op) {
      last.quoteFrom = qi;
      last.pageFrom = pj;
    } else steps.push({ op, quoteFrom: qi, quoteTo: qi + dq, pageFrom: pj, pageTo: pj + dp });
  };
  while (i > 0 && j > 0 && score[i * width + j] > 0) {
    const dir = from[i * width + j];
    const qi = qFrom + i - 1;
    const pj = pFrom + j - 1;
    if (dir === DIAGONAL) {
      push(page[pj] === quote[qi] ? 'same' : editorial[pj] === 1 ? 'inserted' : 'changed', qi, pj, 1, 1);
      i--;
      j--;
    } else if (dir === UP) {
      push(cutBefore[pj + 1] === 1 ? 'cut' : 'dropped', qi, pj + 1, 1, 0);
      i--;
    } else {
      push(editorial[pj] === 1 ? 'inserted' : 'added', qi + 1, pj, 0, 1);
      j--;
    }
  }
  steps.reverse();
  return { score: best, steps };
}
