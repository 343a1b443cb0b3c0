import { render, type ComponentChild } from 'preact';
import panelCss from '@/components/panel.css?inline';

/**
 * Verbatim's UI on a page (the card, the save form): a custom element with a closed
 * shadow root, so the page's scripts cannot read it and the page's styles cannot
 * reach into it. Placement is set on the host inline and important, which the
 * page's own !important rules cannot beat.
 */
export class ShadowHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;

  /** `onResize` runs when the UI's size changes, e.g. when a section loads after it opens. */
  constructor(
    readonly tag: string,
    private readonly css: string,
    private readonly onResize?: () => void,
  ) {}

  get isOpen(): boolean {
    return !!this.host?.isConnected;
  }

  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  show(ui: ComponentChild): void {
    if (!this.isOpen) {
      this.host = document.createElement(this.tag);
      const root = this.host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = panelCss + this.css;
      this.mount = document.createElement('div');
      root.append(style, this.mount);
      document.documentElement.append(this.host);
      if (this.onResize) new ResizeObserver(this.onResize).observe(this.mount);
    }
    render(ui, this.mount!);
  }

  remove(): void {
    if (!this.host) return;
    render(null, this.mount!);
    this.host.remove();
    this.host = undefined;
    this.mount = undefined;
  }

  /** The host's place in the viewport, as `getBoundingClientRect` gives it. */
  rect(): DOMRect | undefined {
    return this.host?.getBoundingClientRect();
  }

  place(properties: Record<string, string | undefined>): void {
    for (const [property, value] of Object.entries(properties)) {
      if (value === undefined) this.host?.style.removeProperty(property);
      else this.host?.style.setProperty(property, value, 'important');
    }
  }
}
