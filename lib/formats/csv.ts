import type { Quote } from '../model';
import { VERDICT_LABELS } from '../model';
import { groupByQuote, type Appearance } from '../store/appearances';
import { verdictOf } from '../model';
import { checkQuote, checkRowCount, emptyBatch, ImportError, type ImportBatch, type LooseQuote } from './batch';

/**
 * CSV, RFC 4180: UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8),
 * CRLF between rows, a header row, one row per quote. Columns (documented in the README, "CSV"):
 */
export const CSV_COLUMNS = {
  id: 'Verbatim id of the quote',
  text: 'the quote’s exact words (required on import)',
  speaker: 'who said it',
  source_url: 'the page it first appeared on',
  source_title: 'that page’s headline',
  source_outlet: 'the publication',
  source_published_at: 'when the page was published (ISO 8601)',
  source_author: 'the page’s author',
  source_lang: 'the page’s language',
  context_before: 'text just before the quote',
  context_after: 'text just after the quote',
  verdict: 'the original’s status: accurate, misquoted, out-of-context, unverified or false',
  note: 'the fact-checker’s note',
  tags: 'tags separated by “; ”',
  created_at: 'when the quote entered the library',
  updated_at: 'when it last changed',
  sightings: 'how many pages it was seen on (export only)',
  page_verdicts: 'the reader’s verdict on each rated page’s version, “Verdict (kind): address” separated by “; ” (export only)',
} as const;
type Column = keyof typeof CSV_COLUMNS;
const COLUMNS = Object.keys(CSV_COLUMNS) as Column[];

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/** A cell that cannot run as a formula: a leading apostrophe, which import takes off again. */
export function defuseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function restoreCell(value: string): string {
  return ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}

function quoteCell(value: string): string {
  const safe = defuseCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellsOf(q: Quote, seen: Appearance[]): Record<Column, string> {
  return {
    id: q.id,
    text: q.text,
    speaker: q.speaker,
    source_url: q.source.url,
    source_title: q.source.title ?? '',
    source_outlet: q.source.outlet ?? '',
    source_published_at: q.source.publishedAt ?? '',
    source_author: q.source.author ?? '',
    source_lang: q.source.lang ?? '',
    context_before: q.context.before,
    context_after: q.context.after,
    verdict: q.verdict ?? '',
    note: q.note ?? '',
    tags: q.tags.join('; '),
    created_at: q.createdAt,
    updated_at: q.updatedAt,
    sightings: String(seen.length),
    page_verdicts: seen.flatMap((a) => (a.verdict ? [`${VERDICT_LABELS[a.verdict]} (${a.matchKind}): ${a.pageUrl}`] : [])).join('; '),
  };
}

export function toCsv(quotes: Quote[], appearances: Appearance[] = []): string {
  const lines = [COLUMNS.join(',')];
  const byQuote = groupByQuote(appearances);
  for (const q of quotes) {
    const cells = cellsOf(q, byQuote.get(q.id) ?? []);
    lines.push(COLUMNS.map((c) => quoteCell(cells[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const SPECIAL = /[",\r\n]/g;

/** Splits RFC 4180 text into rows of cells; also takes LF-only line ends. Throws on an unclosed quote. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quotedFrom = -1;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quotedFrom >= 0) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quotedFrom = -1;
        i++;
      } else {
        // Copy the run up to the next quote mark at once: cells can be long.
        const next = text.indexOf('"', i);
        const end = next < 0 ? text.length : next;
        cell += text.slice(i, end);
        i = end;
      }
    } else if (c === '"' && cell === '') {
      quotedFrom = rows.length + 1;
      i++;
    } else if (c === ',') {
      endCell();
      i++;
    } else if (c === '\r' || c === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      SPECIAL.lastIndex = i + 1;
      const end = SPECIAL.exec(text)?.index ?? text.length;
      cell += text.slice(i, end);
      i = end;
    }
  }
  if (quotedFrom >= 0) throw new ImportError([`row ${quotedFrom}: a quoted cell is never closed`]);
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Other tools' names for our columns, so their spreadsheets import as they are. */
const COLUMN_ALIASES: Record<string, Column> = {
  quote: 'text', quotation: 'text', claim: 'text',
  claimant: 'speaker', said_by: 'speaker',
  url: 'source_url', link: 'source_url', source: 'source_url',
  title: 'source_title', headline: 'source_title',
  outlet: 'source_outlet', publisher: 'source_outlet', publication: 'source_outlet',
  published: 'source_published_at', published_at: 'source_published_at', date: 'source_published_at',
  notes: 'note', comment: 'note',
  tag: 'tags', keywords: 'tags',
};

/** Reads a CSV with a header row naming our columns (in any order, any case, or by COLUMN_ALIASES); unknown columns are ignored. */
export function readCsv(text: string): ImportBatch {
  const rows = parseCsvRows(text);
  const header = (rows.shift() ?? []).map((h) => {
    const name = h.trim().toLowerCase().replace(/[\s-]+/g, '_');
    return COLUMN_ALIASES[name] ?? name;
  });
  if (!header.includes('text')) throw new ImportError(['row 1: expected a header row with a “text” column (see the CSV columns in Verbatim’s README)']);
  checkRowCount(rows.length);
  if (rows.every((cells) => cells.every((c) => !c.trim()))) throw new ImportError(['The CSV has its header row but no rows below it: there are no quotes in it.']);
  const batch = emptyBatch('csv');
  const index = new Map(header.map((h, i) => [h, i]));
  const fieldToColumn: Record<string, Column> = {
    'source.url': 'source_url', 'source.title': 'source_title', 'source.outlet': 'source_outlet', 'source.publishedAt': 'source_published_at',
    'source.author': 'source_author', 'source.lang': 'source_lang', 'context.before': 'context_before', 'context.after': 'context_after',
    createdAt: 'created_at', updatedAt: 'updated_at',
  };
  rows.forEach((cells, r) => {
    if (cells.length === 1 && cells[0] === '') return; // a blank line
    const cell = (c: Column) => {
      const at = index.get(c);
      const v = at === undefined ? undefined : cells[at];
      return v === undefined || v === '' ? undefined : restoreCell(v);
    };
    const tags = cell('tags');
    const verdictCell = cell('verdict');
    const loose: LooseQuote = {
      id: cell('id'),
      text: cell('text'),
      speaker: cell('speaker'),
      source: { url: cell('source_url'), title: cell('source_title'), outlet: cell('source_outlet'), publishedAt: cell('source_published_at'), author: cell('source_author'), lang: cell('source_lang') },
      context: { before: cell('context_before'), after: cell('context_after') },
      verdict: verdictCell === undefined ? undefined : (verdictOf(verdictCell) ?? verdictCell),
      note: cell('note'),
      tags: tags === undefined ? undefined : tags.split(';').map((t) => t.trim()).filter(Boolean),
      createdAt: cell('created_at'),
      updatedAt: cell('updated_at'),
    };
    const quote = checkQuote(loose, `row ${r + 2}`, batch, (field) => `column ${fieldToColumn[field] ?? field}`);
    if (quote) batch.quotes.push(quote);
  });
  return batch;
}
