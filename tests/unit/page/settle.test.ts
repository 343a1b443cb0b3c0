import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settler } from '@/lib/page/settle';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => vi.useRealTimers());

const TIMING = { quietMs: 300, maxWaitMs: 1200, minGapMs: 800 };

describe('settler', () => {
  it('runs once changes have been quiet for a moment, not once per change', async () => {
    const run = vi.fn();
    const settle = settler(run, TIMING);
    for (let i = 0; i < 3; i++) {
      settle.poke();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('still runs, at a bounded interval, while a ticker changes the page every 100 ms', async () => {
    const run = vi.fn();
    const settle = settler(run, TIMING);
    const runsAt: number[] = [];
    run.mockImplementation(() => void runsAt.push(performance.now()));
    for (let t = 0; t < 100; t++) {
      settle.poke();
      await vi.advanceTimersByTimeAsync(100);
    }
    // Ten seconds of ticking: a run every maxWait, none starved.
    expect(runsAt.length).toBeGreaterThanOrEqual(7);
    expect(runsAt.length).toBeLessThanOrEqual(9);
    expect(runsAt[0]).toBeLessThanOrEqual(TIMING.maxWaitMs);
  });

  it('keeps runs at least minGap apart when changes come in bursts', async () => {
    const runsAt: number[] = [];
    const settle = settler(() => void runsAt.push(performance.now()), TIMING);
    for (let burst = 0; burst < 5; burst++) {
      settle.poke();
      await vi.advanceTimersByTimeAsync(350);
    }
    await vi.advanceTimersByTimeAsync(2000);
    for (let i = 1; i < runsAt.length; i++) expect(runsAt[i] - runsAt[i - 1]).toBeGreaterThanOrEqual(TIMING.minGapMs);
    expect(runsAt.length).toBeGreaterThanOrEqual(2);
  });

  it('runs one at a time: changes during a run wait for the next', async () => {
    let finish = () => {};
    const run = vi.fn(() => new Promise<void>((done) => (finish = done)));
    const settle = settler(run, TIMING);
    settle.poke();
    await vi.advanceTimersByTimeAsync(300);
    expect(run).toHaveBeenCalledTimes(1);
    settle.poke();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('forgets pending changes when cancelled', async () => {
    const run = vi.fn();
    const settle = settler(run, TIMING);
    settle.poke();
    settle.cancel();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
