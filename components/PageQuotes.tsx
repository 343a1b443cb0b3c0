import { useEffect, useState } from 'preact/hooks';
import { callBackground, callTab } from '@/lib/messages';
import { detectSnapshotQuotes, type PageDetection } from '@/lib/extract/article-quotes';
import { clipWords } from '@/lib/text/clip-words';

/** Below this confidence the popup asks the reader to check the speaker. */
const SURE = 0.8;

interface Row {
  checked: boolean;
  speaker: string;
  /** Its words are already in the store: unticked, and saving it again only records a sighting. */
  known: boolean;
}

/**
 * The popup's "Quotes on this page": every quotation of speech in the tab's
 * article with its speaker (editable), saved all at once or a chosen few.
 */
export function PageQuotes({ tabId }: { tabId: number }) {
  const [detection, setDetection] = useState<PageDetection | 'unavailable'>();
  const [rows, setRows] = useState<Row[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const found = detectSnapshotQuotes(await callTab(tabId, 'readPage'));
      const known = await callBackground('areKnown', found.quotes.map((q) => q.text));
      setRows(found.quotes.map((q, i) => ({ checked: !known[i], speaker: q.speaker ?? '', known: known[i] })));
      setDetection(found);
    })().catch(() => setDetection('unavailable'));
  }, [tabId]);

  const update = (i: number, patch: Partial<Row>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  async function save(indexes: number[]) {
    if (!detection || detection === 'unavailable' || !indexes.length) return;
    setBusy(true);
    try {
      const { source, page } = detection;
      const quotes = indexes.map((i) => ({ text: detection.quotes[i].text, speaker: rows[i].speaker.trim(), source, context: detection.quotes[i].context }));
      const outcome = await callBackground('saveQuotes', { quotes, page });
      setStatus({ ok: true, message: outcome.message });
      setRows((all) => all.map((r, i) => (indexes.includes(i) ? { ...r, checked: false, known: true } : r)));
    } catch (e) {
      setStatus({ ok: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  const chosen = rows.flatMap((r, i) => (r.checked ? [i] : []));
  return (
    <section class="page-quotes" aria-labelledby="page-quotes-heading">
      <h2 id="page-quotes-heading">Quotes on this page</h2>
      {detection === undefined && <p class="muted">Reading the article…</p>}
      {detection === 'unavailable' && <p class="muted">Verbatim cannot read this page.</p>}
      {detection && detection !== 'unavailable' && detection.quotes.length === 0 && <p class="muted">No quotations found in this article.</p>}
      {detection && detection !== 'unavailable' && detection.quotes.length > 0 && (
        <>
          <ol class="detected">
            {detection.quotes.map((q, i) => (
              <li key={`${q.start}`}>
                <label class="pick">
                  <input type="checkbox" name="pick" checked={rows[i]?.checked} onChange={(e) => update(i, { checked: e.currentTarget.checked })} />
                  <span class="words" title={q.text}>
                    “{clipWords(q.text, 16)}”
                  </span>
                </label>
                <label class="who">
                  <span class="visually-hidden">Speaker of quote {i + 1}</span>
                  <input
                    name="speaker"
                    value={rows[i]?.speaker}
                    placeholder="Unknown speaker"
                    onInput={(e) => update(i, { speaker: e.currentTarget.value })}
                  />
                  {q.speaker && q.confidence < SURE && <span class="check">check</span>}
                  {rows[i]?.known && <span class="known">saved</span>}
                </label>
              </li>
            ))}
          </ol>
          <div class="save-bar">
            <button type="button" disabled={busy || !chosen.length} onClick={() => save(chosen)}>
              Save selected ({chosen.length})
            </button>
            <button type="button" disabled={busy} onClick={() => save(rows.map((_, i) => i))}>
              Save all
            </button>
          </div>
        </>
      )}
      {status && (
        <p class={`status ${status.ok ? 'ok' : 'error'}`} role="status">
          {status.message}
        </p>
      )}
    </section>
  );
}
