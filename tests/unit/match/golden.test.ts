import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMatcher, isQuoted, SHORT_QUOTE_WORDS } from '@/lib/match/matcher';
import { toWords } from '@/lib/text/words';
import { pageNames, readPageText } from './fixture-pages';

const golden: { pages: Record<string, string[]> } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/match/golden-quotes.json'), 'utf8'),
);
const quotes = Object.values(golden.pages)
  .flat()
  .map((text, i) => ({ id: `g${i}`, text }));
const matcher = createMatcher(quotes);

/**
 * Lets the test worker answer its runner between long synchronous steps: vitest's
 * worker RPC gives up after 60 s without a turn of the event loop, which a busy
 * machine reaches while jsdom parses a megabyte page.
 */
const breathe = () => new Promise((resolve) => setImmediate(resolve));
const pageTexts = new Map<string, string>();
async function pageText(name: string): Promise<string> {
  await breathe();
  if (!pageTexts.has(name)) pageTexts.set(name, readPageText(name));
  await breathe();
  return pageTexts.get(name)!;
}

/** Every place a stored quote's words appear whole on the page, by a plain word-by-word search. */
function wholeOccurrences(text: string): string[] {
  const page = toWords(text);
  const places: string[] = [];
  for (const q of quotes) {
    const words = toWords(q.text).words;
    for (let i = 0; i + words.length <= page.words.length; i++) {
      if (!words.every((w, k) => page.words[i + k] === w)) continue;
      const start = page.starts[i];
      const end = page.ends[i + words.length - 1];
      if (words.length >= SHORT_QUOTE_WORDS || isQuoted(text, start, end)) places.push(`${q.id}@${start}-${end}`);
    }
  }
  return places.sort();
}

describe('golden pages: quotations picked from real news pages, all stored together', () => {
  it('covers every page', () => {
    expect(Object.keys(golden.pages).sort()).toEqual(pageNames());
    expect(quotes.length).toBeGreaterThan(30);
  });

  for (const name of pageNames()) {
    it(`${name}: each picked quotation is found where it is, exact, and nothing else is`, async () => {
      const text = await pageText(name);
      const found = matcher.match(text);
      await breathe();
      const expected = wholeOccurrences(text);
      expect(expected.length).toBeGreaterThanOrEqual(golden.pages[name].length);
      expect(found.map((m) => `${m.quoteId}@${m.start}-${m.end}`).sort()).toEqual(expected);
      expect(found.every((m) => m.kind === 'exact')).toBe(true);
    });
  }

  for (const name of pageNames()) {
    it(`${name}: a picked quotation reworded or cut on the page is still found there, as altered or abridged`, async () => {
      const text = await pageText(name);
      const original = matcher.match(text);
      const target = original.find((m) => m.end - m.start > 60 && toWords(text.slice(m.start, m.end)).words.length >= 10);
      if (!target) return expect(golden.pages[name].every((q) => toWords(q).words.length < 10)).toBe(true);
      const words = toWords(text.slice(target.start, target.end));
      const at = (k: number) => target.start + words.starts[k];
      const upTo = (k: number) => target.start + words.ends[k];
      const variants: [string, string][] = [
        ['altered', `${text.slice(0, upTo(3))} zanzibar${text.slice(upTo(3))}`],
        ['altered', `${text.slice(0, at(4))}zanzibar${text.slice(upTo(4))}`],
        ['abridged', `${text.slice(0, upTo(2))} … ${text.slice(at(5))}`],
        ['abridged', `${text.slice(0, upTo(3))} [zanzibar] ${text.slice(at(4))}`],
      ];
      for (const [kind, changed] of variants) {
        await breathe();
        const found = matcher.match(changed);
        expect(found).toHaveLength(original.length);
        expect(found.find((m) => m.quoteId === target.quoteId && Math.abs(m.start - target.start) < 3)?.kind).toBe(kind);
      }
    });
  }
});
