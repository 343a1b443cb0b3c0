import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from './model';

/**
 * The reader's switches live in `browser.storage.local`: every content script reads
 * them there once and hears of changes through `storage.onChanged`, with no round
 * trip to the background (and its IndexedDB) before a scan.
 */
const SETTINGS_KEY = 'settings';
/** Whether the store holds any quote (kept by the background): with none, no page is even read. */
const HAS_QUOTES_KEY = 'hasQuotes';

/** What decides whether a page is read. */
export interface ScanState {
  settings: Settings;
  hasQuotes: boolean;
}

/** Whether highlights show on a page of `hostname` under these settings. */
export function highlightsOn(settings: Settings, hostname: string): boolean {
  return settings.highlightsEnabled && !settings.disabledSites.includes(hostname);
}

/** Whether a page of `hostname` is read at all. */
export function shouldScan({ settings, hasQuotes }: ScanState, hostname: string): boolean {
  return hasQuotes && highlightsOn(settings, hostname);
}

function stateOf(stored: Record<string, unknown>): ScanState {
  // Until the background has written them (the first moments after an update), the defaults hold.
  return {
    settings: { ...DEFAULT_SETTINGS, ...(stored[SETTINGS_KEY] as Partial<Settings> | undefined) },
    hasQuotes: stored[HAS_QUOTES_KEY] !== false,
  };
}

export async function readScanState(): Promise<ScanState> {
  return stateOf(await browser.storage.local.get([SETTINGS_KEY, HAS_QUOTES_KEY]));
}

export async function readSettings(): Promise<Settings> {
  return (await readScanState()).settings;
}

export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const settings = { ...(await readSettings()), ...patch };
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  return settings;
}

/** Calls `listener` with the new state whenever the settings or the store's emptiness change. */
export function onScanStateChanged(listener: (state: ScanState) => void): () => void {
  const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes || HAS_QUOTES_KEY in changes)) return;
    void readScanState().then(listener);
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}

/** Notes whether the store holds quotes, writing only when that changed. */
export async function noteHasQuotes(hasQuotes: boolean): Promise<void> {
  const stored = await browser.storage.local.get(HAS_QUOTES_KEY);
  if (stored[HAS_QUOTES_KEY] !== hasQuotes) await browser.storage.local.set({ [HAS_QUOTES_KEY]: hasQuotes });
}

/** Moves the settings the reader chose while they lived in IndexedDB (`readOld`) to storage.local, once. */
export async function migrateSettings(readOld: () => Promise<Settings>): Promise<void> {
  if ((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] !== undefined) return;
  await browser.storage.local.set({ [SETTINGS_KEY]: await readOld() });
}
