import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { callTab, type PageMatch } from '@/lib/messages';
import type { Settings } from '@/lib/model';
import { readSettings, writeSettings } from '@/lib/settings';
import { clipWords } from '@/lib/text/clip-words';
import { PageQuotes } from './PageQuotes';
import { KindLegend } from './KindLegend';

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

export function PopupApp() {
  const [tab, setTab] = useState<{ id: number; hostname: string }>();
  const [settings, setSettings] = useState<Settings>();
  const [matches, setMatches] = useState<PageMatch[] | 'unavailable'>();

  useEffect(() => {
    void (async () => {
      setSettings(await readSettings());
      const found = await targetTab();
      setTab(found);
      if (!found) return setMatches('unavailable');
      setMatches(await callTab(found.id, 'listPageMatches').catch(() => 'unavailable' as const));
    })();
  }, []);

  async function change(patch: Partial<Settings>) {
    setSettings(await writeSettings(patch));
    if (tab) setTimeout(async () => setMatches(await callTab(tab.id, 'listPageMatches').catch(() => 'unavailable' as const)), 300);
  }

  const siteOff = !!tab?.hostname && !!settings?.disabledSites.includes(tab.hostname);
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
        {matches === undefined && <p class="muted">Looking…</p>}
        {matches === 'unavailable' && <p class="muted">Verbatim cannot read this page.</p>}
        {Array.isArray(matches) && matches.length === 0 && <p class="muted">No known quotes here.</p>}
        {Array.isArray(matches) && matches.length > 0 && (
          <ol class="found">
            {matches.map((m, i) => (
              <li key={`${m.quoteId}-${m.start}`}>
                <button type="button" onClick={() => tab && callTab(tab.id, 'revealMatch', i).then(() => window.close())}>
                  <span class="speaker">{m.quote.speaker || 'Unknown speaker'}</span>
                  <span class="words">“{clipWords(m.quote.text, 8)}”</span>
                  <span class="muted">{m.quote.source.outlet || m.quote.source.url} · {m.kind} match</span>
                  {m.misattributed && <span class="warning">This page credits {m.pageSpeaker}</span>}
                </button>
              </li>
            ))}
          </ol>
        )}
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
