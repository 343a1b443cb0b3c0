import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { callBackground } from '@/lib/messages';
import { VerbatimDB } from '@/lib/store/db';
import { bundleOf, type LibraryBundle, type QuoteEdit } from '@/lib/store/library';
import { SORTS, type LibraryFilters, type LibraryItem, type LibrarySort } from '@/lib/store/library-search';
import type { Quote } from '@/lib/model';
import { useLibrary } from './library/use-library';
import { LibraryList } from './library/LibraryList';
import { FilterBar } from './library/FilterBar';
import { QuoteEditor } from './library/QuoteEditor';
import { ImportPanel } from './library/ImportPanel';
import { ExportControls, type ExportScope } from './library/ExportControls';
import { StoreHealth } from './library/StoreHealth';
import { VerdictLegend } from './library/VerdictLegend';
import { KindLegend } from './KindLegend';
import { writeBundle } from './library/write-bundle';
import { plural } from '@/lib/text/plural';

/** A screen too small to show the tools, the filters and the list at once (a phone, or a laptop at 200% zoom): the tools fold away. */
const CRAMPED = '(max-height: 560px), (max-width: 700px)';

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const changed = () => setMatches(list.matches);
    list.addEventListener('change', changed);
    return () => list.removeEventListener('change', changed);
  }, [query]);
  return matches;
}

type Status = { kind: 'ok' | 'error'; text: string; undo?: LibraryBundle } | undefined;

/** The reader's library: every quote, searchable and editable, with import and export. */
export function OptionsApp() {
  const db = useMemo(() => new VerbatimDB(), []);
  const { index, error } = useLibrary(db);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>({});
  const [sort, setSort] = useState<LibrarySort>('added-desc');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<LibraryItem>();
  const [status, setStatus] = useState<Status>();
  const [tagInput, setTagInput] = useState('');
  /** Deleting more than one quote waits for the reader to confirm. */
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const cramped = useMediaQuery(CRAMPED);
  const [toolsOpen, setToolsOpen] = useState(!cramped);
  useEffect(() => setToolsOpen(!cramped), [cramped]);
  const anchor = useRef<number>();

  const { shown, searchMs } = useMemo(() => {
    const started = performance.now();
    const shown = index ? index.query(query, filters, sort) : [];
    return { shown, searchMs: performance.now() - started };
  }, [index, query, filters, sort]);
  const facets = useMemo(() => index?.facets(), [index]);
  const items = index?.items ?? [];
  const total = items.length;
  // Quotes deleted elsewhere drop out of the selection.
  const liveSelected = useMemo(() => new Set(items.filter((i) => selected.has(i.quote.id)).map((i) => i.quote.id)), [items, selected]);

  const fail = (e: unknown) => setStatus({ kind: 'error', text: (e as Error).message });

  function toggle(id: string, extend: boolean) {
    const at = shown.findIndex((i) => items[i].quote.id === id);
    const next = new Set(liveSelected);
    const on = !next.has(id);
    const [from, to] = extend && anchor.current !== undefined ? [Math.min(anchor.current, at), Math.max(anchor.current, at)] : [at, at];
    for (let k = from; k <= to; k++) {
      const qid = items[shown[k]].quote.id;
      if (on) next.add(qid);
      else next.delete(qid);
    }
    anchor.current = at;
    setSelected(next);
  }

  async function remove(ids: string[]) {
    setConfirmingDelete(false);
    try {
      const removed = await bundleOf(db, ids);
      const count = await callBackground('deleteQuotes', ids);
      const gone = new Set(ids);
      setSelected(new Set([...liveSelected].filter((id) => !gone.has(id))));
      setStatus({ kind: 'ok', text: `Deleted ${plural(count, 'quote')}.`, undo: removed });
    } catch (e) {
      fail(e);
    }
  }

  async function undo(bundle: LibraryBundle) {
    try {
      await writeBundle(db, bundle);
      setStatus({ kind: 'ok', text: `Restored ${plural(bundle.quotes.length, 'quote')}.` });
    } catch (e) {
      fail(e);
    }
  }

  async function tag(add: boolean) {
    const name = tagInput.trim();
    if (!name) return;
    try {
      const ids = [...liveSelected];
      const changed = await callBackground('tagQuotes', add ? { ids, add: [name] } : { ids, remove: [name] });
      setStatus({ kind: 'ok', text: `${add ? 'Tagged' : 'Untagged'} ${plural(changed, 'quote')} “${name}”.` });
    } catch (e) {
      fail(e);
    }
  }

  async function clearStore() {
    if (!confirm('Remove every quote from the store? Export first if you want to keep them.')) return;
    await callBackground('clearStore');
    setSelected(new Set());
    setStatus({ kind: 'ok', text: 'The store is empty.' });
  }

  const quotesOf = (scope: ExportScope): Quote[] => {
    if (scope === 'all') return items.map((i) => i.quote);
    if (scope === 'shown') return shown.map((i) => items[i].quote);
    return items.filter((i) => liveSelected.has(i.quote.id)).map((i) => i.quote);
  };
  const sightingsOf = async (quotes: Quote[]) =>
    quotes.length === total ? db.appearances.toArray() : db.appearances.where('quoteId').anyOf(quotes.map((q) => q.id)).toArray();

  const resetKey = JSON.stringify([query, filters, sort]);
  return (
    <main class="library">
      <header class="library-head">
        <h1>Verbatim library</h1>
        {index && <p class="count">{plural(total, 'quote')} in the store.</p>}
        <StoreHealth quoteCount={total} />
      </header>
      <div role="search">
        <input
          type="search"
          class="search"
          aria-label="Search quotes, speakers, outlets and notes"
          placeholder="Search quotes, speakers, outlets, notes…"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <details class="tools" open={toolsOpen} onToggle={(e) => setToolsOpen(e.currentTarget.open)}>
        <summary>Import, export and filters</summary>
        <div class="toolbar">
        <ImportPanel db={db} onDone={setStatus} />
        <ExportControls
          db={db}
          counts={{ all: total, shown: shown.length, selected: liveSelected.size }}
          quotesOf={quotesOf}
          sightingsOf={sightingsOf}
          onDone={(text) => setStatus({ kind: 'ok', text })}
        />
          <button type="button" class="danger" onClick={clearStore}>
            Clear store
          </button>
        </div>
        <FilterBar filters={filters} onFilters={setFilters} facets={facets} />
      </details>
      {(status || error) && (
        <p class={`status ${error ? 'error' : status!.kind}`} role={error || status!.kind === 'error' ? 'alert' : 'status'}>
          {error ? `The library could not be read: ${error}` : status!.text}
          {status?.undo && (
            <button type="button" class="link" onClick={() => undo(status.undo!)}>
              Undo
            </button>
          )}
        </p>
      )}
      <div class="list-head">
        <label class="select-all">
          <input
            type="checkbox"
            aria-label="Select every shown quote"
            checked={shown.length > 0 && shown.every((i) => liveSelected.has(items[i].quote.id))}
            onChange={(e) => setSelected(e.currentTarget.checked ? new Set(shown.map((i) => items[i].quote.id)) : new Set())}
          />
        </label>
        <p class="shown" aria-live="polite">
          {shown.length === total ? `All ${plural(total, 'quote')}` : `${plural(shown.length, 'quote')} shown`}
          <span class="muted"> · found in {searchMs < 1 ? '<1' : Math.round(searchMs)} ms</span>
        </p>
        <label>
          Sort{' '}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as LibrarySort)}>
            {(Object.keys(SORTS) as LibrarySort[]).map((s) => (
              <option key={s} value={s}>
                {SORTS[s]}
              </option>
            ))}
          </select>
        </label>
        <VerdictLegend />
        <KindLegend />
      </div>
      {liveSelected.size > 0 && (
        <div class="selection-bar" role="region" aria-label="Selected quotes">
          <strong>{liveSelected.size.toLocaleString('en')} selected</strong>
          <input placeholder="Tag" aria-label="Tag for the selected quotes" value={tagInput} onInput={(e) => setTagInput(e.currentTarget.value)} />
          <button type="button" onClick={() => tag(true)} disabled={!tagInput.trim()}>
            Add tag
          </button>
          <button type="button" onClick={() => tag(false)} disabled={!tagInput.trim()}>
            Remove tag
          </button>
          {confirmingDelete && liveSelected.size > 1 ? (
            <span class="confirm" role="alert">
              Delete {plural(liveSelected.size, 'quote')}?{' '}
              <button type="button" class="danger" onClick={() => remove([...liveSelected])}>
                Delete {plural(liveSelected.size, 'quote')}
              </button>{' '}
              <button type="button" onClick={() => setConfirmingDelete(false)}>
                Keep them
              </button>
            </span>
          ) : (
            <button type="button" class="danger" onClick={() => (liveSelected.size > 1 ? setConfirmingDelete(true) : remove([...liveSelected]))}>
              Delete selected
            </button>
          )}
          <button type="button" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      )}
      {index && shown.length === 0 && (
        <p class="empty" role="status">
          {total === 0 ? 'The library is empty: save quotes from pages, or import a file.' : 'No quote matches this search and these filters.'}
          {total > 0 && (
            <button type="button" class="link" onClick={() => { setQuery(''); setFilters({}); }}>
              Clear the search and filters
            </button>
          )}
        </p>
      )}
      {index && (
        <LibraryList
          items={items}
          shown={shown}
          selected={liveSelected}
          resetKey={resetKey}
          onToggle={toggle}
          onEdit={setEditing}
          onDelete={(item) => remove([item.quote.id])}
        />
      )}
      {editing && (
        <QuoteEditor
          item={editing}
          loadSightings={(id) => db.appearances.where('quoteId').equals(id).toArray()}
          quoteOf={(id) => items.find((i) => i.quote.id === id)?.quote}
          onSave={async (edit: QuoteEdit) => {
            const quote = await callBackground('editQuote', { id: editing.quote.id, edit });
            setStatus({ kind: 'ok', text: `Saved the quote by ${quote.speaker || 'an unknown speaker'}.` });
          }}
          onClose={() => setEditing(undefined)}
        />
      )}
    </main>
  );
}
