import type { Browser } from '@wxt-dev/browser';

/**
 * The browser's own extension API for content scripts (wxt.config.ts points
 * `wxt/browser` here for them), looked up on first use rather than when the script
 * loads: the frame loader runs in every frame of every page, and most frames, ad
 * slots, never get text and never need it. Looking the API up sets up its bindings
 * in the frame, about a third of what the loader costed an empty frame.
 * The lookup is @wxt-dev/browser's: Firefox's `browser`, else Chrome's `chrome`.
 */
let api: typeof Browser | undefined;

const resolve = (): typeof Browser => {
  const scope = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome;
};

export const browser = new Proxy({} as typeof Browser, {
  get: (_, key) => Reflect.get((api ??= resolve()), key),
});

export type { Browser };
