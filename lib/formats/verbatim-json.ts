import type { Quote, QuoteInput, Verdict } from '../model';
import { LIMITS, MATCH_KINDS, VERDICTS, type MatchKind } from '../model';
import { withoutKey, type Appearance } from '../store/appearances';
import { stripEmpty } from '../store/quotes';
import type { DiffPart } from '../match/diff';
import { DATE_FORMS, isoDate } from './dates';
import { checkQuote, checkRowCount, emptyBatch, ImportError, isObject, isWebAddress, parseJson, describeProblem, type ImportBatch, type Problem, type SightingInput } from './batch';

export { ImportError } from './batch';

/**
 * Verbatim's own export format, documented by verbatim.schema.json beside this file.
 * `version` goes up when a field changes meaning.
 */
export const FORMAT_NAME = 'verbatim';
export const FORMAT_VERSION = 1;

export interface VerbatimExport {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  exportedAt: string;
  quotes: Quote[];
  sightings?: SightingInput[];
}

/** The export of these quotes and their appearances on other pages ("sightings"), verdicts included; the store's keys stay behind. */
export function toVerbatimExport(quotes: Quote[], sightings: Appearance[] = []): VerbatimExport {
  const ids = new Set(quotes.map((q) => q.id));
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    quotes,
    sightings: sightings.filter((s) => ids.has(s.quoteId)).map(withoutKey),
  };
}

/**
 * Reads our own format or the plain `{"quotes": [...]}` shape (extra fields allowed):
 * every valid row becomes a quote, every invalid one a rejection naming its field.
 */
export function readVerbatimJson(data: unknown): ImportBatch {
  if (!isObject(data) || !Array.isArray(data.quotes)) throw new ImportError(['Expected a JSON object with a "quotes" array.']);
  if (data.format === FORMAT_NAME && typeof data.version === 'number' && data.version > FORMAT_VERSION) {
    throw new ImportError([`This file is Verbatim format version ${data.version}; this version of Verbatim reads up to ${FORMAT_VERSION}.`]);
  }
  checkRowCount(data.quotes.length);
  const batch = emptyBatch('verbatim-json');
  data.quotes.forEach((row: unknown, i: number) => {
    const at = `quotes[${i}]`;
    if (!isObject(row)) return batch.rejections.push({ row: at, message: 'expected an object' });
    if (row.source !== undefined && !isObject(row.source)) return batch.rejections.push({ row: at, field: 'source', message: 'expected an object' });
    if (row.context !== undefined && !isObject(row.context)) return batch.rejections.push({ row: at, field: 'context', message: 'expected an object' });
    const quote = checkQuote(row, at, batch);
    if (quote) batch.quotes.push(quote);
  });
  const ids = new Set(batch.quotes.map((q) => q.id).filter(Boolean));
  if (data.sightings !== undefined && data.sightings !== null && !Array.isArray(data.sightings)) throw new ImportError(['"sightings" must be a list.']);
  const sightings = Array.isArray(data.sightings) ? data.sightings : [];
  sightings.forEach((row: unknown, i: number) => {
    const at = `sightings[${i}]`;
    const sighting = checkSighting(row);
    if ('message' in sighting) batch.rejections.push({ row: at, ...sighting });
    else if (!ids.has(sighting.quoteId)) batch.rejections.push({ row: at, field: 'quoteId', message: 'no quote in this file has this id' });
    else batch.sightings.push(sighting);
  });
  return batch;
}

/** A sighting, or what is wrong with it. */
function checkSighting(row: unknown): SightingInput | Omit<Problem, 'row'> {
  if (!isObject(row)) return { message: 'expected an object' };
  const { quoteId, pageUrl, title, outlet, seenAt, matchKind, diff, pageSpeaker, verdict, note, ratedAt, savedAs } = row;
  if (typeof quoteId !== 'string' || !quoteId) return { field: 'quoteId', message: 'missing' };
  if (typeof pageUrl !== 'string' || !isWebAddress(pageUrl)) return { field: 'pageUrl', message: 'expected an http(s) address' };
  if (typeof seenAt !== 'string' || !isoDate(seenAt)) return { field: 'seenAt', message: `expected an ISO 8601 date (${DATE_FORMS})` };
  if (!MATCH_KINDS.includes(matchKind as MatchKind)) return { field: 'matchKind', message: `expected one of ${MATCH_KINDS.join(', ')}` };
  for (const [field, value] of Object.entries({ title, outlet, pageSpeaker, note, savedAs })) if (value !== undefined && value !== null && typeof value !== 'string') return { field, message: 'expected text' };
  if (typeof note === 'string' && note.length > LIMITS.note) return { field: 'note', message: `longer than ${LIMITS.note.toLocaleString('en')} characters` };
  if (verdict !== undefined && verdict !== null && verdict !== '' && !VERDICTS.includes(verdict as Verdict)) return { field: 'verdict', message: `expected one of ${VERDICTS.join(', ')}` };
  if (ratedAt !== undefined && ratedAt !== null && (typeof ratedAt !== 'string' || !isoDate(ratedAt))) return { field: 'ratedAt', message: `expected an ISO 8601 date (${DATE_FORMS})` };
  if (diff !== undefined && diff !== null && !isDiff(diff)) return { field: 'diff', message: `expected a list of {op, original, page} with op one of ${DIFF_OPS.join(', ')}` };
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const details: Partial<Appearance> = stripEmpty({
    diff: Array.isArray(diff) && diff.length ? (diff as DiffPart[]).map(({ op, original, page }) => ({ op, original, page })) : undefined,
    pageSpeaker: text(pageSpeaker),
    verdict: text(verdict) as Verdict | undefined,
    note: text(note),
    ratedAt: text(ratedAt),
    savedAs: text(savedAs),
  });
  return {
    quoteId,
    pageUrl,
    ...(typeof title === 'string' && title ? { title } : {}),
    ...(typeof outlet === 'string' && outlet ? { outlet } : {}),
    seenAt,
    matchKind: matchKind as MatchKind,
    ...details,
  };
}

const DIFF_OPS = ['same', 'changed', 'added', 'dropped', 'cut', 'inserted', 'unquoted'] as const;

function isDiff(v: unknown): boolean {
  return Array.isArray(v) && v.every((p) => isObject(p) && DIFF_OPS.includes(p.op as never) && typeof p.original === 'string' && typeof p.page === 'string');
}

/**
 * For a file taken whole (the starter quotes, seeded on install): either
 * every quote is valid and returned, or an ImportError lists what is wrong.
 */
export function parseQuotesFile(json: string): QuoteInput[] {
  const batch = readVerbatimJson(parseJson(json));
  if (batch.rejections.length) throw new ImportError(batch.rejections.map(describeProblem));
  if (!batch.quotes.length) throw new ImportError(['The file has no quotes.']);
  return batch.quotes;
}
