import { h, render } from 'preact';
import { QuoteCard } from '@/components/QuoteCard';
import type { PlacedMatch } from './highlights';
import cardCss from '@/components/QuoteCard.css?inline';

export const CARD_TAG = 'verbatim-card';
const GAP = 8;
/** Below this the card would be too short to read: it overlaps the quote instead. */
const MIN_HEIGHT = 180;

/**
 * The card's place on the page: a custom element with a closed shadow root, so the
 * page's scripts cannot read the card and the page's styles cannot reach into it.
 */
export class CardHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private match: PlacedMatch | undefined;

  constructor(private readonly onClose: () => void) {}

  get isOpen(): boolean {
    return !!this.match;
  }

  contains(node: EventTarget | null): boolean {
    return !!this.host && node === this.host;
  }

  open(match: PlacedMatch): void {
    if (!this.host || !this.host.isConnected) {
      this.host = document.createElement(CARD_TAG);
      const root = this.host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = cardCss;
      this.mount = document.createElement('div');
      root.append(style, this.mount);
      document.documentElement.append(this.host);
      // Sections such as the quote's history load after the card opens and change its height.
      new ResizeObserver(() => this.place()).observe(this.mount);
    }
    this.match = match;
    render(h(QuoteCard, { match, onClose: this.onClose }), this.mount!);
    this.place();
  }

  close(): void {
    if (!this.host) return;
    render(null, this.mount!);
    this.host.remove();
    this.host = undefined;
    this.match = undefined;
  }

  /**
   * Puts the card below the quote's last line, or above its first line when only
   * that side has room. When neither has, the card takes the larger side and
   * scrolls inside; it never leaves the viewport.
   */
  place(): void {
    if (!this.host || !this.match) return;
    const rects = [...this.match.range.getClientRects()];
    const last = rects.length ? rects[rects.length - 1] : this.match.range.getBoundingClientRect();
    const first = rects.length ? rects[0] : last;
    const style = this.host.style;
    style.removeProperty('--card-max-height');
    const { width, height } = this.host.getBoundingClientRect();
    const below = innerHeight - last.bottom - 2 * GAP;
    const above = first.top - 2 * GAP;
    let top: number;
    if (height <= below || (height > above && below >= above)) {
      top = last.bottom + GAP;
      if (height > below) style.setProperty('--card-max-height', `${Math.max(MIN_HEIGHT, below)}px`, 'important');
    } else {
      const fitted = Math.min(height, Math.max(MIN_HEIGHT, above));
      top = first.top - GAP - fitted;
      if (fitted < height) style.setProperty('--card-max-height', `${fitted}px`, 'important');
    }
    top = Math.min(Math.max(GAP, top), innerHeight - GAP - Math.min(height, MIN_HEIGHT));
    const left = Math.min(Math.max(GAP, last.left), Math.max(GAP, innerWidth - width - GAP));
    style.setProperty('top', `${Math.round(top)}px`, 'important');
    style.setProperty('left', `${Math.round(left)}px`, 'important');
  }
}
