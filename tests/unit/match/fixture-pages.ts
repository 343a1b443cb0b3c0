import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { collectPageText } from '../../../lib/text/page-text';
import { PAGES_DIR } from '../../fixture-paths';

export { PAGES_DIR };

export const pageNames = (): string[] => readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort();

/** The text Verbatim's content script would read from a saved page, parsed with jsdom. */
export function readPageText(name: string): string {
  const dom = new JSDOM(readFileSync(resolve(PAGES_DIR, name), 'utf8'));
  try {
    return collectPageText(dom.window.document.body).text;
  } finally {
    dom.window.close();
  }
}
