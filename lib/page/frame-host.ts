import { browser } from 'wxt/browser';
import { FRAME_PAGE, handshake, type FrameView, type FromFrame, type ToFrame } from './frame-channel';

/** Where the frame goes in the viewport, in CSS pixels. */
export interface Placement {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface FrameEvents {
  /** The frame's content now needs this height (border included). */
  resized(height: number): void;
  /** The reader closed the UI from inside the frame (Escape, the close button). */
  closed(): void;
  /** The reader pressed the next (+1) or previous (-1) quote's shortcut inside the frame. */
  stepped?(step: 1 | -1): void;
  /** Now and then while open: what the UI is placed next to may have moved without a scroll or a resize. */
  check?(): void;
}

/** Drawn by the host around the frame, so it counts in the height the frame needs. */
const BORDER = 1;
/** A page that keeps removing or hiding the host is given up on after this many repairs per opening. */
const MAX_REPAIRS = 50;
/**
 * How often an open host checks that it is still shown (the page may hide it without
 * a mutation, with hidePopover) and lets its owner check its place.
 */
const WATCH_MS = 500;

const UNPLACED: Placement = { top: 0, left: 0, width: 1, height: 1 };

/** Every host made by this content script, so its own mutations can be told from the page's. */
const hosts = new WeakSet<Element>();

/** Whether `el` is one of Verbatim's hosts (the page's text walk and change watch skip them). */
export function isOwnUi(el: Element): boolean {
  return hosts.has(el);
}

/** A custom element name no stylesheet can know in advance: five random letters, a hyphen, five more. */
function randomTag(): string {
  const letters = [...crypto.getRandomValues(new Uint8Array(10))].map((n) => String.fromCharCode(97 + (n % 26)));
  return `${letters.slice(0, 5).join('')}-${letters.slice(5).join('')}`;
}

function randomSecret(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((n) => n.toString(16).padStart(2, '0')).join('');
}

/**
 * The host's own style, from inside its closed shadow root. For !important rules the
 * shadow tree's win over the page's, inline or not, so nothing the page's CSS says
 * about the host applies: `all: initial` resets every property, and those that show
 * and place it are set. The page's zoom is inherited through the DOM: the host
 * zooms by its inverse, so it is laid out in viewport pixels like the quote's rects.
 */
function hostCss(box: Placement, zoom: number, sized: boolean): string {
  const pinned: Record<string, string> = {
    all: 'initial',
    display: 'block',
    position: 'fixed',
    inset: 'auto',
    top: `${box.top}px`,
    left: `${box.left}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    margin: '0',
    padding: '0',
    border: '0',
    'box-sizing': 'border-box',
    'min-width': '0',
    'min-height': '0',
    'max-width': 'none',
    'max-height': 'none',
    overflow: 'visible',
    zoom: String(zoom),
    'z-index': '2147483647',
    visibility: 'visible',
    // Until the frame has said how tall it is, it is laid out but not seen. Not hidden: Chrome
    // pauses the rendering of a hidden or empty cross-origin frame, which would then never say.
    opacity: sized ? '1' : '0',
    'pointer-events': sized ? 'auto' : 'none',
    transform: 'none',
    scale: 'none',
    rotate: 'none',
    translate: 'none',
    'offset-path': 'none',
    'clip-path': 'none',
    mask: 'none',
    filter: 'none',
    'backdrop-filter': 'none',
    'mix-blend-mode': 'normal',
    'content-visibility': 'visible',
    contain: 'none',
    // The frame's document follows the reader's light or dark preference: the host and the frame
    // element allow both, or Chrome would paint an opaque light canvas behind a dark card.
    'color-scheme': 'light dark',
    background: 'transparent',
  };
  const declarations = Object.entries(pinned)
    .map(([property, value]) => `${property}: ${value} !important;`)
    .join(' ');
  return `:host { ${declarations} }
:host::before, :host::after { content: none !important; display: none !important; }
iframe {
  display: block; width: 100%; height: 100%; margin: 0; padding: 0; box-sizing: border-box;
  border: ${BORDER}px solid #d9cfb6; border-radius: 10px; background: #fffdf7; color-scheme: light dark;
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.22); visibility: inherit;
}
@media (prefers-color-scheme: dark) {
  iframe { border-color: #5b5548; background: #1f1d19; box-shadow: 0 10px 30px rgba(0, 0, 0, 0.6); }
}`;
}

/**
 * The origin of the frame's document, the only one the channel's port is posted to
 * (if the page navigated the frame elsewhere, the port is not delivered). Chrome
 * loads the per-session URL of a `use_dynamic_url` resource as the extension's own
 * origin; Firefox gives the extension one random origin per install.
 */
function frameOrigin(): string {
  const url = new URL(browser.runtime.getURL(FRAME_PAGE as '/card.html'));
  return import.meta.env.FIREFOX ? url.origin : `${url.protocol}//${browser.runtime.id}`;
}

/** The page's zoom on the host's parent (CSS `zoom` on <html>): 1 when the browser cannot tell. */
function inheritedZoom(): number {
  const zoom = (document.documentElement as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return zoom && Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}

/**
 * Verbatim's UI on a page (the card, the save form), shown by the extension page
 * FRAME_PAGE in a frame, so the page can neither read nor restyle it.
 *
 * The frame lives in a closed shadow root under a host element with a random tag,
 * styled from inside the shadow root (see hostCss) and shown in the top layer as a
 * manual popover, so no ancestor's transform, opacity, filter, clip or mask reaches
 * it. If the page removes the host, changes its attributes or hides the popover,
 * the host is put back. What the frame shows travels over a MessageChannel whose
 * port is handed to the frame with a secret from the frame's URL: no message the
 * page can read or forge.
 *
 * What the page can still see or do: that an element with a shadow root was added
 * to <html> (its tag, its popover attribute, its place and size, when it opens and
 * closes), one more entry in `window.length`, that focus is in it. It can remove
 * the host again and again (after MAX_REPAIRS it stays removed), make it inert with
 * `inert` on <html> or a modal dialog of its own, or hide its whole document.
 */
export class FrameHost {
  private host: HTMLElement | undefined;
  private iframe: HTMLIFrameElement | undefined;
  private sheet: { set(css: string): void } | undefined;
  private port: MessagePort | undefined;
  private view: FrameView | undefined;
  /** Where the owner placed the frame; before it first does, a sliver at the viewport's corner. */
  private placement: Placement = UNPLACED;
  /** The frame has said how tall its content is. */
  private sized = false;
  /** The host's zoom, the inverse of the page's, as last styled. */
  private zoom = 1;
  private guard: MutationObserver | undefined;
  private watch: ReturnType<typeof setInterval> | undefined;
  private repairs = 0;
  /** Where focus was when the UI opened, given back when it closes. */
  private returnFocus: HTMLElement | undefined;
  private focusOnShow = false;

  constructor(private readonly events: FrameEvents) {}

  get isOpen(): boolean {
    return !!this.host;
  }

  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  /** Shows `view`, opening the frame if it is not open; `focus` moves the keyboard into it once it is shown. */
  show(view: FrameView, { focus }: { focus: boolean }): void {
    this.view = view;
    if (!this.host) this.create();
    if (focus) {
      this.returnFocus ??= deepActiveElement();
      this.focusOnShow = true;
    }
    this.send();
    this.focusIfShown();
  }

  /** Places the frame, with its height as large as its content needs unless it must scroll. */
  place(placement: Placement): void {
    if (!this.host) return;
    const { top, left, width, height } = this.placement;
    const moved = placement.top !== top || placement.left !== left || placement.width !== width || placement.height !== height;
    if (moved || this.zoom !== 1 / inheritedZoom()) {
      this.placement = placement;
      this.restyle();
    }
    this.focusIfShown();
  }

  close(): void {
    if (!this.host) return;
    const hadFocus = document.activeElement === this.host;
    clearInterval(this.watch);
    this.guard?.disconnect();
    this.port?.close();
    this.host.remove();
    this.host = this.iframe = this.sheet = this.port = this.view = this.guard = undefined;
    this.placement = UNPLACED;
    this.sized = false;
    if (hadFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = undefined;
    this.focusOnShow = false;
  }

  private create(): void {
    const host = document.createElement(randomTag());
    hosts.add(host);
    const root = host.attachShadow({ mode: 'closed' });
    this.sheet = styleSheet(root);
    const iframe = document.createElement('iframe');
    iframe.title = 'Verbatim';
    const secret = randomSecret();
    // Each load of the frame (a re-attached iframe loads again) gets a fresh channel.
    iframe.addEventListener('load', () => this.connect(iframe, secret));
    iframe.src = `${browser.runtime.getURL(FRAME_PAGE as '/card.html')}#${secret}`;
    root.append(iframe);
    host.popover = 'manual';
    this.host = host;
    this.iframe = iframe;
    this.repairs = 0;
    this.restyle();
    document.documentElement.append(host);
    this.repair();
    this.guard = new MutationObserver(() => this.repair());
    this.guard.observe(document.documentElement, { childList: true });
    this.guard.observe(host, { attributes: true });
    host.addEventListener('toggle', () => this.repair());
    this.watch = setInterval(() => {
      this.repair();
      this.events.check?.();
    }, WATCH_MS);
  }

  private connect(iframe: HTMLIFrameElement, secret: string): void {
    if (iframe !== this.iframe) return;
    this.port?.close();
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    port1.onmessage = (event: MessageEvent<FromFrame>) => this.receive(event.data);
    iframe.contentWindow?.postMessage(handshake(secret), frameOrigin(), [port2]);
    this.send();
  }

  private receive(message: FromFrame): void {
    if ('close' in message) this.events.closed();
    else if ('step' in message) this.events.stepped?.(message.step === -1 ? -1 : 1);
    else if (Number.isFinite(message.height)) {
      if (!this.sized) {
        this.sized = true;
        this.restyle();
      }
      this.events.resized(Math.ceil(message.height) + 2 * BORDER);
    }
  }

  private send(): void {
    if (this.port && this.view) this.port.postMessage({ show: this.view } satisfies ToFrame);
  }

  private restyle(): void {
    this.zoom = 1 / inheritedZoom();
    this.sheet?.set(hostCss(this.placement, this.zoom, this.sized));
  }

  private focusIfShown(): void {
    if (!this.focusOnShow || !this.sized || !this.iframe) return;
    this.focusOnShow = false;
    this.iframe.focus({ preventScroll: true });
  }

  /** Puts the host back as it was made, if the page removed it, changed its attributes or hid it. */
  private repair(): void {
    const host = this.host;
    if (!host) return;
    const removed = !host.isConnected || host.parentNode !== document.documentElement;
    const foreign = [...host.attributes].filter((a) => a.name !== 'popover' || a.value !== 'manual');
    const hidden = !host.matches(':popover-open');
    if (!removed && !foreign.length && !hidden) return;
    if (++this.repairs > MAX_REPAIRS) return;
    if (removed) document.documentElement.append(host);
    for (const attribute of foreign) host.removeAttribute(attribute.name);
    host.popover = 'manual';
    if (!host.matches(':popover-open')) {
      try {
        host.showPopover();
      } catch {
        // The page cancelled the popover (beforetoggle): the host still shows, fixed on top, outside the top layer.
      }
    }
  }
}

/** The focused element, looking into open shadow roots (a closed one keeps its host). */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * A style sheet in `root`. A constructed sheet is not subject to the page's CSP
 * (`style-src`), which may refuse a <style> element; a browser that cannot adopt
 * one from a content script gets the element.
 */
function styleSheet(root: ShadowRoot): { set(css: string): void } {
  try {
    const sheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [sheet];
    return { set: (css) => sheet.replaceSync(css) };
  } catch {
    const style = document.createElement('style');
    root.append(style);
    return { set: (css) => (style.textContent = css) };
  }
}
