/** Index of the last of the ascending `starts[0..count)` that is at or before `offset` (0 when none is). */
export function lastAtOrBefore(starts: ArrayLike<number>, offset: number, count = starts.length): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
