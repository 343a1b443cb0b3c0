import type { MatchKind } from '../model';
import type { DiffPart } from './diff';
import { toWords } from '../text/words';
import { plural } from '../text/plural';

const wordCount = (text: string) => toWords(text).words.length;

/** What a page did to a quote's words, counted: "1 word changed", "12 words cut, 2 words added", "9 of 40 words". */
export function summarizeDiff(kind: MatchKind, parts: DiffPart[]): string {
  const count = (op: DiffPart['op'], side: 'original' | 'page') => parts.filter((p) => p.op === op).reduce((n, p) => n + wordCount(p[side]), 0);
  if (kind === 'partial') {
    const total = parts.reduce((n, p) => n + wordCount(p.original), 0);
    return `${total - count('unquoted', 'original')} of ${plural(total, 'word')}`;
  }
  const changes: [number, string][] = [
    [count('changed', 'original'), 'changed'],
    [count('dropped', 'original'), 'left out'],
    [count('cut', 'original'), 'cut'],
    [count('added', 'page'), 'added'],
    [count('inserted', 'page'), 'inserted by an editor'],
  ];
  return changes.filter(([n]) => n > 0).map(([n, what]) => `${plural(n, 'word')} ${what}`).join(', ');
}

const VERBS: Record<MatchKind, string> = { exact: 'repeats', partial: 'quotes part of', altered: 'alters', abridged: 'abridges' };

/**
 * How words relate to a known quote, in a sentence for the reader: "this page alters a
 * known quote by Steve Witkoff: 1 word changed", "… and credits it to Steve Witkoff".
 */
export function describeRelation({ kind, speaker, diff, pageSpeaker }: { kind: MatchKind; speaker: string; diff: DiffPart[]; pageSpeaker?: string }): string {
  const known = `a known quote${speaker ? ` by ${speaker}` : ''}`;
  const summary = kind === 'exact' ? '' : summarizeDiff(kind, diff);
  if (kind === 'exact' && pageSpeaker) return `this page credits ${known} to ${pageSpeaker}`;
  return `this page ${VERBS[kind]} ${known}${summary ? `: ${summary}` : ''}${pageSpeaker ? `, and credits it to ${pageSpeaker}` : ''}`;
}

/** The words as the page gives them: the original's when the page changed nothing. */
export function pageVersion(original: string, diff: DiffPart[] | undefined): string {
  if (!diff?.length) return original;
  return diff
    .filter((p) => p.op !== 'unquoted' && p.page)
    .map((p) => p.page)
    .join(' ');
}
