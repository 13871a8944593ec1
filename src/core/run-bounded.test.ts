import { describe, expect, it } from 'vitest';
import { runBounded } from './run-bounded.ts';

/** A task whose promises the test settles by hand, counting how many run at once. */
function controlledTask() {
  let running = 0;
  let mostAtOnce = 0;
  const pending: (() => void)[] = [];
  const task = (item: number) =>
    new Promise<string>((resolve) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      pending.push(() => {
        running -= 1;
        resolve(`done ${item}`);
      });
    });
  return {
    task,
    get mostAtOnce() {
      return mostAtOnce;
    },
    get waiting() {
      return pending.length;
    },
    /** Settles the waiting tasks, newest first, so completion order differs from input order. */
    async settleAll() {
      while (pending.length > 0) {
        pending.pop()?.();
        await Promise.resolve();
        await Promise.resolve();
      }
    },
  };
}

describe('runBounded', () => {
  it('never runs more than `concurrency` tasks at once, and keeps results in input order', async () => {
    const controlled = controlledTask();
    const items = Array.from({ length: 10 }, (_, i) => i);
    const done = runBounded(items, 3, controlled.task);
    await Promise.resolve();
    expect(controlled.waiting).toBe(3);
    while (controlled.waiting > 0) await controlled.settleAll();
    expect(await done).toEqual(items.map((i) => `done ${i}`));
    expect(controlled.mostAtOnce).toBe(3);
  });

  it('reports each settled item with a running count', async () => {
    const seen: [string, number, number][] = [];
    await runBounded(
      ['a', 'b', 'c'],
      2,
      async (item) => item.toUpperCase(),
      (result, index, done) => {
        seen.push([result, index, done]);
      },
    );
    expect(seen.map(([, , done]) => done)).toEqual([1, 2, 3]);
    expect(seen.map(([result, index]) => [result, index]).sort()).toEqual([
      ['A', 0],
      ['B', 1],
      ['C', 2],
    ]);
  });

  it('given no items, resolves with none', async () => {
    expect(await runBounded([], 4, async () => 'never')).toEqual([]);
  });

  it('given a concurrency below one or not a number, still runs every task one at a time', async () => {
    for (const concurrency of [0, -2, Number.NaN]) {
      const controlled = controlledTask();
      const done = runBounded([1, 2, 3], concurrency, controlled.task);
      for (let round = 0; round < 10; round += 1) {
        await Promise.resolve();
        await controlled.settleAll();
      }
      expect(await done).toEqual(['done 1', 'done 2', 'done 3']);
      expect(controlled.mostAtOnce).toBe(1);
    }
  });

  it('given more workers than items, starts one per item', async () => {
    const controlled = controlledTask();
    const done = runBounded([1, 2], 10, controlled.task);
    await Promise.resolve();
    expect(controlled.waiting).toBe(2);
    await controlled.settleAll();
    expect(await done).toEqual(['done 1', 'done 2']);
  });
});
