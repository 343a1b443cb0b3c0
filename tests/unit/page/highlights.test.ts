// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PageHighlights, type PlacedMatch } from '@/lib/page/highlights';
import { ScriptLifetime } from '@/lib/page/lifetime';

// jsdom has no CSS Custom Highlight API: a registry and a Highlight that behave like the browser's.
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();
vi.stubGlobal('Highlight', FakeHighlight);
vi.stubGlobal('CSS', { highlights: registry });

/** A match of `text` at `start`, its range over a paragraph of its own. */
function placed(text: string, start: number, kind = 'exact', misattributed = false): PlacedMatch {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return { quoteId: text, start, end: start + text.length, kind, steps: [], misattributed, quote: {}, diff: [], range } as unknown as PlacedMatch;
}

beforeEach(() => {
  registry.clear();
  document.body.innerHTML = '';
});

describe('PageHighlights.restore', () => {
  it('paints again what the page cleared, deleted, replaced or emptied, and nothing when all is there', () => {
    const highlights = new PageHighlights();
    highlights.show([placed('second', 10), placed('first', 0)]);
    expect(highlights.matches.map((m) => m.quoteId)).toEqual(['first', 'second']);
    expect(highlights.restore()).toBe(false);
    registry.clear();
    expect(highlights.restore()).toBe(true);
    expect(registry.get('verbatim-unrated')?.size).toBe(2);
    registry.get('verbatim-unrated')!.clear();
    expect(highlights.restore()).toBe(true);
    registry.set('verbatim-unrated', new FakeHighlight());
    expect(highlights.restore()).toBe(true);
    expect(registry.get('verbatim-unrated')?.size).toBe(2);
    highlights.clear();
    expect(highlights.restore()).toBe(false);
    expect(registry.size).toBe(0);
  });
});

describe('PageHighlights.show', () => {
  it("paints each match twice: its verdict's background and its kind's line, misattribution on a layer of its own", () => {
    const highlights = new PageHighlights();
    highlights.show([placed('one', 0), placed('two', 10, 'altered', true), placed('three', 20, 'altered')]);
    const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => r.toString()).sort();
    expect(texts('verbatim-unrated')).toEqual(['one', 'three', 'two']);
    expect(texts('verbatim_kind-exact')).toEqual(['one']);
    expect(texts('verbatim_kind-altered')).toEqual(['three', 'two']);
    expect(texts('verbatim_kind-misattributed')).toEqual(['two']);
    // Lines above backgrounds.
    expect((registry.get('verbatim_kind-altered') as unknown as Highlight).priority).toBe(1);
  });

  it('paints light text on a dark background with the dark-page shade of its verdict', () => {
    const highlights = new PageHighlights();
    const dark = placed('on dark', 0);
    const block = dark.range.startContainer as HTMLElement;
    block.style.cssText = 'color: rgb(230, 230, 230); background-color: rgb(20, 20, 20)';
    highlights.show([dark, placed('on light', 10)]);
    expect([...registry.get('verbatim-unrated-on-dark')!].map(String)).toEqual(['on dark']);
    expect([...registry.get('verbatim-unrated')!].map(String)).toEqual(['on light']);
  });
});

describe('ScriptLifetime', () => {
  it('keeps listeners until the extension is gone, whatever events the page sends', () => {
    let alive = true;
    const life = new ScriptLifetime(() => alive);
    const clicks = vi.fn();
    const ended = vi.fn();
    life.listen(document, 'click', clicks);
    life.onEnd(ended);
    document.dispatchEvent(new CustomEvent('some-extension:content:wxt:content-script-started', { detail: { contentScriptName: 'content' } }));
    document.body.click();
    expect(life.ended).toBe(false);
    alive = false;
    expect(life.ended).toBe(true);
    document.body.click();
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(ended).toHaveBeenCalledTimes(1);
  });
});
