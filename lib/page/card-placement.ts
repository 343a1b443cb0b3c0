/** A rectangle in viewport (CSS) pixels. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** Space kept between the card, what it explains and the viewport's edges. */
export const GAP = 8;
/** The card's width, when the viewport has room for it. */
export const CARD_WIDTH = 416;
/** Narrower than this, the card is a sheet across the viewport's width, at its bottom (or top). */
export const SHEET_BELOW = 480;
/** Below this height the card is too short to read; it is still never put over what it explains. */
export const MIN_HEIGHT = 120;
/** The tallest the card grows before it scrolls inside. */
export const MAX_HEIGHT = 460;

export interface CardPlacement extends Box {
  /** Where the card went, against what it must not cover. */
  side: 'below' | 'above' | 'right' | 'left' | 'sheet-bottom' | 'sheet-top';
}

/** The smallest box around `rects` (all of them non-empty). */
export function boundingBox(rects: readonly Box[]): Box {
  const top = Math.min(...rects.map((r) => r.top));
  const left = Math.min(...rects.map((r) => r.left));
  const bottom = Math.max(...rects.map((r) => r.top + r.height));
  const right = Math.max(...rects.map((r) => r.left + r.width));
  return { top, left, width: right - left, height: bottom - top };
}

/**
 * Where the card goes so that it covers none of `avoid` (the quote's lines and the
 * credit line its warning is about), in the viewport, at most `wanted` tall.
 *
 * On a wide viewport: below the quote, above it, to its right or to its left, the
 * first side where the whole card fits; when none does, the side with the most room,
 * the card then scrolling inside. On a narrow one (a phone, or 200% zoom on a small
 * window) the card is a sheet across the viewport, at the bottom, or at the top when
 * the quote is in the lower half. The result can be shorter than MIN_HEIGHT only when
 * the viewport has no more room beside what it must not cover: the caller may scroll
 * the page then (see `roomIsShort`).
 */
export function placeCard(avoid: readonly Box[], wanted: number, viewport: Viewport): CardPlacement {
  const box = boundingBox(avoid);
  const bottom = box.top + box.height;
  const right = box.left + box.width;
  const height = Math.max(1, Math.min(wanted, MAX_HEIGHT, viewport.height - 2 * GAP));
  const roomBelow = viewport.height - bottom - 2 * GAP;
  const roomAbove = box.top - 2 * GAP;
  const clampTop = (top: number, h: number) => Math.min(Math.max(GAP, top), viewport.height - GAP - h);

  if (viewport.width < SHEET_BELOW) {
    const width = viewport.width - 2 * GAP;
    const onTop = roomAbove > roomBelow;
    const shown = Math.max(1, Math.min(height, onTop ? roomAbove : roomBelow));
    return onTop
      ? { side: 'sheet-top', top: GAP, left: GAP, width, height: shown }
      : { side: 'sheet-bottom', top: viewport.height - GAP - shown, left: GAP, width, height: shown };
  }

  const width = Math.min(CARD_WIDTH, viewport.width - 2 * GAP);
  const alignedLeft = Math.min(Math.max(GAP, box.left), viewport.width - width - GAP);
  const roomRight = viewport.width - right - 2 * GAP;
  const roomLeft = box.left - 2 * GAP;
  const sides: (CardPlacement & { room: number })[] = [
    { side: 'below', room: roomBelow, top: bottom + GAP, left: alignedLeft, width, height: Math.min(height, roomBelow) },
    { side: 'above', room: roomAbove, top: box.top - GAP - Math.min(height, roomAbove), left: alignedLeft, width, height: Math.min(height, roomAbove) },
  ];
  if (roomRight >= width) sides.push({ side: 'right', room: viewport.height - 2 * GAP, top: clampTop(box.top, height), left: right + GAP, width, height });
  if (roomLeft >= width) sides.push({ side: 'left', room: viewport.height - 2 * GAP, top: clampTop(box.top, height), left: box.left - GAP - width, width, height });
  const fits = sides.find((s) => s.room >= height) ?? sides.reduce((best, s) => (s.room > best.room ? s : best));
  const { room: _room, ...placed } = fits;
  return { ...placed, height: Math.max(1, placed.height) };
}

/** The card got less than MIN_HEIGHT (or less than it wants, when that is smaller): scrolling the page would give it room. */
export function roomIsShort(placed: CardPlacement, wanted: number): boolean {
  return placed.height < Math.min(wanted, MIN_HEIGHT);
}
