import type { PageMatch } from '@/lib/messages';
import type { Source } from '@/lib/model';
import type { PageRef } from '@/lib/store/sightings';

/**
 * The extension page (entrypoints/card) that shows Verbatim's UI on a web page.
 * It is the only web-accessible resource: a cross-origin frame, so nothing it shows
 * is readable by the page (not by the DOM, the selection or `window.find`).
 */
export const FRAME_PAGE = '/card.html';

/** The card of a quote found on the page. */
export interface CardView {
  ui: 'card';
  match: PageMatch;
  /** Where the page links the quoted words to, when it does. */
  pageLink?: string;
  /** The page the card is open on. */
  page: PageRef;
  /** The page's text just before and after the match, in its block: words of the original printed there are not "unquoted". */
  around: { before: string; after: string };
  /** The reader opened the card with Enter on a quoted link: the card's own copy of the link takes the keyboard, so a second Enter follows it. */
  focusPageLink?: boolean;
}

/** The form that saves the reader's selection; the frame detects its speaker and context. */
export interface SaveFormView {
  ui: 'save-form';
  selection: string;
  /** The page's text, and where the selection is in it when it lies in that text. */
  pageText: string;
  start?: number;
  end?: number;
  /** The page as a quote's source, as its metadata describes it. */
  source: Source;
  page: PageRef;
}

export type FrameView = CardView | SaveFormView;

/** From the content script to the frame: what to show. */
export interface ToFrame {
  show: FrameView;
}

/**
 * From the frame to the content script: the height its content needs, that the
 * reader closed it, or that the reader pressed the next (+1) or previous (-1)
 * quote's shortcut in it (keys pressed in the frame never reach the page).
 */
export type FromFrame = { height: number } | { close: true } | { step: 1 | -1 };

/**
 * The key of the content script's first message to the frame, which carries the
 * channel's port. The frame accepts the port only with the secret its own URL
 * carries: the page may post to the frame too, but cannot know that secret.
 */
const HANDSHAKE = 'verbatimFrame';

export function handshake(secret: string): Record<string, string> {
  return { [HANDSHAKE]: secret };
}

/**
 * In the frame: waits for the content script's port, the first one that carries
 * the secret. The secret is taken from the URL's fragment and erased from it at once.
 */
export function acceptChannel(onPort: (port: MessagePort) => void): void {
  const secret = location.hash.slice(1);
  history.replaceState(null, '', location.pathname);
  const accept = (event: MessageEvent) => {
    const port = event.ports[0];
    if (!secret || !port || (event.data as Record<string, unknown> | null)?.[HANDSHAKE] !== secret) return;
    removeEventListener('message', accept);
    onPort(port);
  };
  addEventListener('message', accept);
}
