import type { Browser, browser as browserApi } from 'wxt/browser';

/** What the background injects into a frame once it holds text: the content script as WXT builds it (entrypoints/content). */
export const CONTENT_SCRIPT = { js: '/content-scripts/content.js', css: '/content-scripts/content.css' } as const;

export interface FrameService {
  /** A frame's loader saw text in it: start the content script there. */
  startInFrame(): void;
}

type Scripting = Pick<typeof browserApi.scripting, 'executeScript' | 'insertCSS'>;

/**
 * Starts the content script in the frame that asked, as the browser names it. Where
 * the browser names the document too (Chrome), the script goes to that document and
 * no other: a frame that navigated since it asked has its own loader.
 */
export function frameService(scripting: Scripting) {
  return {
    async startInFrame(_req: unknown, sender: Browser.runtime.MessageSender) {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId;
      if (tabId === undefined || tabId < 0 || !frameId) throw new Error('Only a frame of a web page starts Verbatim in it.');
      const { documentId } = sender;
      const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
      await scripting.insertCSS({ target, files: [CONTENT_SCRIPT.css] });
      await scripting.executeScript({ target, files: [CONTENT_SCRIPT.js] });
    },
  };
}
