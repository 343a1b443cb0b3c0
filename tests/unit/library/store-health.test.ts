import { describe, expect, it } from 'vitest';
import { size, spaceWarning } from '../../../components/library/StoreHealth';

const MB = 1024 * 1024;

describe('store health', () => {
  it('warns when little room is left or most of the quota is used', () => {
    expect(spaceWarning(100 * MB, 10_000 * MB)).toBeUndefined();
    expect(spaceWarning(100 * MB, 250 * MB)).toBe('Space is running short: 150.0 MB left. Export the library to keep a copy, and free some disk space.');
    expect(spaceWarning(95_000 * MB, 100_000 * MB)).toMatch(/^Space is running short: 4.9 GB left/);
    expect(spaceWarning(300 * MB, 200 * MB)).toMatch(/^Space is running short: 0 KB left/);
  });
  it('writes sizes for people', () => {
    expect([size(512), size(3 * MB), size(2.5 * 1024 * MB)]).toEqual(['1 KB', '3.0 MB', '2.5 GB']);
  });
});
