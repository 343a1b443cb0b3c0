/**
 * The keys that move between known quotes on a page: Alt+Shift with a punctuation
 * key, next to Alt+Shift+S that saves a selection. Chrome, Firefox and the common
 * screen readers (NVDA, JAWS, VoiceOver, Orca) do not use them; Firefox on Windows
 * and Linux also sends Alt+Shift to a page's access keys, so a page that makes `.`
 * or `,` one loses it. Read from `code`, not `key`: Alt and Shift change the
 * character a key types (macOS types ˘ and ¯ here).
 */
export const NEXT_QUOTE_KEYS = 'Alt+Shift+.';
export const PREVIOUS_QUOTE_KEYS = 'Alt+Shift+,';

/** +1 for the next quote's shortcut, -1 for the previous one's, 0 for any other key. */
export function quoteStep(event: Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>): 1 | -1 | 0 {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return 0;
  return event.code === 'Period' ? 1 : event.code === 'Comma' ? -1 : 0;
}

/**
 * The quote after (or before) `current` among `count` in page order, wrapping
 * around; from none, the first (or the last). Undefined when there are none.
 */
export function steppedIndex(current: number | undefined, count: number, step: 1 | -1): number | undefined {
  if (count === 0) return undefined;
  if (current === undefined) return step > 0 ? 0 : count - 1;
  return (current + step + count) % count;
}

/** The first of `ranges` that shares text with `element` (a link whose words are quoted). */
export function rangeIndexIn(ranges: readonly Range[], element: Element): number | undefined {
  const inner = element.ownerDocument.createRange();
  inner.selectNodeContents(element);
  const i = ranges.findIndex((range) => {
    try {
      // The range ends after the element's contents start, and starts before they end.
      return range.compareBoundaryPoints(Range.START_TO_END, inner) > 0 && range.compareBoundaryPoints(Range.END_TO_START, inner) < 0;
    } catch {
      return false; // Another tree (a shadow root): not in this link.
    }
  });
  return i < 0 ? undefined : i;
}
