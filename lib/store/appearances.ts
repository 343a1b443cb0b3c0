import type { MatchKind, Verdict } from '../model';
import type { DiffPart } from '../match/diff';

/**
 * One page a known quote appeared on, with what the page did to it and the reader's
 * verdict on that version. The quote's own `verdict` is the status of the stored
 * original (checked against its primary source or not); a verdict here judges only
 * this page's version and colours only this page's highlight.
 */
export interface Appearance {
  quoteId: string;
  /** The page's normalized address (lib/store/sightings normalizePageUrl). */
  pageUrl: string;
  title?: string;
  outlet?: string;
  /** When Verbatim first saw the quote there. */
  seenAt: string;
  matchKind: MatchKind;
  /** The page's words against the original's; absent when they are the same words. */
  diff?: DiffPart[];
  /** Whom the page credits the words to, when that is not the quote's speaker. */
  pageSpeaker?: string;
  /** The reader's verdict on this page's version. */
  verdict?: Verdict;
  note?: string;
  /** When the verdict or note was last set. */
  ratedAt?: string;
  /** The reader saved this page's version as a quote of its own, with this id (it names this quote in `relatedTo`). */
  savedAs?: string;
}

/** An appearance as stored: its key is made of what it is, so two readers' stores name it alike. */
export interface AppearanceRecord extends Appearance {
  key: string;
}

/**
 * The key of a quote's appearance on a page. A normalized page address has no space,
 * so the last space separates the two even when an imported quote id has one.
 */
export function appearanceKey(quoteId: string, pageUrl: string): string {
  return `${quoteId} ${pageUrl}`;
}

export function toAppearanceRecord(a: Appearance): AppearanceRecord {
  return { ...a, key: appearanceKey(a.quoteId, a.pageUrl) };
}

/** An appearance without its key, as files and bundles carry it. */
export function withoutKey({ key: _key, ...a }: Appearance & { key?: string }): Appearance {
  return a;
}

/** Appearances by the quote they are of, each quote's in the order given. */
export function groupByQuote<T extends Appearance>(appearances: T[]): Map<string, T[]> {
  const byQuote = new Map<string, T[]>();
  for (const a of appearances) {
    const list = byQuote.get(a.quoteId);
    if (list) list.push(a);
    else byQuote.set(a.quoteId, [a]);
  }
  return byQuote;
}
