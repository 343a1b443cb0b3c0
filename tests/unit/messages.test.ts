import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { callBackgroundWithText, serveBackground, TEXT_PART_CHARS } from '@/lib/messages';
import type { PageMatch } from '@/lib/service/match-service';

type Listener = (...args: any[]) => void;
const event = () => {
  const listeners = new Set<Listener>();
  return { listeners, addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) };
};

/** Two ends of a runtime port, as the browser links them: what one end posts, the other hears in a later task. */
function portPair(name: string) {
  const make = () => ({ name, sender: SENDER, onMessage: event(), onDisconnect: event(), posted: [] as unknown[], postMessage: (_: unknown) => {}, disconnect: () => {} });
  const [a, b] = [make(), make()];
  for (const [from, to] of [[a, b], [b, a]]) {
    from.postMessage = (message) => {
      from.posted.push(message);
      const copy = structuredClone(message);
      setTimeout(() => to.onMessage.listeners.forEach((l) => l(copy, to)));
    };
    from.disconnect = () => setTimeout(() => to.onDisconnect.listeners.forEach((l) => l(to)));
  }
  return [a, b] as const;
}

const onConnect = event();
let client: ReturnType<typeof portPair>[0] | undefined;
let stop: (() => void) | undefined;
const SENDER = { id: fakeBrowser.runtime.id, tab: { id: 3 }, frameId: 0 };
Object.assign(fakeBrowser.runtime, {
  // The browser answers a message through the listener's sendResponse.
  sendMessage: (message: unknown) => new Promise((resolve) => void (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => unknown)(message, SENDER, resolve)),
  onConnect,
  connect: ({ name }: { name: string }) => {
    const [near, far] = portPair(name);
    client = near;
    setTimeout(() => onConnect.listeners.forEach((l) => l(far)));
    return near;
  },
});

afterEach(() => {
  stop?.();
  client = undefined;
});

/** A background that answers matchPage with what it was given: the text's length and ends, and who asked. */
function serveEcho() {
  stop = serveBackground<{ matchPage(req: { text: string }): PageMatch[] }>({
    matchPage: ({ text }, sender) => [{ length: text.length, ends: text.slice(0, 3) + text.slice(-3), tab: sender.tab?.id } as unknown as PageMatch],
  });
}

describe('callBackgroundWithText', () => {
  it('sends a long text ahead in parts, one per task, and the background answers with the whole text', async () => {
    serveEcho();
    const text = `abc${'x'.repeat(TEXT_PART_CHARS * 2)}xyz`;
    const answer = callBackgroundWithText('matchPage', { text });
    // Only the first part is copied in the caller's task.
    expect(client!.posted).toHaveLength(1);
    expect(await answer).toEqual([{ length: text.length, ends: 'abcxyz', tab: 3 }]);
    const parts = client!.posted.filter((m) => typeof (m as { part?: string }).part === 'string') as { part: string }[];
    expect(parts).toHaveLength(3);
    expect(parts.every((p) => p.part.length <= TEXT_PART_CHARS)).toBe(true);
    expect(client!.posted.at(-1)).toEqual({ verbatim: 'matchPage', arg: { text: '' } });
  });

  it('sends a short text in one message, as callBackground does', async () => {
    serveEcho();
    expect(await callBackgroundWithText('matchPage', { text: 'a short page' })).toEqual([{ length: 12, ends: 'a sage', tab: 3 }]);
    expect(client).toBeUndefined();
  });

  it('fails in plain words when the background goes before it answers, and passes the handler’s error on', async () => {
    const long = 'y'.repeat(TEXT_PART_CHARS + 1);
    onConnect.addListener((port: ReturnType<typeof portPair>[1]) => port.disconnect());
    await expect(callBackgroundWithText('matchPage', { text: long })).rejects.toThrow('No answer from Verbatim');
    onConnect.listeners.clear();
    stop = serveBackground<{ matchPage(req: { text: string }): PageMatch[] }>({
      matchPage: () => {
        throw new Error('The store is closed.');
      },
    });
    await expect(callBackgroundWithText('matchPage', { text: long })).rejects.toThrow('The store is closed.');
  });
});
