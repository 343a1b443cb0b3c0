/**
 * Privacy, proven (issue 8): every request made while the extension is installed,
 * imports a file, browses test pages, opens cards, the popup and the library is
 * recorded, and none leaves the extension.
 *
 * Three recorders, each able to see what the others cannot:
 * - Playwright's request events on the browser context: every page and frame, the
 *   extension's service worker (Playwright follows service workers' network), before
 *   routing aborts what leaves loopback;
 * - the DevTools protocol Network domain on every tab, for the script that started a
 *   request: a request whose initiator stack runs through the extension's scripts is
 *   the content script's, not the page's;
 * - Chromium's net log, which holds every request that reached the network stack from
 *   any process, with the origin that initiated it.
 * The extension is installed (through the DevTools protocol) only once all three
 * listen, so its first moments are recorded too. A deliberate request from the service
 * worker, from an extension page and from extension code in a tab proves first that
 * the recorders see the extension's own requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { clickHighlight, pageMatches, readCard, SCREENSHOTS, startSession, type Session } from './extension';

/** Where a request came from, as the recorders saw it. */
interface Recorded {
  url: string;
  /**
   * The extension's service worker, one of its pages or frames, a web page, code of the
   * extension inside a web page, or a context Playwright could not name (held to the
   * extension's rule: nothing unexplained passes as a page's own).
   */
  by: 'service worker' | 'extension page' | 'web page' | 'extension code in a web page' | 'unknown';
  /** The document (or worker) that made it. */
  context: string;
  recorder: 'playwright' | 'devtools';
}

const STAYS_INSIDE = /^(chrome-extension|data|blob):/;
const PROBE = '/privacy-probe/';
const REAL_PAGES = ['yahoo-2.html', 'guardian-1.html', 'cnn.html'];

class NetworkRecorder {
  readonly requests: Recorded[] = [];
  /** Each tab's requests after its load event, for pages without scripts of their own. */
  readonly afterLoad = new Map<Page, string[]>();

  attach(context: BrowserContext) {
    context.on('request', (request) => this.requests.push(this.fromPlaywright(request)));
    context.on('page', (page) => void this.watchTab(context, page));
    for (const page of context.pages()) void this.watchTab(context, page);
  }

  private fromPlaywright(request: Request): Recorded {
    const worker = request.serviceWorker();
    if (worker) return { url: request.url(), by: worker.url().startsWith('chrome-extension://') ? 'service worker' : 'web page', context: worker.url(), recorder: 'playwright' };
    let context: string;
    try {
      context = request.frame().url();
    } catch {
      return { url: request.url(), by: 'unknown', context: '', recorder: 'playwright' };
    }
    return { url: request.url(), by: context.startsWith('chrome-extension://') ? 'extension page' : 'web page', context, recorder: 'playwright' };
  }

  /** The DevTools protocol on a tab: who started each request (the initiator's stack). */
  private async watchTab(context: BrowserContext, page: Page) {
    let loaded = false;
    page.on('load', () => (loaded = true));
    page.on('request', (request) => {
      if (loaded) this.afterLoad.set(page, [...(this.afterLoad.get(page) ?? []), request.url()]);
    });
    const cdp = await context.newCDPSession(page).catch(() => undefined);
    if (!cdp) return;
    cdp.on('Network.requestWillBeSent', ({ request, initiator, documentURL }) => {
      const frames: { url: string }[] = [];
      for (let stack = initiator.stack; stack; stack = stack.parent) frames.push(...stack.callFrames);
      const fromExtension = frames.some((f) => f.url.startsWith('chrome-extension://')) || !!initiator.url?.startsWith('chrome-extension://');
      const extensionDocument = documentURL.startsWith('chrome-extension://');
      if (fromExtension || extensionDocument) {
        this.requests.push({ url: request.url, by: extensionDocument ? 'extension page' : 'extension code in a web page', context: documentURL, recorder: 'devtools' });
      }
    });
    await cdp.send('Network.enable').catch(() => undefined);
  }

  /** Requests made by the extension: from its worker, its pages, or its code in a tab. */
  fromExtension(): Recorded[] {
    const byExtension = new Set(this.requests.filter((r) => r.by === 'extension code in a web page').map((r) => r.url));
    return this.requests.filter((r) => r.by !== 'web page' || byExtension.has(r.url));
  }

  /** Requests the web pages made themselves. */
  pagesOwn(): Recorded[] {
    const byExtension = new Set(this.fromExtension().map((r) => r.url));
    return this.requests.filter((r) => r.by === 'web page' && !byExtension.has(r.url));
  }
}

/** Requests in Chromium's net log (written when the browser closes) with the origin that started them. */
function readNetLog(file: string): { url: string; initiator?: string }[] {
  const text = readFileSync(file, 'utf8');
  // A log cut short by the browser's exit lacks its closing brackets.
  const log = JSON.parse(/\]\s*\}\s*$/.test(text) ? text : `${text.replace(/,\s*$/, '')}]}`);
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.filter((e: { type: number; params?: { url?: string } }) => e.type === start && e.params?.url).map((e: { params: { url: string; initiator?: string } }) => e.params);
}

let session: Session;
const recorder = new NetworkRecorder();
const netLog = join(mkdtempSync(join(tmpdir(), 'verbatim-netlog-')), 'netlog.json');
let probes: { serviceWorker: string; extensionPage: string; extensionWorker: string; extensionCode: string; page: string };

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await startSession({ beforeInstall: (context) => recorder.attach(context), args: [`--log-net-log=${netLog}`] });
  const probe = (who: string) => `${session.server.origin}${PROBE}${who}`;
  probes = {
    serviceWorker: probe('service-worker'),
    extensionPage: probe('extension-page'),
    extensionWorker: probe('extension-worker'),
    extensionCode: probe('extension-code'),
    page: probe('page'),
  };
});
afterAll(async () => {
  await session?.close();
  rmSync(dirname(netLog), { recursive: true, force: true });
});

/** Runs `expression` in the extension's isolated world of `page`, as code from a script of the extension. */
async function runAsExtensionCode(page: Page, expression: string) {
  const cdp = await session.context.newCDPSession(page);
  const contexts: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.origin.startsWith(`chrome-extension://${session.extensionId}`));
  if (!world) throw new Error('No isolated world of the extension in this tab');
  await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `${expression}\n//# sourceURL=chrome-extension://${session.extensionId}/privacy-probe.js`,
    awaitPromise: true,
  });
  await cdp.detach();
}

describe('the network record', () => {
  it('sees the requests the extension makes itself', async () => {
    await session.serviceWorker.evaluate((url) => fetch(url).then(() => undefined, () => undefined), probes.serviceWorker);
    const options = await session.options();
    await options.evaluate((url) => fetch(url).then(() => undefined, () => undefined), probes.extensionPage);
    // A worker of an extension page (the library reads imports in one).
    await options.evaluate(
      (url) =>
        new Promise((done) => {
          const worker = new Worker(URL.createObjectURL(new Blob([`fetch(${JSON.stringify(url)}).finally(() => postMessage('done'))`], { type: 'text/javascript' })));
          worker.onmessage = done;
        }),
      probes.extensionWorker,
    );
    const page = await session.open('/demo/article.html');
    await runAsExtensionCode(page, `fetch(${JSON.stringify(probes.extensionCode)}).then(() => undefined, () => undefined)`);
    await page.evaluate((url) => fetch(url).then(() => undefined, () => undefined), probes.page);

    await expect
      .poll(() => recorder.fromExtension().map((r) => r.url))
      .toEqual(expect.arrayContaining([probes.serviceWorker, probes.extensionPage, probes.extensionWorker, probes.extensionCode]));
    expect(recorder.fromExtension().find((r) => r.url === probes.serviceWorker)?.by).toBe('service worker');
    expect(recorder.fromExtension().map((r) => r.url)).not.toContain(probes.page);
    expect(recorder.pagesOwn().map((r) => r.url)).toContain(probes.page);
    await options.close();
    await page.close();
  });

  it('installing, importing, browsing, cards, the popup and the library: nothing leaves the extension', async () => {
    // Import a small file through the library page.
    const options = await session.options();
    await options.getByText(/quotes? in the store/).waitFor();
    const file = join(SCREENSHOTS, 'privacy-import.json');
    writeFileSync(
      file,
      JSON.stringify({
        quotes: [
          { text: 'Privacy is not something that I am merely entitled to, it is an absolute prerequisite.', speaker: 'Marlon Brando', source: { url: 'https://quotes.example/brando', title: 'An interview' } },
          { text: 'We are all in this together and nobody should be left behind on the way.', speaker: 'Jane Roe', source: { url: 'https://quotes.example/roe' } },
        ],
      }),
    );
    await options.getByLabel('Import file…').setInputFiles(file);
    await options.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: /^Import 2 quotes$/ }).click();
    await options.getByText(/^Imported all of .+: 2 new quotes/).waitFor();
    await options.getByRole('searchbox').fill('privacy');
    await options.getByText('1 quote shown').waitFor();

    // Browse: the demo article and the re-quote page (cards opened on both), then real news pages.
    const demo = await session.open('/demo/article.html');
    await clickHighlight(demo, 'We welcome President');
    await expect.poll(() => readCard(demo)).not.toBeNull();
    const popup = await session.popup(demo);
    await expect.poll(() => popup.getByRole('list').getByRole('button').count()).toBeGreaterThan(0);
    const requote = await session.open('/requote/article.html');
    await clickHighlight(requote, 'We were able to win');
    await expect.poll(() => readCard(requote)).not.toBeNull();
    for (const name of REAL_PAGES) await session.open(`/pages/${name}`);
    // Whatever the extension does after a page is shown (reporting sightings, rescans) has time to happen.
    await expect.poll(async () => (await pageMatches(session, requote)).length).toBeGreaterThan(0);
    await options.reload();
    await options.getByText(/quotes? in the store/).waitFor();
    for (const page of session.context.pages()) await page.close();
    // The net log is complete once the browser has closed.
    await session.close();

    const probeUrls = new Set(Object.values(probes));
    const fromExtension = recorder.fromExtension().filter((r) => !probeUrls.has(r.url));
    const leaving = fromExtension.filter((r) => !STAYS_INSIDE.test(r.url));
    const pagesOwn = recorder.pagesOwn().filter((r) => !probeUrls.has(r.url));
    const hosts = new Map<string, number>();
    for (const r of pagesOwn) hosts.set(new URL(r.url).host, (hosts.get(new URL(r.url).host) ?? 0) + 1);
    console.log(
      `network record: ${fromExtension.length} requests by the extension (all inside it: ${leaving.length === 0}); ` +
        `${pagesOwn.length} by the test pages themselves, to ${hosts.size} hosts (loopback: ${[...hosts].filter(([h]) => h.startsWith('127.0.0.1')).reduce((n, [, c]) => n + c, 0)}, the rest aborted)`,
    );
    // Sanity: the extension did work that the record saw (its pages' own scripts and styles).
    expect(fromExtension.filter((r) => r.by === 'extension page').length).toBeGreaterThan(0);
    expect(leaving).toEqual([]);

    // Pages without scripts of their own request nothing once loaded: whatever they did then was the extension's.
    for (const [page, urls] of recorder.afterLoad) {
      if (/\/(demo|requote)\//.test(page.url())) expect(urls.filter((u) => !STAYS_INSIDE.test(u) && !probeUrls.has(u))).toEqual([]);
    }

    // The net log: nothing that reached the network was started by the extension, apart from the probes.
    expect(existsSync(netLog)).toBe(true);
    const logged = readNetLog(netLog);
    const byExtensionOrigin = logged.filter((r) => r.initiator?.startsWith('chrome-extension://'));
    expect(byExtensionOrigin.map((r) => r.url)).toContain(probes.serviceWorker);
    expect(byExtensionOrigin.filter((r) => !probeUrls.has(r.url))).toEqual([]);
  });
});
