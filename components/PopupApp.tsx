import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { callBackground, callFrame, type PageMatch } from '@/lib/messages';
import type { Settings } from '@/lib/model';
import { readSettings, writeSettings } from '@/lib/settings';
import { readingOrder, summaryLine, tellApart } from '@/lib/match/page-summary';
import { KINDS, worstWarning } from '@/lib/match/kinds';
import { PageQuotes } from './PageQuotes';
import { KindLegend } from './KindLegend';
import { usePaintedKinds } from './kind-paint';

/** The tab the popup acts on: `?tab=` lets tests open the popup as a page of its own. */
async function targetTab(): Promise<{ id: number; hostname: string } | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param ? await browser.tabs.get(Number(param)) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return undefined;
  let hostname = '';
  try {
    hostname = new URL(tab.url ?? '').hostname;
  } catch {
    /* a tab without a readable URL has no site switch */
  }
  return { id: tab.id, hostname };
}

/** A quote highlighted in one frame of the tab, and where that frame lists it. */
type ListedMatch = PageMatch & { frameId: number; index: number };

/**
 * The tab's quotes over all its frames: the top frame's, then those of each frame that
 * highlights any (an embedded article or live blog is read as a page of its own).
 * Unavailable when the top frame has no content script to answer.
 */
async function listTabMatches(tabId: number): Promise<ListedMatch[] | 'unavailable'> {
  const frames = await callBackground('framesWithMatches', { tabId }).catch(() => []);
  const lists = await Promise.all(
    [0, ...frames.filter((id) => id !== 0).sort((a, b) => a - b)].map((frameId) =>
      callFrame(tabId, frameId, 'listPageMatches').then(
        (matches) => matches.map((m, index) => ({ ...m, frameId, index })),
        // A frame may have gone since it reported; the top frame's silence means the page cannot be read.
        () => (frameId === 0 ? undefined : []),
      ),
    ),
  );
  return lists[0] ? lists.flatMap((list) => list ?? []) : 'unavailable';
}

/** The known quotes on the tab: a summary line, then warnings first; entries that read alike are told apart. */
function FoundList({ matches, onReveal }: { matches: ListedMatch[]; onReveal(match: ListedMatch): void }) {
  const shown = tellApart(matches);
  // Each entry's kind drawn with its line on the page, as the legend below shows it.
  const list = useRef<HTMLOListElement>(null);
  usePaintedKinds(list, [matches]);
  return (
    <>
      <p class="summary" role="status">{summaryLine(matches)}</p>
      <ol class="found" ref={list}>
        {readingOrder(matches).map((i) => {
          const m = matches[i];
          const warning = worstWarning(m);
          return (
            <li key={`${m.frameId}-${m.quoteId}-${m.start}`} class={warning ? 'warned' : undefined}>
              <button type="button" onClick={() => onReveal(m)}>
                {/* The warning says what the entry's kind means (the legend's words), so the two agree: "Words were cut from the original (…)" over "Abridged". */}
                {warning && <span class="warning">{m.misattributed ? <span data-kind="misattributed">Credited to {m.pageSpeaker} on this page</span> : capitalized(KINDS[warning].meaning)}</span>}
                <span class="speaker">{m.quote.speaker || 'Unknown speaker'}</span>
                <span class="words">“{shown[i].words}”</span>
                <span class="muted">
                  <span data-kind={m.kind}>{KINDS[m.kind].label}</span> · {m.quote.source.outlet || m.quote.source.url}
                  {shown[i].where && ` · ${shown[i].where}`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function PopupApp() {
  const [tab, setTab] = useState<{ id: number; hostname: string }>();
  const [settings, setSettings] = useState<Settings>();
  const [matches, setMatches] = useState<ListedMatch[] | 'unavailable'>();

  useEffect(() => {
    void (async () => {
      setSettings(await readSettings());
      const found = await targetTab();
      setTab(found);
      if (!found) return setMatches('unavailable');
      setMatches(await listTabMatches(found.id));
    })();
  }, []);

  async function change(patch: Partial<Settings>) {
    // Shown at once: a render landing before the write resolves (the list's refresh) would otherwise tick the box back.
    setSettings((shown) => shown && { ...shown, ...patch });
    setSettings(await writeSettings(patch));
    if (tab) setTimeout(async () => setMatches(await listTabMatches(tab.id)), 300);
  }

  const siteOff = !!tab?.hostname && !!settings?.disabledSites.includes(tab.hostname);
  const off = settings && (!settings.highlightsEnabled ? 'all' : siteOff ? 'site' : undefined);
  return (
    <main class="popup">
      <h1>Verbatim</h1>
      {settings && (
        <fieldset class="switches">
          <legend>Highlights</legend>
          <label>
            <input
              type="checkbox"
              name="all-sites"
              checked={settings.highlightsEnabled}
              onChange={(e) => change({ highlightsEnabled: e.currentTarget.checked })}
            />
            Highlight quotes on all sites
          </label>
          {tab?.hostname && (
            <label>
              <input
                type="checkbox"
                name="this-site"
                checked={!siteOff}
                disabled={!settings.highlightsEnabled}
                onChange={(e) =>
                  change({
                    disabledSites: e.currentTarget.checked
                      ? settings.disabledSites.filter((h) => h !== tab.hostname)
                      : [...settings.disabledSites, tab.hostname],
                  })
                }
              />
              Highlight quotes on {tab.hostname}
            </label>
          )}
        </fieldset>
      )}
      <section aria-labelledby="found-heading">
        <h2 id="found-heading">Highlighted on this page</h2>
        {off && <p class="muted">Highlighting is off {off === 'all' ? 'on all sites' : `on ${tab?.hostname}`}: turn it on above to see the known quotes on this page.</p>}
        {!off && matches === undefined && <p class="muted">Looking…</p>}
        {!off && matches === 'unavailable' && <p class="muted">Verbatim cannot read this page.</p>}
        {!off && Array.isArray(matches) && matches.length === 0 && <p class="muted">No known quotes here.</p>}
        {!off && Array.isArray(matches) && matches.length > 0 && <FoundList matches={matches} onReveal={(m) => tab && callFrame(tab.id, m.frameId, 'revealMatch', m.index).then(() => window.close())} />}
        <KindLegend />
      </section>
      {tab && <PageQuotes tabId={tab.id} />}
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank">
          Open the library
        </a>
      </p>
    </main>
  );
}
