import { useEffect, useState } from 'preact/hooks';
import type { Quote } from '@/lib/model';
import type { Appearance } from '@/lib/store/appearances';
import { EXPORT_FILES, exportNotes, exportQuotes, FORMAT_LABELS, type ExportFormat } from '@/lib/formats';
import { isWebAddress } from '@/lib/formats/batch';
import type { Reviewer } from '@/lib/formats/claimreview';
import type { VerbatimDB } from '@/lib/store/db';
import { getReviewer, setReviewer } from '@/lib/store/library';
import { plural } from '@/lib/text/plural';

export type ExportScope = 'all' | 'shown' | 'selected';

interface Props {
  db: VerbatimDB;
  counts: Record<ExportScope, number>;
  quotesOf(scope: ExportScope): Quote[];
  sightingsOf(quotes: Quote[]): Promise<Appearance[]>;
  onDone(text: string): void;
}

function download(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const SCOPE_LABELS: Record<ExportScope, string> = { all: 'Whole library', shown: 'This search and filter', selected: 'Selected quotes' };

/**
 * Export of the whole library, what the search and filters show, or the selection, in any format.
 * ClaimReview also needs who publishes the reviews and where: set once, kept in the store.
 */
export function ExportControls({ db, counts, quotesOf, sightingsOf, onDone }: Props) {
  const [format, setFormat] = useState<ExportFormat>('verbatim-json');
  const [scope, setScope] = useState<ExportScope>('all');
  const [reviewer, setReviewerState] = useState<Partial<Reviewer>>({});
  useEffect(() => void getReviewer(db).then(setReviewerState), [db]);
  const badUrl = !!reviewer.url?.trim() && !isWebAddress(reviewer.url.trim());

  function keep(patch: Partial<Reviewer>) {
    const next = { ...reviewer, ...patch };
    setReviewerState(next);
    if (!next.url?.trim() || isWebAddress(next.url.trim())) void setReviewer(db, next);
  }

  async function run() {
    const quotes = quotesOf(scope);
    const content = exportQuotes(format, quotes, await sightingsOf(quotes), reviewer);
    const { extension, mime } = EXPORT_FILES[format];
    download(`verbatim-${new Date().toISOString().slice(0, 10)}.${extension}`, content, mime);
    const written = format === 'claimreview' ? quotes.filter((q) => q.verdict).length : quotes.length;
    const notes = exportNotes(format, quotes, reviewer);
    onDone(`Exported ${plural(written, 'quote')} as ${FORMAT_LABELS[format]}.${notes.length ? ` Note: ${notes.join('; ')}.` : ''}`);
  }
  return (
    <span class="export">
      <select aria-label="Export format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
        {(Object.keys(EXPORT_FILES) as ExportFormat[]).map((f) => (
          <option key={f} value={f}>
            {FORMAT_LABELS[f]}
          </option>
        ))}
      </select>
      <select aria-label="What to export" value={scope} onChange={(e) => setScope(e.currentTarget.value as ExportScope)}>
        {(Object.keys(SCOPE_LABELS) as ExportScope[]).map((s) => (
          <option key={s} value={s} disabled={counts[s] === 0}>
            {SCOPE_LABELS[s]} ({counts[s].toLocaleString('en')})
          </option>
        ))}
      </select>
      <button type="button" onClick={run} disabled={counts[scope] === 0 || badUrl}>
        Export {FORMAT_LABELS[format]}
      </button>
      {format === 'claimreview' && (
        <span class="reviewer" role="group" aria-label="ClaimReview publisher">
          <input placeholder="Reviews published by" aria-label="Reviews published by" value={reviewer.name ?? ''} onChange={(e) => keep({ name: e.currentTarget.value })} />
          <input
            type="url"
            placeholder="Review page (https://…)"
            aria-label="Review page"
            aria-invalid={badUrl}
            value={reviewer.url ?? ''}
            onChange={(e) => keep({ url: e.currentTarget.value })}
          />
          {badUrl && <span class="warn-text">The review page must be an http(s) address.</span>}
        </span>
      )}
    </span>
  );
}
