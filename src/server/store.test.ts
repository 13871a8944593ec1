// @vitest-environment node
import { describe, expectTypeOf, it } from 'vitest';
import type { IdempotencyStore } from '../core/idempotency-store.ts';
import { createMemoryStore, type TeamkitServerStore } from './store.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('memory', async () => {
  let time = 1_000_000;
  return {
    store: createMemoryStore(() => time),
    advance: async (ms) => {
      time += ms;
    },
  };
});

describe('the server store', () => {
  it('is an IdempotencyStore too, so one store can be handed to an adapter that keeps results', () => {
    expectTypeOf<TeamkitServerStore>().toExtend<IdempotencyStore>();
  });
});
