import { h } from 'preact';
import { SaveQuoteForm, type SaveQuoteDraft } from '@/components/SaveQuoteForm';
import type { QuoteInput } from '@/lib/model';
import type { SaveOutcome } from '@/lib/service/capture-service';
import { ShadowHost } from './shadow-host';
import formCss from '@/components/SaveQuoteForm.css?inline';

export const SAVE_FORM_TAG = 'verbatim-save-form';

/** The form that saves the reader's selection, in the page's top right corner. */
export class SaveFormHost {
  private readonly ui = new ShadowHost(SAVE_FORM_TAG, formCss);

  constructor(private readonly save: (input: QuoteInput) => Promise<SaveOutcome>) {}

  get isOpen(): boolean {
    return this.ui.isOpen;
  }

  contains(target: EventTarget | null): boolean {
    return this.ui.contains(target);
  }

  open(draft: SaveQuoteDraft): void {
    this.close();
    this.ui.show(h(SaveQuoteForm, { draft, onSave: this.save, onClose: () => this.close() }));
    this.ui.place({ top: '12px', right: '12px' });
  }

  close(): void {
    this.ui.remove();
  }
}
