/**
 * The reader runs on whatever text a page holds, and a page may hold text cut anywhere (a teaser, a truncated
 * paragraph, a page still streaming). It must read every slice of a real article without failing. The slices are
 * taken at fixed steps so that a failure is the same on every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { detectQuotes } from '../../../lib/extract/detect';
import { FIXTURES } from '../../fixture-paths';

/** Pages in the languages the reader knows, each rich in quotations (all tuning pages). */
const PAGES = ['speech-pages/nationalpost.html', 'speech-pages/br.html', 'speech-pages/elfaro.html', 'speech-pages/bondyblog.html', 'speech-pages/aktualne.html'];
/** Where slices start, every so many characters, and how long they run. */
const STEP = 29;
const LENGTHS = [40, 400];

const textOf = (page: string) => {
  const dom = new JSDOM(readFileSync(join(FIXTURES, page), 'utf8'), { url: 'http://127.0.0.1/', virtualConsole: new VirtualConsole() });
  try {
    return extractArticle(dom.window.document).text;
  } finally {
    dom.window.close();
  }
};

describe('text cut anywhere', () => {
  it.each(PAGES)('is read without failing: %s', (page) => {
    const text = textOf(page);
    const failures: string[] = [];
    for (let start = 0; start < text.length; start += STEP) {
      for (const length of LENGTHS) {
        try {
          detectQuotes(text.slice(start, start + length));
        } catch (error) {
          failures.push(`at ${start}, ${length} characters: ${(error as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
