import type { Browser, browser as browserApi } from 'wxt/browser';
import { MATCH_KINDS } from '../model';
import { describeKinds, isWarning, type KindOf } from '../match/kinds';

/**
 * What the toolbar button shows for a tab: how many known quotes are highlighted on it
 * (over all its frames), and a warning form when any is altered, abridged or credited
 * to someone else.
 */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

/**
 * Plain: the count on slate. Warning: the count and "!" on red. The "!" tells the two
 * apart without colour (colour-blind readers, greyscale); red says "look" at a glance.
 * White text keeps 7.6:1 on the slate and 6.5:1 on the red.
 */
export const BADGE_COLORS = { plain: '#475569', warning: '#b91c1c' } as const;
/** The badge holds about four characters. */
const MAX_SHOWN = 99;

/** The badge for these matches; none when there are none. */
export function badgeFor(matches: readonly KindOf[]): Badge | undefined {
  if (!matches.length) return undefined;
  const warning = matches.some(isWarning);
  const count = matches.length > MAX_SHOWN ? `${MAX_SHOWN}+` : String(matches.length);
  return {
    text: warning ? `${count}!` : count,
    color: warning ? BADGE_COLORS.warning : BADGE_COLORS.plain,
    title: `Verbatim found ${describeKinds(matches)}`,
  };
}

/** Where badges are drawn and what each tab's frames reported is kept (the service worker may stop at any time). */
export interface BadgeSurface {
  show(tabId: number, badge: Badge | undefined): Promise<void>;
  load(): Promise<FramesByTab>;
  save(state: FramesByTab): Promise<void>;
}

/** What each frame of each tab reported last: tab id → frame id → its matches' kinds. */
export type FramesByTab = Record<string, Record<string, KindOf[]>>;

/** Checks a report as it arrives: only kinds, no more than a page could hold. */
function readReport(req: unknown): KindOf[] {
  const matches = (req as { matches?: unknown } | null)?.matches;
  if (!Array.isArray(matches)) throw new Error('A match report needs a list of matches.');
  return matches.map((m: unknown, i) => {
    const { kind, misattributed } = (m ?? {}) as Partial<KindOf>;
    if (!MATCH_KINDS.includes(kind as KindOf['kind']) || typeof misattributed !== 'boolean') {
      throw new Error(`Match ${i + 1} of the report has no valid kind (expected one of ${MATCH_KINDS.join(', ')}).`);
    }
    return { kind: kind!, misattributed };
  });
}

/**
 * Keeps each tab's badge in step with what its frames' content scripts found. Each frame
 * reports its own matches after every scan (an empty list when highlighting is turned off
 * or nothing is left); a navigation or reload clears the tab until the new page reports.
 * Changes are applied one at a time, in the order they came.
 */
export class TabBadges {
  private state: Promise<FramesByTab> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly surface: BadgeSurface) {}

  /** A frame's matches after a scan, replacing what it reported before. */
  report(tabId: number, frameId: number, matches: KindOf[]): Promise<void> {
    return this.change(tabId, (frames) => {
      if (matches.length) frames[frameId] = matches;
      else delete frames[frameId];
    });
  }

  /** The frames of the tab whose last report held matches. */
  framesWithMatches(tabId: number): Promise<number[]> {
    return this.run(async (state) => Object.keys(state[tabId] ?? {}).map(Number));
  }

  /** The tab navigated or reloaded: nothing is known of the new page yet. */
  clear(tabId: number): Promise<void> {
    return this.change(tabId, (frames) => Object.keys(frames).forEach((id) => delete frames[id]));
  }

  /** The tab closed. */
  forget(tabId: number): Promise<void> {
    return this.run(async (state) => {
      if (!(tabId in state)) return;
      delete state[tabId];
      await this.surface.save(state);
    });
  }

  private change(tabId: number, edit: (frames: Record<string, KindOf[]>) => void): Promise<void> {
    return this.run(async (state) => {
      const frames = (state[tabId] ??= {});
      edit(frames);
      if (!Object.keys(frames).length) delete state[tabId];
      await this.surface.save(state);
      await this.surface.show(tabId, badgeFor(Object.values(frames).flat()));
    });
  }

  private run<T>(task: (state: FramesByTab) => Promise<T>): Promise<T> {
    this.state ??= this.surface.load().catch(() => ({}));
    const next = this.queue.then(async () => task(await this.state!));
    this.queue = next.catch(() => undefined);
    return next;
  }
}

export interface BadgeService {
  /** A content script's matches after a scan: what its frame adds to its tab's badge. */
  reportMatches(req: { matches: KindOf[] }): void;
  /** The frames of a tab that hold highlights, for the popup to list them all (each frame is read as a page of its own). */
  framesWithMatches(req: { tabId: number }): number[];
}

/**
 * The report must come from a content script in a tab, as the browser names the sender:
 * web pages cannot send runtime messages at all, and the extension's own pages (the card's
 * frame sits in a tab too) never report.
 */
export function badgeService(badges: TabBadges, extensionOrigin: string) {
  return {
    async reportMatches(req: { matches: KindOf[] }, sender: Browser.runtime.MessageSender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0 || sender.url?.startsWith(extensionOrigin)) throw new Error('Only a page’s content script reports its matches.');
      await badges.report(tabId, sender.frameId ?? 0, readReport(req));
    },
    async framesWithMatches({ tabId }: { tabId: number }, sender: Browser.runtime.MessageSender) {
      if (!sender.url?.startsWith(extensionOrigin)) throw new Error('Only Verbatim’s own pages ask where a tab’s highlights are.');
      return badges.framesWithMatches(tabId);
    },
  };
}

const SESSION_KEY = 'badgeFrames';

/**
 * The toolbar button of the browser (`action` in Manifest V3, `browserAction` in Firefox's V2),
 * with the frames' reports kept in `storage.session`, which lasts while the browser runs, so a
 * stopped and woken service worker still sums every frame.
 */
export function toolbarBadgeSurface(browser: typeof browserApi): BadgeSurface {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const defaultTitle = browser.runtime.getManifest().name;
  return {
    async show(tabId, badge) {
      await action.setBadgeText({ tabId, text: badge?.text ?? '' });
      if (!badge) return action.setTitle({ tabId, title: defaultTitle });
      await action.setBadgeBackgroundColor({ tabId, color: badge.color });
      // Chrome 110+ and Firefox; without it the browser picks a readable text colour itself.
      await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
      await action.setTitle({ tabId, title: badge.title });
    },
    async load() {
      return ((await browser.storage.session?.get(SESSION_KEY))?.[SESSION_KEY] as FramesByTab | undefined) ?? {};
    },
    async save(state) {
      await browser.storage.session?.set({ [SESSION_KEY]: state });
    },
  };
}
