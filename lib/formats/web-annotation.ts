import type { Quote, Source } from '../model';
import { groupByQuote, type Appearance } from '../store/appearances';
import { pageVersion } from '../match/diff-summary';
import { APPEARANCE_REVIEW } from './claimreview';
import { VERDICT_LABELS, verdictOf } from '../model';
import { asArray, checkQuote, checkRowCount, emptyBatch, ImportError, isObject, sourceIri, UNLINKED_SOURCE, type ImportBatch, type LooseQuote } from './batch';

/**
 * W3C Web Annotation Data Model (JSON-LD): the library as an AnnotationCollection.
 * Each annotation targets the quote's source page with a TextQuoteSelector (the
 * quote, with its context as prefix and suffix); its bodies carry the verdict
 * (purpose `assessing`), the note (`commenting`) and tags (`tagging`). Who said the
 * quote has no term in the model, so it travels as `verbatim:speaker`; the source's
 * details use schema.org terms. The quote's verdict is its original's status; a
 * verdict on one page's version is an annotation of its own, targeting that page
 * with the page's words as its selector (`verbatim:appearanceOf` names the quote's).
 */
export const ANNOTATION_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { schema: 'http://schema.org/', verbatim: 'urn:verbatim:' }];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function annotationId(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id}` : `urn:verbatim:quote:${encodeURIComponent(id)}`;
}

function quoteIdOf(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  const uuid = /^urn:uuid:(.+)$/.exec(id);
  if (uuid) return uuid[1];
  const ours = /^urn:verbatim:quote:(.+)$/.exec(id);
  return ours ? decodeURIComponent(ours[1]) : id;
}

const SOURCE_TERMS = { title: 'schema:headline', outlet: 'schema:publisher', publishedAt: 'schema:datePublished', author: 'schema:author', lang: 'language' } as const;

function targetSource(source: Source): string | Record<string, string> {
  const details = Object.entries(SOURCE_TERMS).filter(([field]) => source[field as keyof Source]);
  if (!details.length) return sourceIri(source);
  return { id: sourceIri(source), type: 'Text', ...Object.fromEntries(details.map(([field, term]) => [term, source[field as keyof Source]!])) };
}

const textBody = (purpose: string, value: string) => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });

export function toAnnotation(q: Quote): Record<string, unknown> {
  const body = [
    ...(q.verdict ? [textBody('assessing', VERDICT_LABELS[q.verdict])] : []),
    ...(q.note ? [textBody('commenting', q.note)] : []),
    ...q.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
  ];
  const selector = { type: 'TextQuoteSelector', exact: q.text, ...(q.context.before ? { prefix: q.context.before } : {}), ...(q.context.after ? { suffix: q.context.after } : {}) };
  return {
    id: annotationId(q.id),
    type: 'Annotation',
    motivation: q.verdict ? 'assessing' : 'highlighting',
    created: q.createdAt,
    modified: q.updatedAt,
    ...(q.speaker ? { 'verbatim:speaker': q.speaker } : {}),
    ...(body.length ? { body } : {}),
    target: { source: targetSource(q.source), selector },
  };
}

/** The annotation of one rated page's version of a quote; undefined when the page is not rated. */
export function toAppearanceAnnotation(q: Quote, a: Appearance): Record<string, unknown> | undefined {
  if (!a.verdict) return undefined;
  const body = [textBody('assessing', VERDICT_LABELS[a.verdict]), ...(a.note ? [textBody('commenting', a.note)] : [])];
  return {
    id: `${APPEARANCE_REVIEW}${encodeURIComponent(q.id)}:${encodeURIComponent(a.pageUrl)}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: a.seenAt,
    ...(a.ratedAt ? { modified: a.ratedAt } : {}),
    'verbatim:appearanceOf': annotationId(q.id),
    ...(a.pageSpeaker ? { 'verbatim:speaker': a.pageSpeaker } : {}),
    body,
    target: { source: a.pageUrl, selector: { type: 'TextQuoteSelector', exact: pageVersion(q.text, a.diff) } },
  };
}

export function toAnnotationCollection(quotes: Quote[], appearances: Appearance[] = [], label = 'Verbatim library'): Record<string, unknown> {
  const seen = groupByQuote(appearances);
  const items = quotes.flatMap((q) => [toAnnotation(q), ...(seen.get(q.id) ?? []).flatMap((a) => toAppearanceAnnotation(q, a) ?? [])]);
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    // The model gives every page an IRI, an embedded one too.
    first: { id: `urn:uuid:${crypto.randomUUID()}`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

const hasType = (v: unknown, type: string) => isObject(v) && asArray(v.type ?? v['@type']).includes(type);

/** The annotations in a collection, a page, a list or a single annotation; undefined when it is none of these. */
export function annotationsIn(data: unknown): unknown[] | undefined {
  if (hasType(data, 'AnnotationCollection') && isObject(data)) {
    const first = data.first;
    return isObject(first) ? asArray(first.items) : asArray(data.items);
  }
  if (hasType(data, 'AnnotationPage') && isObject(data)) return asArray(data.items);
  if (hasType(data, 'Annotation')) return [data];
  if (Array.isArray(data) && data.length && data.every((a) => hasType(a, 'Annotation'))) return data;
  return undefined;
}

function fromAnnotation(a: Record<string, unknown>): LooseQuote | string {
  const target = asArray(a.target).find((t) => isObject(t) && asArray(t.selector).some((s) => hasType(s, 'TextQuoteSelector')));
  if (!isObject(target)) return 'target.selector';
  const selector = asArray(target.selector).find((s) => hasType(s, 'TextQuoteSelector')) as Record<string, unknown>;
  const src = target.source;
  const iri = isObject(src) ? src.id ?? src['@id'] : src;
  const source: LooseQuote['source'] = { url: typeof iri === 'string' && iri.startsWith(UNLINKED_SOURCE) ? undefined : iri };
  if (isObject(src)) for (const [field, term] of Object.entries(SOURCE_TERMS)) if (src[term] !== undefined) source[field as keyof typeof SOURCE_TERMS] = src[term];
  const bodies = [...asArray(a.body), ...(a.bodyValue === undefined ? [] : [{ type: 'TextualBody', value: a.bodyValue }])].filter(isObject);
  const withPurpose = (purpose: string) => bodies.filter((b) => asArray(b.purpose).includes(purpose) && typeof b.value === 'string').map((b) => b.value as string);
  const unmarked = bodies.filter((b) => b.purpose === undefined && typeof b.value === 'string').map((b) => b.value as string);
  // A body with no purpose on an `assessing` annotation is the assessment when it names a verdict.
  const assessment = withPurpose('assessing')[0] ?? (asArray(a.motivation).includes('assessing') ? unmarked.find((v) => verdictOf(v)) : undefined);
  const notes = [...withPurpose('commenting'), ...unmarked.filter((v) => v !== assessment)];
  const tags = withPurpose('tagging');
  return {
    id: quoteIdOf(a.id),
    text: selector.exact,
    speaker: a['verbatim:speaker'],
    source,
    context: { before: selector.prefix, after: selector.suffix },
    ...(assessment !== undefined ? { verdict: verdictOf(assessment) ?? assessment } : {}),
    ...(notes.length ? { note: notes.join('\n\n') } : {}),
    ...(tags.length ? { tags } : {}),
    createdAt: a.created,
    updatedAt: a.modified,
  };
}

export function readWebAnnotations(data: unknown): ImportBatch {
  const annotations = annotationsIn(data);
  if (!annotations) throw new ImportError(['Expected a W3C Web Annotation, AnnotationPage or AnnotationCollection.']);
  checkRowCount(annotations.length);
  const batch = emptyBatch('web-annotation');
  annotations.forEach((a, i) => {
    const row = `annotation ${i + 1}`;
    if (!isObject(a)) return batch.rejections.push({ row, message: 'expected an object' });
    if (typeof a.id === 'string' && a.id.startsWith(APPEARANCE_REVIEW)) {
      return batch.warnings.push({ row, message: 'assesses one page’s version of a quote, not the original: left out (Verbatim JSON carries verdicts on pages)' });
    }
    const loose = fromAnnotation(a);
    if (typeof loose === 'string') return batch.rejections.push({ row, field: loose, message: 'no TextQuoteSelector: nothing says which words it marks' });
    const quote = checkQuote(loose, row, batch, (field) => ({ text: 'TextQuoteSelector.exact', 'context.before': 'TextQuoteSelector.prefix', 'context.after': 'TextQuoteSelector.suffix', 'source.url': 'target.source' })[field] ?? field);
    if (quote) batch.quotes.push(quote);
  });
  return batch;
}
