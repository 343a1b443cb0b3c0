import './highlights.css';
import { browser } from 'wxt/browser';
import { callBackground, callBackgroundWithText, serve, type Handlers, type TabService } from '@/lib/messages';
import { readScanState, onScanStateChanged, shouldScan, type ScanState } from '@/lib/settings';
import { PageScanner } from '@/lib/page/scanner';
import { ScriptLifetime } from '@/lib/page/lifetime';
import { PageHighlights, type PlacedMatch } from '@/lib/page/highlights';
import { CardHost, type OpenOptions } from '@/lib/page/card-host';
import { quoteStep, rangeIndexIn, steppedIndex } from '@/lib/page/keyboard-nav';
import { SaveFormHost } from '@/lib/page/save-form-host';
import { isOwnUi } from '@/lib/page/frame-host';
import { describePage, pageAddress, reportSightings } from '@/lib/page/capture';
import { snapshotPage } from '@/lib/page/snapshot';
import { nextTask } from '@/lib/page/run-sliced';

/** How often the script checks that the page has not erased its highlights, and whether the address changed. */
const GUARD_MS = 1000;
/** Set on the content script's own global (its isolated world, which the page cannot see) once it runs in a document. */
const STARTED = Symbol.for('verbatim.started');

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  // The top frame only: a frame (embedded article, live blog, about:blank frame written by script) is read as a page
  // of its own once it holds text, when its loader (entrypoints/frame-loader.ts) asks the background to start this script there.
  // The page must not learn the extension's id (and with it the names of WXT's events) from a message.
  noScriptStartedPostMessage: true,
  // WXT's ctx is not used: a page can invalidate it (see ScriptLifetime).
  main() {
    // A frame whose document changed while its loader's request was on the way may be started twice.
    if (STARTED in globalThis) return;
    Object.defineProperty(globalThis, STARTED, { value: true });
    const life = new ScriptLifetime(() => browser.runtime?.id !== undefined);
    const highlights = new PageHighlights();
    const card = new CardHost({ closed: closeCard, stepped: stepToQuote });
    /** The quote whose card was last opened, where the next and previous quote's shortcuts start from. */
    let lastOpened: number | undefined;
    const saveForm = new SaveFormHost();
    // Verdicts are kept under the page's canonical address, as its card rates it and its sightings are recorded.
    const scanner = new PageScanner(document, { exclude: isOwnUi, match: (req) => callBackgroundWithText('matchPage', { ...req, page: pageAddress() }), onMatches: showMatches });
    // Rescans repeat what the page showed before: each quote is reported once per address.
    const reported = new Set<string>();

    function showMatches(matches: readonly PlacedMatch[]) {
      const open = card.current;
      highlights.show([...matches]);
      if (matches.length) guard();
      // A match the change did not touch keeps its card; one matched again (a verdict, a note) gets its card updated.
      const same = open ? matches.indexOf(open) : -1;
      const again = open && same < 0 ? matches.findIndex((m) => m.quoteId === open.quoteId && sameRange(m.range, open.range)) : -1;
      if (same >= 0) highlights.setActive(same);
      else if (again >= 0) openCard(again);
      else closeCard();
      // The background hears of them in a task after the painting: the page waits for neither.
      void nextTask().then(() => {
        reportUnreported();
        reportToBadge();
      });
    }

    /** The toolbar badge counts what this frame highlights: its own matches, after every scan (none once highlighting is off). */
    function reportToBadge() {
      const matches = highlights.matches.map(({ kind, misattributed }) => ({ kind, misattributed }));
      void callBackground('reportMatches', { matches }).catch(() => undefined);
    }

    function reportUnreported() {
      const unreported = highlights.matches.filter((m) => !reported.has(`${location.href} ${m.quoteId}`));
      unreported.forEach((m) => reported.add(`${location.href} ${m.quoteId}`));
      if (unreported.length) void reportSightings(describePage(), unreported);
    }

    function openCard(index: number, options?: OpenOptions) {
      highlights.setActive(index);
      lastOpened = index;
      card.open(highlights.matches[index], options);
    }

    /** Opens the card of the next (+1) or previous (-1) quote on the page, scrolled into view. */
    function stepToQuote(step: 1 | -1) {
      const open = card.current ? highlights.matches.indexOf(card.current) : -1;
      const index = steppedIndex(open >= 0 ? open : lastOpened, highlights.matches.length, step);
      if (index === undefined) return;
      scrollToMatch(index);
      openCard(index);
    }

    /** Brings the quote at `index` to the middle of the viewport, where its card has room on either side. */
    function scrollToMatch(index: number) {
      highlights.matches[index].range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    }

    function closeCard() {
      highlights.setActive(undefined);
      card.close();
    }

    life.listen(document, 'click', (event) => {
      // Synthetic events come from the page's scripts, which must not drive the extension.
      if (!event.isTrusted || card.contains(event.target)) return;
      if (!document.getSelection()?.isCollapsed) return;
      const inLink = !!(event.target as Element | null)?.closest?.('a[href]');
      if (inLink && hasModifier(event)) return;
      const hit = highlights.hitTest(event.clientX, event.clientY);
      if (hit === undefined) {
        closeCard();
        return;
      }
      // A quoted link opens the card, which offers the link in turn.
      if (inLink) event.preventDefault();
      openCard(hit);
    }, { capture: true });
    life.listen(document, 'keydown', (event) => {
      if (!event.isTrusted) return;
      if (event.key === 'Escape' && card.current) closeCard();
      // In a text field the keys are the field's (macOS types characters with them).
      const step = isEditable(event.target) ? 0 : quoteStep(event);
      if (step) {
        event.preventDefault();
        stepToQuote(step);
        return;
      }
      // Enter on a quoted link opens its card first, which offers the link: a second Enter follows it.
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (event.key !== 'Enter' || !link || hasModifier(event)) return;
      const index = rangeIndexIn(highlights.matches.map((m) => m.range), link);
      if (index === undefined) return;
      event.preventDefault();
      openCard(index, { fromLinkKey: true });
    }, { capture: true });
    const reposition = () => card.place();
    life.listen(window, 'scroll', reposition, { passive: true, capture: true });
    life.listen(window, 'resize', reposition, { passive: true });

    // The page may erase the highlights, and a single-page site may change its address without a load: checked
    // from the first highlight on, so that a page (or frame) with none pays no timer.
    let guarded = false;
    function guard() {
      if (guarded) return;
      guarded = true;
      let address = location.href;
      life.every(GUARD_MS, () => {
        highlights.restore();
        if (location.href === address) return;
        address = location.href;
        reportUnreported();
        // The browser may have cleared the badge for the new address; the scan reports again only if the matches change.
        reportToBadge();
      });
    }
    // A page restored from the back/forward cache is not scanned again, but its load cleared the badge.
    life.listen(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) reportToBadge();
    });
    life.onEnd(() => {
      scanner.stop();
      closeCard();
      highlights.clear();
    });

    // Settings are read here, once, and followed: no round trip before a scan. In a task after the script's
    // evaluation: the browser sets up the storage API's bindings on first use, a few milliseconds of their own.
    const follow = (state: ScanState) => scanner.setEnabled(shouldScan(state, location.hostname));
    const started = nextTask().then(() => {
      onScanStateChanged((state) => void follow(state));
      return readScanState().then(follow);
    });
    // Every frame is read as a page of its own: each lists and reveals its own quotes and hears of store changes.
    const frameService: Handlers<Pick<TabService, 'listPageMatches' | 'revealMatch' | 'refresh'>> = {
      // Answers once the latest scan has finished (a refresh may queue another), so the list is never half-done.
      async listPageMatches() {
        await started;
        for (let current = scanner.idle(); ; current = scanner.idle()) {
          await current;
          if (current === scanner.idle()) return highlights.matches.map(({ range: _range, ...match }) => match);
        }
      },
      revealMatch(index) {
        const match = highlights.matches[index];
        if (!match) throw new Error('That quote is no longer on the page.');
        scrollToMatch(index);
        highlights.flash(index);
        openCard(index);
      },
      refresh: ({ ids }) => scanner.refresh(ids),
    };
    // Detection and the save form work on the article: the top frame's.
    if (window !== window.top) {
      serve(frameService);
      return;
    }
    serve<TabService>({
      ...frameService,
      readPage: () => snapshotPage(document, location.href),
      openSaveForm: () => saveForm.open(),
    });
  },
});

/** A modified click or key on a link (new tab, download...) is the reader's, not ours. */
function hasModifier(event: MouseEvent | KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
