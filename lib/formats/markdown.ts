import type { Quote, Source } from '../model';
import { groupByQuote, type Appearance } from '../store/appearances';
import { VERDICT_LABELS, verdictOf } from '../model';
import { checkQuote, checkRowCount, emptyBatch, ImportError, sourceIri, type ImportBatch, type LooseQuote } from './batch';
import { plural } from '../text/plural';

/**
 * A report in Markdown, grouped by source: each source a `##` heading and a list of
 * its details, each quote a blockquote followed by a list (speaker, the original's
 * status as `Verdict`, note, tags, and a `Page` item per rated page's version). Text is escaped so that no character of it is read as Markdown or HTML,
 * which also lets the report be imported back.
 */

// Characters that mean something to CommonMark anywhere in a line; `&` starts entities.
const INLINE_SPECIAL = /[\\`*_[\]<>#~|&!]/g;
/** Escapes one line of text; blanks at either end and stray carriage returns become numeric entities. */
function escapeLine(line: string): string {
  return line
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/\r/g, '&#13;')
    .replace(/^[-+=]/, '\\$&') // list items and setext headings
    .replace(/^(\d+)([.)])/, '$1\\$2') // ordered lists
    .replace(/^[ \t]+|[ \t]+$/g, (blanks) => [...blanks].map((c) => `&#${c.charCodeAt(0)};`).join(''));
}

/** Escapes a value that must stay on one line (a heading, a list item). */
function escapeInline(value: string): string {
  return value.split('\n').map(escapeLine).join('&#10;');
}

function unescape(value: string): string {
  return value.replace(/\\([!-/:-@[-`{-~])|&#(\d+);/g, (_m, punct: string | undefined, code: string | undefined) => punct ?? String.fromCharCode(Number(code)));
}

/** Lines of a multi-line value: the first after `prefix`, the rest after `indent`. */
function block(prefix: string, indent: string, value: string): string[] {
  return value.split('\n').map((line, i) => `${i ? indent : prefix}${escapeLine(line)}`);
}

const UNKNOWN_SOURCE = 'Unknown source';
// Emphasised, so no escaped value can be mistaken for them.
const UNKNOWN_SPEAKER = '_unknown_';
const NOT_RATED = '_not rated_';

export function toMarkdown(quotes: Quote[], appearances: Appearance[] = [], exportedAt = new Date()): string {
  const seen = groupByQuote(appearances);
  const bySource = new Map<string, Quote[]>();
  for (const q of quotes) {
    const iri = sourceIri(q.source);
    const group = bySource.get(iri);
    if (group) group.push(q);
    else bySource.set(iri, [q]);
  }
  const out = [
    '# Verbatim library',
    '',
    `${plural(quotes.length, 'quote')} from ${plural(bySource.size, 'source')}, exported ${exportedAt.toISOString().slice(0, 10)}.`,
  ];
  for (const group of bySource.values()) {
    const source: Source = group[0].source;
    out.push('', `## ${escapeInline(source.title || source.url || UNKNOWN_SOURCE)}`, '');
    if (source.outlet) out.push(`- Outlet: ${escapeInline(source.outlet)}`);
    if (source.publishedAt) out.push(`- Published: ${escapeInline(source.publishedAt)}`);
    if (source.author) out.push(`- Author: ${escapeInline(source.author)}`);
    if (source.lang) out.push(`- Language: ${escapeInline(source.lang)}`);
    if (source.url) out.push(`- Link: ${/[<>\s]/.test(source.url) ? escapeInline(source.url) : `<${source.url}>`}`);
    for (const q of group) {
      out.push('', ...block('> ', '> ', q.text).map((l) => l.trimEnd() || '>'), '');
      out.push(`- Speaker: ${q.speaker ? escapeInline(q.speaker) : UNKNOWN_SPEAKER}`);
      out.push(`- Verdict: ${q.verdict ? VERDICT_LABELS[q.verdict] : NOT_RATED}`);
      if (q.note) out.push(...block('- Note: ', '  ', q.note));
      if (q.tags.length) out.push(`- Tags: ${q.tags.map(escapeInline).join('; ')}`);
      // Read back as nothing: a page's verdict travels in Verbatim JSON.
      for (const a of seen.get(q.id) ?? []) if (a.verdict) out.push(`- Page: ${VERDICT_LABELS[a.verdict]} (${a.matchKind}) on ${escapeInline(a.pageUrl)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

const SOURCE_LABELS: Record<string, keyof Source> = { Outlet: 'outlet', Published: 'publishedAt', Author: 'author', Language: 'lang', Link: 'url' };

/** Reads a report written by toMarkdown (or by hand in the same shape). */
export function readMarkdown(text: string): ImportBatch {
  const batch = emptyBatch('markdown');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let source: Record<string, string> = {};
  let quote: { line: number; text: string[]; fields: Record<string, string> } | undefined;
  let lastField: { into: Record<string, string>; name: string } | undefined;
  const rows: { line: number; loose: LooseQuote }[] = [];
  const finish = () => {
    if (!quote) return;
    const f = quote.fields;
    const speaker = f.Speaker === undefined || f.Speaker === UNKNOWN_SPEAKER ? '' : unescape(f.Speaker);
    const verdictLabel = f.Verdict === undefined || f.Verdict === NOT_RATED ? undefined : unescape(f.Verdict);
    const verdict = verdictLabel && (verdictOf(verdictLabel) ?? verdictLabel);
    rows.push({
      line: quote.line,
      loose: {
        text: unescape(quote.text.join('\n')),
        speaker,
        source: Object.fromEntries(Object.entries(source).map(([k, v]) => [k, unescape(v)])),
        ...(verdict ? { verdict } : {}),
        ...(f.Note !== undefined ? { note: unescape(f.Note) } : {}),
        ...(f.Tags !== undefined ? { tags: f.Tags.split('; ').map(unescape) } : {}),
      },
    });
    quote = undefined;
  };
  lines.forEach((line, i) => {
    const heading = /^## (.*)$/.exec(line);
    const item = /^- ([A-Z][a-z]+): ?(.*)$/.exec(line);
    if (heading) {
      finish();
      const title = heading[1].trim();
      source = title === UNKNOWN_SOURCE ? {} : { title };
      lastField = undefined;
    } else if (line.startsWith('>')) {
      if (!quote || Object.keys(quote.fields).length) {
        finish();
        quote = { line: i + 1, text: [], fields: {} };
      }
      quote.text.push(line.replace(/^> ?/, ''));
      lastField = undefined;
    } else if (item && quote) {
      quote.fields[item[1]] = item[2];
      lastField = { into: quote.fields, name: item[1] };
    } else if (item && SOURCE_LABELS[item[1]]) {
      const name = SOURCE_LABELS[item[1]];
      source[name] = name === 'url' ? item[2].replace(/^<(.*)>$/, '$1') : item[2];
      lastField = undefined;
    } else if (line.startsWith('  ') && lastField) {
      lastField.into[lastField.name] += `\n${line.slice(2)}`;
    } else if (line.trim()) {
      lastField = undefined;
    }
  });
  finish();
  if (!rows.length) throw new ImportError(['No quotes found: expected blockquotes (lines starting with “>”) under “##” source headings, as Verbatim’s Markdown export writes them.']);
  checkRowCount(rows.length);
  for (const { line, loose } of rows) {
    // A heading that only repeats the link is no title.
    if (loose.source?.title === loose.source?.url) delete loose.source?.title;
    const q = checkQuote(loose, `line ${line}`, batch);
    if (q) batch.quotes.push(q);
  }
  return batch;
}
