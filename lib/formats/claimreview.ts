import type { Quote, Verdict } from '../model';
import { groupByQuote, type Appearance } from '../store/appearances';
import { pageVersion } from '../match/diff-summary';
import { VERDICT_LABELS, verdictOf } from '../model';
import { plural } from '../text/plural';
import { asArray, checkQuote, checkRowCount, emptyBatch, ImportError, isObject, parseJson, type ImportBatch, type LooseQuote } from './batch';

/**
 * schema.org ClaimReview, the JSON-LD fact-checkers publish and search engines read.
 * Export writes one ClaimReview per quote whose original has a status (its verdict),
 * and one per rated appearance: that page's version of the words, reviewed with the
 * page as the claim's `appearance` and the reader's verdict on it as the rating.
 * Import reads reviews of originals from
 * our export, from JSON-LD found in a fact-checker's page (also inside an HTML file),
 * and from the Google Fact Check Tools API's `claims:search` response.
 */

/** Who publishes the reviews and where: the reader sets it once in the library; Google requires both. */
export interface Reviewer {
  /** The organisation or person publishing the fact checks. */
  name: string;
  /** The page where the reviews are published; each review's `url` is this page with the quote's id as its fragment. */
  url: string;
}

/** What a ClaimReview export leaves out, in words for the reader; empty when it is complete. */
export function claimReviewGaps(quotes: Quote[], reviewer: Partial<Reviewer> = {}): string[] {
  const unrated = quotes.filter((q) => !q.verdict).length;
  // Rated appearances get reviews of their own; a quote counts as unrated when its original has no status.
  return [
    ...(unrated ? [`${plural(unrated, 'quote')} without a verdict ${unrated === 1 ? 'has' : 'have'} no ClaimReview`] : []),
    ...(!reviewer.name?.trim() ? ['no review author is set (the “Reviews published by” field), which Google requires'] : []),
    ...(!reviewer.url?.trim() ? ['no review page is set (the “Review page” field), so the reviews have no url, which Google requires'] : []),
  ];
}

export function toClaimReview(q: Quote, sightingUrls: string[] = [], reviewer: Partial<Reviewer> = {}): Record<string, unknown> | undefined {
  if (!q.verdict) return undefined;
  const { source } = q;
  const details = {
    ...(source.title ? { headline: source.title } : {}),
    ...(source.outlet ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
    ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
    ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
    ...(source.lang ? { inLanguage: source.lang } : {}),
  };
  // A source known without a URL is still a CreativeWork: its details say which.
  const firstAppearance = source.url || Object.keys(details).length ? { '@type': 'CreativeWork', ...(source.url ? { url: source.url } : {}), ...details } : undefined;
  const appearance = [...(firstAppearance ? [firstAppearance] : []), ...sightingUrls.filter((u) => u !== source.url).map((url) => ({ '@type': 'CreativeWork', url }))];
  const name = reviewer.name?.trim();
  const page = reviewer.url?.trim();
  return {
    '@type': 'ClaimReview',
    '@id': `urn:verbatim:quote:${encodeURIComponent(q.id)}`,
    ...(page ? { url: `${page.replace(/#.*$/, '')}#quote-${encodeURIComponent(q.id)}` } : {}),
    ...(name ? { author: { '@type': 'Organization', name } } : {}),
    claimReviewed: q.text,
    datePublished: q.updatedAt,
    ...(q.tags.length ? { keywords: q.tags } : {}),
    itemReviewed: {
      '@type': 'Claim',
      ...(q.speaker ? { author: { '@type': 'Person', name: q.speaker } } : {}),
      ...(appearance.length ? { appearance } : {}),
      ...(firstAppearance ? { firstAppearance } : {}),
      ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: VERDICT_LABELS[q.verdict],
      ...(q.note ? { ratingExplanation: q.note } : {}),
    },
  };
}

/** The review of one page's version of a quote, rated by the reader; undefined when the appearance is not rated. */
export function toAppearanceReview(q: Quote, a: Appearance, reviewer: Partial<Reviewer> = {}): Record<string, unknown> | undefined {
  if (!a.verdict) return undefined;
  const name = reviewer.name?.trim();
  const page = reviewer.url?.trim();
  const id = `${encodeURIComponent(q.id)}:${encodeURIComponent(a.pageUrl)}`;
  const appearance = { '@type': 'CreativeWork', url: a.pageUrl, ...(a.title ? { headline: a.title } : {}), ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}) };
  return {
    '@type': 'ClaimReview',
    '@id': `${APPEARANCE_REVIEW}${id}`,
    ...(page ? { url: `${page.replace(/#.*$/, '')}#appearance-${encodeURIComponent(id)}` } : {}),
    ...(name ? { author: { '@type': 'Organization', name } } : {}),
    claimReviewed: pageVersion(q.text, a.diff),
    datePublished: a.ratedAt ?? a.seenAt,
    itemReviewed: {
      '@type': 'Claim',
      // Who the page says spoke: its own credit when it names someone else.
      ...(a.pageSpeaker || q.speaker ? { author: { '@type': 'Person', name: a.pageSpeaker ?? q.speaker } } : {}),
      appearance: [appearance],
      ...(q.source.url ? { firstAppearance: { '@type': 'CreativeWork', url: q.source.url } } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: VERDICT_LABELS[a.verdict],
      ...(a.note ? { ratingExplanation: a.note } : {}),
    },
  };
}

/** The `@id` of a review of one appearance: import leaves these out, since their words are a page's version, not the original. */
export const APPEARANCE_REVIEW = 'urn:verbatim:appearance:';

export function toClaimReviews(quotes: Quote[], appearances: Appearance[] = [], reviewer: Partial<Reviewer> = {}): Record<string, unknown> {
  const byQuote = groupByQuote(appearances);
  return {
    '@context': 'https://schema.org',
    '@graph': quotes.flatMap((q) => {
      const seen = byQuote.get(q.id) ?? [];
      // The original's review names the pages that give the same words; the others have their own reviews.
      const original = toClaimReview(q, seen.filter((a) => a.matchKind === 'exact' && !a.pageSpeaker).map((a) => a.pageUrl), reviewer);
      return [...(original ? [original] : []), ...seen.flatMap((a) => toAppearanceReview(q, a, reviewer) ?? [])];
    }),
  };
}

// Fact-checkers' own rating words, checked in order: the first family that matches wins.
const RATING_WORDS: [Verdict, RegExp][] = [
  ['misquoted', /misquot|altered|doctored|fabricated quote|never said|wrongly attributed|misattribut|distort/i],
  ['out-of-context', /context|mislead|cherry|half[- ]true|partly|partially|mixture|exaggerat|spin|mostly false|mostly true/i],
  ['false', /false|pants on fire|incorrect|wrong|fake|untrue|inaccurate|hoax|bogus|four pinocchios|baseless/i],
  ['unverified', /unverif|unproven|unsupported|no evidence|unsubstantiated|can't|cannot be|unclear|research in progress|not enough/i],
  ['accurate', /^(true|correct|accurate|right|verified|legit)|\bgeppetto\b/i],
];

/** Our verdict for a fact-checker's rating text, or undefined when it does not say. */
export function verdictForRating(rating: string): Verdict | undefined {
  return verdictOf(rating) ?? RATING_WORDS.find(([, words]) => words.test(rating))?.[0];
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const nameOf = (v: unknown): string | undefined => text(v) ?? (isObject(v) ? text(v.name) : Array.isArray(v) ? nameOf(v[0]) : undefined);
const urlOf = (v: unknown): string | undefined => text(v) ?? (isObject(v) ? text(v.url) ?? text(v['@id']) : undefined);

/** Every object typed ClaimReview anywhere in the data (in `@graph`, arrays, or nested in an article). */
export function findClaimReviews(data: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(data)) data.forEach((d) => findClaimReviews(d, found));
  else if (isObject(data)) {
    if (asArray(data['@type']).includes('ClaimReview')) found.push(data);
    else for (const value of Object.values(data)) if (typeof value === 'object') findClaimReviews(value, found);
  }
  return found;
}

/** A rating's own words as a note, when our scale cannot say it exactly. */
function ratingNote(rating: string | undefined, verdict: Verdict | undefined, by: string | undefined, url: string | undefined, date: string | undefined): string | undefined {
  if (!rating || (verdict && VERDICT_LABELS[verdict].toLowerCase() === rating.toLowerCase())) return undefined;
  return `Rated “${rating}”${by ? ` by ${by}` : ''}${date ? ` on ${date.slice(0, 10)}` : ''}${url ? `: ${url}` : ''}`;
}

function fromClaimReview(review: Record<string, unknown>): LooseQuote {
  const claim = isObject(review.itemReviewed) ? review.itemReviewed : {};
  const ours = /^urn:verbatim:quote:(.+)$/.exec(text(review['@id']) ?? '');
  // Our export names the source as firstAppearance whenever it knows it; other appearances are sightings.
  const first = claim.firstAppearance ?? (ours ? undefined : asArray(claim.appearance)[0]);
  const rating = isObject(review.reviewRating) ? review.reviewRating : {};
  const alternateName = text(rating.alternateName) ?? text(rating.name);
  const verdict = alternateName ? verdictForRating(alternateName) : undefined;
  const reviewUrl = text(review.url);
  const note = [text(rating.ratingExplanation), ratingNote(alternateName, verdict, nameOf(review.author), text(review.url), text(review.datePublished))].filter(Boolean).join('\n\n');
  const firstObject = isObject(first) ? first : {};
  return {
    ...(ours ? { id: decodeURIComponent(ours[1]) } : {}),
    text: review.claimReviewed ?? claim.name ?? claim.text,
    speaker: nameOf(claim.author) ?? nameOf(claim.claimant) ?? '',
    source: {
      // Without a first appearance, a review from elsewhere stands as its own source; ours never does.
      url: urlOf(first) ?? (ours || !reviewUrl ? undefined : reviewUrl),
      title: text(firstObject.headline) ?? text(firstObject.name),
      outlet: nameOf(firstObject.publisher),
      publishedAt: firstObject.datePublished ?? claim.datePublished,
      author: nameOf(firstObject.author),
      lang: text(firstObject.inLanguage),
    },
    ...(verdict ? { verdict } : {}),
    ...(note ? { note } : {}),
    tags: (typeof review.keywords === 'string' ? review.keywords.split(',') : asArray(review.keywords)).filter((k) => typeof k === 'string'),
    ...(ours ? { updatedAt: review.datePublished } : {}),
  };
}

export function readClaimReviews(data: unknown): ImportBatch {
  const reviews = findClaimReviews(data);
  if (!reviews.length) throw new ImportError(['No schema.org ClaimReview found in this file.']);
  checkRowCount(reviews.length);
  const batch = emptyBatch('claimreview');
  reviews.forEach((review, i) => {
    if (text(review['@id'])?.startsWith(APPEARANCE_REVIEW)) {
      batch.warnings.push({ row: `ClaimReview ${i + 1}`, message: 'reviews one page’s version of a quote, not the original: left out (Verbatim JSON carries verdicts on pages)' });
      return;
    }
    const quote = checkQuote(fromClaimReview(review), `ClaimReview ${i + 1}`, batch, (field) => ({ text: 'claimReviewed', speaker: 'itemReviewed.author', 'source.url': 'itemReviewed.firstAppearance.url' })[field] ?? field);
    if (quote) batch.quotes.push(quote);
  });
  return batch;
}

/** JSON-LD blocks of an HTML page, read as text: nothing in the page is run or rendered. */
export function jsonLdInHtml(html: string): unknown[] {
  const blocks: unknown[] = [];
  for (const m of html.matchAll(/<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    try {
      blocks.push(parseJson(m[1]));
    } catch {
      // A broken block in someone else's page: the others may still hold the reviews.
    }
  }
  return blocks;
}

/** The Google Fact Check Tools API's `claims:search` response: `{claims: [{text, claimant, claimDate, claimReview: [...]}]}`. */
export function readFactCheckTools(data: unknown): ImportBatch {
  if (!isObject(data) || !Array.isArray(data.claims)) throw new ImportError(['Expected a Fact Check Tools response with a "claims" array.']);
  checkRowCount(data.claims.length);
  const batch = emptyBatch('factcheck-tools');
  data.claims.forEach((claim: unknown, i: number) => {
    const row = `claims[${i}]`;
    if (!isObject(claim)) return batch.rejections.push({ row, message: 'expected an object' });
    const reviews = asArray(claim.claimReview).filter(isObject);
    const review = reviews[0] ?? {};
    const publisher = isObject(review.publisher) ? review.publisher : {};
    const verdict = reviews.map((r) => (typeof r.textualRating === 'string' ? verdictForRating(r.textualRating) : undefined)).find(Boolean);
    const notes = reviews.map((r) => ratingNote(text(r.textualRating), undefined, nameOf(r.publisher) ?? (isObject(r.publisher) ? text(r.publisher.site) : undefined), text(r.url), text(r.reviewDate))).filter(Boolean);
    // The API does not say where the claim appeared: the first review stands as its source.
    const loose: LooseQuote = {
      text: claim.text,
      speaker: claim.claimant ?? '',
      source: { url: review.url, title: review.title, outlet: publisher.name ?? publisher.site, publishedAt: claim.claimDate ?? review.reviewDate, lang: review.languageCode },
      ...(verdict ? { verdict } : {}),
      ...(notes.length ? { note: notes.join('\n') } : {}),
    };
    const quote = checkQuote(loose, row, batch, (field) => ({ speaker: 'claimant', 'source.url': 'claimReview[0].url', 'source.title': 'claimReview[0].title', 'source.publishedAt': 'claimDate' })[field] ?? field);
    if (quote) batch.quotes.push(quote);
  });
  return batch;
}
