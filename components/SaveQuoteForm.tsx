import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuoteInput, Source } from '@/lib/model';
import type { SaveOutcome } from '@/lib/service/capture-service';
import { siteName } from './SourceHistory';

export interface SaveQuoteDraft {
  text: string;
  speaker: string;
  /** How sure detection is of the speaker (0 when none was found). */
  confidence: number;
  source: Source;
  context: { before: string; after: string };
}

/**
 * The small form shown on a page after "Save quote to Verbatim": the selection,
 * the detected speaker, the page as source and the text around it, all editable.
 */
export function SaveQuoteForm({ draft, onSave, onClose }: { draft: SaveQuoteDraft; onSave: (input: QuoteInput) => Promise<SaveOutcome>; onClose: () => void }) {
  const [text, setText] = useState(draft.text);
  const [speaker, setSpeaker] = useState(draft.speaker);
  const [before, setBefore] = useState(draft.context.before);
  const [after, setAfter] = useState(draft.context.after);
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const outcome = await onSave({ text: text.trim(), speaker: speaker.trim(), source: draft.source, context: { before, after } });
      setStatus({ ok: true, message: outcome.message });
    } catch (e) {
      setStatus({ ok: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  const where = siteName(draft.source);
  return (
    <form class="panel save-form" role="dialog" aria-label="Save quote to Verbatim" onSubmit={save}>
      <header>
        <p class="heading">Save quote to Verbatim</p>
        <button class="close" type="button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <label>
        Quote
        <textarea name="text" ref={first} rows={4} required value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label>
        Speaker
        <input
          name="speaker"
          value={speaker}
          placeholder="Unknown: who said it?"
          onInput={(e) => setSpeaker(e.currentTarget.value)}
        />
      </label>
      {draft.speaker && <p class="hint">Detected from the page{draft.confidence < 0.8 ? ' (not certain: please check)' : ''}.</p>}
      <p class="source">
        Source: <strong>{where}</strong>
        {draft.source.title && <span> · {draft.source.title}</span>}
      </p>
      <details>
        <summary>Context</summary>
        <label>
          Before
          <textarea name="before" rows={2} value={before} onInput={(e) => setBefore(e.currentTarget.value)} />
        </label>
        <label>
          After
          <textarea name="after" rows={2} value={after} onInput={(e) => setAfter(e.currentTarget.value)} />
        </label>
      </details>
      <footer>
        {status && (
          <p class={`status ${status.ok ? 'ok' : 'error'}`} role="status">
            {status.message}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy || !text.trim()}>
          Save
        </button>
      </footer>
    </form>
  );
}
