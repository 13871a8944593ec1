// @vitest-environment node

import { createMemoryStore } from './store.ts';
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
