/**
 * A gate that lets at most `limit` tasks run at once and queues the rest in order, for work started
 * from many places at once (one lookup per pasted address) that must not all hit a backend together.
 */
export function createConcurrencyLimit(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    const resume = waiting.shift();
    if (resume) resume();
    else running -= 1;
  };
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    // The slot passes straight from the task that ended to this one: `running` stays counted.
    else running += 1;
    try {
      return await task();
    } finally {
      next();
    }
  };
}
