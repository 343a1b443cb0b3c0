import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkFileSize, FORMAT_LABELS } from '@/lib/formats';
import { describeProblem } from '@/lib/formats/batch';
import { IMPORT_PROGRESS, type ImportProgress } from '@/lib/service/library-service';
import type { ImportReply, ImportRequest, ReadFile } from './import-protocol';
import { writeBundle } from './write-bundle';
import ImportWorker from '@/entrypoints/options/import-worker?worker';
import { plural } from '@/lib/text/plural';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; file: ReadFile }
  | { step: 'sending' | 'writing'; name: string; done: number; total: number };

export interface ImportOutcome {
  kind: 'ok' | 'error';
  text: string;
}

const SHOWN_PROBLEMS = 200;

/**
 * Import in three steps: the file is read and checked off the page's thread, a preview
 * says what would change and lists every rejected row, and only then does the
 * background write it, in one transaction, reporting progress.
 */
export function ImportPanel({ onDone }: { onDone(outcome: ImportOutcome): void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const worker = useRef<Worker>();
  useEffect(() => () => worker.current?.terminate(), []);
  useEffect(() => {
    const listener = (message: unknown) => {
      const progress = (message as Partial<ImportProgress> | null)?.[IMPORT_PROGRESS];
      if (progress) setState((s) => (s.step === 'sending' || s.step === 'writing' ? { ...s, step: 'writing', ...progress } : s));
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  function read(file: File) {
    const tooBig = checkFileSize(file.name, file.size);
    if (tooBig) return onDone({ kind: 'error', text: `Nothing was imported. ${tooBig}` });
    setState({ step: 'reading', name: file.name });
    worker.current ??= new ImportWorker();
    worker.current.onmessage = ({ data }: MessageEvent<ImportReply>) => {
      if ('problems' in data) {
        setState({ step: 'idle' });
        onDone({ kind: 'error', text: `Nothing was imported from ${file.name}. ${data.problems.length === 1 ? data.problems[0] : data.problems.join('\n')}` });
      } else setState({ step: 'preview', name: file.name, file: data });
    };
    worker.current.onerror = (e) => {
      // The worker died (out of memory on a huge file): a fresh one serves the next file.
      e.preventDefault();
      worker.current?.terminate();
      worker.current = undefined;
      setState({ step: 'idle' });
      onDone({ kind: 'error', text: `Nothing was imported from ${file.name}: it could not be read (${e.message || 'the reader stopped'}).` });
    };
    const request: ImportRequest = { file };
    worker.current.postMessage(request);
  }

  async function write(name: string, file: ReadFile) {
    setState({ step: 'sending', name, done: 0, total: file.quotes });
    try {
      const result = await writeBundle(file.parts, (done, total) => setState((s) => (s.step === 'sending' ? { ...s, done, total } : s)));
      const merged = result.existing ? `; ${plural(result.existing, 'was', 'were')} already in the library and merged` : '';
      const rejected = file.rejections.length ? `; ${plural(file.rejections.length, 'rejected row')} left out` : '';
      onDone({ kind: 'ok', text: `Imported ${plural(result.fresh, 'new quote')}${merged}${rejected}.` });
    } catch (e) {
      onDone({ kind: 'error', text: `Nothing was imported from ${name}; the library is as it was. ${(e as Error).message}` });
    }
    setState({ step: 'idle' });
  }

  // A new file may replace a preview, but not a file being read or written.
  const busy = state.step === 'reading' || state.step === 'sending' || state.step === 'writing';
  return (
    <>
      <label class={`button${busy ? ' disabled' : ''}`}>
        Import file…
        <input
          type="file"
          accept=".json,.jsonld,.csv,.md,.markdown,.html,.htm,application/json,application/ld+json,text/csv,text/markdown,text/html"
          class="visually-hidden"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) read(file);
          }}
        />
      </label>
      {state.step === 'reading' && (
        <p class="import-progress" role="status">
          Reading {state.name}… <progress aria-label="Reading the file" />
        </p>
      )}
      {(state.step === 'sending' || state.step === 'writing') && (
        <p class="import-progress" role="status">
          {state.step === 'sending' ? 'Preparing' : 'Writing'} {state.done.toLocaleString('en')} of {state.total.toLocaleString('en')}…{' '}
          <progress aria-label="Import progress" max={state.total || 1} value={state.done} />
        </p>
      )}
      {state.step === 'preview' && <Preview name={state.name} file={state.file} onImport={() => write(state.name, state.file)} onCancel={() => setState({ step: 'idle' })} />}
    </>
  );
}

function Preview({ name, file, onImport, onCancel }: { name: string; file: ReadFile; onImport(): void; onCancel(): void }) {
  const { rejections, warnings, preview } = file;
  const nothing = file.quotes === 0;
  return (
    <section class="import-preview" aria-label="Import preview">
      <h2>
        Import from {name} ({FORMAT_LABELS[file.format]})
      </h2>
      <ul class="preview-counts">
        <li>{plural(preview.fresh, 'new quote')}</li>
        <li>{plural(preview.existing, 'quote')} already in the library (merged, keeping the richer record and every sighting)</li>
        {preview.repeated > 0 && <li>{plural(preview.repeated, 'row')} repeating an earlier row of the file</li>}
        {preview.sightings > 0 && <li>{plural(preview.sightings, 'sighting')}</li>}
        <li>{plural(rejections.length, 'rejected row')}</li>
      </ul>
      {rejections.length > 0 && (
        <div class="problems" role="alert">
          <p>{nothing ? 'Nothing can be imported:' : 'These rows will be left out:'}</p>
          <ul>
            {rejections.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <li key={i}>{describeProblem(p)}</li>
            ))}
          </ul>
          {rejections.length > SHOWN_PROBLEMS && <p>… and {plural(rejections.length - SHOWN_PROBLEMS, 'more')}.</p>}
        </div>
      )}
      {warnings.length > 0 && (
        <details class="warnings">
          <summary>{plural(warnings.length, 'field')} with HTML markup, kept as plain text</summary>
          <ul>
            {warnings.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <li key={i}>{describeProblem(p)}</li>
            ))}
          </ul>
        </details>
      )}
      <div class="toolbar">
        {!nothing && (
          <button type="button" class="primary" onClick={onImport}>
            Import {plural(file.quotes, 'quote')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
