import type { PageMatch } from '../messages';
import { cuesOf, KIND_HIGHLIGHT_PREFIX, kindHighlightName } from '../match/kinds';
import { isLightOnDark } from './page-tone';

/** A match placed on the page. */
export interface PlacedMatch extends PageMatch {
  range: Range;
}

/** Highlight names, styled by the content script's stylesheet with `::highlight(name)`. */
export const HIGHLIGHT_PREFIX = 'verbatim';
const FLASH = `${HIGHLIGHT_PREFIX}-flash`;
const ACTIVE = `${HIGHLIGHT_PREFIX}-active`;
/** Ends the verdict highlight's name where the text is light on a dark background. */
export const ON_DARK = '-on-dark';

/**
 * The verdict layer: the background colour of this page's verdict (a verdict on another page's
 * version, or on the original, does not colour it), in its dark-page shade where the text is light on dark.
 */
function verdictHighlightName(match: PlacedMatch, onDark: (el: Element) => boolean): string {
  const start = match.range.startContainer;
  const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  return `${HIGHLIGHT_PREFIX}-${match.verdict ?? 'unrated'}${el && onDark(el) ? ON_DARK : ''}`;
}

/**
 * Paints matches with the CSS Custom Highlight API, which leaves the page's DOM
 * untouched: frameworks that re-render cannot wipe the highlights, and nothing is
 * wrapped. Highlights get no events, so clicks are hit-tested here.
 */
export class PageHighlights {
  private placed: PlacedMatch[] = [];
  // Our own record of what we set, by name: Firefox's content scripts cannot iterate the page's registry,
  // and the page may clear it (restore puts it back).
  private readonly painted = new Map<string, { highlight: Highlight; ranges: Range[] }>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  get matches(): readonly PlacedMatch[] {
    return this.placed;
  }

  show(matches: PlacedMatch[]): void {
    this.clear();
    // Text order: ranges in different shadow trees cannot be compared with each other.
    this.placed = [...matches].sort((a, b) => a.start - b.start);
    const groups = new Map<string, Range[]>();
    const add = (name: string, range: Range) => (groups.get(name) ?? groups.set(name, []).get(name)!).push(range);
    // Each match is painted twice: its verdict's background, and its kind's text decoration on top.
    const tones = new Map<Element, boolean>();
    const onDark = (el: Element) => tones.get(el) ?? tones.set(el, isLightOnDark(el)).get(el)!;
    for (const m of this.placed) {
      add(verdictHighlightName(m, onDark), m.range);
      for (const cue of cuesOf(m)) add(kindHighlightName(cue), m.range);
    }
    for (const [name, ranges] of groups) this.paint(name, ranges);
  }

  private paint(name: string, ranges: Range[]): void {
    const highlight = new Highlight(...ranges);
    // Kind lines above every background (verdicts, the open card's, the flash), whatever order the names came in.
    if (name.startsWith(KIND_HIGHLIGHT_PREFIX)) highlight.priority = 1;
    CSS.highlights.set(name, highlight);
    this.painted.set(name, { highlight, ranges });
  }

  private erase(name: string): void {
    CSS.highlights.delete(name);
    this.painted.delete(name);
  }

  clear(): void {
    for (const name of [...this.painted.keys()]) this.erase(name);
    this.placed = [];
  }

  /**
   * Paints again what the page erased or emptied (`CSS.highlights.clear()`, `.delete(name)`,
   * `.set(name, …)`, `highlight.clear()`): cheap enough to check every second. True if it had to.
   */
  restore(): boolean {
    let erased = false;
    for (const [name, { highlight, ranges }] of this.painted) {
      if (CSS.highlights.get(name) === highlight && highlight.size === ranges.length) continue;
      this.paint(name, ranges);
      erased = true;
    }
    return erased;
  }

  /** Marks one match as the one whose card is open, or none. */
  setActive(index: number | undefined): void {
    if (index === undefined) this.erase(ACTIVE);
    else this.paint(ACTIVE, [this.placed[index].range]);
  }

  flash(index: number): void {
    clearTimeout(this.flashTimer);
    this.paint(FLASH, [this.placed[index].range]);
    this.flashTimer = setTimeout(() => this.erase(FLASH), 1500);
  }

  /** Index of the match drawn under the viewport point (x, y), if any. */
  hitTest(x: number, y: number): number | undefined {
    for (let i = 0; i < this.placed.length; i++) {
      for (const rect of this.placed[i].range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return i;
      }
    }
    return undefined;
  }
}
