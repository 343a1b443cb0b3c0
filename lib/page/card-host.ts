import { h, render } from 'preact';
import { QuoteCard } from '@/components/QuoteCard';
import type { PlacedMatch } from './highlights';
import cardCss from '@/components/QuoteCard.css?inline';

export const CARD_TAG = 'verbatim-card';
const GAP = 8;

/**
 * The card's place on the page: a custom element with a closed shadow root, so the
 * page's scripts cannot read the card and the page's styles cannot reach into it.
 */
export class CardHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
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
      this.root = this.host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = cardCss;
      this.root.append(style);
      document.documentElement.append(this.host);
    }
    this.match = match;
    const mount = this.root!.querySelector('div') ?? this.root!.appendChild(document.createElement('div'));
    render(h(QuoteCard, { match, onClose: this.onClose }), mount);
    this.place();
  }

  close(): void {
    if (!this.host) return;
    render(null, this.root!.querySelector('div')!);
    this.host.remove();
    this.host = undefined;
    this.match = undefined;
  }

  /** Puts the card below the quote's last line, or above it when there is no room, inside the viewport. */
  place(): void {
    if (!this.host || !this.match) return;
    const rects = [...this.match.range.getClientRects()];
    const anchor = rects.length ? rects[rects.length - 1] : this.match.range.getBoundingClientRect();
    const first = rects.length ? rects[0] : anchor;
    const card = this.host.getBoundingClientRect();
    const width = card.width || 416;
    const height = card.height || 200;
    const below = anchor.bottom + GAP;
    const top = below + height <= innerHeight - GAP || first.top - GAP - height < GAP ? below : first.top - GAP - height;
    const left = Math.min(Math.max(GAP, anchor.left), Math.max(GAP, innerWidth - width - GAP));
    this.host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    this.host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  }
}
