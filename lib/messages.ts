import { browser, type Browser } from 'wxt/browser';
import type { StoreService } from './service/store-service';
import type { MatchService, PageMatch } from './service/match-service';
import type { LibraryService } from './service/library-service';
import type { CaptureService } from './service/capture-service';
import type { VerdictService } from './service/verdict-service';
import type { BadgeService } from './service/badge-service';
import type { FrameService } from './service/frame-service';
import type { PageSnapshot } from './extract/article-quotes';
import { nextTask } from './page/run-sliced';

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

/**
 * Characters per message when a long text goes to the background. The browser copies a
 * message within the sender's task, about 0.1 ms per thousand characters on a busy
 * machine: a large page's whole text in one message held the page up for 20 ms.
 */
export const TEXT_PART_CHARS = 32_000;
/** The port name of a call whose text comes in parts. */
const TEXT_PORT = 'verbatim-text';

/** Background calls that take a long `text`. */
type TextCall = { [K in keyof BackgroundService]: Parameters<BackgroundService[K]>[0] extends { text: string } ? K : never }[keyof BackgroundService];

/**
 * `callBackground` for a call whose argument holds a page's text: a long text goes ahead
 * through a port in parts, each copied in a task of its own, then the call itself.
 */
export async function callBackgroundWithText<K extends TextCall>(name: K, arg: Parameters<BackgroundService[K]>[0]): Promise<Result<BackgroundService[K]>> {
  const { text } = arg as { text: string };
  if (text.length <= TEXT_PART_CHARS) return callBackground(name, ...([arg] as Parameters<BackgroundService[K]>));
  const port = browser.runtime.connect({ name: TEXT_PORT });
  const reply = new Promise<Reply | undefined>((resolve) => {
    port.onMessage.addListener((message) => resolve(message as Reply));
    port.onDisconnect.addListener(() => resolve(undefined));
  });
  try {
    for (let at = 0; at < text.length; at += TEXT_PART_CHARS) {
      if (at > 0) await nextTask();
      port.postMessage({ part: text.slice(at, at + TEXT_PART_CHARS) });
    }
    await nextTask();
    port.postMessage({ verbatim: name, arg: { ...arg, text: '' } } satisfies Envelope);
    return (await unwrap(await reply)) as Result<BackgroundService[K]>;
  } finally {
    port.disconnect();
  }
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
    void answer(handlers, name, (message as Envelope).arg, sender).then(sendResponse);
    // The answer comes later through sendResponse: the one way every browser's own API takes (the content
    // script runs without the polyfill, and Chrome does not take a listener's promise).
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/**
 * The background's `serve`: it also takes calls whose text comes in parts
 * (`callBackgroundWithText`). Content scripts serve without it, and so never set up a
 * port listener of their own.
 */
export function serveBackground<S>(handlers: Handlers<S>): () => void {
  const stop = serve(handlers);
  const textListener = (port: Browser.runtime.Port) => {
    if (port.name === TEXT_PORT && port.sender?.id === browser.runtime.id) takeTextCall(port, handlers);
  };
  browser.runtime.onConnect.addListener(textListener);
  return () => {
    stop();
    browser.runtime.onConnect.removeListener(textListener);
  };
}

/** Gathers the parts of a text sent by `callBackgroundWithText`, then answers its call with the whole text. */
function takeTextCall<S>(port: Browser.runtime.Port, handlers: Handlers<S>) {
  const parts: string[] = [];
  port.onMessage.addListener((message: unknown) => {
    const { part, verbatim: name, arg } = (message ?? {}) as Partial<Envelope> & { part?: unknown };
    if (typeof part === 'string') return void parts.push(part);
    if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) return port.disconnect();
    void answer(handlers, name, { ...(arg as object), text: parts.join('') }, port.sender!)
      .then((reply) => port.postMessage(reply))
      // The caller may have gone (its page closed) while the answer was made.
      .catch(() => undefined);
  });
}

/** The handler's answer to a call, or its error's message: what crosses back to the caller. */
function answer<S>(handlers: Handlers<S>, name: string, arg: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
  const handler = handlers[name as keyof S] as (arg: unknown, sender: Browser.runtime.MessageSender) => unknown;
  return Promise.resolve()
    .then(() => handler(arg, sender))
    .then(
      (ok) => ({ ok }),
      (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
    );
}
