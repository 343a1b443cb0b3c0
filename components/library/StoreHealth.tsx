import { useEffect, useState } from 'preact/hooks';

interface Health {
  usage: number;
  quota: number;
  persisted: boolean;
}

/** Less room than this left for the store, or more than this share of the quota used, and the reader is warned. */
const LOW_SPACE_BYTES = 200 * 1024 * 1024;
const HIGH_USE = 0.9;

/** The warning to show for this storage estimate, if any. */
export function spaceWarning(usage: number, quota: number): string | undefined {
  const left = Math.max(0, quota - usage);
  if (left >= LOW_SPACE_BYTES && usage <= quota * HIGH_USE) return undefined;
  return `Space is running short: ${size(left)} left. Export the library to keep a copy, and free some disk space.`;
}

export function size(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * How much room the library takes and has left, and whether the browser may evict it:
 * persistent storage is asked for once, and the reader can ask again.
 */
export function StoreHealth({ quoteCount }: { quoteCount: number }) {
  const [health, setHealth] = useState<Health>();
  const check = async (ask: boolean) => {
    const persisted = ask ? await navigator.storage.persist() : await navigator.storage.persisted();
    const { usage = 0, quota = 0 } = await navigator.storage.estimate();
    setHealth({ usage, quota, persisted });
  };
  useEffect(() => void check(true), [quoteCount]);
  if (!health) return null;
  const warning = spaceWarning(health.usage, health.quota);
  return (
    <section class="health" aria-label="Store health">
      <span>
        {size(health.usage)} used of {size(health.quota)} available
      </span>
      {health.persisted ? (
        <span class="ok-text">Kept safe: the browser will not evict the library</span>
      ) : (
        <span class="warn-text">
          The browser may evict the library when space runs short.{' '}
          <button type="button" onClick={() => check(true)}>
            Ask to keep it
          </button>
        </span>
      )}
      {warning && (
        <p class="status error" role="alert">
          {warning}
        </p>
      )}
    </section>
  );
}
