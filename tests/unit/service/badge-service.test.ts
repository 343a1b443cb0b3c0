import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, badgeService, TabBadges, type Badge, type BadgeSurface, type FramesByTab } from '@/lib/service/badge-service';
import type { KindOf } from '@/lib/match/kinds';

const exact: KindOf = { kind: 'exact', misattributed: false };
const altered: KindOf = { kind: 'altered', misattributed: false };
const credited: KindOf = { kind: 'exact', misattributed: true };

/** A toolbar that remembers what each tab shows, and a session store; `stored` starts what a stopped worker left behind. */
function surface(stored: FramesByTab = {}) {
  const shown = new Map<number, Badge | undefined>();
  let saved: FramesByTab = structuredClone(stored);
  const s: BadgeSurface = {
    async show(tabId, badge) {
      shown.set(tabId, badge);
    },
    load: async () => structuredClone(saved),
    async save(state) {
      saved = structuredClone(state);
    },
  };
  return { s, shown, saved: () => saved };
}

describe('badgeFor', () => {
  it('shows the count, plain when nothing warns', () => {
    expect(badgeFor([exact, { kind: 'partial', misattributed: false }])).toEqual({ text: '2', color: BADGE_COLORS.plain, title: 'Verbatim found 2 known quotes, none credited to someone else, altered or cut' });
  });

  it('adds "!" on red when any quote is altered, abridged or credited to someone else', () => {
    for (const warning of [altered, credited, { kind: 'abridged', misattributed: false } as KindOf]) {
      const badge = badgeFor([exact, warning])!;
      expect(badge.text).toBe('2!');
      expect(badge.color).toBe(BADGE_COLORS.warning);
    }
    expect(badgeFor([exact, altered, credited])!.title).toBe('Verbatim found 3 known quotes: 1 credited to someone else, 1 altered');
  });

  it('shows nothing for no quote, and caps what does not fit', () => {
    expect(badgeFor([])).toBeUndefined();
    expect(badgeFor(Array(250).fill(exact))!.text).toBe('99+');
  });
});

describe('TabBadges', () => {
  it('sums the frames of a tab, each frame replacing its own last report', async () => {
    const { s, shown } = surface();
    const badges = new TabBadges(s);
    await badges.report(1, 0, [exact, exact]);
    await badges.report(1, 7, [altered]);
    expect(shown.get(1)?.text).toBe('3!');
    await badges.report(1, 7, []);
    expect(shown.get(1)?.text).toBe('2');
    await badges.report(2, 0, [exact]);
    expect(shown.get(1)?.text).toBe('2');
    expect(shown.get(2)?.text).toBe('1');
  });

  it('clears a tab on navigation until its frames report again, and forgets closed tabs', async () => {
    const { s, shown, saved } = surface();
    const badges = new TabBadges(s);
    await badges.report(1, 0, [exact]);
    await badges.report(1, 3, [credited]);
    await badges.clear(1);
    expect(shown.get(1)).toBeUndefined();
    await badges.report(1, 0, [exact]);
    expect(shown.get(1)?.text).toBe('1');
    await badges.forget(1);
    expect(saved()).toEqual({});
  });

  it('keeps summing frames after the service worker was stopped', async () => {
    const first = surface();
    await new TabBadges(first.s).report(1, 5, [altered]);
    const woken = surface(first.saved());
    await new TabBadges(woken.s).report(1, 0, [exact]);
    expect(woken.shown.get(1)?.text).toBe('2!');
  });

  it('applies reports in the order they came', async () => {
    const { s, shown } = surface();
    const badges = new TabBadges(s);
    await Promise.all([badges.report(1, 0, [exact]), badges.report(1, 1, [exact]), badges.report(1, 2, [altered]), badges.clear(1), badges.report(1, 0, [exact, exact])]);
    expect(shown.get(1)?.text).toBe('2');
  });
});

describe('badgeService', () => {
  const EXTENSION = 'chrome-extension://abc/';
  it('takes reports only from a content script in a tab, and only of real kinds', async () => {
    const { s, shown } = surface();
    const service = badgeService(new TabBadges(s), EXTENSION);
    await service.reportMatches({ matches: [altered] }, { tab: { id: 4 } as never, frameId: 0, url: 'https://news.example/a' });
    expect(shown.get(4)?.text).toBe('1!');
    await expect(service.reportMatches({ matches: [exact] }, { url: `${EXTENSION}popup.html` })).rejects.toThrow('content script');
    await expect(service.reportMatches({ matches: [exact] }, { tab: { id: 4 } as never, frameId: 2, url: `${EXTENSION}card.html` })).rejects.toThrow('content script');
    await expect(
      service.reportMatches({ matches: [{ kind: 'invented', misattributed: false } as unknown as KindOf] }, { tab: { id: 4 } as never, frameId: 0, url: 'https://news.example/a' }),
    ).rejects.toThrow('Match 1 of the report has no valid kind');
    await expect(service.reportMatches({} as never, { tab: { id: 4 } as never, frameId: 0, url: 'https://news.example/a' })).rejects.toThrow('needs a list of matches');
    expect(shown.get(4)?.text).toBe('1!');
  });

  it('tells Verbatim’s own pages, and only them, which frames of a tab hold highlights', async () => {
    const { s } = surface();
    const badges = new TabBadges(s);
    const service = badgeService(badges, EXTENSION);
    await badges.report(4, 0, [exact]);
    await badges.report(4, 9, [altered]);
    await badges.report(4, 3, [exact]);
    await badges.report(4, 3, []);
    await badges.report(5, 2, [exact]);
    expect((await service.framesWithMatches({ tabId: 4 }, { url: `${EXTENSION}popup.html` })).sort()).toEqual([0, 9]);
    expect(await service.framesWithMatches({ tabId: 6 }, { url: `${EXTENSION}popup.html` })).toEqual([]);
    await expect(service.framesWithMatches({ tabId: 4 }, { tab: { id: 4 } as never, frameId: 0, url: 'https://news.example/a' })).rejects.toThrow('own pages');
  });
});
