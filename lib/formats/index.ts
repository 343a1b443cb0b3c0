import type { Quote } from '../model';
import type { Appearance } from '../store/appearances';
import { ImportError, IMPORT_LIMITS, isObject, parseJson, type FormatId, type ImportBatch } from './batch';
import { readVerbatimJson, toVerbatimExport } from './verbatim-json';
import { readCsv, toCsv } from './csv';
import { readMarkdown, toMarkdown } from './markdown';
import { annotationsIn, readWebAnnotations, toAnnotationCollection } from './web-annotation';
import { claimReviewGaps, findClaimReviews, jsonLdInHtml, readClaimReviews, readFactCheckTools, toClaimReviews, type Reviewer } from './claimreview';
import { plural } from '../text/plural';

export type ExportFormat = Exclude<FormatId, 'factcheck-tools'>;

export const EXPORT_FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  'verbatim-json': { extension: 'json', mime: 'application/json' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  'web-annotation': { extension: 'jsonld', mime: 'application/ld+json' },
  claimreview: { extension: 'claimreview.jsonld', mime: 'application/ld+json' },
};

export const FORMAT_LABELS: Record<FormatId, string> = {
  'verbatim-json': 'JSON',
  csv: 'CSV',
  markdown: 'Markdown',
  'web-annotation': 'Web Annotation',
  claimreview: 'ClaimReview',
  'factcheck-tools': 'Fact Check Tools claims',
};

/**
 * The file's text in `format`. The quote's verdict is its original's status; appearances
 * (other pages, with their kind and the reader's verdict on each) go where the format has room.
 */
export function exportQuotes(format: ExportFormat, quotes: Quote[], sightings: Appearance[], reviewer: Partial<Reviewer> = {}): string {
  const wanted = new Set(quotes.map((q) => q.id));
  const appearances = sightings.filter((s) => wanted.has(s.quoteId));
  switch (format) {
    case 'verbatim-json':
      return JSON.stringify(toVerbatimExport(quotes, appearances));
    case 'csv':
      return toCsv(quotes, appearances);
    case 'markdown':
      return toMarkdown(quotes, appearances);
    case 'web-annotation':
      return JSON.stringify(toAnnotationCollection(quotes, appearances));
    case 'claimreview':
      return JSON.stringify(toClaimReviews(quotes, appearances, reviewer));
  }
}

/** What an export in `format` leaves out or names differently than the reader may expect, in plain words; empty when nothing. */
export function exportNotes(format: ExportFormat, quotes: Quote[], reviewer: Partial<Reviewer> = {}): string[] {
  const unlinked = quotes.filter((q) => !q.source.url).length;
  const withoutUrl = `${plural(unlinked, 'quote')} without a source URL`;
  switch (format) {
    case 'web-annotation':
      return unlinked ? [`${withoutUrl} target${unlinked === 1 ? 's' : ''} a “urn:verbatim:source:” name in place of a web address (the model requires an IRI), with the source’s details beside it`] : [];
    case 'claimreview':
      return [...claimReviewGaps(quotes, reviewer), ...(unlinked ? [`${withoutUrl} name${unlinked === 1 ? 's' : ''} its first appearance by its details only, with no url`] : [])];
    default:
      return [];
  }
}

/** Whether a file of this size may be read at all; the message says why not. */
export function checkFileSize(name: string, bytes: number): string | undefined {
  if (bytes > IMPORT_LIMITS.fileBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    return `${name} is ${mb(bytes)}; Verbatim imports files of up to ${mb(IMPORT_LIMITS.fileBytes)}. Split it, or export a filtered part of the library it came from.`;
  }
  if (bytes === 0) return `${name} is empty.`;
  return undefined;
}

/**
 * Reads a file in whichever supported format it is, told apart by its content
 * (and by its name for CSV and Markdown, which have no mark of their own).
 */
export function readImportFile(name: string, text: string): ImportBatch {
  const batch = readAnyFormat(name, text);
  if (!batch.quotes.length && !batch.rejections.length) throw new ImportError([`${name} holds no quotes: there is nothing in it to import.`]);
  return batch;
}

function readAnyFormat(name: string, text: string): ImportBatch {
  const lower = name.toLowerCase();
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (lower.endsWith('.csv')) return readCsv(text);
  if (/\.(md|markdown)$/.test(lower)) return readMarkdown(text);
  if (/\.html?$/.test(lower) || trimmed.startsWith('<')) return readClaimReviews(jsonLdInHtml(text));
  if (!/\.(json|jsonld)$/.test(lower) && !trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    throw new ImportError([`${name}: not a file Verbatim reads. It imports Verbatim JSON, CSV (.csv), Markdown (.md), W3C Web Annotations, ClaimReview JSON-LD (or a page containing it) and Fact Check Tools responses.`]);
  }
  const data = parseJson(trimmed);
  if (isObject(data) && Array.isArray(data.quotes)) return readVerbatimJson(data);
  if (isObject(data) && Array.isArray(data.claims)) return readFactCheckTools(data);
  if (annotationsIn(data)) return readWebAnnotations(data);
  if (findClaimReviews(data).length) return readClaimReviews(data);
  throw new ImportError([
    'The JSON has none of the shapes Verbatim reads: {"quotes": [...]}, a W3C AnnotationCollection, schema.org ClaimReview, or a Fact Check Tools {"claims": [...]} response.',
  ]);
}
