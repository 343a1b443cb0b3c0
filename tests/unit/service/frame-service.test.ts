import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT, frameService } from '@/lib/service/frame-service';

/** The scripting calls the service makes, in order. */
function recorder() {
  const calls: { call: string; target: unknown; files: readonly string[] }[] = [];
  const scripting = {
    insertCSS: async ({ target, files }: { target: unknown; files?: readonly string[] }) => void calls.push({ call: 'insertCSS', target, files: files ?? [] }),
    executeScript: async ({ target, files }: { target: unknown; files?: readonly string[] }) => (calls.push({ call: 'executeScript', target, files: files ?? [] }), []),
  };
  return { calls, service: frameService(scripting as never) };
}

describe('starting the content script in a frame', () => {
  it('targets the document that asked when the browser names it, styles first', async () => {
    const { calls, service } = recorder();
    await service.startInFrame(undefined, { tab: { id: 7 } as never, frameId: 3, documentId: 'DOC' });
    expect(calls).toEqual([
      { call: 'insertCSS', target: { tabId: 7, documentIds: ['DOC'] }, files: [CONTENT_SCRIPT.css] },
      { call: 'executeScript', target: { tabId: 7, documentIds: ['DOC'] }, files: [CONTENT_SCRIPT.js] },
    ]);
  });

  it('targets the frame where the browser names no document (Firefox)', async () => {
    const { calls, service } = recorder();
    await service.startInFrame(undefined, { tab: { id: 7 } as never, frameId: 3 });
    expect(calls.map((c) => c.target)).toEqual([{ tabId: 7, frameIds: [3] }, { tabId: 7, frameIds: [3] }]);
  });

  it('refuses the top frame (it loads the script itself) and senders outside a tab', async () => {
    const { calls, service } = recorder();
    await expect(service.startInFrame(undefined, { tab: { id: 7 } as never, frameId: 0 })).rejects.toThrow('Only a frame of a web page');
    await expect(service.startInFrame(undefined, { frameId: 2 })).rejects.toThrow('Only a frame of a web page');
    expect(calls).toEqual([]);
  });
});
