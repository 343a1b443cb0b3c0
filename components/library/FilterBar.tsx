import { useEffect, useState } from 'preact/hooks';
import type { Facet, LibraryFilters, VerdictFilter } from '@/lib/store/library-search';
import { VERDICT_LABELS, VERDICTS } from '@/lib/model';

interface Props {
  query: string;
  onQuery(q: string): void;
  filters: LibraryFilters;
  onFilters(f: LibraryFilters): void;
  facets: { speakers: Facet[]; outlets: Facet[]; tags: Facet[] } | undefined;
}

/** A datalist offers this many of the most frequent values; typing narrows further. */
const OFFERED = 1_000;

/** A filter typed into a field with suggestions: it applies once the text names one of the values. */
function FacetInput({ label, facets, value, onChange }: { label: string; facets: Facet[]; value: string | undefined; onChange(v: string | undefined): void }) {
  const id = `facet-${label.toLowerCase()}`;
  const [text, setText] = useState('');
  useEffect(() => {
    if (value === undefined) setText('');
  }, [value]);
  return (
    <label>
      {label}
      <input
        list={id}
        value={text}
        placeholder="any"
        onChange={(e) => {
          const typed = e.currentTarget.value.trim().toLowerCase();
          setText(e.currentTarget.value);
          // Text that names no value matches nothing, rather than silently everything.
          onChange(typed ? facets.find((f) => f.label.toLowerCase() === typed)?.value ?? `\u0000${typed}` : undefined);
        }}
      />
      <datalist id={id}>
        {facets.slice(0, OFFERED).map((f) => (
          <option key={f.value} value={f.label}>
            {f.count.toLocaleString('en')}
          </option>
        ))}
      </datalist>
    </label>
  );
}

export function FilterBar({ query, onQuery, filters, onFilters, facets }: Props) {
  const set = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => {
    const next = { ...filters };
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    onFilters(next);
  };
  return (
    <div class="filters" role="search">
      <input
        type="search"
        class="search"
        aria-label="Search quotes, speakers, outlets and notes"
        placeholder="Search quotes, speakers, outlets, notes…"
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      {facets && (
        <>
          <FacetInput label="Speaker" facets={facets.speakers} value={filters.speaker} onChange={(v) => set('speaker', v)} />
          <FacetInput label="Outlet" facets={facets.outlets} value={filters.outlet} onChange={(v) => set('outlet', v)} />
          <FacetInput label="Tag" facets={facets.tags} value={filters.tag} onChange={(v) => set('tag', v)} />
        </>
      )}
      <label>
        Verdict
        <select value={filters.verdict ?? ''} onChange={(e) => set('verdict', (e.currentTarget.value || undefined) as VerdictFilter | undefined)}>
          <option value="">any</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABELS[v]}
            </option>
          ))}
          <option value="unrated">Not rated</option>
        </select>
      </label>
      <label>
        From
        <input type="date" value={filters.from ?? ''} onChange={(e) => set('from', e.currentTarget.value)} />
      </label>
      <label>
        To
        <input type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.currentTarget.value)} />
      </label>
      {(query || Object.keys(filters).length > 0) && (
        <button
          type="button"
          onClick={() => {
            onQuery('');
            onFilters({});
          }}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
