import { resolve } from 'node:path';

/** Everything the tests read lives under tests/fixtures (see its README): a clone alone passes `npm test`. */
export const FIXTURES = resolve(import.meta.dirname, 'fixtures');
export const SEED_DIR = resolve(FIXTURES, 'seed-article');
export const REQUOTE_DIR = resolve(FIXTURES, 'requote');
/** The re-quote cases on a dark page, and a page with no known quote (highlight contrast, the toolbar badge). */
export const DARK_DIR = resolve(FIXTURES, 'dark');
export const PAGES_DIR = resolve(FIXTURES, 'pages');
export const SPEECH_PAGES_DIR = resolve(FIXTURES, 'speech-pages');
export const GOLD_DIR = resolve(FIXTURES, 'gold');
/** One page per behaviour of the live web (anti-flicker snippets, late and single-page rendering, frames, shadow roots, hostile pages). */
export const LIVE_DIR = resolve(FIXTURES, 'live');
/** Pages that attack Verbatim's card and save form (window.find, !important rules, strict CSP). */
export const HOSTILE_DIR = resolve(FIXTURES, 'hostile');
