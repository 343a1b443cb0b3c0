import { useState } from 'preact/hooks';
import type { Quote, SightingRecord } from '@/lib/model';
import { EXPORT_FILES, exportQuotes, FORMAT_LABELS, type ExportFormat } from '@/lib/formats';
import { plural } from '@/lib/text/plural';

export type ExportScope = 'all' | 'shown' | 'selected';

interface Props {
  counts: Record<ExportScope, number>;
  quotesOf(scope: ExportScope): Quote[];
  sightingsOf(quotes: Quote[]): Promise<SightingRecord[]>;
  onDone(text: string): void;
}

function download(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const SCOPE_LABELS: Record<ExportScope, string> = { all: 'Whole library', shown: 'This search and filter', selected: 'Selected quotes' };

/** Export of the whole library, what the search and filters show, or the selection, in any format. */
export function ExportControls({ counts, quotesOf, sightingsOf, onDone }: Props) {
  const [format, setFormat] = useState<ExportFormat>('verbatim-json');
  const [scope, setScope] = useState<ExportScope>('all');
  async function run() {
    const quotes = quotesOf(scope);
    const content = exportQuotes(format, quotes, await sightingsOf(quotes));
    const { extension, mime } = EXPORT_FILES[format];
    download(`verbatim-${new Date().toISOString().slice(0, 10)}.${extension}`, content, mime);
    const written = format === 'claimreview' ? quotes.filter((q) => q.verdict).length : quotes.length;
    onDone(`Exported ${plural(written, 'quote')} as ${FORMAT_LABELS[format]}${format === 'claimreview' && written < quotes.length ? ' (only quotes with a verdict have a ClaimReview)' : ''}.`);
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
      <button type="button" onClick={run} disabled={counts[scope] === 0}>
        Export {FORMAT_LABELS[format]}
      </button>
    </span>
  );
}
