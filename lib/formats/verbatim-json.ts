import type { Quote, QuoteInput, SightingRecord, Source } from '../model';
import { VERDICTS } from '../model';

/** Verbatim's own export format. `version` goes up when a field changes meaning. */
export const FORMAT_NAME = 'verbatim';
export const FORMAT_VERSION = 1;

export interface VerbatimExport {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  exportedAt: string;
  quotes: Quote[];
  sightings?: SightingRecord[];
}

export function toVerbatimExport(quotes: Quote[], sightings: SightingRecord[] = []): VerbatimExport {
  return { format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: new Date().toISOString(), quotes, sightings };
}

/** A file that cannot be imported; `problems` name the row and field of each fault. */
export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? problems[0]
        : `${problems.length} problems:\n${problems.slice(0, 10).join('\n')}${problems.length > 10 ? `\n… and ${problems.length - 10} more` : ''}`,
    );
  }
}

const MAX_TEXT = 10_000;
const MAX_FIELD = 2_000;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads quotes from our own format or from the plain `{"quotes": [...]}` shape
 * (extra fields allowed). Either every quote is valid and returned, or an
 * ImportError lists what is wrong and nothing is imported.
 */
export function parseQuotesFile(json: string): QuoteInput[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ImportError([`Not a JSON file: ${(e as Error).message}`]);
  }
  if (!isObject(data) || !Array.isArray(data.quotes)) {
    throw new ImportError(['Expected a JSON object with a "quotes" array.']);
  }
  if (data.format === FORMAT_NAME && typeof data.version === 'number' && data.version > FORMAT_VERSION) {
    throw new ImportError([`This file is Verbatim format version ${data.version}; this version of Verbatim reads up to ${FORMAT_VERSION}.`]);
  }
  const problems: string[] = [];
  const quotes: QuoteInput[] = [];
  data.quotes.forEach((row: unknown, i: number) => {
    const at = `quotes[${i}]`;
    const fault = (field: string, message: string) => problems.push(`${at}.${field}: ${message}`);
    if (!isObject(row)) return problems.push(`${at}: expected an object`);
    const str = (v: unknown, field: string, max = MAX_FIELD): string | undefined => {
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string') return void fault(field, 'expected text');
      if (v.length > max) return void fault(field, `longer than ${max} characters`);
      return v;
    };
    const text = str(row.text, 'text', MAX_TEXT);
    if (!text?.trim()) {
      if (row.text === undefined || typeof row.text === 'string') fault('text', 'missing');
      return;
    }
    const speaker = str(row.speaker, 'speaker') ?? '';
    const sourceRow = row.source ?? {};
    if (!isObject(sourceRow)) return fault('source', 'expected an object');
    const source: Source = { url: str(sourceRow.url, 'source.url') ?? '' };
    for (const field of ['title', 'outlet', 'publishedAt', 'author', 'lang'] as const) {
      const value = str(sourceRow[field], `source.${field}`);
      if (value) source[field] = value;
    }
    if (source.url && !/^https?:\/\//i.test(source.url)) fault('source.url', 'expected an http(s) address');
    const contextRow = row.context ?? {};
    if (!isObject(contextRow)) return fault('context', 'expected an object');
    const context = { before: str(contextRow.before, 'context.before') ?? '', after: str(contextRow.after, 'context.after') ?? '' };
    const quote: QuoteInput = { text, speaker, source, context };
    const id = str(row.id, 'id', 100);
    if (id) quote.id = id;
    if (row.verdict !== undefined && row.verdict !== null) {
      if ((VERDICTS as readonly unknown[]).includes(row.verdict)) quote.verdict = row.verdict as QuoteInput['verdict'];
      else fault('verdict', `expected one of ${VERDICTS.join(', ')}`);
    }
    const note = str(row.note, 'note', MAX_TEXT);
    if (note) quote.note = note;
    if (row.tags !== undefined) {
      if (Array.isArray(row.tags) && row.tags.every((t) => typeof t === 'string')) quote.tags = row.tags as string[];
      else fault('tags', 'expected a list of text');
    }
    for (const field of ['createdAt', 'updatedAt'] as const) {
      const value = str(row[field], field, 40);
      if (value === undefined) continue;
      if (Number.isNaN(Date.parse(value))) fault(field, 'expected a date');
      else quote[field] = value;
    }
    quotes.push(quote);
  });
  if (problems.length) throw new ImportError(problems);
  if (!quotes.length) throw new ImportError(['The file has no quotes.']);
  return quotes;
}
