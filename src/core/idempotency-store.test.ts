import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore } from './idempotency-store.ts';

describe('createMemoryIdempotencyStore', () => {
  it('hands back a copy of what was put, until its TTL has passed', async () => {
    let now = 1_000;
    const store = createMemoryIdempotencyStore(() => now);
    const value = { member: { email: 'a@example.com' } };
    await store.put('k', value, 500);
    value.member.email = 'changed@example.com';
    expect(await store.get('k')).toEqual({ member: { email: 'a@example.com' } });
    now = 1_499;
    expect(await store.get('k')).toBeDefined();
    now = 1_500;
    expect(await store.get('k')).toBeUndefined();
  });

  it('knows nothing of keys never put, and a later put replaces an earlier one', async () => {
    const store = createMemoryIdempotencyStore();
    expect(await store.get('missing')).toBeUndefined();
    await store.put('k', 1, 60_000);
    await store.put('k', 2, 60_000);
    expect(await store.get('k')).toBe(2);
  });
});
