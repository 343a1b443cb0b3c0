import { useEffect, useRef, useState } from 'preact/hooks';
import type { Quote, Verdict } from '@/lib/model';
import type { Appearance } from '@/lib/store/appearances';
import type { LibraryItem } from '@/lib/store/library-search';
import type { QuoteEdit } from '@/lib/store/library';
import { formatDate } from '@/lib/format-date';
import { safeHref } from '@/lib/safe-href';
import { VerdictSelect } from '../VerdictEditor';
import { MatchDiff } from '../MatchDetails';
import { plural } from '@/lib/text/plural';
import { VERDICT_LABELS, type MatchKind } from '@/lib/model';
import { pageVersion, summarizeDiff } from '@/lib/match/diff-summary';
import { KINDS } from '@/lib/match/kinds';
import { clipWords } from '@/lib/text/clip-words';

interface Props {
  item: LibraryItem;
  loadSightings(quoteId: string): Promise<Appearance[]>;
  /** Another quote of the library, by its id: the one a quote saved on its own relates to, or the one a page's version was saved as. */
  quoteOf(quoteId: string): Quote | undefined;
  onSave(edit: QuoteEdit): Promise<void>;
  onClose(): void;
}

/** How a quote saved on its own relates to the known quote whose words it changes. */
const RELATION: Record<MatchKind, string> = { exact: 'the words of', partial: 'part of', altered: 'an altered version of', abridged: 'an abridged version of' };

/** A quote named in a sentence: its speaker and first words. */
function named(quote: Quote | undefined): string {
  if (!quote) return 'a quote no longer in the library';
  return `${quote.speaker ? `${quote.speaker}’s ` : ''}“${clipWords(quote.text, 8)}”`;
}

const splitTags = (s: string) => s.split(',').map((t) => t.trim()).filter(Boolean);

/**
 * A modal form for one quote's words, speaker, the original's status, note and tags,
 * with the pages it appeared on: how each quotes it (its kind, its words and the
 * difference word by word, as the card shows it) and the reader's verdict on each.
 */
export function QuoteEditor({ item, loadSightings, quoteOf, onSave, onClose }: Props) {
  const { quote } = item;
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(quote.text);
  const [speaker, setSpeaker] = useState(quote.speaker);
  const [verdict, setVerdict] = useState<Verdict | ''>(quote.verdict ?? '');
  const [note, setNote] = useState(quote.note ?? '');
  const [tags, setTags] = useState(quote.tags.join(', '));
  const [sightings, setSightings] = useState<Appearance[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    dialog.current?.showModal();
    void loadSightings(quote.id).then(setSightings);
  }, [quote.id]);

  async function save(e: Event) {
    e.preventDefault();
    const edit: QuoteEdit = {};
    if (text !== quote.text) edit.text = text;
    if (speaker !== quote.speaker) edit.speaker = speaker;
    if (verdict !== (quote.verdict ?? '')) edit.verdict = verdict || null;
    if (note !== (quote.note ?? '')) edit.note = note;
    if (splitTags(tags).join('\n') !== quote.tags.join('\n')) edit.tags = splitTags(tags);
    try {
      if (Object.keys(edit).length) await onSave(edit);
      onClose();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <dialog ref={dialog} class="editor" aria-label="Edit quote" onClose={onClose}>
      <form onSubmit={save}>
        <h2>Edit quote</h2>
        <label>
          Quote
          <textarea rows={4} value={text} required maxLength={10_000} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label>
          Speaker
          <input value={speaker} maxLength={2_000} onInput={(e) => setSpeaker(e.currentTarget.value)} />
        </label>
        <label>
          Verdict on the original (checked against its primary source)
          <VerdictSelect value={verdict} onChange={setVerdict} />
        </label>
        {quote.relatedTo && (
          <p class="muted">
            Saved as a quote of its own: its words are {RELATION[quote.relatedTo.kind]} the known quote {named(quoteOf(quote.relatedTo.quoteId))}
            {quote.relatedTo.misattributed ? ', credited to someone else' : ''}.
          </p>
        )}
        <label>
          Note
          <textarea rows={3} value={note} maxLength={10_000} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <label>
          Tags, separated by commas
          <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        {error && (
          <p class="status error" role="alert">
            {error}
          </p>
        )}
        <details>
          <summary>Appears on {sightings ? plural(sightings.length, 'other page') : '…'}</summary>
          <ul class="sightings">
            {sightings?.map((s) => (
              <li key={s.pageUrl}>
                {safeHref(s.pageUrl) ? (
                  <a href={safeHref(s.pageUrl)} target="_blank" rel="noopener noreferrer">
                    {s.title || s.pageUrl}
                  </a>
                ) : (
                  s.pageUrl
                )}{' '}
                <span class="muted">
                  {KINDS[s.matchKind].label}
                  {s.diff && s.matchKind !== 'exact' && ` (${summarizeDiff(s.matchKind, s.diff)})`}
                  {s.pageSpeaker && ` · credited to ${s.pageSpeaker}`} · {formatDate(s.seenAt)}
                </span>{' '}
                <span class={`verdict-label verdict-${s.verdict ?? 'unrated'}`}>{s.verdict ? `This page: ${VERDICT_LABELS[s.verdict]}` : 'This page: not rated'}</span>
                {s.diff && s.matchKind !== 'exact' && <p class="page-words">On this page: “{pageVersion(quote.text, s.diff)}”</p>}
                <MatchDiff kind={s.matchKind} diff={s.diff} />
                {s.savedAs && <p class="muted">This page’s version was also saved as a quote of its own: {named(quoteOf(s.savedAs))}.</p>}
                {s.note && <p class="row-note">{s.note}</p>}
              </li>
            ))}
          </ul>
        </details>
        <div class="editor-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" class="primary">
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
