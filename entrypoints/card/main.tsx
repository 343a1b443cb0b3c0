import { render } from 'preact';
import { QuoteCard } from '@/components/QuoteCard';
import { SaveQuoteForm, type SaveQuoteDraft } from '@/components/SaveQuoteForm';
import { acceptChannel, type FromFrame, type FrameView, type SaveFormView, type ToFrame } from '@/lib/page/frame-channel';
import { describeSelection } from '@/lib/extract/page';
import { normalizePageUrl } from '@/lib/store/sightings';
import { callBackground } from '@/lib/messages';
import type { QuoteInput } from '@/lib/model';
import '@/components/panel.css';
import cardCss from '@/components/QuoteCard.css?inline';
import formCss from '@/components/SaveQuoteForm.css?inline';

/** Each view's own style: the two were written apart and share element selectors. */
const CSS: Record<FrameView['ui'], string> = { card: cardCss, 'save-form': formCss };

/** The save form's first values: the selection, and the speaker and context detected around it in the page's text. */
function draftOf({ selection, pageText, start, end, source, page }: SaveFormView): SaveQuoteDraft {
  const text = selection.replace(/\s+/g, ' ').trim();
  const found = text && start !== undefined && end !== undefined && end > start;
  const details = found ? describeSelection(pageText, start, end) : { confidence: 0, context: { before: '', after: '' } };
  return {
    text,
    speaker: details.speaker ?? '',
    confidence: details.confidence,
    source: { ...source, url: normalizePageUrl(page.url, source.url) ?? source.url },
    context: details.context,
  };
}

function View({ view, onClose }: { view: FrameView; onClose: () => void }) {
  if (view.ui === 'save-form') {
    const save = (input: QuoteInput) => callBackground('saveQuotes', { quotes: [input], page: view.page });
    return <SaveQuoteForm draft={draftOf(view)} onSave={save} onClose={onClose} />;
  }
  const { match, page, pageLink } = view;
  const onSource = normalizePageUrl(page.url, page.canonical) === normalizePageUrl(match.quote.source.url);
  return <QuoteCard match={match} page={page} pageLink={pageLink} onSource={onSource} onClose={onClose} />;
}

const mount = document.getElementById('ui')!;
const style = document.head.appendChild(document.createElement('style'));

acceptChannel((port) => {
  const tell = (message: FromFrame) => port.postMessage(message);
  const close = () => tell({ close: true });
  // Escape closes on its release, so the whole key stays in this frame: closing on
  // the press would hand the release to the page, which never saw the press.
  let escapePressed = false;
  addEventListener('keydown', (event) => {
    if (event.key === 'Escape') escapePressed = true;
  });
  addEventListener('keyup', (event) => {
    if (event.key !== 'Escape' || !escapePressed) return;
    escapePressed = false;
    close();
  });
  // The content script sizes the frame to its content: a section that loads late makes it grow.
  new ResizeObserver(() => {
    const { height } = mount.getBoundingClientRect();
    if (height > 0) tell({ height });
  }).observe(mount);
  port.onmessage = ({ data }: MessageEvent<ToFrame>) => {
    style.textContent = CSS[data.show.ui];
    render(<View view={data.show} onClose={close} />, mount);
  };
});
