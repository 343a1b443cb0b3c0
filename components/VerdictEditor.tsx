import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '@/lib/messages';
import type { Quote, Verdict } from '@/lib/model';
import { VERDICT_LABELS, VERDICTS } from '@/lib/model';

/** The verdict scale as a select; '' is "not rated". */
export function VerdictSelect({ value, onChange, id }: { value: Verdict | ''; onChange(v: Verdict | ''): void; id?: string }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Verdict | '')}>
      <option value="">Not rated</option>
      {VERDICTS.map((v) => (
        <option key={v} value={v}>
          {VERDICT_LABELS[v]}
        </option>
      ))}
    </select>
  );
}

/**
 * The card's section where a reader sets the quote's verdict and note from the page.
 * The write goes to the background, which makes every open tab rescan: the highlight
 * takes the verdict's colour.
 */
export function VerdictEditor({ quote }: { quote: Quote }) {
  const [verdict, setVerdict] = useState<Verdict | ''>(quote.verdict ?? '');
  const [note, setNote] = useState(quote.note ?? '');
  const [state, setState] = useState<{ kind: 'saving' | 'saved' | 'error'; text: string }>();
  useEffect(() => {
    setVerdict(quote.verdict ?? '');
    setNote(quote.note ?? '');
    setState(undefined);
  }, [quote.id, quote.verdict, quote.note]);
  const changed = verdict !== (quote.verdict ?? '') || note !== (quote.note ?? '');
  async function save(e: Event) {
    e.preventDefault();
    setState({ kind: 'saving', text: 'Saving…' });
    try {
      await callBackground('editQuote', { id: quote.id, edit: { verdict: verdict || null, note } });
      setState({ kind: 'saved', text: 'Saved.' });
    } catch (err) {
      setState({ kind: 'error', text: (err as Error).message });
    }
  }
  return (
    <form class="verdict-editor" onSubmit={save} aria-label="Your verdict">
      <label class="verdict-row">
        <span>Verdict</span>
        <VerdictSelect value={verdict} onChange={setVerdict} />
      </label>
      <label class="verdict-note">
        <span>Note</span>
        <textarea rows={2} value={note} maxLength={10_000} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="verdict-actions">
        <button type="submit" disabled={!changed || state?.kind === 'saving'}>
          Save verdict
        </button>
        {state && (
          <span class={`verdict-state ${state.kind}`} role={state.kind === 'error' ? 'alert' : 'status'}>
            {state.text}
          </span>
        )}
      </div>
    </form>
  );
}
