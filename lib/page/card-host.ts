import type { PlacedMatch } from './highlights';
import { FrameHost } from './frame-host';
import { currentPageRef } from './capture';

const GAP = 8;
/** The card's width, when the viewport has room for it. */
const WIDTH = 416;
/** Below this the card would be too short to read: it overlaps the quote instead. */
const MIN_HEIGHT = 180;
/** The tallest the card grows before it scrolls inside. */
const MAX_HEIGHT = 460;

/** The card of one match, placed next to the quote on the page. */
export class CardHost {
  // Sections such as the quote's history load after the card opens and change its height.
  private readonly frame = new FrameHost({ resized: (height) => this.resized(height), closed: () => this.onClose(), check: () => this.place() });
  private match: PlacedMatch | undefined;
  /** The height the card's content needs, as the frame last said; a sliver until it has rendered. */
  private height = 1;

  constructor(private readonly onClose: () => void) {}

  /** The match whose card is open, if any. */
  get current(): PlacedMatch | undefined {
    return this.match;
  }

  contains(target: EventTarget | null): boolean {
    return this.frame.contains(target);
  }

  /** Opens the card of `match`; the keyboard moves into it unless it is the same quote's card, refreshed. */
  open(match: PlacedMatch): void {
    const same = this.match?.quoteId === match.quoteId && this.match.start === match.start;
    this.match = match;
    const link = match.range.startContainer.parentElement?.closest('a[href]') as HTMLAnchorElement | null;
    const { range: _range, ...shown } = match;
    this.frame.show({ ui: 'card', match: shown, pageLink: link?.href, page: currentPageRef() }, { focus: !same });
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
    const width = Math.min(WIDTH, innerWidth - 2 * GAP);
    const height = Math.min(this.height, MAX_HEIGHT, innerHeight - 2 * GAP);
    const below = innerHeight - last.bottom - 2 * GAP;
    const above = first.top - 2 * GAP;
    let top: number;
    let shown = height;
    if (height <= below || (height > above && below >= above)) {
      top = last.bottom + GAP;
      if (height > below) shown = Math.max(MIN_HEIGHT, below);
    } else {
      shown = Math.min(height, Math.max(MIN_HEIGHT, above));
      top = first.top - GAP - shown;
    }
    shown = Math.min(shown, height);
    top = Math.min(Math.max(GAP, top), innerHeight - GAP - shown);
    const left = Math.min(Math.max(GAP, last.left), Math.max(GAP, innerWidth - width - GAP));
    this.frame.place({ top: Math.round(top), left: Math.round(left), width: Math.round(width), height: Math.round(shown) });
  }
}
