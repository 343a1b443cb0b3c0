import { useEffect, useRef, useState } from 'preact/hooks';
import type { Source } from '@/lib/model';
import { callBackground } from '@/lib/messages';
import type { KnownQuote, SaveInput, SaveOutcome } from '@/lib/service/capture-service';
import { siteName } from './SourceHistory';

export interface SaveQuoteDraft {
  text: string;
  speaker: string;
  /** How sure detection is of the speaker (0 when none was found). */
  confidence: number;
  source: Source;
  context: { before: string; after: string };
}

/** Typing pauses this long before the form looks the words up again. */
const LOOKUP_DELAY_MS = 250;

/** The known quote that the words are or change, if any. */
async function findKnown(text: string, speaker: string): Promise<KnownQuote | undefined> {
  if (!text) return undefined;
  return (await callBackground('findKnown', [{ text, speaker }]))[0];
}

/**
 * The small form shown on a page after "Save quote to Verbatim": the selection,
 * the detected speaker, the page as source and the text around it, all editable.
 */
export function SaveQuoteForm({ draft, onSave, onClose }: { draft: SaveQuoteDraft; onSave: (input: SaveInput) => Promise<SaveOutcome>; onClose: () => void }) {
  const [text, setText] = useState(draft.text);
  const [speaker, setSpeaker] = useState(draft.speaker);
  const [before, setBefore] = useState(draft.context.before);
  const [after, setAfter] = useState(draft.context.after);
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();
  const [busy, setBusy] = useState(false);
  const [known, setKnown] = useState<KnownQuote>();
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  // Before anything is saved, the form says whether the words are, or change, a known quote.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void findKnown(text.trim(), speaker.trim()).then((found) => current && setKnown(found), () => current && setKnown(undefined));
    }, LOOKUP_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, speaker]);

  async function save(event: Event, separately = false) {
    event.preventDefault();
    setBusy(true);
    try {
      const outcome = await onSave({ text: text.trim(), speaker: speaker.trim(), source: draft.source, context: { before, after }, ...(separately ? { saveSeparately: true } : {}) });
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
      {known && !status && (
        <p class="relation" role="status">
          {known.kind === 'exact' && !known.pageSpeaker
            ? 'These words are a known quote: saving records this page as an appearance of it.'
            : `${known.description.charAt(0).toUpperCase()}${known.description.slice(1)}. Saving records this page as an appearance of the known quote.`}
        </p>
      )}
      <footer>
        {status && (
          <p class={`status ${status.ok ? 'ok' : 'error'}`} role="status">
            {status.message}
          </p>
        )}
        {known && known.kind !== 'exact' && (
          <button type="button" class="secondary" disabled={busy || !text.trim()} onClick={(e) => save(e, true)}>
            Save as a separate quote
          </button>
        )}
        <button type="submit" class="primary" disabled={busy || !text.trim()}>
          {known ? 'Save as an appearance' : 'Save'}
        </button>
      </footer>
    </form>
  );
}
