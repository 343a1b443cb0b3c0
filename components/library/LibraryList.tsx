import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LibraryItem } from '@/lib/store/library-search';
import { formatDate } from '@/lib/format-date';
import { safeHref } from '@/lib/safe-href';
import { VERDICT_LABELS, type Verdict } from '@/lib/model';
import { paintVerdicts } from './verdict-paint';
import { plural } from '@/lib/text/plural';

/** Two lines of the quote, its details and its note. */
export const ROW_HEIGHT = 90;
const OVERSCAN = 6;

interface Props {
  items: readonly LibraryItem[];
  /** Indices into `items`, in display order. */
  shown: number[];
  selected: ReadonlySet<string>;
  /** Changes when the reader asks for another result (a search, a filter): the list then starts at its top. */
  resetKey: string;
  onToggle(id: string, extend: boolean): void;
  onEdit(item: LibraryItem): void;
  onDelete(item: LibraryItem): void;
}

/** "Misquoted ×2, Accurate": each verdict pages' versions were given, most frequent first. */
function pageVerdictsText(verdicts: readonly Verdict[]): string {
  const counts = new Map<Verdict, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([v, n]) => `${VERDICT_LABELS[v]}${n > 1 ? ` ×${n}` : ''}`)
    .join(', ');
}

/**
 * Only the rows in view (and a few around them) exist in the DOM, so 100,000 quotes
 * scroll like 20. Each row's quote is painted with its verdict's highlight, the same
 * one pages use.
 */
export function LibraryList({ items, shown, selected, resetKey, onToggle, onEdit, onDelete }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  useLayoutEffect(() => {
    const el = scroller.current!;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    // A new result starts at its top.
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  // The legend is painted in the same pass: a highlight name holds all of its ranges.
  useLayoutEffect(() => paintVerdicts(document), [first, last, shown, items]);
  return (
    <div class="library-scroll" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} tabIndex={0} aria-label="Quotes">
      <ol class="library-rows" style={{ height: `${shown.length * ROW_HEIGHT}px` }}>
        {shown.slice(first, last).map((index, k) => {
          const item = items[index];
          const { quote: q } = item;
          const href = safeHref(q.source.url);
          const at = first + k;
          return (
            <li key={q.id} class={`library-row${selected.has(q.id) ? ' selected' : ''}`} style={{ top: `${at * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }} aria-posinset={at + 1} aria-setsize={shown.length}>
              <input
                type="checkbox"
                aria-label={`Select quote ${at + 1}`}
                checked={selected.has(q.id)}
                onClick={(e) => onToggle(q.id, e.shiftKey)}
              />
              <div class="row-body">
                <blockquote class="row-text" data-verdict={q.verdict ?? 'unrated'}>{q.text}</blockquote>
                <p class="row-meta">
                  <strong>{q.speaker || 'Unknown speaker'}</strong>
                  {' · '}
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {q.source.outlet || new URL(href).hostname}
                    </a>
                  ) : (
                    q.source.outlet || 'Unknown source'
                  )}
                  {q.source.publishedAt && ` · ${formatDate(q.source.publishedAt)}`}
                  {' · '}
                  <span class={`verdict-label verdict-${q.verdict ?? 'unrated'}`} title="The original's status">{q.verdict ? `Original: ${VERDICT_LABELS[q.verdict]}` : 'Original not rated'}</span>
                  {item.sightings > 0 && ` · seen on ${plural(item.sightings, 'page')}`}
                  {item.pageVerdicts.length > 0 && <span title="Readers' verdicts on pages' versions">{` (pages rated: ${pageVerdictsText(item.pageVerdicts)})`}</span>}
                  {q.tags.map((t) => (
                    <span class="tag" key={t}>
                      {t}
                    </span>
                  ))}
                </p>
                {q.note && <p class="row-note">{q.note}</p>}
              </div>
              <div class="row-actions">
                <button type="button" onClick={() => onEdit(item)} aria-label={`Edit quote ${at + 1}`}>
                  Edit
                </button>
                <button type="button" class="danger" onClick={() => onDelete(item)} aria-label={`Delete quote ${at + 1}`}>
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
