import type { PlacedMatch } from './highlights';
import { FrameHost } from './frame-host';
import { currentPageRef } from './capture';
import { nameRects, textAround } from './around-match';
import { GAP, placeCard, roomIsShort, type Box } from './card-placement';

export interface CardEvents {
  /** The reader closed the card from inside it. */
  closed(): void;
  /** The reader pressed the next (+1) or previous (-1) quote's shortcut inside the card. */
  stepped(step: 1 | -1): void;
}

/** How the card was opened: with the keyboard on a quoted link, its copy of the link in the card takes the keyboard. */
export interface OpenOptions {
  fromLinkKey?: boolean;
}

/** The card of one match, placed beside the quote on the page, never over it nor over the name the page credits. */
export class CardHost {
  // Sections such as the quote's history load after the card opens and change its height.
  private readonly frame = new FrameHost({
    resized: (height) => this.resized(height),
    closed: () => this.events.closed(),
    stepped: (step) => this.events.stepped(step),
    check: () => this.place(),
  });
  private match: PlacedMatch | undefined;
  /** The height the card's content needs, as the frame last said; a sliver until it has rendered. */
  private height = 1;
  /** The page was scrolled once for this card to make room for it. */
  private scrolledForRoom = false;

  constructor(private readonly events: CardEvents) {}

  /** The match whose card is open, if any. */
  get current(): PlacedMatch | undefined {
    return this.match;
  }

  contains(target: EventTarget | null): boolean {
    return this.frame.contains(target);
  }

  /** Opens the card of `match`; the keyboard moves into it unless it is the same quote's card, refreshed. */
  open(match: PlacedMatch, { fromLinkKey = false }: OpenOptions = {}): void {
    const same = this.match?.quoteId === match.quoteId && this.match.start === match.start;
    if (!same) this.scrolledForRoom = false;
    this.match = match;
    const link = match.range.startContainer.parentElement?.closest('a[href]') as HTMLAnchorElement | null;
    const { range: _range, ...shown } = match;
    const view = { ui: 'card' as const, match: shown, pageLink: link?.href, page: currentPageRef(), around: textAround(match.range), ...(fromLinkKey ? { focusPageLink: true } : {}) };
    this.frame.show(view, { focus: !same });
    this.place();
  }

  close(): void {
    this.frame.close();
    this.match = undefined;
    this.height = 1;
  }

  private resized(height: number): void {
    this.height = height;
    this.place();
  }

  /** What the card must not cover: the quote's lines and, when the page credits someone else, where it names them. */
  private avoided(match: PlacedMatch): Box[] {
    const rects = [...match.range.getClientRects(), ...(match.misattributed && match.pageSpeaker ? nameRects(match.range, match.pageSpeaker) : [])];
    const boxes = rects.filter((r) => r.width > 0 || r.height > 0).map(({ top, left, width, height }) => ({ top, left, width, height }));
    if (boxes.length) return boxes;
    const { top, left, width, height } = match.range.getBoundingClientRect();
    return [{ top, left, width, height }];
  }

  /**
   * Puts the card beside the quote (see placeCard). When the viewport has too little
   * room beside it (200% zoom on a small window), the page is scrolled once so the
   * quote sits near the viewport's top, and the card goes below it.
   */
  place(): void {
    if (!this.match) return;
    const avoid = this.avoided(this.match);
    const viewport = { width: innerWidth, height: innerHeight };
    const placed = placeCard(avoid, this.height, viewport);
    if (this.height > 1 && roomIsShort(placed, this.height) && !this.scrolledForRoom) {
      this.scrolledForRoom = true;
      const top = Math.min(...avoid.map((r) => r.top));
      const before = scrollY;
      scrollBy({ top: top - 2 * GAP, behavior: 'instant' });
      if (scrollY !== before) return this.place();
    }
    this.frame.place({ top: Math.round(placed.top), left: Math.round(placed.left), width: Math.round(placed.width), height: Math.round(placed.height) });
  }
}
