import { MATCH_KINDS, type MatchKind } from '../model';
import { plural } from '../text/plural';

/**
 * What a match tells a reader about the page's version, one cue each: how the page
 * quotes the words (its `MatchKind`) and, apart, whether it credits them to someone
 * else. A match has one kind and may also be misattributed ("altered" and "credited
 * to someone else"), so the two combine.
 */
export type KindCue = MatchKind | 'misattributed';

export interface KindPresentation {
  /** The kind's name as the reader sees it. */
  label: string;
  /** What it means, for the legend: reads after the label ("Altered: some words differ from the original"). */
  meaning: string;
  /** The page changed the words or their speaker: counted as a warning on the toolbar badge. */
  warning: boolean;
}

/** Every cue in the legend's order: the plain ones, then the warnings. */
export const KIND_CUES: readonly KindCue[] = [...MATCH_KINDS, 'misattributed'];

/** The one definition of how kinds read; the page's highlights, the badge, the popup, the card and the legend use it. */
export const KINDS: Readonly<Record<KindCue, KindPresentation>> = {
  exact: { label: 'Exact', meaning: 'the same words as the original', warning: false },
  partial: { label: 'Partial', meaning: 'a fragment of the original, its words unchanged', warning: false },
  altered: { label: 'Altered', meaning: 'some words differ from the original', warning: true },
  abridged: { label: 'Abridged', meaning: 'words were cut from the original (…)', warning: true },
  misattributed: { label: 'Credited to someone else', meaning: 'the page names another speaker', warning: true },
};

/** What a match is, as far as its kind goes (a `PageMatch` is one). */
export interface KindOf {
  kind: MatchKind;
  misattributed: boolean;
}

/** The cues a match carries: its kind, and "misattributed" when the page credits someone else. */
export function cuesOf(match: KindOf): KindCue[] {
  return match.misattributed ? [match.kind, 'misattributed'] : [match.kind];
}

/** Whether the page changed the words or their speaker. */
export function isWarning(match: KindOf): boolean {
  return cuesOf(match).some((cue) => KINDS[cue].warning);
}

/**
 * Highlight names of the kind layer, painted over the verdict layer (`verbatim-<verdict>`)
 * with text decorations only, so a range's verdict colour and kind style both show. The
 * prefix is not `verbatim-`: names under that prefix hold each match once (its verdict).
 */
export const KIND_HIGHLIGHT_PREFIX = 'verbatim_kind';

export function kindHighlightName(cue: KindCue): string {
  return `${KIND_HIGHLIGHT_PREFIX}-${cue}`;
}

/** How many matches carry each cue. */
export function countCues(matches: readonly KindOf[]): Record<KindCue, number> {
  const counts = Object.fromEntries(KIND_CUES.map((cue) => [cue, 0])) as Record<KindCue, number>;
  for (const m of matches) for (const cue of cuesOf(m)) counts[cue]++;
  return counts;
}

/**
 * The matches in a sentence, warnings first: "7 known quotes: 1 altered, 1 abridged,
 * 1 credited to someone else" ("2 known quotes" when none is a warning).
 */
export function describeKinds(matches: readonly KindOf[]): string {
  const counts = countCues(matches);
  const total = plural(matches.length, 'known quote');
  const warnings = KIND_CUES.filter((cue) => KINDS[cue].warning && counts[cue] > 0).map((cue) => `${counts[cue]} ${KINDS[cue].label.toLowerCase()}`);
  return warnings.length ? `${total}: ${warnings.join(', ')}` : total;
}
