/**
 * How long the content script keeps working: until the extension itself is gone
 * (updated, disabled, removed), and never because of something the page did.
 * WXT 0.20's ContentScriptContext invalidates itself when it sees its "started"
 * event, which any page can dispatch once it knows the extension's id, and its
 * `ctx.addEventListener` listeners go with it; so the script's listeners and
 * timers hang on this instead.
 */
export class ScriptLifetime {
  private readonly controller = new AbortController();

  /** `extensionAlive` is false once the extension that injected the script is gone. */
  constructor(private readonly extensionAlive: () => boolean) {}

  /** True once the extension is gone; everything registered here has then been let go. */
  get ended(): boolean {
    if (!this.controller.signal.aborted && !this.extensionAlive()) this.controller.abort();
    return this.controller.signal.aborted;
  }

  onEnd(callback: () => void): void {
    this.controller.signal.addEventListener('abort', callback);
  }

  listen<K extends keyof DocumentEventMap>(target: Document, type: K, handler: (event: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen<K extends keyof WindowEventMap>(target: Window, type: K, handler: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.controller.signal });
  }

  /** Calls `tick` every `ms` while the script lives. */
  every(ms: number, tick: () => void): void {
    const id = setInterval(() => (this.ended ? clearInterval(id) : tick()), ms);
    this.onEnd(() => clearInterval(id));
  }
}
