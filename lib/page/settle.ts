/** When a change to the page is read: quiet for a moment, but never waiting without end, and never too often. */
export interface SettleTiming {
  /** Changes that stop for this long are read. */
  quietMs: number;
  /** Changes that never stop (a clock, a ticker) are read this long after the first one not yet read. */
  maxWaitMs: number;
  /** Readings start at least this far apart, whatever the page does. */
  minGapMs: number;
}

export const SETTLE_TIMING: SettleTiming = { quietMs: 300, maxWaitMs: 1200, minGapMs: 800 };

export interface Settler {
  /** Something changed. */
  poke(): void;
  cancel(): void;
}

/**
 * Calls `run` after changes settle: a debounce with a ceiling (lodash's `maxWait`)
 * and a floor between runs. One run at a time: changes during a run wait for the next.
 */
export function settler(run: () => Promise<void> | void, { quietMs, maxWaitMs, minGapMs }: SettleTiming = SETTLE_TIMING): Settler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange: number | undefined;
  let lastChange = 0;
  let lastRun = -Infinity;
  let running = false;

  function schedule() {
    clearTimeout(timer);
    timer = undefined;
    if (running || firstChange === undefined) return;
    const due = Math.max(Math.min(lastChange + quietMs, firstChange + maxWaitMs), lastRun + minGapMs);
    timer = setTimeout(fire, Math.max(0, due - performance.now()));
  }

  async function fire() {
    timer = undefined;
    firstChange = undefined;
    running = true;
    lastRun = performance.now();
    try {
      await run();
    } finally {
      running = false;
      schedule();
    }
  }

  return {
    poke() {
      const now = performance.now();
      firstChange ??= now;
      lastChange = now;
      schedule();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      firstChange = undefined;
    },
  };
}
