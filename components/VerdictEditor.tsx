import { useEffect, useState } from 'preact/hooks';
import { callBackground, type PageMatch } from '@/lib/messages';
import type { Verdict } from '@/lib/model';
import { VERDICT_LABELS, VERDICTS } from '@/lib/model';
import type { PageRef } from '@/lib/store/sightings';

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

type SaveState = { kind: 'saving' | 'saved' | 'error'; text: string };

/** A verdict with its note and its own Save button; `save` writes it and resolves with what was stored. */
function JudgementForm({ label, help, initial, save }: { label: string; help: string; initial: { verdict?: Verdict; note?: string }; save(verdict: Verdict | null, note: string): Promise<unknown> }) {
  const [verdict, setVerdict] = useState<Verdict | ''>(initial.verdict ?? '');
  const [note, setNote] = useState(initial.note ?? '');
  const [state, setState] = useState<SaveState>();
  useEffect(() => {
    setVerdict(initial.verdict ?? '');
    setNote(initial.note ?? '');
    setState(undefined);
  }, [initial.verdict, initial.note]);
  const changed = verdict !== (initial.verdict ?? '') || note !== (initial.note ?? '');
  async function submit(e: Event) {
    e.preventDefault();
    setState({ kind: 'saving', text: 'Saving…' });
    try {
      await save(verdict || null, note);
      setState({ kind: 'saved', text: 'Saved.' });
    } catch (err) {
      setState({ kind: 'error', text: (err as Error).message });
    }
  }
  return (
    <form class="verdict-editor" onSubmit={submit} aria-label={label}>
      <label class="verdict-row">
        <span>{label}</span>
        <VerdictSelect value={verdict} onChange={setVerdict} />
      </label>
      <p class="verdict-help">{help}</p>
      <label class="verdict-note">
        <span>Note</span>
        <textarea rows={2} value={note} maxLength={10_000} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="verdict-actions">
        <button type="submit" disabled={!changed || state?.kind === 'saving'}>
          Save
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

/**
 * The card's two judgements, kept apart as ClaimReview keeps a rating per appearance:
 * the reader's verdict on this page's version (it colours this page's highlight only)
 * and the status of the stored original, checked against its primary source or not.
 * On the quote's own source the page's version is the original: one judgement.
 */
export function VerdictEditor({ match, page, onSource }: { match: PageMatch; page: PageRef; onSource: boolean }) {
  const { quote } = match;
  const [pageVerdict, setPageVerdict] = useState<{ verdict?: Verdict; note?: string }>();
  useEffect(() => {
    let current = true;
    setPageVerdict(undefined);
    callBackground('getPageVerdict', { quoteId: quote.id, page })
      .then((v) => current && setPageVerdict(v))
      .catch(() => current && setPageVerdict({}));
    return () => void (current = false);
  }, [quote.id, page.url, page.canonical, match.verdict]);
  const original = (
    <JudgementForm
      label="The original"
      help="Your check of the stored words against their primary source; it shows wherever the quote appears."
      initial={{ verdict: quote.verdict, note: quote.note }}
      save={(verdict, note) => callBackground('setOriginalStatus', { quoteId: quote.id, verdict, note })}
    />
  );
  if (onSource) return original;
  return (
    <>
      {pageVerdict && (
        <JudgementForm
          label="This page’s version"
          help="Your verdict on how this page quotes it; it colours this page’s highlight only."
          initial={pageVerdict}
          save={async (verdict, note) => setPageVerdict(await callBackground('setPageVerdict', { quoteId: quote.id, page, verdict, note, kind: match.kind }))}
        />
      )}
      {original}
    </>
  );
}
