import type { Facet, LibraryFilters, VerdictFilter } from '@/lib/store/library-search';
import { VERDICT_LABELS, VERDICTS } from '@/lib/model';

interface Props {
  filters: LibraryFilters;
  onFilters(f: LibraryFilters): void;
  facets: { speakers: Facet[]; outlets: Facet[]; tags: Facet[] } | undefined;
}

/** A datalist offers this many of the most frequent values; typing narrows further. */
const OFFERED = 1_000;

/** A filter typed into a field with suggestions: it keeps the quotes whose value holds the text ("Maya" finds "Maya Angelou"). */
function FacetInput({ label, facets, value, onChange }: { label: string; facets: Facet[]; value: string | undefined; onChange(v: string | undefined): void }) {
  const id = `facet-${label.toLowerCase()}`;
  return (
    <label>
      {label}
      <input list={id} value={value ?? ''} placeholder="any" onInput={(e) => onChange(e.currentTarget.value.trim() ? e.currentTarget.value : undefined)} />
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

/** A choice of verdict, or of none given. */
function VerdictSelect({ label, value, onChange }: { label: string; value: VerdictFilter | undefined; onChange(v: VerdictFilter | undefined): void }) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange((e.currentTarget.value || undefined) as VerdictFilter | undefined)}>
        <option value="">any</option>
        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {VERDICT_LABELS[v]}
          </option>
        ))}
        <option value="unrated">Not rated</option>
      </select>
    </label>
  );
}

export function FilterBar({ filters, onFilters, facets }: Props) {
  const set = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => {
    const next = { ...filters };
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    onFilters(next);
  };
  return (
    <div class="filters" role="group" aria-label="Filters">
      {facets && (
        <>
          <FacetInput label="Speaker" facets={facets.speakers} value={filters.speaker} onChange={(v) => set('speaker', v)} />
          <FacetInput label="Outlet" facets={facets.outlets} value={filters.outlet} onChange={(v) => set('outlet', v)} />
          <FacetInput label="Tag" facets={facets.tags} value={filters.tag} onChange={(v) => set('tag', v)} />
        </>
      )}
      <VerdictSelect label="Original’s status" value={filters.verdict} onChange={(v) => set('verdict', v)} />
      <VerdictSelect label="A page’s verdict" value={filters.pageVerdict} onChange={(v) => set('pageVerdict', v)} />
      <label>
        From
        <input type="date" value={filters.from ?? ''} onChange={(e) => set('from', e.currentTarget.value)} />
      </label>
      <label>
        To
        <input type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.currentTarget.value)} />
      </label>
      {Object.keys(filters).length > 0 && (
        <button type="button" onClick={() => onFilters({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}
