import type { Settings } from './model';

/** Whether highlights show on a page of `hostname` under these settings. */
export function highlightsOn(settings: Settings, hostname: string): boolean {
  return settings.highlightsEnabled && !settings.disabledSites.includes(hostname);
}
