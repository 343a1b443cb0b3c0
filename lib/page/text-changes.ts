/**
 * Calls `onSettled` once the text under `root` has stopped changing for `quietMs`:
 * pages that render their article late (frameworks, infinite scroll, live updates)
 * get scanned again without a rescan per mutation. Changes that add no visible
 * characters (attributes, empty wrappers) are ignored, and calls are at least
 * `minGapMs` apart so that a page that never stops changing (a live ticker) is not
 * rescanned without end. Returns the disconnect.
 */
export function onTextSettled(root: Node, onSettled: () => void, quietMs = 800, minGapMs = 5000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  const fire = () => {
    last = performance.now();
    onSettled();
  };
  const observer = new MutationObserver((records) => {
    if (!records.some(addsText)) return;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(quietMs, last + minGapMs - performance.now()));
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}

function addsText(record: MutationRecord): boolean {
  if (record.type === 'characterData') return true;
  for (const node of record.addedNodes) if (node.textContent?.trim()) return true;
  return false;
}
