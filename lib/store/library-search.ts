import type { Quote, Verdict } from '../model';
import { lastAtOrBefore } from '../text/sorted';
import { VERDICTS } from '../model';

/**
 * Search, filters and sort over the whole library, in memory where the library page
 * runs. The searchable words of every quote (text, speaker, outlet, title, note, tags)
 * are folded once into one string; a query is a scan of that string for its longest
 * word, then a check of the other words in each hit. That is linear in the library's
 * size with a small constant, and typing more letters only re-checks the last hits.
 */

export interface LibraryItem {
  quote: Quote;
  speakerKey: string;
  /** Pages the quote was seen on. */
  sightings: number;
  /** The reader's verdicts on pages' versions of the quote, one per rated page. */
  pageVerdicts: Verdict[];
}

export type VerdictFilter = Verdict | 'unrated';

export interface LibraryFilters {
  /** Part of the speaker's name ("maya" finds "Maya Angelou"), compared folded. */
  speaker?: string;
  /** Part of the outlet's name, compared folded. */
  outlet?: string;
  /** The original's status. */
  verdict?: VerdictFilter;
  /** A page's verdict on its version: some page gave it ('unrated': no page was rated). */
  pageVerdict?: VerdictFilter;
  tag?: string;
  /** yyyy-mm-dd, inclusive; compared with the publication date, or the date added when there is none. */
  from?: string;
  to?: string;
}

export const SORTS = {
  'added-desc': 'Newest added',
  'added-asc': 'Oldest added',
  'published-desc': 'Newest published',
  'published-asc': 'Oldest published',
  'updated-desc': 'Recently edited',
  speaker: 'Speaker A–Z',
  outlet: 'Outlet A–Z',
  verdict: 'Verdict',
} as const;
export type LibrarySort = keyof typeof SORTS;

// Combining marks of the Latin, Greek and Cyrillic scripts after NFKD (accents), invisible
// characters, and apostrophes ("we’re" is found by "were"). A plain character class, not
// \p{M} with the u flag, which is ten times slower over a library's worth of text.
const IGNORABLE = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00AD\u200B-\u200D\u2060\uFEFF'’ʼ]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The character that ends each item in the folded library; no field or query has it. */
const END = '\u0001';
const withoutEnd = (s: string) => s.replaceAll(END, ' ');

/**
 * Lower case without accents: how both the library and a query are compared.
 * Punctuation stays: a query's words are looked for one by one, as substrings.
 */
export function foldForSearch(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(IGNORABLE, '');
}

/** The words of a query, folded. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(NOT_WORD).filter(Boolean);
}

function dateOf(q: Quote): string {
  return (q.source.publishedAt || q.createdAt).slice(0, 10);
}

export interface Facet {
  value: string;
  label: string;
  count: number;
}

/**
 * The searchable words of these items, folded, each item followed by END. Folding many
 * items as one string is several times faster than item by item.
 */
function foldItems(items: readonly LibraryItem[]): string {
  if (!items.length) return '';
  const joined = items.map(({ quote: q }) => withoutEnd(`${q.text} ${q.speaker} ${q.source.outlet ?? ''} ${q.source.title ?? ''} ${q.note ?? ''} ${q.tags.join(' ')}`)).join(END);
  return `${foldForSearch(joined)}${END}`;
}

export class LibraryIndex {
  private readonly haystack: string;
  /** Where each item's words start in the haystack; one more entry marks the end. */
  private readonly starts: Uint32Array;
  private readonly orders = new Map<LibrarySort, Uint32Array>();
  private last: { folded: string; terms: string[]; hits: Uint32Array } | undefined;

  /**
   * Builds the index in steps of `step` items with `pause()` between them, so that a page
   * building it for a large library keeps answering the reader.
   */
  static async build(items: readonly LibraryItem[], pause: () => Promise<unknown>, step = 10_000): Promise<LibraryIndex> {
    const parts: string[] = [];
    for (let i = 0; i < items.length; i += step) {
      parts.push(foldItems(items.slice(i, i + step)));
      await pause();
    }
    return new LibraryIndex(items, parts.join(''));
  }

  constructor(
    readonly items: readonly LibraryItem[],
    haystack = foldItems(items),
  ) {
    this.haystack = haystack;
    this.starts = new Uint32Array(items.length + 1);
    let at = 0;
    for (let i = 1; i <= items.length; i++) {
      at = this.haystack.indexOf(END, at) + 1;
      this.starts[i] = at;
    }
  }

  /** Items whose words contain every word of `query` (each as a substring, so typing a word's start finds it). */
  private search(query: string): Uint32Array | undefined {
    const words = searchTerms(query);
    if (!words.length) return undefined;
    const folded = words.join(' ');
    const terms = [...words].sort((a, b) => b.length - a.length);
    const hits: number[] = [];
    const has = (i: number, from: number) => terms.slice(from).every((t) => this.itemText(i).includes(t));
    if (this.last && folded.startsWith(this.last.folded)) {
      for (const i of this.last.hits) if (has(i, 0)) hits.push(i);
    } else {
      const [first] = terms;
      let from = 0;
      for (;;) {
        const at = this.haystack.indexOf(first, from);
        if (at < 0) break;
        const i = lastAtOrBefore(this.starts, at, this.items.length);
        if (has(i, 1)) hits.push(i);
        from = this.starts[i + 1];
      }
    }
    this.last = { folded, terms, hits: Uint32Array.from(hits) };
    return this.last.hits;
  }

  private itemText(i: number): string {
    return this.haystack.slice(this.starts[i], this.starts[i + 1]);
  }

  private order(sort: LibrarySort): Uint32Array {
    let order = this.orders.get(sort);
    if (order) return order;
    const n = this.items.length;
    const keys: string[] = this.items.map(({ quote: q, speakerKey }) => {
      switch (sort) {
        case 'added-desc':
        case 'added-asc':
          return q.createdAt;
        case 'published-desc':
        case 'published-asc':
          return dateOf(q);
        case 'updated-desc':
          return q.updatedAt;
        case 'speaker':
          return speakerKey || '\uffff';
        case 'outlet':
          return (q.source.outlet ?? '').toLowerCase() || '\uffff';
        case 'verdict':
          return String(q.verdict ? VERDICTS.indexOf(q.verdict) : VERDICTS.length);
      }
    });
    order = Uint32Array.from({ length: n }, (_, i) => i);
    const descending = sort.endsWith('-desc');
    order.sort((a, b) => {
      const byKey = keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0;
      return (descending ? -byKey : byKey) || a - b;
    });
    this.orders.set(sort, order);
    return order;
  }

  /** Indices of the items that match, in the order asked for. */
  query(text: string, filters: LibraryFilters = {}, sort: LibrarySort = 'added-desc'): number[] {
    const hits = this.search(text);
    const wanted = hits && new Uint8Array(this.items.length);
    if (hits) for (const i of hits) wanted![i] = 1;
    const { verdict, pageVerdict, tag, from, to } = filters;
    const [speaker, outlet] = [filters.speaker, filters.outlet].map((part) => (part === undefined ? undefined : foldForSearch(part).trim()));
    const out: number[] = [];
    for (const i of this.order(sort)) {
      if (wanted && !wanted[i]) continue;
      const { quote: q, pageVerdicts } = this.items[i];
      if (speaker && !foldForSearch(q.speaker).includes(speaker)) continue;
      if (outlet && !foldForSearch(q.source.outlet ?? '').includes(outlet)) continue;
      if (verdict !== undefined && (q.verdict ?? 'unrated') !== verdict) continue;
      if (pageVerdict !== undefined && (pageVerdict === 'unrated' ? pageVerdicts.length > 0 : !pageVerdicts.includes(pageVerdict))) continue;
      if (tag !== undefined && !q.tags.includes(tag)) continue;
      if (from || to) {
        const date = dateOf(q);
        if ((from && date < from) || (to && date > to)) continue;
      }
      out.push(i);
    }
    return out;
  }

  /** The values each filter can take, most frequent first. */
  facets(): { speakers: Facet[]; outlets: Facet[]; tags: Facet[]; verdicts: Facet[] } {
    const count = (pick: (item: LibraryItem) => [string, string][]) => {
      const seen = new Map<string, Facet>();
      for (const item of this.items) {
        for (const [value, label] of pick(item)) {
          const facet = seen.get(value) ?? { value, label, count: 0 };
          facet.count++;
          seen.set(value, facet);
        }
      }
      return [...seen.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    };
    return {
      speakers: count(({ quote, speakerKey }) => (speakerKey ? [[speakerKey, quote.speaker]] : [])),
      outlets: count(({ quote }) => (quote.source.outlet ? [[quote.source.outlet, quote.source.outlet]] : [])),
      tags: count(({ quote }) => quote.tags.map((t) => [t, t])),
      verdicts: count(({ quote }) => [[quote.verdict ?? 'unrated', quote.verdict ?? 'unrated']]),
    };
  }
}
