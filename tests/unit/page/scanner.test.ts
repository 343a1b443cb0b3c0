// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMatcher } from '@/lib/match/matcher';
import { parseQuotesFile } from '@/lib/formats/verbatim-json';
import { PageScanner, type MatchText } from '@/lib/page/scanner';
import { collectPageText } from '@/lib/text/page-text';
import type { PlacedMatch } from '@/lib/page/highlights';
import type { PageMatch } from '@/lib/messages';

const starter = parseQuotesFile(readFileSync(resolve(import.meta.dirname, '../../../assets/starter-quotes.json'), 'utf8')).map((q, i) => ({ ...q, id: `q${i}` }));
const RUBIO = 'We’re not at the precipice of a peace agreement, and that getting there would not be easy and would take a lot of work.';
const WITKOFF = 'We covered almost all the other issues necessary for a peace deal,';
const TIMING = { quietMs: 5, maxWaitMs: 20, minGapMs: 0 };

let scanner: PageScanner;
let requests: { text: string; base?: number; ids?: string[] }[];
let shown: readonly PlacedMatch[];

/** The matcher as the background runs it, on the starter quotes. */
const match: MatchText = async (req) => {
  requests.push(req);
  const quotes = req.ids ? starter.filter((q) => req.ids!.includes(q.id)) : starter;
  return createMatcher(quotes).match(req.text, req.base).map((m) => ({ ...m, quote: starter.find((q) => q.id === m.quoteId)!, diff: [] }) as unknown as PageMatch);
};

beforeEach(async () => {
  document.body.innerHTML = `
    <article id="story">
      <p id="one">Rubio said: “${RUBIO}”</p>
      <div id="more" class="folded" style="display:none"><p id="two">Witkoff said: “${WITKOFF}” he said.</p></div>
      <p id="three">Nothing quoted.</p>
    </article>`;
  requests = [];
  shown = [];
  scanner = new PageScanner(document, { exclude: () => false, match, onMatches: (m) => (shown = m), timing: TIMING });
  await scanner.setEnabled(true);
});
afterEach(() => scanner.stop());

const where = () => shown.map((m) => m.range.startContainer.parentElement!.id);
const settled = async (expected: string[]) => {
  await vi.waitFor(() => expect(where()).toEqual(expected), { timeout: 5000 });
  await scanner.idle();
};

describe('PageScanner', () => {
  it('reads the whole page once, matching what shows', () => {
    expect(where()).toEqual(['one']);
    expect(requests).toHaveLength(1);
    expect(shown[0].range.toString()).toBe(RUBIO.slice(0, -1));
  });

  it('reads and matches only the lines around a change, and offsets stay those of the whole page', async () => {
    const p = Object.assign(document.createElement('p'), { id: 'late', textContent: `Later: “${WITKOFF}”` });
    document.getElementById('story')!.append(p);
    await settled(['one', 'late']);
    const partial = requests[1];
    expect(partial.base).toBeGreaterThan(0);
    expect(partial.text).toContain('Later:');
    expect(partial.text).not.toContain('Rubio said');
    // The spliced text is the page's: a fresh read puts the new match at the same offsets.
    const late = shown[1];
    expect(collectPageText(document.body).text.slice(late.start, late.end)).toBe(late.range.toString());
  });

  it('highlights text a style change reveals, and forgets it when hidden again', async () => {
    const more = document.getElementById('more')!;
    more.style.display = 'block';
    await settled(['one', 'two']);
    more.style.display = 'none';
    await settled(['one']);
  });

  it('drops the match of removed text and keeps the other one untouched', async () => {
    const first = shown[0];
    document.getElementById('more')!.style.display = 'block';
    await settled(['one', 'two']);
    expect(shown[0]).toBe(first);
    document.getElementById('one')!.remove();
    await settled(['two']);
  });

  it('follows text changed in place (a spinner replaced)', async () => {
    document.getElementById('three')!.firstChild!.textContent = `Witkoff: “${WITKOFF}”`;
    await settled(['one', 'three']);
  });

  it('matches the cached text again on a store change without walking the page or asking styles beyond the matches', async () => {
    const walked = vi.spyOn(document, 'createTreeWalker');
    const styled = vi.spyOn(window, 'getComputedStyle');
    await scanner.refresh(['q6']);
    expect(requests.at(-1)).toMatchObject({ ids: ['q6'] });
    expect(requests.at(-1)!.text).toContain('Rubio said');
    expect(where()).toEqual(['one']);
    await scanner.refresh();
    expect(where()).toEqual(['one']);
    expect(walked).not.toHaveBeenCalled();
    // Styles are asked only of the elements that hold a match (the hidden one's too) and those above them.
    const holders = ['one', 'two'].map((id) => document.getElementById(id)!);
    expect(styled).toHaveBeenCalled();
    expect(styled.mock.calls.every(([el]) => holders.some((h) => (el as Element).contains(h)))).toBe(true);
  });

  it('forgets the page when highlighting is turned off, and reads it again when on', async () => {
    await scanner.setEnabled(false);
    expect(shown).toEqual([]);
    document.getElementById('one')!.textContent = 'Changed while off.';
    await scanner.setEnabled(true);
    expect(where()).toEqual([]);
  });
});
