import { h, render } from 'preact';
import { SaveQuoteForm, type SaveQuoteDraft } from '@/components/SaveQuoteForm';
import type { QuoteInput } from '@/lib/model';
import type { SaveOutcome } from '@/lib/service/capture-service';
import formCss from '@/components/SaveQuoteForm.css?inline';

export const SAVE_FORM_TAG = 'verbatim-save-form';

/** Inline and important on the host: the page's own !important rules cannot hide or move the form. */
const HOST_STYLE: Record<string, string> = {
  position: 'fixed', top: '12px', right: '12px', 'z-index': '2147483647', display: 'block', visibility: 'visible', opacity: '1', transform: 'none',
};

/**
 * The save form's place on the page: a custom element with a closed shadow root
 * (like the card), so the page's scripts cannot read what the reader types and
 * the page's styles cannot reach the form.
 */
export class SaveFormHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;

  constructor(private readonly save: (input: QuoteInput) => Promise<SaveOutcome>) {}

  get isOpen(): boolean {
    return !!this.host?.isConnected;
  }

  contains(node: EventTarget | null): boolean {
    return !!this.host && node === this.host;
  }

  open(draft: SaveQuoteDraft): void {
    this.close();
    this.host = document.createElement(SAVE_FORM_TAG);
    for (const [property, value] of Object.entries(HOST_STYLE)) this.host.style.setProperty(property, value, 'important');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = formCss;
    this.mount = document.createElement('div');
    root.append(style, this.mount);
    document.documentElement.append(this.host);
    render(h(SaveQuoteForm, { draft, onSave: this.save, onClose: () => this.close() }), this.mount);
  }

  close(): void {
    if (!this.host) return;
    render(null, this.mount!);
    this.host.remove();
    this.host = undefined;
    this.mount = undefined;
  }
}
