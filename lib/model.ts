/** The records Verbatim keeps, as the store and every message share them. */

export interface Source {
  /** Canonical URL of the page the quote first appeared on; the source's identity. */
  url: string;
  title?: string;
  outlet?: string;
  /** ISO 8601 date or date-time, as the source published it. */
  publishedAt?: string;
  author?: string;
  lang?: string;
}

export const VERDICTS = ['accurate', 'misquoted', 'out-of-context', 'unverified', 'false'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How each verdict is shown and written in files meant for people (CSV, Markdown, ClaimReview ratings). */
export const VERDICT_LABELS: Record<Verdict, string> = {
  accurate: 'Accurate',
  misquoted: 'Misquoted',
  'out-of-context': 'Out of context',
  unverified: 'Unverified',
  false: 'False',
};

/** Our verdict for its id or its label, in any case; undefined for anything else. */
export function verdictOf(value: string): Verdict | undefined {
  const folded = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return VERDICTS.find((v) => v === folded);
}

/** How long a quote's fields may be: the store refuses longer edits and imports reject longer rows. */
export const LIMITS = {
  text: 10_000,
  note: 10_000,
  /** Speaker, context and each detail of a source. */
  field: 2_000,
  tags: 50,
  tag: 100,
} as const;

/** A tag as the library keeps it: trimmed, single-spaced, without the `;` that separates tags in CSV. */
export function normalizeTag(tag: string): string {
  return tag.replace(/;/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface QuoteContext {
  /** Text just before the quote in its source (a sentence or two). */
  before: string;
  /** Text just after the quote in its source. */
  after: string;
}

/** A known quote as stored: the source is kept once in its own table and joined by URL. */
export interface QuoteRecord {
  id: string;
  /** The quote's words folded for comparison (see lib/text/words): two quotes with one key are the same quote. */
  key: string;
  text: string;
  /** Display name of who said it; '' when unknown. */
  speaker: string;
  /** Folded speaker name, for grouping and filtering. */
  speakerKey: string;
  /** The source's URL, its key in the sources table; '' when the source is known without one. */
  sourceUrl: string;
  /**
   * The details of a source known without a URL (an outlet, a title, a date, an author): the
   * sources table is keyed by URL, so they stay with the quote. Absent when sourceUrl is set.
   */
  sourceDetails?: Omit<Source, 'url'>;
  context: QuoteContext;
  /**
   * The status of the stored original: whether the reader checked these words against
   * their primary source (accurate) or found them wanting. A verdict on one page's
   * version of the quote lives on that page's appearance (lib/store/appearances).
   */
  verdict?: Verdict;
  note?: string;
  tags: string[];
  /** Saved on purpose as a quote of its own although its words change a known quote: which one, and how. */
  relatedTo?: QuoteRelation;
  createdAt: string;
  updatedAt: string;
}

/** A known quote joined with its source: what the UI, matcher and formats work with. */
export interface Quote extends Omit<QuoteRecord, 'key' | 'speakerKey' | 'sourceUrl' | 'sourceDetails'> {
  source: Source;
}

/** A quote as it arrives from a user or a file, before the store gives it an id and dates. */
export type QuoteInput = Pick<Quote, 'text' | 'speaker' | 'source'> &
  Partial<Pick<Quote, 'id' | 'context' | 'verdict' | 'note' | 'tags' | 'relatedTo' | 'createdAt' | 'updatedAt'>>;

export interface SpeakerRecord {
  key: string;
  name: string;
}

export const MATCH_KINDS = ['exact', 'partial', 'altered', 'abridged'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** How a quote saved as a quote of its own relates to the known quote whose words it changes. */
export interface QuoteRelation {
  /** The known quote. */
  quoteId: string;
  /** How these words quote it. */
  kind: MatchKind;
  /** These words are credited to someone other than the known quote's speaker. */
  misattributed?: boolean;
}

export interface Settings {
  highlightsEnabled: boolean;
  /** Hostnames where the reader turned highlighting off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { highlightsEnabled: true, disabledSites: [] };
