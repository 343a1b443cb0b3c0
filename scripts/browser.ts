/**
 * Serving pages from loopback and launching Debian's Chromium with the built
 * extension loaded: shared by the demo (`npm start`) and the end-to-end tests.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { tmpdir } from 'node:os';
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

/**
 * Serves each folder of `mounts` under its URL prefix ("/demo/" → assets/demo) on 127.0.0.1,
 * with the extra response `headers` given for a path (a Content-Security-Policy, say).
 */
export async function serveFolders(mounts: Record<string, string>, headers: Record<string, Record<string, string>> = {}): Promise<StaticServer> {
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
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

const LOOPBACK = /^(https?|wss?):\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//;

/**
 * Chromium with the built extension loaded, in a fresh profile. Every request that
 * leaves loopback is aborted, so real news pages neither wait for nor reach the network.
 */
export async function launchWithExtension({ headless = true } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'verbatim-profile-')), {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Waits are ceilings against hangs, not speed limits: a busy two-core machine must still pass.
  context.setDefaultTimeout(120_000);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return LOOPBACK.test(url) || url.startsWith('chrome-extension://') || url.startsWith('data:') ? route.continue() : route.abort();
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, close: () => context.close() };
}
