import type { DiffPart } from './diff';
import { pageVersion } from './diff-summary';
import { describeKinds, worstWarning, WARNING_CUES, type KindOf } from './kinds';

/** What the popup needs of a match on the tab to summarise and list it. */
export interface FoundMatch extends KindOf {
  diff: DiffPart[];
  quote: { text: string };
}

/** The popup's first line: "8 known quotes: 1 credited to someone else, 1 altered, 1 cut." */
export function summaryLine(matches: readonly KindOf[]): string {
  return `${describeKinds(matches)}.`;
}

/** Indexes of `matches` (in page order) as the popup lists them: warnings first, worst first, then the rest, each in page order. */
export function readingOrder(matches: readonly KindOf[]): number[] {
  const rank = (m: KindOf) => {
    const worst = worstWarning(m);
    return worst ? WARNING_CUES.indexOf(worst) : WARNING_CUES.length;
  };
  return matches.map((_, i) => i).sort((a, b) => rank(matches[a]) - rank(matches[b]) || a - b);
}

const ORDINALS = ['1st', '2nd', '3rd'];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

/**
 * What each entry shows of its words: the page's own version, from its start, `count`
 * words at most. Entries that would read alike start at their first differing word
 * instead ("…the other issues necessary"); entries whose words are the same throughout
 * say where they are among them ("1st of 2 on the page").
 */
export function tellApart(matches: readonly FoundMatch[], count = 8): { words: string; where?: string }[] {
  const versions = matches.map((m) => pageVersion(m.quote.text, m.diff).trim().split(/\s+/));
  const fold = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const clip = (words: string[], from: number) => `${from > 0 ? '…' : ''}${words.slice(from, from + count).join(' ')}${from + count < words.length ? '…' : ''}`;
  const opening = versions.map((words) => clip(words, 0));
  return versions.map((words, i) => {
    const alike = versions.flatMap((_, j) => (j !== i && opening[j] === opening[i] ? [j] : []));
    if (!alike.length) return { words: opening[i] };
    // The first word where this entry parts from a look-alike.
    const differs = (k: number) => alike.some((j) => fold(versions[j][k] ?? '') !== fold(words[k] ?? ''));
    let k = 0;
    while (k < words.length && !differs(k)) k++;
    if (k < words.length) return { words: clip(words, Math.max(0, k - 2)) };
    const same = [i, ...alike].filter((j) => versions[j].map(fold).join(' ') === words.map(fold).join(' ')).sort((a, b) => a - b);
    return { words: opening[i], where: `${ordinal(same.indexOf(i) + 1)} of ${same.length} on the page` };
  });
}
