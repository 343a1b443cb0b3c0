import { useEffect, useRef, useState } from 'preact/hooks';
import { checkFileSize, FORMAT_LABELS } from '@/lib/formats';
import { describeProblem } from '@/lib/formats/batch';
import type { VerbatimDB } from '@/lib/store/db';
import { takeReceipt, type ImportResult } from '@/lib/store/library';
import type { ImportReply, ImportRequest, ReadFile } from './import-protocol';
import { announceWrite } from './write-bundle';
import ImportWorker from '@/entrypoints/options/import-worker?worker';
import { plural } from '@/lib/text/plural';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; file: ReadFile }
  | { step: 'preparing'; name: string }
  | { step: 'writing'; name: string; done: number; total: number };

export interface ImportOutcome {
  kind: 'ok' | 'error';
  text: string;
}

const SHOWN_PROBLEMS = 200;

const nothingImported = (name: string) => `Nothing was imported from ${name}; the library is as it was.`;

/** The import this tab is writing, kept across a reload of the page (sessionStorage is the tab's). */
const PENDING = 'verbatimImport';
interface Pending {
  receipt: string;
  name: string;
  rejected: number;
}

/**
 * What an import does with the file's valid rows, counted so that the parts add up to the
 * whole the button named: a row that repeats an earlier row of the file merges into it.
 */
function rowsText({ fresh, existing, repeated }: Pick<ImportResult, 'fresh' | 'existing' | 'repeated'>): string {
  const parts = [plural(fresh, 'new quote')];
  if (existing) parts.push(`${plural(existing, 'was', 'were')} already in the library and merged`);
  if (repeated) parts.push(`${plural(repeated, 'row')} repeating an earlier row merged into it`);
  return parts.join('; ');
}

/** What the import button promises: rows when some repeat others (they become fewer quotes), quotes otherwise. */
function importLabel(rows: number, repeated: number): string {
  return repeated ? `Import ${plural(rows, 'row')} (${plural(rows - repeated, 'quote')})` : `Import ${plural(rows, 'quote')}`;
}

function importedText(name: string, result: ImportResult, rejected: number): string {
  const left = rejected ? `; ${plural(rejected, 'rejected row')} left out` : '';
  return `Imported all of ${name}: ${rowsText(result)}${left}.`;
}

/**
 * Import in three steps: the file is read and checked off the page's thread, a preview
 * says what would change and lists every rejected row, and only then is it written,
 * by the same worker, in one transaction. Every tab has its own worker: imports in
 * several tabs run side by side, each whole or not at all, each with its own progress.
 */
export function ImportPanel({ db, onDone }: { db: VerbatimDB; onDone(outcome: ImportOutcome): void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const worker = useRef<Worker>();
  /** The write under way, if any. */
  const writing = useRef<Pending>();
  useEffect(() => () => worker.current?.terminate(), []);
  // A reload or a crash of this tab while it wrote: its receipt says whether the file landed whole.
  useEffect(() => {
    const pending = sessionStorage.getItem(PENDING);
    if (pending) void settle(JSON.parse(pending) as Pending, 'The page was reloaded before the import was written.');
  }, [db]);

  async function settle({ receipt, name, rejected }: Pending, ifLost: string) {
    writing.current = undefined;
    const result = await takeReceipt(db, receipt);
    sessionStorage.removeItem(PENDING);
    if (result) {
      onDone({ kind: 'ok', text: importedText(name, result, rejected) });
      void announceWrite();
    } else onDone({ kind: 'error', text: `${nothingImported(name)} ${ifLost}` });
  }

  function start(name: string, onReply: (reply: ImportReply) => void): Worker {
    worker.current ??= new ImportWorker();
    worker.current.onmessage = ({ data }: MessageEvent<ImportReply>) => onReply(data);
    worker.current.onerror = (e) => {
      // The worker died (out of memory on a huge file), taking any open transaction with it: a fresh one serves the next file.
      e.preventDefault();
      worker.current?.terminate();
      worker.current = undefined;
      setState({ step: 'idle' });
      const stopped = 'The reader stopped: the file may be too large for the memory left.';
      if (writing.current) void settle(writing.current, stopped);
      else onDone({ kind: 'error', text: `${nothingImported(name)} ${stopped}` });
    };
    return worker.current;
  }
  const ask = (w: Worker, request: ImportRequest) => w.postMessage(request);

  function read(file: File) {
    const tooBig = checkFileSize(file.name, file.size);
    if (tooBig) return onDone({ kind: 'error', text: `Nothing was imported. ${tooBig}` });
    setState({ step: 'reading', name: file.name });
    const w = start(file.name, (reply) => {
      if ('read' in reply) setState({ step: 'preview', name: file.name, file: reply.read });
      else if ('problems' in reply) {
        setState({ step: 'idle' });
        onDone({ kind: 'error', text: `Nothing was imported from ${file.name}. ${reply.problems.join('\n')}` });
      }
    });
    ask(w, { read: file });
  }

  function write(name: string, file: ReadFile) {
    setState({ step: 'preparing', name });
    const pending: Pending = { receipt: crypto.randomUUID(), name, rejected: file.rejections.length };
    sessionStorage.setItem(PENDING, JSON.stringify(pending));
    writing.current = pending;
    const w = start(name, (reply) => {
      if ('preparing' in reply) setState({ step: 'preparing', name });
      else if ('progress' in reply) setState({ step: 'writing', name, ...reply.progress });
      else if ('written' in reply || 'failed' in reply) {
        // The worker says how it ended: the receipt is only for a page that was not there to hear it.
        setState({ step: 'idle' });
        writing.current = undefined;
        sessionStorage.removeItem(PENDING);
        void takeReceipt(db, pending.receipt);
        if ('failed' in reply) return onDone({ kind: 'error', text: `${nothingImported(name)} ${reply.failed}` });
        onDone({ kind: 'ok', text: importedText(name, reply.written, pending.rejected) });
        void announceWrite();
      }
    });
    ask(w, { write: { receipt: pending.receipt } });
  }

  function cancel() {
    if (worker.current) ask(worker.current, { drop: true });
    setState({ step: 'idle' });
  }

  // A new file may replace a preview, but not a file being read or written.
  const busy = state.step === 'reading' || state.step === 'preparing' || state.step === 'writing';
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
      {state.step === 'preparing' && (
        <p class="import-progress" role="status">
          Preparing to write {state.name}… <progress aria-label="Preparing the import" />
        </p>
      )}
      {state.step === 'writing' && (
        <p class="import-progress" role="status">
          Writing {state.name}: {state.done.toLocaleString('en')} of {state.total.toLocaleString('en')} quotes and sightings…{' '}
          <progress aria-label="Import progress" max={state.total || 1} value={state.done} />
        </p>
      )}
      {state.step === 'preview' && <Preview name={state.name} file={state.file} onImport={() => write(state.name, state.file)} onCancel={cancel} />}
    </>
  );
}

function Preview({ name, file, onImport, onCancel }: { name: string; file: ReadFile; onImport(): void; onCancel(): void }) {
  const { rejections, warnings, preview, notes } = file;
  const nothing = file.quotes === 0;
  return (
    <section class="import-preview" aria-label="Import preview">
      <h2>
        Import from {name} ({FORMAT_LABELS[file.format]})
      </h2>
      {notes.map((note) => (
        <p key={note} class="note">
          {note}
        </p>
      ))}
      <ul class="preview-counts">
        <li>{plural(preview.fresh, 'new quote')}</li>
        <li>{plural(preview.existing, 'quote')} already in the library (merged, keeping the richer record and every sighting)</li>
        {preview.repeated > 0 && <li>{plural(preview.repeated, 'row')} repeating an earlier row of the file</li>}
        {preview.sightings > 0 && <li>{plural(preview.sightings, 'new sighting')}</li>}
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
          <summary>{plural(warnings.length, 'field')} to check (kept as written)</summary>
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
            {importLabel(file.quotes, preview.repeated)}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
