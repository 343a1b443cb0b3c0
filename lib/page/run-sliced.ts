/** Resolves in a task of its own, giving the page's main thread back first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a generator to completion in slices of at most `budgetMs`, giving the page's
 * main thread back between slices so a long walk never becomes one long task.
 */
export async function runSliced<T>(steps: Generator<void, T>, budgetMs = 8): Promise<T> {
  let deadline = performance.now() + budgetMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await nextTask();
      deadline = performance.now() + budgetMs;
    }
  }
}
