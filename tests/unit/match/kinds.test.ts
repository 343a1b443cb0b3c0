import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cuesOf, describeKinds, isWarning, KIND_CUES, KINDS, kindHighlightName } from '@/lib/match/kinds';
import { MATCH_KINDS, VERDICTS } from '@/lib/model';
import { HIGHLIGHT_PREFIX, ON_DARK } from '@/lib/page/highlights';
import { composite, contrastRatio, parseColor } from '@/lib/page/page-tone';

const CSS_TEXT = readFileSync(join(import.meta.dirname, '../../../entrypoints/content/highlights.css'), 'utf8');

/** The declarations of `::highlight(name)` in the content stylesheet. */
function ruleOf(name: string): Record<string, string> | undefined {
  const body = new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(CSS_TEXT)?.[1];
  if (body === undefined) return undefined;
  return Object.fromEntries(body.split(';').map((d) => d.split(':').map((s) => s.trim())).filter(([p]) => p).map(([p, v]) => [p, v]));
}

describe('the definition of match kinds', () => {
  it('covers every kind the matcher gives, and misattribution apart', () => {
    expect(KIND_CUES).toEqual([...MATCH_KINDS, 'misattributed']);
    for (const cue of KIND_CUES) expect(KINDS[cue].label.length && KINDS[cue].meaning.length).toBeGreaterThan(0);
    expect(new Set(KIND_CUES.map((c) => KINDS[c].label)).size).toBe(KIND_CUES.length);
  });

  it('warns of altered, abridged and credited-to-someone-else matches, not of exact or partial ones', () => {
    expect(KIND_CUES.filter((c) => KINDS[c].warning)).toEqual(['altered', 'abridged', 'misattributed']);
    expect(isWarning({ kind: 'exact', misattributed: false })).toBe(false);
    expect(isWarning({ kind: 'partial', misattributed: false })).toBe(false);
    expect(isWarning({ kind: 'exact', misattributed: true })).toBe(true);
    expect(isWarning({ kind: 'abridged', misattributed: false })).toBe(true);
  });

  it('combines a kind with misattribution', () => {
    expect(cuesOf({ kind: 'altered', misattributed: true })).toEqual(['altered', 'misattributed']);
    expect(cuesOf({ kind: 'partial', misattributed: false })).toEqual(['partial']);
  });

  it('names the kind layer apart from the verdict layer', () => {
    expect(kindHighlightName('altered')).toBe('verbatim_kind-altered');
    for (const cue of KIND_CUES) expect(kindHighlightName(cue).startsWith(`${HIGHLIGHT_PREFIX}-`)).toBe(false);
  });

  it('describes the matches, each counted once by its worst warning, worst first', () => {
    const matches = [
      { kind: 'exact', misattributed: false },
      { kind: 'altered', misattributed: true },
      { kind: 'altered', misattributed: false },
      { kind: 'abridged', misattributed: false },
      { kind: 'partial', misattributed: false },
    ] as const;
    expect(describeKinds(matches)).toBe('5 known quotes: 1 credited to someone else, 1 altered, 1 cut');
    expect(describeKinds([{ kind: 'exact', misattributed: false }])).toBe('1 known quote, none credited to someone else, altered or cut');
  });
});

describe('the content stylesheet (entrypoints/content/highlights.css)', () => {
  it('gives each kind its own line style, with decorations only, so the verdict background shows through', () => {
    const looks = KIND_CUES.map((cue) => {
      const rule = ruleOf(kindHighlightName(cue));
      expect(rule, `no rule for ${cue}`).toBeDefined();
      expect(Object.keys(rule!)).toEqual(['text-decoration']);
      return rule!['text-decoration'];
    });
    expect(new Set(looks).size).toBe(KIND_CUES.length);
    // Misattribution combines with any kind: it draws where no kind draws.
    expect(ruleOf(kindHighlightName('misattributed'))!['text-decoration']).toMatch(/^overline/);
    for (const kind of MATCH_KINDS) expect(ruleOf(kindHighlightName(kind))!['text-decoration']).toMatch(/^underline/);
  });

  it('gives each verdict a background, on light pages and on dark ones, and draws no line there', () => {
    for (const v of [...VERDICTS, 'unrated']) {
      for (const name of [`${HIGHLIGHT_PREFIX}-${v}`, `${HIGHLIGHT_PREFIX}-${v}${ON_DARK}`]) {
        const rule = ruleOf(name);
        expect(rule?.['background-color'], name).toMatch(/^rgba\(/);
        expect(rule?.['text-decoration'], name).toBeUndefined();
      }
    }
  });

  it('keeps the text of a dark page at 4.5:1 or more under every verdict’s dark-page shade', () => {
    // Black, and the darkest greys that dark themes use for pages and panels.
    for (const page of ['rgb(0, 0, 0)', 'rgb(17, 24, 39)', 'rgb(31, 41, 55)', 'rgb(51, 51, 51)']) {
      for (const v of [...VERDICTS, 'unrated']) {
        const rule = ruleOf(`${HIGHLIGHT_PREFIX}-${v}${ON_DARK}`)!;
        const under = composite(parseColor(rule['background-color'])!, parseColor(page)!);
        const text = parseColor(`rgb(${[1, 3, 5].map((i) => parseInt(rule.color.slice(i, i + 2), 16)).join(', ')})`)!;
        expect(contrastRatio(text, under), `${v} on ${page}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
