/**
 * Runs `task` over `items` with at most `concurrency` in flight, reporting each finished item, and
 * resolves with the results in input order. A task's rejection is its own result's business: wrap
 * tasks so they resolve (bulk invites turn failures into outcomes).
 */
export async function runBounded<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
  onSettled?: (result: R, index: number, done: number) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const result = await task(items[index] as T, index);
      results[index] = result;
      done += 1;
      onSettled?.(result, index, done);
    }
  };
  // `|| 1`: a NaN concurrency would otherwise start no worker and resolve with holes.
  const count = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length));
  const workers = Array.from({ length: count }, worker);
  await Promise.all(workers);
  return results;
}
