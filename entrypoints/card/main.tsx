import { render } from 'preact';
import { QuoteCard } from '@/components/QuoteCard';
import { SaveQuoteForm, type SaveQuoteDraft } from '@/components/SaveQuoteForm';
import { acceptChannel, type FromFrame, type FrameView, type SaveFormView, type ToFrame } from '@/lib/page/frame-channel';
import { describeSelection } from '@/lib/extract/page';
import { normalizePageUrl } from '@/lib/store/sightings';
import { callBackground } from '@/lib/messages';
import { quoteStep } from '@/lib/page/keyboard-nav';
import type { QuoteInput } from '@/lib/model';
import '@/components/panel.css';
// The pages' own highlight styles: the card draws a match's kind as the page does.
import '@/entrypoints/content/highlights.css';
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
  const { match, page, pageLink, around, focusPageLink } = view;
  const onSource = normalizePageUrl(page.url, page.canonical) === normalizePageUrl(match.quote.source.url);
  return <QuoteCard match={match} page={page} around={around} pageLink={pageLink} focusPageLink={focusPageLink} onSource={onSource} onClose={onClose} />;
}

const FOCUSABLE = 'a[href], button:not(:disabled), select:not(:disabled), textarea:not(:disabled), input:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Tab and Shift+Tab go round the UI's controls while it is open: from the last
 * to the first and back, never out to the page behind (the frame's document
 * would otherwise hand the keyboard to the page's next control).
 */
function keepTabInside(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
  const controls = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  if (!controls.length) return;
  const at = controls.indexOf(document.activeElement as HTMLElement);
  const next = event.shiftKey ? (at <= 0 ? controls.length - 1 : at - 1) : at < 0 || at === controls.length - 1 ? 0 : at + 1;
  // Only the wrap (and a start from outside the controls) is ours; the browser moves between the others.
  const wraps = at < 0 || (event.shiftKey ? at === 0 : at === controls.length - 1);
  if (!wraps) return;
  event.preventDefault();
  controls[next].focus();
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
    keepTabInside(event);
    // The page's shortcuts to the next and previous quote work from inside the card too.
    const step = event.isTrusted ? quoteStep(event) : 0;
    if (step) {
      event.preventDefault();
      tell({ step });
    }
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
