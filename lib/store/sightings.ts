import type { VerbatimDB } from './db';
import { safeHref } from '../safe-href';
import { sameValue } from './same';
import type { MatchKind, Quote, QuoteRecord, Source, Verdict } from '../model';
import { LIMITS, VERDICTS } from '../model';
import type { DiffPart } from '../match/diff';
import { appearanceKey, type Appearance, type AppearanceRecord } from './appearances';

/** Query parameters that say how a reader arrived, not which page it is. */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|ref_url|referrer|cmpid|ocid|smid|smtyp|sr_share|share|src|at_medium|at_campaign|CMP|ito|xtor|ns_campaign|ns_mchannel|ns_source|ns_linkname|ns_fee|__twitter_impression|s_cid|icid|spm|guccounter|guce_referrer\w*|amp)$/i;

/**
 * One page, one address: the page's canonical link when it declares one (so the
 * same article reached by several URLs is one page), without tracking
 * parameters, fragment or default port. Undefined for what is not a web page.
 */
export function normalizePageUrl(url: string, canonical?: string): string | undefined {
  for (const candidate of [canonical, url]) {
    const href = safeHref(candidate, url);
    if (!href) continue;
    const parsed = new URL(href);
    parsed.hash = '';
    // The query is filtered as text: in a Firefox content script, URLSearchParams' iterators cannot be read.
    const kept = parsed.search
      .slice(1)
      .split('&')
      .filter((pair) => pair && !TRACKING.test(paramName(pair)));
    parsed.search = kept.length ? `?${kept.join('&')}` : '';
    return parsed.href;
  }
  return undefined;
}

function paramName(pair: string): string {
  const name = pair.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // a malformed escape: keep the parameter rather than fail the page
  }
}

/** A page as the content script describes it when it reports what it found. */
export interface PageRef {
  url: string;
  canonical?: string;
  title?: string;
  outlet?: string;
}

/** The page at `url` as a sighting names it, from what the page says about itself (`meta`, its canonical address first). */
export function pageRefOf(url: string, meta: Source): PageRef {
  return {
    url,
    ...(meta.url !== url ? { canonical: meta.url } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
  };
}

/** A known quote found on a page, as the content script reports it. */
export interface SightingHit {
  quoteId: string;
  kind: MatchKind;
  /** The page's words against the original's, when they differ. */
  diff?: DiffPart[];
  /** Whom the page credits the words to, when that is not the quote's speaker. */
  pageSpeaker?: string;
}

/** Sightings kept per quote: the earliest ones, since first appearance is what they are for. */
export const MAX_SIGHTINGS_PER_QUOTE = 100;
/** Sightings kept in all: beyond this, new pages are no longer recorded. */
export const MAX_SIGHTINGS = 50_000;

const MAX_TITLE = 300;
/** A difference longer than this is another sentence, not a version of the quote: the rest is not kept. */
const MAX_DIFF_PARTS = 200;

/**
 * Records that known quotes appeared on a page, with what the page did to them. A quote
 * is recorded once per page (reloading adds nothing, but a page edited since is
 * described again, verdict kept), never on its own source, and the store stays
 * bounded. Returns how many appearances are new.
 */
export async function recordSightings(db: VerbatimDB, page: PageRef, hits: SightingHit[], now = new Date().toISOString()): Promise<number> {
  const pageUrl = normalizePageUrl(page.url, page.canonical);
  if (!pageUrl || !hits.length) return 0;
  return db.transaction('rw', [db.quotes, db.appearances], async () => {
    const byQuote = new Map(hits.map((h) => [h.quoteId, h]));
    const ids = [...byQuote.keys()];
    const quotes = await db.quotes.bulkGet(ids);
    const stored = await db.appearances.bulkGet(ids.map((id) => appearanceKey(id, pageUrl)));
    let room = MAX_SIGHTINGS - (await db.appearances.count());
    const fresh: AppearanceRecord[] = [];
    const changed: AppearanceRecord[] = [];
    for (const [i, id] of ids.entries()) {
      const quote = quotes[i];
      if (!quote || quote.sourceUrl === pageUrl) continue;
      const seen = describeHit(byQuote.get(id)!);
      const before = stored[i];
      if (before) {
        const after = { ...withoutDescription(before), ...seen };
        if (!sameValue(after, before)) changed.push(after);
        continue;
      }
      if (room <= 0 || (await db.appearances.where('quoteId').equals(id).count()) >= MAX_SIGHTINGS_PER_QUOTE) continue;
      fresh.push({
        key: appearanceKey(id, pageUrl),
        quoteId: id,
        pageUrl,
        ...(page.title ? { title: page.title.slice(0, MAX_TITLE) } : {}),
        ...(page.outlet ? { outlet: page.outlet.slice(0, MAX_TITLE) } : {}),
        seenAt: now,
        ...seen,
      });
      room--;
    }
    await db.appearances.bulkAdd(fresh);
    await db.appearances.bulkPut(changed);
    return fresh.length;
  });
}

/** What a hit says about the page's version: its kind, and its difference and credit when there are any. */
function describeHit({ kind, diff, pageSpeaker }: SightingHit): Pick<Appearance, 'matchKind' | 'diff' | 'pageSpeaker'> {
  return {
    matchKind: kind,
    ...(kind !== 'exact' && diff?.length ? { diff: diff.slice(0, MAX_DIFF_PARTS) } : {}),
    ...(pageSpeaker ? { pageSpeaker: pageSpeaker.slice(0, MAX_TITLE) } : {}),
  };
}

function withoutDescription({ diff: _diff, pageSpeaker: _speaker, ...rest }: AppearanceRecord): AppearanceRecord {
  return rest;
}

/** Where a quote appeared: its earliest place, then every other page it was seen on. */
export interface SourceHistory {
  first: { url: string; title?: string; outlet?: string; date: string; isSource: boolean };
  others: Appearance[];
}

/**
 * The quote's story for the card: the earliest appearance (its source, dated by
 * publication or by when it was saved, or an earlier sighting) and the other pages.
 */
export async function sourceHistory(db: VerbatimDB, quoteId: string): Promise<SourceHistory | undefined> {
  const quote: QuoteRecord | undefined = await db.quotes.get(quoteId);
  if (!quote) return undefined;
  const source: Source = (await db.sources.get(quote.sourceUrl)) ?? { url: quote.sourceUrl };
  const sightings = (await db.appearances.where('quoteId').equals(quoteId).toArray()).sort((a, b) => a.seenAt.localeCompare(b.seenAt));
  const sourceDate = source.publishedAt ?? quote.createdAt;
  const earliest = sightings[0];
  if (!source.url && !earliest) return undefined;
  if (earliest && (!source.url || earliest.seenAt < sourceDate)) {
    const { pageUrl: url, title, outlet, seenAt: date } = earliest;
    const rest: Appearance[] = sightings.slice(1);
    if (source.url) rest.push({ quoteId, pageUrl: source.url, title: source.title, outlet: source.outlet, seenAt: sourceDate, matchKind: 'exact' });
    return { first: { url, title, outlet, date, isSource: false }, others: rest };
  }
  return { first: { url: source.url, title: source.title, outlet: source.outlet, date: sourceDate, isSource: true }, others: sightings };
}

/** A reader's verdict on one page's version of a quote. */
export interface PageVerdict {
  verdict?: Verdict;
  note?: string;
  /** The page is the quote's own source: its version is the original, whose status this is. */
  isSource: boolean;
}

/** The address under which `page` keeps its verdicts; refuses what is not a web page. */
function pageUrlOf(page: PageRef): string {
  const url = normalizePageUrl(page.url, page.canonical);
  if (!url) throw new Error('Only a web page (an http or https address) can carry a verdict.');
  return url;
}

/** The reader's verdict on the quote as `page` gives it. */
export async function getPageVerdict(db: VerbatimDB, quoteId: string, page: PageRef): Promise<PageVerdict> {
  const pageUrl = pageUrlOf(page);
  const quote = await db.quotes.get(quoteId);
  if (!quote) throw new Error('This quote is no longer in the library.');
  if (quote.sourceUrl === pageUrl) return { ...verdictAndNote(quote), isSource: true };
  const appearance = await db.appearances.get(appearanceKey(quoteId, pageUrl));
  return { ...(appearance ? verdictAndNote(appearance) : {}), isSource: false };
}

const verdictAndNote = ({ verdict, note }: { verdict?: Verdict; note?: string }) => ({ ...(verdict ? { verdict } : {}), ...(note ? { note } : {}) });

export interface PageVerdictEdit {
  quoteId: string;
  page: PageRef;
  /** null clears the verdict. */
  verdict: Verdict | null;
  /** Omitted: the note stays as it is; empty: cleared. */
  note?: string;
  /** How the page quotes it, for an appearance not recorded yet. */
  kind?: MatchKind;
}

/**
 * Sets the reader's verdict on one page's version of a quote: it colours that page's
 * highlight only. On the quote's own source, that version is the original, so the
 * verdict is the original's status.
 */
export async function setPageVerdict(db: VerbatimDB, { quoteId, page, verdict, note, kind = 'exact' }: PageVerdictEdit, now = new Date().toISOString()): Promise<PageVerdict> {
  if (verdict !== null && !VERDICTS.includes(verdict)) throw new Error(`A verdict is one of ${VERDICTS.join(', ')}.`);
  if (note !== undefined && note.length > LIMITS.note) throw new Error(`A note can be at most ${LIMITS.note.toLocaleString('en')} characters.`);
  const pageUrl = pageUrlOf(page);
  return db.transaction('rw', [db.quotes, db.appearances], async () => {
    const quote = await db.quotes.get(quoteId);
    if (!quote) throw new Error('This quote is no longer in the library.');
    if (quote.sourceUrl === pageUrl) {
      await db.quotes.put({ ...rated(quote, verdict, note), updatedAt: now });
      return getPageVerdict(db, quoteId, page);
    }
    const before: AppearanceRecord = (await db.appearances.get(appearanceKey(quoteId, pageUrl))) ?? {
      key: appearanceKey(quoteId, pageUrl),
      quoteId,
      pageUrl,
      ...(page.title ? { title: page.title.slice(0, MAX_TITLE) } : {}),
      ...(page.outlet ? { outlet: page.outlet.slice(0, MAX_TITLE) } : {}),
      seenAt: now,
      matchKind: kind,
    };
    await db.appearances.put({ ...rated(before, verdict, note), ratedAt: now });
    return getPageVerdict(db, quoteId, page);
  });
}

/** `record` with the verdict set or cleared, and the note when one is given. */
function rated<T extends { verdict?: Verdict; note?: string }>(record: T, verdict: Verdict | null, note: string | undefined): T {
  const next = { ...record };
  if (verdict) next.verdict = verdict;
  else delete next.verdict;
  if (note !== undefined) {
    if (note.trim()) next.note = note;
    else delete next.note;
  }
  return next;
}

/**
 * The verdict each quote carries on the page at `pageUrl`: its appearance's verdict
 * there, or on its own source the original's status. Quotes without one are left out.
 */
export async function verdictsOnPage(db: VerbatimDB, pageUrl: string, quotes: Pick<Quote, 'id' | 'verdict' | 'source'>[]): Promise<Map<string, Verdict>> {
  const elsewhere = quotes.filter((q) => q.source.url !== pageUrl);
  const appearances = await db.appearances.bulkGet(elsewhere.map((q) => appearanceKey(q.id, pageUrl)));
  const verdicts = new Map<string, Verdict>();
  for (const q of quotes) if (q.source.url === pageUrl && q.verdict) verdicts.set(q.id, q.verdict);
  for (const a of appearances) if (a?.verdict) verdicts.set(a.quoteId, a.verdict);
  return verdicts;
}
