import type { QuoteInput, Source } from '../model';
import type { Appearance } from '../store/appearances';
import { LIMITS, MATCH_KINDS, normalizeTag, VERDICTS } from '../model';
import { quoteKey } from '../text/words';
import { DATE_FORMS, isoDate } from './dates';

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

/** An appearance of a quote on a page, as a file carries it (files call them sightings). */
export type SightingInput = Appearance;

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

/** Whole-file limits of an import. */
export const IMPORT_LIMITS = {
  /** Larger files are refused before they are read, so the page never freezes on them. */
  fileBytes: 150 * 1024 * 1024,
  rows: 500_000,
  /** No format Verbatim reads nests deeper than a few levels; a deeper file is refused before it is parsed. */
  depth: 100,
} as const;

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
  relatedTo?: unknown;
  createdAt?: unknown;
  updatedAt?: unknown;
}

const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

export const isWebAddress = (v: string) => WEB_ADDRESS.test(v);

/** The length of `v` in characters (code points, as JSON Schema counts them); exact only up to `max`, beyond which it only says "longer". */
function characters(v: string, max: number): number {
  return v.length <= max ? v.length : [...v].length;
}

const SOURCE_FIELDS = ['title', 'outlet', 'publishedAt', 'author', 'lang'] as const;

/** The IRI of a source known without a URL: the model requires one, and the same details always give the same name. */
export const UNLINKED_SOURCE = 'urn:verbatim:source:';

/** Two 32-bit FNV-1a-style hashes of the text, the second mixed differently: 64 bits, enough to tell a library's sources apart. */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The source's IRI: its URL, or for one known without a URL, a `urn:verbatim:source:` name made of its details. */
export function sourceIri(source: Source): string {
  if (source.url) return source.url;
  return UNLINKED_SOURCE + digest(JSON.stringify(SOURCE_FIELDS.map((field) => source[field] ?? '')));
}

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
    if (characters(v, max) > max) return void fault(field, `longer than ${max.toLocaleString('en')} characters`);
    if (MARKUP.test(v)) warnings.push({ row, field: name(field), message: 'contains HTML markup; kept as plain text' });
    return v;
  };
  const date = (v: unknown, field: string): string | undefined => {
    const value = str(v, field, 40)?.trim();
    if (!value) return undefined;
    if (!isoDate(value)) return void fault(field, `“${value}” is not an ISO 8601 date (${DATE_FORMS})`);
    return value;
  };
  const text = str(loose.text, 'text', LIMITS.text);
  if (text !== undefined && !text.trim()) fault('text', 'empty');
  else if (text !== undefined && !quoteKey(text)) fault('text', 'has no words (letters or digits)');
  if (loose.text === undefined || loose.text === null) fault('text', 'missing');
  const source: Source = { url: str(loose.source?.url, 'source.url')?.trim() ?? '' };
  if (source.url && !isWebAddress(source.url)) fault('source.url', 'expected an http(s) address');
  for (const field of SOURCE_FIELDS) {
    const value = field === 'publishedAt' ? date(loose.source?.publishedAt, 'source.publishedAt') : str(loose.source?.[field], `source.${field}`);
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
    quote.verdict = VERDICTS.find((v) => v === verdict.trim());
    if (!quote.verdict) fault('verdict', `expected one of ${VERDICTS.join(', ')}`);
  }
  const note = str(loose.note, 'note', LIMITS.note);
  if (note) quote.note = note;
  if (loose.tags !== undefined && loose.tags !== null) {
    if (!Array.isArray(loose.tags) || !loose.tags.every((t) => typeof t === 'string')) fault('tags', 'expected a list of text');
    else if (loose.tags.length > LIMITS.tags) fault('tags', `more than ${LIMITS.tags} tags`);
    else if (loose.tags.some((t: string) => characters(t, LIMITS.tag) > LIMITS.tag)) fault('tags', `a tag longer than ${LIMITS.tag} characters`);
    else quote.tags = [...new Set((loose.tags as string[]).map(normalizeTag).filter(Boolean))];
  }
  if (loose.relatedTo !== undefined && loose.relatedTo !== null) {
    const r = loose.relatedTo;
    if (!isObject(r) || typeof r.quoteId !== 'string' || !r.quoteId || !MATCH_KINDS.includes(r.kind as never) || (r.misattributed !== undefined && typeof r.misattributed !== 'boolean')) {
      fault('relatedTo', `expected {quoteId, kind} with kind one of ${MATCH_KINDS.join(', ')}`);
    } else quote.relatedTo = { quoteId: r.quoteId, kind: r.kind as never, ...(r.misattributed ? { misattributed: true } : {}) };
  }
  for (const field of ['createdAt', 'updatedAt'] as const) {
    const value = date(loose[field], field);
    // The store orders and syncs by these as text: one form for all (UTC, to the millisecond).
    if (value) quote[field] = new Date(value).toISOString();
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
  if (count > IMPORT_LIMITS.rows) throw new ImportError([`The file has ${count.toLocaleString('en')} rows; Verbatim imports at most ${IMPORT_LIMITS.rows.toLocaleString('en')} at once.`]);
}

/** How deeply `text` nests arrays and objects, read without parsing (strings skipped); stops counting past `limit`. */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: its brackets are text.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** Parses JSON text, or throws an ImportError saying, in plain words, why it cannot be read. */
export function parseJson(text: string): unknown {
  if (nestingDepth(text, IMPORT_LIMITS.depth) > IMPORT_LIMITS.depth) {
    throw new ImportError([`The JSON nests lists or objects more than ${IMPORT_LIMITS.depth} levels deep; no format Verbatim reads goes deeper than a few levels, so it is not one of them.`]);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    // Engines say where differently (a position, a line, or neither): only the line is passed on.
    const said = (e as Error).message;
    const at = /position (\d+)/.exec(said);
    const line = /\bline (\d+)/.exec(said)?.[1] ?? (at ? text.slice(0, Number(at[1])).split('\n').length : undefined);
    throw new ImportError([`Not valid JSON${line ? ` (the error is on line ${Number(line).toLocaleString('en')})` : ''}: check that the file is complete and was saved as JSON.`]);
  }
}
