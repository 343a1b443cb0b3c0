import { callBackground } from '@/lib/messages';
import { textArrives } from '@/lib/page/text-arrives';

/**
 * The only script every frame of every page loads (declared in wxt.config.ts): most
 * frames of a news page are ad slots and trackers that never hold text, and the
 * content script costs each one its evaluation. This one waits for text, then asks
 * the background to start the content script in its frame. The top frame loads the
 * content script itself.
 */
export default defineUnlistedScript(() => {
  if (window === window.top) return;
  void textArrives(document)
    .then(() => callBackground('startInFrame'))
    .catch(() => undefined);
});
