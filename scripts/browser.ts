/**
 * Serving pages from loopback and launching Debian's Chromium with the built
 * extension loaded: shared by the demo (`npm start`) and the end-to-end tests.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** A second loopback address: a page served from it is cross-origin to one served from 127.0.0.1. */
export const SECOND_HOST = '127.0.0.2';

export interface ServeOptions {
  /** The loopback address to listen on: SECOND_HOST for a second origin. */
  host?: string;
  /** Extra response headers for a path (a Content-Security-Policy, say). */
  headers?: Record<string, Record<string, string>>;
}

/** Serves each folder of `mounts` under its URL prefix ("/demo/" → assets/demo) on a loopback address. */
export async function serveFolders(mounts: Record<string, string>, { host = '127.0.0.1', headers = {} }: ServeOptions = {}): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const file = prefix && normalize(join(mounts[prefix], path.slice(prefix.length)));
    if (!file || !file.startsWith(normalize(mounts[prefix])) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers[path] }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://${host}:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Whether `url` is the extension page that shows Verbatim's card and save form in a frame on a page. */
export function isUiFrameUrl(url: string): boolean {
  return url.startsWith('chrome-extension://') && new URL(url).pathname === '/card.html';
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

const LOOPBACK = /^(https?|wss?):\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//;

export interface LaunchOptions {
  headless?: boolean;
  /** The unpacked extension to load: Verbatim's build unless another is named; null loads none. */
  extensionDir?: string | null;
  /**
   * Runs once the browser is up and before the extension is installed (through the
   * DevTools protocol rather than the command line), so that listeners it attaches
   * see everything the extension does from its first moment.
   */
  beforeInstall?: (context: BrowserContext) => Promise<void> | void;
  /** More Chromium switches (a net log, a debugging port). */
  args?: string[];
}

/**
 * Chromium in a fresh profile with one unpacked extension loaded (or none). Every
 * request that leaves loopback is aborted, so real news pages neither wait for nor
 * reach the network.
 */
export async function launchChromium({ headless = true, extensionDir = EXTENSION_DIR, beforeInstall, args = [] }: LaunchOptions = {}): Promise<BrowserContext> {
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}${extensionDir === EXTENSION_DIR ? ': run "npm run build" first.' : '.'}`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  const loadAtStart = extensionDir && !beforeInstall;
  // An empty profile path has Playwright make the profile in the temporary folder and delete it on close.
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1200, height: 900 },
    // Playwright disables extensions unless they are named on the command line; one installed later needs them on.
    ignoreDefaultArgs: extensionDir && beforeInstall ? ['--disable-extensions'] : undefined,
    args: [
      ...(loadAtStart ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      ...(extensionDir && beforeInstall ? ['--enable-unsafe-extension-debugging'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  // Waits are ceilings against hangs, not speed limits: a busy two-core machine must still pass.
  context.setDefaultTimeout(120_000);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return LOOPBACK.test(url) || url.startsWith('chrome-extension://') || url.startsWith('data:') ? route.continue() : route.abort();
  });
  if (extensionDir && beforeInstall) {
    await beforeInstall(context);
    const cdp = await context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: extensionDir });
    await cdp.detach();
  }
  return context;
}

/** Chromium with the built extension (or `extensionDir`) loaded, once its service worker runs. */
export async function launchWithExtension(options: Omit<LaunchOptions, 'extensionDir'> & { extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const context = await launchChromium(options);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, close: () => context.close() };
}
