import './highlights.css';
import { callBackground, serve, type TabService } from '@/lib/messages';
import { walkPageText, rangeFor } from '@/lib/text/page-text';
import { runSliced } from '@/lib/page/run-sliced';
import { onTextSettled } from '@/lib/page/text-changes';
import { PageHighlights } from '@/lib/page/highlights';
import { CardHost } from '@/lib/page/card-host';
import { SaveFormHost } from '@/lib/page/save-form-host';
import { isOwnUi } from '@/lib/page/frame-host';
import { reportSightings } from '@/lib/page/capture';
import { detectPageQuotes } from '@/lib/extract/page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  async main(ctx) {
    const highlights = new PageHighlights();
    const card = new CardHost(closeCard);
    const saveForm = new SaveFormHost();
    let scanning = 0;
    let scanned: Promise<void> = Promise.resolve();
    const rescan = () => {
      scanned = scan();
    };
    // Rescans repeat what the page showed before: each quote is reported once per address.
    const reported = new Set<string>();

    async function scan() {
      const run = ++scanning;
      // Every page runs this: with highlights off or an empty store, the page's text is not even read.
      if (!(await callBackground('shouldScan', location.hostname))) {
        closeCard();
        highlights.clear();
        return;
      }
      const page = await runSliced(walkPageText(document.body, isOwnUi));
      const matches = page.nodes.length ? await callBackground('matchPage', { text: page.text }) : [];
      if (run !== scanning || ctx.isInvalid) return;
      const open = card.current;
      highlights.show(matches.map((m) => ({ ...m, range: rangeFor(page, m.start, m.end) })));
      // A rescan after the reader changed the quote (a verdict, a note) keeps its card open, updated.
      const reopen = open ? highlights.matches.findIndex((m) => m.quoteId === open.quoteId && m.start === open.start) : -1;
      if (reopen >= 0) openCard(reopen);
      else closeCard();
      const unreported = matches.filter((m) => !reported.has(`${location.href} ${m.quoteId}`));
      unreported.forEach((m) => reported.add(`${location.href} ${m.quoteId}`));
      void reportSightings(unreported);
    }

    function openCard(index: number) {
      highlights.setActive(index);
      card.open(highlights.matches[index]);
    }

    function closeCard() {
      highlights.setActive(undefined);
      card.close();
    }

    ctx.addEventListener(document, 'click', (event) => {
      // Synthetic events come from the page's scripts, which must not drive the extension.
      if (!event.isTrusted || card.contains(event.target)) return;
      if (!document.getSelection()?.isCollapsed) return;
      const inLink = !!(event.target as Element | null)?.closest?.('a[href]');
      // A modified click on a link (new tab, download...) is the reader's, not ours.
      if (inLink && (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) return;
      const hit = highlights.hitTest(event.clientX, event.clientY);
      if (hit === undefined) {
        closeCard();
        return;
      }
      // A quoted link opens the card, which offers the link in turn.
      if (inLink) event.preventDefault();
      openCard(hit);
    }, { capture: true });
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.isTrusted && event.key === 'Escape' && card.current) closeCard();
    });
    // Single-page sites change articles without a page load, and many pages add their text late.
    ctx.addEventListener(window, 'wxt:locationchange', rescan);
    ctx.onInvalidated(onTextSettled(document.body, rescan));
    const reposition = () => card.place();
    ctx.addEventListener(window, 'scroll', reposition, { passive: true, capture: true });
    ctx.addEventListener(window, 'resize', reposition, { passive: true });

    serve<TabService>({
      // Answers once the latest scan has finished (a refresh may replace the one under way), so the list is never half-done.
      async listPageMatches() {
        for (let current = scanned; ; current = scanned) {
          await current;
          if (current === scanned) return highlights.matches.map(({ range: _range, ...match }) => match);
        }
      },
      revealMatch(index) {
        const match = highlights.matches[index];
        if (!match) throw new Error('That quote is no longer on the page.');
        match.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        highlights.flash(index);
        openCard(index);
      },
      refresh: rescan,
      detectQuotes: () => detectPageQuotes(document, location.href),
      openSaveForm: () => saveForm.open(),
    });

    rescan();
  },
});
