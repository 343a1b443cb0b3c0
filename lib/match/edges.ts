import type { AlignStep, Alignment } from './align';
import type { WordHashes } from './word-hashes';
import { NON_APOSTROPHE_MARKS, QUOTE_MARKS } from '../text/quote-marks';

/**
 * Local alignment leaves out a changed first or last word: "Cover to mass…" for
 * "Over to mass…" costs more at the edge than it earns, so the alignment starts at
 * "to" and the match looks like a fragment. When at most EDGE_WORDS quote words
 * are left out at an end, they are aligned against the page words right next to
 * the match, never across a quotation mark or a block boundary, and kept when the
 * page still quotes them: half of them are there, or the page's quotation opens
 * (or closes) right where they end. A quotation mark right at the match's edge
 * means the page quotes only a fragment, and nothing is added.
 */
export const EDGE_WORDS = 6;
const DIFFERENT = -2;

/** The text between two words holds a quotation mark; a lone ' or ’ between two words is an apostrophe (They’re). */
function marksQuote(gap: string): boolean {
  return [...gap].some((ch) => (gap.length > 1 ? QUOTE_MARKS : NON_APOSTROPHE_MARKS).includes(ch));
}

interface Edge {
  /** Quote words left out, in the order they are compared (outward from the match). */
  quote: number[];
  /** Page words next to the match, outward, up to a block boundary. */
  page: number[];
}

/** Steps for the left-out quote words against the nearby page words, outward; undefined when the page does not quote them. */
function alignEdge({ quote, page }: Edge, quoted: (pageWords: number) => boolean): { op: AlignStep['op']; q: number; p: number }[] | undefined {
  const k = quote.length;
  const L = page.length;
  const width = L + 1;
  const score = new Int32Array((k + 1) * width);
  const from = new Uint8Array((k + 1) * width);
  for (let j = 1; j <= L; j++) (score[j] = j * DIFFERENT), (from[j] = 3);
  for (let i = 1; i <= k; i++) {
    score[i * width] = i * DIFFERENT;
    from[i * width] = 2;
    for (let j = 1; j <= L; j++) {
      const diag = score[(i - 1) * width + j - 1] + (quote[i - 1] === page[j - 1] ? 1 : DIFFERENT);
      const up = score[(i - 1) * width + j] + DIFFERENT;
      const left = score[i * width + j - 1] + DIFFERENT;
      const best = Math.max(diag, up, left);
      score[i * width + j] = best;
      from[i * width + j] = best === diag ? 1 : best === up ? 2 : 3;
    }
  }
  let used = 0;
  // On a tie, a changed word rather than a dropped one: the page word is there.
  for (let j = 1; j <= L; j++) if (score[k * width + j] >= score[k * width + used]) used = j;
  const steps: { op: AlignStep['op']; q: number; p: number }[] = [];
  for (let i = k, j = used; i > 0 || j > 0; ) {
    const dir = from[i * width + j];
    if (dir === 1) steps.push({ op: quote[i - 1] === page[j - 1] ? 'same' : 'changed', q: 1, p: 1 }), i--, j--;
    else if (dir === 2) steps.push({ op: 'dropped', q: 1, p: 0 }), i--;
    else steps.push({ op: 'added', q: 0, p: 1 }), j--;
  }
  steps.reverse();
  const same = steps.filter((s) => s.op === 'same').length;
  return same * 2 >= k || (used > 0 && quoted(used)) ? steps : undefined;
}

/** `alignment` with its left-out ends put back where the page still quotes them. */
export function extendEdges(
  alignment: Alignment,
  quoteWords: Uint32Array,
  text: string,
  { hashes, starts, ends }: WordHashes,
  pFrom: number,
  pTo: number,
): Alignment {
  const steps = [...alignment.steps];
  const gap = (j: number) => text.slice(j > 0 ? ends[j - 1] : 0, j < starts.length ? starts[j] : text.length);
  const first = steps[0];
  if (first.quoteFrom > 0 && first.quoteFrom <= EDGE_WORDS) {
    const page: number[] = [];
    for (let j = first.pageFrom - 1; j >= pFrom && page.length <= first.quoteFrom && !marksQuote(gap(j + 1)) && !gap(j + 1).includes('\n'); j--) page.push(hashes[j]);
    const quote = Array.from({ length: first.quoteFrom }, (_, i) => quoteWords[first.quoteFrom - 1 - i]);
    const edge = alignEdge({ quote, page }, (used) => marksQuote(gap(first.pageFrom - used)));
    if (edge) {
      let q = first.quoteFrom;
      let p = first.pageFrom;
      for (const s of edge) {
        steps.unshift({ op: s.op, quoteFrom: q - s.q, quoteTo: q, pageFrom: p - s.p, pageTo: p });
        q -= s.q;
        p -= s.p;
      }
    }
  }
  const last = steps[steps.length - 1];
  const left = quoteWords.length - last.quoteTo;
  if (left > 0 && left <= EDGE_WORDS) {
    const page: number[] = [];
    for (let j = last.pageTo; j < pTo && page.length <= left && !marksQuote(gap(j)) && !gap(j).includes('\n'); j++) page.push(hashes[j]);
    const quote = Array.from(quoteWords.subarray(last.quoteTo));
    const edge = alignEdge({ quote, page }, (used) => marksQuote(gap(last.pageTo + used)));
    if (edge) {
      let q = last.quoteTo;
      let p = last.pageTo;
      for (const s of edge) {
        steps.push({ op: s.op, quoteFrom: q, quoteTo: q + s.q, pageFrom: p, pageTo: p + s.p });
        q += s.q;
        p += s.p;
      }
    }
  }
  const merged: AlignStep[] = [];
  for (const s of steps) {
    const prev = merged[merged.length - 1];
    if (prev && prev.op === s.op) merged[merged.length - 1] = { ...prev, quoteTo: s.quoteTo, pageTo: s.pageTo };
    else merged.push(s);
  }
  return { score: alignment.score, steps: merged };
}
