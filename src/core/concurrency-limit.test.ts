import { describe, expect, it } from 'vitest';
import { createConcurrencyLimit } from './concurrency-limit.ts';

describe('createConcurrencyLimit', () => {
  it('never runs more than the limit at once, runs every task in order, and passes results and failures on', async () => {
    const limit = createConcurrencyLimit(3);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        limit(async () => {
          started.push(index);
          running += 1;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, index % 4));
          running -= 1;
          if (index === 7) throw new Error('seven');
          return index * 2;
        }),
      ),
    );
    expect(most).toBe(3);
    expect(started).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(results[7]).toMatchObject({ status: 'rejected', reason: new Error('seven') });
    expect(results[19]).toEqual({ status: 'fulfilled', value: 38 });
  });

  it('frees the slot of a task that throws synchronously', async () => {
    const limit = createConcurrencyLimit(1);
    await expect(
      limit(() => {
        throw new Error('at once');
      }),
    ).rejects.toThrow('at once');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });
});
