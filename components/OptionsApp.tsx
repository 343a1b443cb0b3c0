import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '@/lib/messages';
import type { Quote } from '@/lib/model';
import { formatDate } from '@/lib/format-date';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

function download(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function OptionsApp() {
  const [quotes, setQuotes] = useState<Quote[]>();
  const [status, setStatus] = useState<Status>();
  const reload = async () => setQuotes(await callBackground('listQuotes'));
  useEffect(() => void reload(), []);

  async function exportJson() {
    const data = await callBackground('exportStore');
    download(`verbatim-${data.exportedAt.slice(0, 10)}.json`, JSON.stringify(data, null, 2), 'application/json');
    setStatus({ kind: 'ok', text: `Exported ${data.quotes.length} quotes.` });
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    try {
      const result = await callBackground('importQuotes', await file.text());
      setStatus({
        kind: 'ok',
        text: `Imported ${result.added} new quote${result.added === 1 ? '' : 's'}${result.duplicates ? `; ${result.duplicates} already in the store` : ''}.`,
      });
    } catch (e) {
      setStatus({ kind: 'error', text: `Nothing was imported from ${file.name}. ${(e as Error).message}` });
    }
    await reload();
  }

  async function clearStore() {
    if (!confirm('Remove every quote from the store? Export first if you want to keep them.')) return;
    await callBackground('clearStore');
    setStatus({ kind: 'ok', text: 'The store is empty.' });
    await reload();
  }

  return (
    <main class="options">
      <h1>Verbatim library</h1>
      <div class="toolbar">
        <button type="button" onClick={exportJson}>Export JSON</button>
        <label class="button">
          Import JSON…
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            onChange={(e) => {
              void importFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" class="danger" onClick={clearStore}>Clear store</button>
      </div>
      {status && (
        <p class={`status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      {quotes && <p class="muted">{quotes.length} quote{quotes.length === 1 ? '' : 's'} in the store.</p>}
      <ol class="quotes">
        {quotes?.map((q) => (
          <li key={q.id}>
            <blockquote>“{q.text}”</blockquote>
            <p>
              <strong>{q.speaker || 'Unknown speaker'}</strong>
              {' · '}
              {q.source.outlet || q.source.url}
              {q.source.publishedAt && ` · ${formatDate(q.source.publishedAt)}`}
            </p>
          </li>
        ))}
      </ol>
    </main>
  );
}
