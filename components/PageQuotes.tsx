import { useEffect, useState } from 'preact/hooks';
import { callBackground, callTab } from '@/lib/messages';
import { detectSnapshotQuotes, type PageDetection } from '@/lib/extract/article-quotes';
import { clipWords } from '@/lib/text/clip-words';
import { toWords } from '@/lib/text/words';
import type { KnownQuote } from '@/lib/service/capture-service';

/** Below this confidence the popup asks the reader to check the speaker. */
const SURE = 0.8;

interface Row {
  checked: boolean;
  speaker: string;
  /** The known quote its words are or change: unticked, and saving it records an appearance of that quote. */
  known?: KnownQuote;
  /** The reader chose to keep words that change a known quote as a quote of their own. */
  separately: boolean;
}

/** One- or two-word quotations are scare quotes or terms far more often than someone's words: listed, but not ticked. */
const SCARE_QUOTE_WORDS = 2;

/** Ticked at first: a quotation that is not known in any form and is more than a scare quote. */
const preTicked = (text: string, known: KnownQuote | undefined) => !known && toWords(text).words.length > SCARE_QUOTE_WORDS;

/** The page changes the known quote's words or its speaker. */
const changes = (known: KnownQuote) => known.kind !== 'exact' || !!known.pageSpeaker;

/** What saving a known quotation does, said before the reader saves. */
function relationNote(known: KnownQuote): string {
  return !changes(known)
    ? 'Already known: saving records this page as an appearance.'
    : `${known.description.charAt(0).toUpperCase()}${known.description.slice(1)}. Saving records this page as an appearance of it.`;
}

/**
 * The popup's "Quotes on this page": every quotation of speech in the tab's
 * article with its speaker (editable), saved all at once or a chosen few.
 */
const findKnown = (quotes: { text: string; speaker: string }[]) => callBackground('findKnown', quotes);

export function PageQuotes({ tabId }: { tabId: number }) {
  const [detection, setDetection] = useState<PageDetection | 'unavailable'>();
  const [rows, setRows] = useState<Row[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const found = detectSnapshotQuotes(await callTab(tabId, 'readPage'));
      // An uncertain speaker is a guess, not the page's credit: it is not held against the known quote.
      const known = await findKnown(found.quotes.map((q) => ({ text: q.text, speaker: q.confidence >= SURE ? (q.speaker ?? '') : '' })));
      setRows(found.quotes.map((q, i) => ({ checked: preTicked(q.text, known[i]), speaker: q.speaker ?? '', known: known[i], separately: false })));
      setDetection(found);
    })().catch(() => setDetection('unavailable'));
  }, [tabId]);

  const update = (i: number, patch: Partial<Row>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  async function save(indexes: number[]) {
    if (!detection || detection === 'unavailable' || !indexes.length) return;
    setBusy(true);
    try {
      const { source, page } = detection;
      const quotes = indexes.map((i) => ({
        text: detection.quotes[i].text,
        speaker: rows[i].speaker.trim(),
        source,
        context: detection.quotes[i].context,
        ...(rows[i].separately ? { saveSeparately: true } : {}),
      }));
      const outcome = await callBackground('saveQuotes', { quotes, page });
      setStatus({ ok: true, message: outcome.message });
      const known = await findKnown(indexes.map((i) => ({ text: detection.quotes[i].text, speaker: rows[i].speaker.trim() })));
      setRows((all) => all.map((r, i) => (indexes.includes(i) ? { ...r, checked: false, separately: false, known: known[indexes.indexOf(i)] } : r)));
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
                  {rows[i]?.known && <span class="known">known</span>}
                </label>
                {rows[i]?.known && <p class={`relation${changes(rows[i].known!) ? ' changed' : ''}`}>{relationNote(rows[i].known!)}</p>}
                {rows[i]?.known && rows[i].known!.kind !== 'exact' && (
                  <label class="separate">
                    <input type="checkbox" name="separately" checked={rows[i].separately} onChange={(e) => update(i, { separately: e.currentTarget.checked })} />
                    Save as a separate quote instead (both will name each other)
                  </label>
                )}
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
