import type { PageMatch } from '../messages';
import { rangeFor, SEPARATOR, splicePageText, textNodesUnder, textShows, Visibility, walkPageText, type ElementFilter, type PageText } from '../text/page-text';
import type { PlacedMatch } from './highlights';
import { nextTask, runSliced } from './run-sliced';
import { settler, SETTLE_TIMING, type SettleTiming, type Settler } from './settle';
import { ChangeWatch, readChanges, type TextChanges } from './text-changes';

/** What the scanner asks of the matcher: the quotes in a slice of the page's text starting at `base`, optionally only some quotes. */
export type MatchText = (req: { text: string; base?: number; ids?: string[] }) => Promise<PageMatch[]>;

export interface ScannerOptions {
  exclude: ElementFilter;
  match: MatchText;
  /** Told of every match on the page after each change. */
  onMatches(matches: readonly PlacedMatch[]): void;
  timing?: SettleTiming;
}

/**
 * A style sheet that came or went without changing how <html> and <body> show
 * (CSS-in-JS pages do it all the time) may still show or hide parts of the page:
 * the whole page is read again, but no more often than this.
 */
export const RESTYLE_GAP_MS = 5000;
/** More changed blocks than this in one batch are read as one page. */
const MAX_BLOCKS = 200;

/** How <html> and <body> show: anti-flicker snippets hide the page through them, then reveal it. */
function shownState(doc: Document): string {
  const view = doc.defaultView!;
  return [doc.documentElement, doc.body].map((el) => {
    const s = view.getComputedStyle(el);
    return `${s.display} ${s.visibility} ${s.opacity}`;
  }).join('|');
}

const EMPTY: PageText = { text: '', nodes: [], starts: [], ends: [] };

/**
 * Keeps the page's matches in step with what the reader sees. The first scan
 * reads the whole page; after that only the blocks that changed (text, or what
 * shows) are read again and spliced into the cached text, and only the lines
 * around them are matched again. A store change re-matches the cached text and
 * never walks the page.
 */
export class PageScanner {
  private page: PageText = EMPTY;
  /** Where each cached text node is in `page.nodes`, built when first needed after a change. */
  private positions: Map<Text, number> | undefined;
  private placed: PlacedMatch[] = [];
  private on = false;
  private shown = '';
  private lastFullScan = -Infinity;
  private restyleTimer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly watch: ChangeWatch;
  private readonly settle: Settler;

  constructor(private readonly doc: Document, private readonly options: ScannerOptions) {
    this.settle = settler(() => this.enqueue(() => this.readChanges()), options.timing ?? SETTLE_TIMING);
    this.watch = new ChangeWatch(doc, () => this.settle.poke());
  }

  get matches(): readonly PlacedMatch[] {
    return this.placed;
  }

  /** Resolves once everything asked of the scanner so far is done. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Highlighting on (read the page) or off (forget it). */
  setEnabled(on: boolean): Promise<void> {
    return this.enqueue(async () => {
      if (on === this.on) return;
      this.on = on;
      // A page where highlighting is off is not even watched.
      if (on) {
        this.watch.connect();
        return this.fullScan();
      }
      this.watch.disconnect();
      this.settle.cancel();
      clearTimeout(this.restyleTimer);
      this.page = EMPTY;
      this.positions = undefined;
      this.publish([]);
    });
  }

  /** The store changed: match the cached text again, against only `ids` when given. */
  refresh(ids?: string[]): Promise<void> {
    return this.enqueue(async () => {
      if (!this.on) return;
      // The cached text must be the page's before its offsets become ranges.
      await this.readChanges();
      const changed = ids && new Set(ids);
      const found = this.page.nodes.length ? await this.options.match({ text: this.page.text, ...(ids ? { ids } : {}) }) : [];
      const kept = changed ? this.placed.filter((m) => !changed.has(m.quoteId)) : [];
      this.publish([...kept, ...this.place(found)]);
    });
  }

  stop(): void {
    this.on = false;
    this.settle.cancel();
    clearTimeout(this.restyleTimer);
    this.watch.disconnect();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((e: unknown) => console.warn('Verbatim could not read this page:', e));
    return this.queue;
  }

  private publish(matches: PlacedMatch[]) {
    const placed = matches.filter((m) => !m.range.collapsed).sort((a, b) => a.start - b.start);
    // A change that touched no match (a ticker) repaints nothing.
    if (placed.length === this.placed.length && placed.every((m, i) => m === this.placed[i])) return;
    this.placed = placed;
    this.options.onMatches(placed);
  }

  /** Ranges for the matches a reader sees: the walk read hidden text too, and styles are asked about only here. */
  private place(found: PageMatch[]): PlacedMatch[] {
    const placed: PlacedMatch[] = [];
    const visibility = new Visibility(this.options.exclude);
    for (const m of found) {
      try {
        if (textShows(this.page, m.start, m.end, visibility)) placed.push({ ...m, range: rangeFor(this.page, m.start, m.end) });
      } catch {
        /* the page changed under the match while it was being made: the next reading places it */
      }
    }
    return placed;
  }

  /** The text of `root`, read without asking for styles (what they hide is left to `place`). */
  private walk(root: Element): Promise<PageText> {
    return runSliced(walkPageText(root, { exclude: this.options.exclude, onShadowRoot: (r) => this.watch.watch(r) }));
  }

  /** The text of a block that changed: none when something above it hides it, so that a hidden block costs no match. */
  private walkBlock(block: Element): Promise<PageText> {
    return new Visibility(this.options.exclude).hiddenAbove(block) ? Promise.resolve(EMPTY) : this.walk(block);
  }

  private async fullScan() {
    this.watch.take();
    clearTimeout(this.restyleTimer);
    this.lastFullScan = performance.now();
    this.page = await this.walk(this.doc.body);
    this.positions = undefined;
    if (!this.page.nodes.length) {
      this.shown = '';
      return this.publish([]);
    }
    // Styles are asked for only when there is text (most frames of a page are empty ad slots): how the page
    // shows now, to tell a reveal later, and whether each match shows. On a large page the walk's last slice,
    // the styles shownState works out, copying the text into a message and painting the matches each take a
    // few milliseconds: each gets a task of its own, so none holds the page up for long.
    await nextTask();
    this.shown = shownState(this.doc);
    await nextTask();
    const placed = this.place(await this.options.match({ text: this.page.text }));
    await nextTask();
    this.publish(placed);
  }

  private async readChanges() {
    const records = this.watch.take();
    if (!this.on || !records.length) return;
    const changes = readChanges(records, this.options.exclude);
    if (changes.restyled) {
      // A reveal (the anti-flicker hider gone) is read at once; other style changes at most every RESTYLE_GAP_MS.
      if (shownState(this.doc) !== this.shown) return this.fullScan();
      this.restyleLater();
    }
    if (!changes.blocks.length) return;
    if (changes.blocks.includes(this.doc.body) || changes.blocks.length > MAX_BLOCKS || !(await this.readBlocks(changes))) return this.fullScan();
  }

  private restyleLater() {
    if (this.restyleTimer !== undefined) return;
    const wait = Math.max(0, this.lastFullScan + RESTYLE_GAP_MS - performance.now());
    this.restyleTimer = setTimeout(() => {
      this.restyleTimer = undefined;
      void this.enqueue(() => (this.on ? this.fullScan() : Promise.resolve()));
    }, wait);
  }

  /** Reads the changed blocks into the cached text and matches the lines around them; false when the cache cannot say where they were. */
  private async readBlocks({ blocks, removed }: TextChanges): Promise<boolean> {
    const pieces = new Map<Element, PageText>();
    for (const block of blocks) pieces.set(block, await this.walkBlock(block));
    const runs: { block: Element; from: number; to: number }[] = [];
    for (const block of blocks) {
      const run = this.oldRun(block, removed.get(block) ?? []);
      if (!run) return false;
      runs.push({ block, ...run });
    }
    runs.sort((a, b) => a.from - b.from || a.to - b.to);
    if (runs.some((r, i) => i > 0 && r.from < runs[i - 1].to)) return false;
    // From the last block to the first, so that the offsets of those still to do hold.
    let matches = [...this.placed];
    const windows: [number, number][] = [];
    for (let i = runs.length - 1; i >= 0; i--) {
      const { block, from, to } = runs[i];
      const splice = splicePageText(this.page, from, to, pieces.get(block)!);
      const [cutStart, cutEnd] = splice.cut;
      matches = matches
        .filter((m) => m.end <= cutStart || m.start >= cutEnd)
        .map((m) => (m.start >= cutEnd ? shifted(m, splice.shift) : m));
      for (const w of windows) (w[0] += splice.shift), (w[1] += splice.shift);
      windows.unshift(lineAround(splice.page.text, splice.start, splice.end));
      this.page = splice.page;
    }
    this.positions = undefined;
    const merged = mergeWindows(windows);
    matches = matches.filter((m) => !merged.some(([from, to]) => m.start < to && m.end > from));
    const found = await Promise.all(
      merged.filter(([from, to]) => to > from).map(([from, to]) => this.options.match({ text: this.page.text.slice(from, to), base: from })),
    );
    this.publish([...matches, ...this.place(found.flat())]);
    return true;
  }

  /**
   * The cached nodes [from, to) that held `block`'s text: those still in it, those
   * taken out of it, and any neighbours since taken out of the page. When it held
   * none, the empty run where its text belongs. Undefined when they are not one run
   * (a node moved elsewhere): the caller then reads the whole page.
   */
  private oldRun(block: Element, removed: Node[]): { from: number; to: number } | undefined {
    const positions = (this.positions ??= new Map(this.page.nodes.map((n, i) => [n, i])));
    const held = new Set<number>();
    for (const root of [block, ...removed]) {
      for (const node of textNodesUnder(root)) {
        const i = positions.get(node);
        if (i !== undefined) held.add(i);
      }
    }
    const { nodes } = this.page;
    if (!held.size) return { from: this.positionBefore(block, positions), to: this.positionBefore(block, positions) };
    let from = Math.min(...held);
    let to = Math.max(...held) + 1;
    const gone = (i: number) => !nodes[i].isConnected;
    while (from > 0 && gone(from - 1)) from--;
    while (to < nodes.length && gone(to)) to++;
    for (let i = from; i < to; i++) if (!held.has(i) && !gone(i)) return undefined;
    return { from, to };
  }

  /** Index in the cached nodes right after the last cached node before `el` in the page (its shadow tree's, then its hosts'). */
  private positionBefore(el: Element, positions: Map<Text, number>): number {
    for (let node: Node | null = el; node; ) {
      const root = node.getRootNode();
      const walker = this.doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
      walker.currentNode = node;
      for (let before = walker.previousNode(); before; before = walker.previousNode()) {
        const i = positions.get(before as Text);
        if (i !== undefined) return i + 1;
      }
      node = root.nodeType === 11 ? (root as ShadowRoot).host : null;
    }
    return 0;
  }
}

function shifted(m: PlacedMatch, by: number): PlacedMatch {
  return { ...m, start: m.start + by, end: m.end + by, steps: m.steps.map((s) => ({ ...s, start: s.start + by, end: s.end + by })) };
}

/** [from, to) widened to the line before and the line after: a quote may run on from a neighbouring block, and its speaker is named on its line. */
function lineAround(text: string, from: number, to: number): [number, number] {
  const start = from > 0 ? text.lastIndexOf(SEPARATOR, from - 2) + 1 : 0;
  const end = text.indexOf(SEPARATOR, to + 1);
  return [start, end < 0 ? text.length : end];
}

function mergeWindows(windows: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const w of [...windows].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([...w]);
  }
  return merged;
}
