/**
 * How much of a page's main thread an extension's code took, read from a Chromium
 * trace (DevTools protocol Tracing, categories in TRACE_CATEGORIES).
 *
 * The trace is cut into the main thread's top-level tasks. A task is the extension's
 * when what started it is: its content script being injected or a callback it
 * scheduled (a timer, an animation frame, an idle callback, a postTask) firing, or a
 * message from the extension's IPC (a reply from the background, a storage read)
 * that ran script. Then all of the task counts, microtasks and forced layouts included. In a
 * task the page started, only the calls into extension scripts count (a
 * MutationObserver or event listener of the content script), plus, where the CPU
 * profiler caught extension frames elsewhere in the task (an await resumed in the
 * page's microtask checkpoint), that share of the rest.
 *
 * Times are the thread's CPU time (`tdur`), not wall time: on a shared machine a
 * task's wall time includes the moments the thread waited for a core.
 */

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  // The stack of whoever installed a timer or requested a frame: who owns the callback.
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-v8.cpu_profiler',
  'v8.execute',
  'toplevel',
];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  // Trace arguments differ for every event name.
  args?: any;
}

export interface ExtensionCost {
  /** CPU ms of extension code on the page's main thread. */
  extensionMs: number;
  /** The most extension CPU ms within one task: the longest the extension held the thread at once. */
  longestMs: number;
  /** CPU ms of every task on the page's main thread (page, browser work and extension). */
  mainThreadMs: number;
  /** Extension ms that only the CPU profiler's samples placed (a share of page-started tasks). */
  sampledMs: number;
}

type Frame = { url?: string };

/** Callbacks that a task can fire, and the event that scheduled each (with the scheduler's stack). */
const SCHEDULED: Record<string, { scheduledBy: string; key: (data: Record<string, unknown>) => unknown }> = {
  TimerFire: { scheduledBy: 'TimerInstall', key: (d) => d.timerId },
  FireAnimationFrame: { scheduledBy: 'RequestAnimationFrame', key: (d) => d.id },
  FireIdleCallback: { scheduledBy: 'RequestIdleCallback', key: (d) => d.id },
  RunPostTaskCallback: { scheduledBy: 'SchedulePostTaskCallback', key: (d) => d.taskId },
};
const EXTENSION_IPC = /^extensions\.mojom\./;

const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const scriptUrl = (e: TraceEvent): string | undefined => e.args?.data?.url ?? e.args?.fileName;

/**
 * The renderer main thread that parsed `pageUrl`, or, for a trace started after the
 * page loaded, the one where the page called `console.timeStamp(pageUrl)`.
 */
function pageThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } {
  const mark = events.find(
    (e) =>
      (e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(pageUrl)) ||
      (e.name === 'TimeStamp' && e.args?.data?.message === pageUrl),
  );
  if (!mark) throw new Error(`The trace has no main thread that parsed ${pageUrl} or marked it with console.timeStamp`);
  return { pid: mark.pid, tid: mark.tid };
}

/** Outermost events of `named` kinds, in time order. */
function outermost(events: TraceEvent[], keep: (e: TraceEvent) => boolean): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const e of events) {
    if (!keep(e)) continue;
    const last = out[out.length - 1];
    if (last && e.ts < end(last)) continue;
    out.push(e);
  }
  return out;
}

/** CPU profiler samples of one thread: when, and whether extension code was on the stack. */
function samplesOf(events: TraceEvent[], { pid, tid }: { pid: number; tid: number }, origin: string): { ts: number; extension: boolean; idle: boolean }[] {
  // A renderer may profile several threads (workers too): the profile is the main thread's.
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid);
  const profile = profiles.find((e) => e.tid === tid) ?? profiles[0];
  if (!profile) return [];
  const nodes = new Map<number, { callFrame: Frame & { functionName?: string }; parent?: number }>();
  const samples: number[] = [];
  const deltas: number[] = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    const data = e.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    samples.push(...(data.cpuProfile?.samples ?? []));
    deltas.push(...(data.timeDeltas ?? []));
  }
  const isExtension = new Map<number, boolean>();
  const inExtension = (id: number | undefined): boolean => {
    if (id === undefined || !nodes.has(id)) return false;
    if (!isExtension.has(id)) {
      const node = nodes.get(id)!;
      isExtension.set(id, !!node.callFrame.url?.startsWith(origin) || inExtension(node.parent));
    }
    return isExtension.get(id)!;
  };
  let ts = profile.args?.data?.startTime ?? profile.ts;
  return samples
    .map((node, i) => {
      ts += deltas[i] ?? 0;
      return { ts, extension: inExtension(node), idle: nodes.get(node)?.callFrame.functionName === '(idle)' };
    })
    .sort((a, b) => a.ts - b.ts);
}

/** The items of `sorted` (by ts) that start within `task`. */
function during<T extends { ts: number }>(sorted: T[], task: TraceEvent): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].ts < task.ts) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].ts <= end(task); i++) out.push(sorted[i]);
  return out;
}

/**
 * The cost of the extension whose pages and scripts live under `origin`
 * ("chrome-extension://<id>/", or "chrome-extension://" for any) on the page at `pageUrl`.
 */
export function extensionCost(events: TraceEvent[], { origin, pageUrl }: { origin: string; pageUrl: string }): ExtensionCost {
  const { pid, tid } = pageThread(events, pageUrl);
  const thread = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const fromExtension = (stack: Frame[] | undefined) => !!stack?.some((f) => f.url?.startsWith(origin));

  const scheduledByExtension = new Set<string>();
  for (const e of thread) {
    const data = e.args?.data;
    const kind = Object.entries(SCHEDULED).find(([, s]) => s.scheduledBy === e.name);
    if (kind && data && fromExtension(data.stackTrace)) scheduledByExtension.add(`${kind[0]} ${data.frame} ${kind[1].key(data)}`);
  }
  const startedByExtension = (e: TraceEvent, runsScript: boolean) => {
    const data = e.args?.data;
    if (SCHEDULED[e.name] && data) return scheduledByExtension.has(`${e.name} ${data.frame} ${SCHEDULED[e.name].key(data)}`);
    if (e.name === 'Receive mojo message') return EXTENSION_IPC.test(e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '') && runsScript;
    return e.ph === 'X' && !!scriptUrl(e)?.startsWith(origin) && (e.name === 'EvaluateScript' || e.name === 'v8.compile');
  };
  const calls = outermost(thread, (e) => e.ph === 'X' && !!scriptUrl(e)?.startsWith(origin));
  const samples = samplesOf(events, { pid, tid }, origin);

  const taskName = thread.some((e) => e.name === 'RunTask') ? 'RunTask' : 'ThreadControllerImpl::RunTask';
  const tasks = outermost(thread, (e) => e.name === taskName && e.ph === 'X');
  let extensionMs = 0;
  let longestMs = 0;
  let mainThreadMs = 0;
  let sampledMs = 0;
  for (const task of tasks) {
    const inside = during(thread, task);
    // The browser sends extension IPC to every frame, with or without extensions: it counts only when a callback ran.
    const runsScript = inside.some((e) => e.name === 'FunctionCall' || (e.name === 'RunMicrotasks' && e.args?.microtask_count !== 0));
    mainThreadMs += cpu(task);
    let ms: number;
    if (inside.some((e) => startedByExtension(e, runsScript))) ms = cpu(task);
    else {
      const own = during(calls, task);
      ms = own.reduce((sum, c) => sum + cpu(c), 0);
      const rest = during(samples, task).filter((s) => !s.idle && !own.some((c) => s.ts >= c.ts && s.ts <= end(c)));
      const share = rest.length ? rest.filter((s) => s.extension).length / rest.length : 0;
      const sampled = share * Math.max(0, cpu(task) - ms);
      sampledMs += sampled;
      ms += sampled;
    }
    extensionMs += ms;
    longestMs = Math.max(longestMs, ms);
  }
  return { extensionMs, longestMs, mainThreadMs, sampledMs };
}
