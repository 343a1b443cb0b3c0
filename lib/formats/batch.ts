import type { QuoteInput, SightingRecord, Source, Verdict } from '../model';
import { VERDICTS } from '../model';

/** What every reader of a file produces: the valid rows, and for each invalid one, why. */
export interface ImportBatch {
  format: FormatId;
  quotes: QuoteInput[];
  /** Sightings carried by the file, pointing at quote ids from the same file. */
  sightings: SightingInput[];
  /** Rows left out, each naming its row and field. */
  rejections: Problem[];
  /** Rows taken as they are, with something the reader should know (markup kept as plain text). */
  warnings: Problem[];
}

export type SightingInput = Omit<SightingRecord, 'id'>;

export type FormatId = 'verbatim-json' | 'csv' | 'markdown' | 'web-annotation' | 'claimreview' | 'factcheck-tools';

export interface Problem {
  /** Where in the file: `quotes[3]`, `row 5`, `annotation 2`… */
  row: string;
  field?: string;
  message: string;
}

export function describeProblem(p: Problem): string {
  return `${p.row}${p.field ? `, ${p.field}` : ''}: ${p.message}`;
}

/** A whole file that cannot be read: nothing in it is imported. */
export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? problems[0]
        : `${problems.length} problems:\n${problems.slice(0, 10).join('\n')}${problems.length > 10 ? `\n… and ${problems.length - 10} more` : ''}`,
    );
  }
}

export function emptyBatch(format: FormatId): ImportBatch {
  return { format, quotes: [], sightings: [], rejections: [], warnings: [] };
}

export const LIMITS = {
  text: 10_000,
  note: 10_000,
  field: 2_000,
  tags: 50,
  tag: 100,
  /** Larger files are refused before they are read, so the page never freezes on them. */
  fileBytes: 150 * 1024 * 1024,
  rows: 500_000,
} as const;

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

/** A tag as the library keeps it: trimmed, single-spaced, without the `;` that separates tags in CSV. */
export function normalizeTag(tag: string): string {
  return tag.replace(/;/g, ' ').replace(/\s+/g, ' ').trim();
}

export const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A quote's fields as a file gives them, not yet checked. */
export interface LooseQuote {
  id?: unknown;
  text?: unknown;
  speaker?: unknown;
  source?: { url?: unknown; title?: unknown; outlet?: unknown; publishedAt?: unknown; author?: unknown; lang?: unknown };
  context?: { before?: unknown; after?: unknown };
  verdict?: unknown;
  note?: unknown;
  tags?: unknown;
  createdAt?: unknown;
  updatedAt?: unknown;
}

const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;
const SOURCE_FIELDS = ['title', 'outlet', 'publishedAt', 'author', 'lang'] as const;

/**
 * Checks one row. Returns the quote, or undefined after adding to `batch.rejections`
 * every fault of the row. `name` turns our field path (`source.url`) into what the
 * file calls it (a CSV column, a JSON path), so messages point where the reader looks.
 */
export function checkQuote(loose: LooseQuote, row: string, batch: ImportBatch, name: (field: string) => string = (f) => f): QuoteInput | undefined {
  const faults: Problem[] = [];
  const warnings: Problem[] = [];
  const fault = (field: string, message: string) => faults.push({ row, field: name(field), message });
  const str = (v: unknown, field: string, max: number = LIMITS.field): string | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') return void fault(field, 'expected text');
    if (v.length > max) return void fault(field, `longer than ${max.toLocaleString('en')} characters`);
    if (MARKUP.test(v)) warnings.push({ row, field: name(field), message: 'contains HTML markup; kept as plain text' });
    return v;
  };
  const text = str(loose.text, 'text', LIMITS.text);
  if (text !== undefined && !text.trim()) fault('text', 'empty');
  if (loose.text === undefined || loose.text === null) fault('text', 'missing');
  const source: Source = { url: str(loose.source?.url, 'source.url')?.trim() ?? '' };
  if (source.url && !/^https?:\/\/[^\s]+$/i.test(source.url)) fault('source.url', 'expected an http(s) address');
  for (const field of SOURCE_FIELDS) {
    const value = str(loose.source?.[field], `source.${field}`);
    if (value) source[field] = value;
  }
  const quote: QuoteInput = {
    text: text ?? '',
    speaker: str(loose.speaker, 'speaker')?.trim() ?? '',
    source,
    context: { before: str(loose.context?.before, 'context.before') ?? '', after: str(loose.context?.after, 'context.after') ?? '' },
    tags: [],
  };
  const id = str(loose.id, 'id', 100);
  if (id) quote.id = id;
  const verdict = str(loose.verdict, 'verdict');
  if (verdict?.trim()) {
    quote.verdict = verdictOf(verdict);
    if (!quote.verdict) fault('verdict', `expected one of ${VERDICTS.join(', ')}`);
  }
  const note = str(loose.note, 'note', LIMITS.note);
  if (note) quote.note = note;
  if (loose.tags !== undefined && loose.tags !== null) {
    if (!Array.isArray(loose.tags) || !loose.tags.every((t) => typeof t === 'string')) fault('tags', 'expected a list of text');
    else if (loose.tags.length > LIMITS.tags) fault('tags', `more than ${LIMITS.tags} tags`);
    else if (loose.tags.some((t: string) => t.length > LIMITS.tag)) fault('tags', `a tag longer than ${LIMITS.tag} characters`);
    else quote.tags = [...new Set((loose.tags as string[]).map(normalizeTag).filter(Boolean))];
  }
  for (const field of ['createdAt', 'updatedAt'] as const) {
    const value = str(loose[field], field, 40);
    if (!value) continue;
    if (Number.isNaN(Date.parse(value))) fault(field, 'expected a date');
    else quote[field] = value;
  }
  if (faults.length) {
    batch.rejections.push(...faults);
    return undefined;
  }
  batch.warnings.push(...warnings);
  return quote;
}

/** Reads rows one by one into `batch`, stopping with an ImportError when a file is absurdly long. */
export function checkRowCount(count: number): void {
  if (count > LIMITS.rows) throw new ImportError([`The file has ${count.toLocaleString('en')} rows; Verbatim imports at most ${LIMITS.rows.toLocaleString('en')} at once.`]);
}

/** Parses JSON text, or throws an ImportError saying it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ImportError([`Not a JSON file: ${(e as Error).message}`]);
  }
}
