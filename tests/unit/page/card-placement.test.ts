import { describe, expect, it } from 'vitest';
import { CARD_WIDTH, GAP, MAX_HEIGHT, placeCard, roomIsShort, type Box } from '@/lib/page/card-placement';

const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const inside = (a: Box, v: { width: number; height: number }) => a.left >= 0 && a.top >= 0 && a.left + a.width <= v.width && a.top + a.height <= v.height;

describe('placeCard', () => {
  const wide = { width: 1200, height: 900 };
  const line = (top: number, left = 100, width = 600): Box => ({ top, left, width, height: 20 });

  it('puts the card below the quote when it fits there', () => {
    const placed = placeCard([line(100), line(120)], 300, wide);
    expect(placed.side).toBe('below');
    expect(placed.top).toBe(140 + GAP);
    expect(placed.height).toBe(300);
    expect(placed.width).toBe(CARD_WIDTH);
  });

  it('goes above a quote near the bottom, and never over the credit line above it', () => {
    const credit = line(700, 100, 120);
    const placed = placeCard([line(800), credit], 300, wide);
    expect(placed.side).toBe('above');
    expect(overlaps(placed, credit)).toBe(false);
    expect(placed.top + placed.height).toBeLessThanOrEqual(700 - GAP);
  });

  it('goes beside a quote that leaves no room above or below', () => {
    const tall: Box = { top: 100, left: 40, width: 500, height: 700 };
    const placed = placeCard([tall], 400, wide);
    expect(placed.side).toBe('right');
    expect(overlaps(placed, tall)).toBe(false);
    expect(inside(placed, wide)).toBe(true);
  });

  it('is a bottom sheet on a narrow viewport, or a top sheet when the quote is low', () => {
    const phone = { width: 390, height: 844 };
    const high = placeCard([line(100, 16, 350)], 500, phone);
    expect(high).toMatchObject({ side: 'sheet-bottom', left: GAP, width: 390 - 2 * GAP });
    expect(high.top + high.height).toBe(844 - GAP);
    const low = placeCard([line(700, 16, 350)], 500, phone);
    expect(low.side).toBe('sheet-top');
    for (const placed of [high, low]) expect(overlaps(placed, line(placed === high ? 100 : 700, 16, 350))).toBe(false);
  });

  it('shrinks (the card scrolls inside) rather than cover the quote, and says when the room is short', () => {
    const half = { width: 600, height: 450 };
    const quote = [line(180, 20, 560), line(200, 20, 560), line(220, 20, 300)];
    const placed = placeCard(quote, MAX_HEIGHT, half);
    for (const r of quote) expect(overlaps(placed, r)).toBe(false);
    expect(inside(placed, half)).toBe(true);
    expect(placed.height).toBeLessThan(MAX_HEIGHT);
    expect(roomIsShort(placed, MAX_HEIGHT)).toBe(false);
    const squeezed = placeCard([{ top: 40, left: 20, width: 560, height: 360 }], MAX_HEIGHT, half);
    expect(roomIsShort(squeezed, MAX_HEIGHT)).toBe(true);
  });
});
