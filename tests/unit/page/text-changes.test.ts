// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onTextSettled } from '@/lib/page/text-changes';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  document.body.innerHTML = '<main></main>';
});
afterEach(() => vi.useRealTimers());

describe('onTextSettled', () => {
  it('calls back once the text has stopped changing, not per change', async () => {
    const calls: number[] = [];
    const stop = onTextSettled(document.body, () => calls.push(Date.now()), 800, 0);
    for (let i = 0; i < 5; i++) {
      document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: `paragraph ${i}` }));
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toHaveLength(1);
    stop();
  });

  it('ignores changes that add no text', async () => {
    const callback = vi.fn();
    const stop = onTextSettled(document.body, callback, 800, 0);
    document.querySelector('main')!.append(document.createElement('div'), document.createTextNode('   '));
    document.querySelector('main')!.setAttribute('class', 'loaded');
    await vi.advanceTimersByTimeAsync(2000);
    expect(callback).not.toHaveBeenCalled();
    stop();
  });

  it('keeps calls apart on a page that never stops changing', async () => {
    const callback = vi.fn();
    const stop = onTextSettled(document.body, callback, 100, 5000);
    const ticker = document.querySelector('main')!;
    for (let t = 0; t < 20; t++) {
      ticker.textContent = `tick ${t}`;
      await vi.advanceTimersByTimeAsync(1000);
    }
    // One call soon after the first tick, then at most one every 5 s.
    expect(callback.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(callback.mock.calls.length).toBeLessThanOrEqual(5);
    stop();
  });
});
