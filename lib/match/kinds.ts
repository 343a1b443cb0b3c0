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
  /** The kind counted in a sentence: "1 altered, 1 cut". */
  counted: string;
  /** What it means, for the legend: reads after the label ("Altered: some words differ from the original"). */
  meaning: string;
  /** The page changed the words or their speaker: counted as a warning on the toolbar badge. */
  warning: boolean;
}

/** Every cue in the legend's order: the plain ones, then the warnings. */
export const KIND_CUES: readonly KindCue[] = [...MATCH_KINDS, 'misattributed'];

/** The one definition of how kinds read; the page's highlights, the badge, the popup, the card and the legend use it. */
export const KINDS: Readonly<Record<KindCue, KindPresentation>> = {
  exact: { label: 'Exact match', counted: 'exact', meaning: 'the same words as the original', warning: false },
  partial: { label: 'Partial match', counted: 'partial', meaning: 'a fragment of the original, its words unchanged', warning: false },
  altered: { label: 'Altered', counted: 'altered', meaning: 'some words differ from the original', warning: true },
  abridged: { label: 'Abridged', counted: 'cut', meaning: 'words were cut from the original (…)', warning: true },
  misattributed: { label: 'Credited to someone else', counted: 'credited to someone else', meaning: 'the page names another speaker', warning: true },
};

/** The warnings, worst first: what a reader should look at before anything else. */
export const WARNING_CUES: readonly KindCue[] = ['misattributed', 'altered', 'abridged'];

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

/** The worst thing the page does to the quote, if anything needs the reader's attention. */
export function worstWarning(match: KindOf): KindCue | undefined {
  const cues = cuesOf(match);
  return WARNING_CUES.find((cue) => cues.includes(cue));
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

/**
 * The matches in a sentence, each counted once by its worst warning, worst first:
 * "7 known quotes: 1 credited to someone else, 1 altered, 1 cut", or "2 known quotes,
 * none altered, cut or credited to someone else".
 */
export function describeKinds(matches: readonly KindOf[]): string {
  const total = plural(matches.length, 'known quote');
  const counts = WARNING_CUES.map((cue) => [cue, matches.filter((m) => worstWarning(m) === cue).length] as const).filter(([, n]) => n > 0);
  if (!counts.length) return `${total}, none ${WARNING_CUES.map((cue) => KINDS[cue].counted).join(', ').replace(/, ([^,]*)$/, ' or $1')}`;
  return `${total}: ${counts.map(([cue, n]) => `${n.toLocaleString('en')} ${KINDS[cue].counted}`).join(', ')}`;
}
