import { browser, type Browser } from 'wxt/browser';
import type { StoreService } from './service/store-service';
import type { MatchService, PageMatch } from './service/match-service';
import type { LibraryService } from './service/library-service';
import type { CaptureService } from './service/capture-service';
import type { VerdictService } from './service/verdict-service';
import type { BadgeService } from './service/badge-service';
import type { FrameService } from './service/frame-service';
import type { PageSnapshot } from './extract/article-quotes';

export type { PageMatch };

/** Everything the background answers (it owns the store): one typed service, each feature in lib/service/. */
export type BackgroundService = StoreService & MatchService & LibraryService & CaptureService & VerdictService & BadgeService & FrameService;

/** What a tab's content script answers, for the popup. */
export interface TabService {
  listPageMatches(): PageMatch[];
  revealMatch(index: number): void;
  /** The store changed: match the page's text again, against only `ids` when given. */
  refresh(req: { ids?: string[] }): void;
  /** The page as it stands, for the popup to find its quotations in (detection never loads into the page). */
  readPage(): PageSnapshot;
  /** Opens the in-page form that saves the reader's selection. */
  openSaveForm(): void;
}

/** What serves `S`: each method, given its argument and who sent it. */
export type Handlers<S> = { [K in keyof S]: S[K] extends (arg: infer A) => infer R ? (arg: A, sender: Browser.runtime.MessageSender) => R | Promise<R> : never };
type Result<F> = F extends (...args: never[]) => infer R ? R : never;

interface Envelope {
  verbatim: string;
  arg: unknown;
}

/** Errors cross the message boundary as `{error}` so the caller can rethrow them with their message. */
type Reply = { ok: unknown } | { error: string };

async function unwrap(reply: Reply | undefined): Promise<never | unknown> {
  if (!reply) throw new Error('No answer from Verbatim (is the extension loaded on this page?)');
  if ('error' in reply) throw new Error(reply.error);
  return reply.ok;
}

export async function callBackground<K extends keyof BackgroundService>(
  name: K,
  ...arg: Parameters<BackgroundService[K]>
): Promise<Result<BackgroundService[K]>> {
  const envelope: Envelope = { verbatim: name, arg: arg[0] };
  return unwrap(await browser.runtime.sendMessage(envelope)) as Promise<Result<BackgroundService[K]>>;
}

/** Tab messages that every frame of the tab hears (a store change); callTab sends the others to the top frame alone. */
const EVERY_FRAME: ReadonlySet<keyof TabService> = new Set(['refresh']);

/** Asks a tab's content scripts: every frame for the messages they all answer, the top frame for the others. */
export function callTab<K extends keyof TabService>(tabId: number, name: K, ...arg: Parameters<TabService[K]>): Promise<Result<TabService[K]>> {
  return callFrame(tabId, EVERY_FRAME.has(name) ? undefined : 0, name, ...arg);
}

/** Asks the content script of one frame of a tab (every frame when `frameId` is undefined). */
export async function callFrame<K extends keyof TabService>(
  tabId: number,
  frameId: number | undefined,
  name: K,
  ...arg: Parameters<TabService[K]>
): Promise<Result<TabService[K]>> {
  const envelope: Envelope = { verbatim: name, arg: arg[0] };
  const frame = frameId === undefined ? {} : { frameId };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope, frame)) as Promise<Result<TabService[K]>>;
}

/**
 * Serves `handlers` to the extension's own pages and content scripts. Messages from
 * anywhere else are ignored: web pages cannot reach runtime messaging without
 * `externally_connectable`, and the sender check keeps it that way.
 */
export function serve<S>(handlers: Handlers<S>): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply) => void): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const name = (message as Envelope | null)?.verbatim;
    if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) return undefined;
    const handler = handlers[name as keyof S] as (arg: unknown, sender: Browser.runtime.MessageSender) => unknown;
    void Promise.resolve()
      .then(() => handler((message as Envelope).arg, sender))
      .then(
        (ok) => ({ ok }),
        (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
      )
      .then(sendResponse);
    // The answer comes later through sendResponse: the one way every browser's own API takes (the content
    // script runs without the polyfill, and Chrome does not take a listener's promise).
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
