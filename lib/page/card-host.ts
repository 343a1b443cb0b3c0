import { h } from 'preact';
import { QuoteCard } from '@/components/QuoteCard';
import type { PlacedMatch } from './highlights';
import { ShadowHost } from './shadow-host';
import { currentPageRef } from './capture';
import { normalizePageUrl } from '@/lib/store/sightings';
import cardCss from '@/components/QuoteCard.css?inline';

export const CARD_TAG = 'verbatim-card';
const GAP = 8;
/** Below this the card would be too short to read: it overlaps the quote instead. */
const MIN_HEIGHT = 180;

/** The card of one match, placed next to the quote on the page. */
export class CardHost {
  // Sections such as the quote's history load after the card opens and change its height.
  private readonly ui = new ShadowHost(CARD_TAG, cardCss, () => this.place());
  private match: PlacedMatch | undefined;

  constructor(private readonly onClose: () => void) {}

  /** The match whose card is open, if any. */
  get current(): PlacedMatch | undefined {
    return this.match;
  }

  contains(target: EventTarget | null): boolean {
    return this.ui.contains(target);
  }

  open(match: PlacedMatch): void {
    this.match = match;
    const link = match.range.startContainer.parentElement?.closest('a[href]') as HTMLAnchorElement | null;
    const page = currentPageRef();
    const onSource = normalizePageUrl(page.url, page.canonical) === normalizePageUrl(match.quote.source.url);
    this.ui.show(h(QuoteCard, { match, pageLink: link?.href, onSource, onClose: this.onClose }));
    this.place();
  }

  close(): void {
    this.ui.remove();
    this.match = undefined;
  }

  /**
   * Puts the card below the quote's last line, or above its first line when only
   * that side has room. When neither has, the card takes the larger side and
   * scrolls inside; it never leaves the viewport.
   */
  place(): void {
    if (!this.match) return;
    const rects = [...this.match.range.getClientRects()];
    const last = rects.length ? rects[rects.length - 1] : this.match.range.getBoundingClientRect();
    const first = rects.length ? rects[0] : last;
    this.ui.place({ '--card-max-height': undefined });
    const { width, height } = this.ui.rect()!;
    const below = innerHeight - last.bottom - 2 * GAP;
    const above = first.top - 2 * GAP;
    let top: number;
    let maxHeight: number | undefined;
    if (height <= below || (height > above && below >= above)) {
      top = last.bottom + GAP;
      if (height > below) maxHeight = Math.max(MIN_HEIGHT, below);
    } else {
      const fitted = Math.min(height, Math.max(MIN_HEIGHT, above));
      top = first.top - GAP - fitted;
      if (fitted < height) maxHeight = fitted;
    }
    top = Math.min(Math.max(GAP, top), innerHeight - GAP - Math.min(height, MIN_HEIGHT));
    const left = Math.min(Math.max(GAP, last.left), Math.max(GAP, innerWidth - width - GAP));
    this.ui.place({
      top: `${Math.round(top)}px`,
      left: `${Math.round(left)}px`,
      '--card-max-height': maxHeight === undefined ? undefined : `${Math.round(maxHeight)}px`,
    });
  }
}
