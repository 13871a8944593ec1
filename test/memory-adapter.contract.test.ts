import { createMemoryAdapter } from '../src/adapters/memory/index.ts';
import type { MemoryAdapterOptions } from '../src/adapters/memory/memory-adapter-types.ts';
import {
  auth0Capabilities,
  fullCapabilities,
  scalekitCapabilities,
  type TeamkitCapabilities,
} from '../src/core/capabilities.ts';
import { describeAdapterContract } from './adapter-contract.ts';
import { contractSeed, memoryContractIds } from './support/memory-contract-ids.ts';

/** The memory adapter in one configuration, over the seed the suite expects. */
function describeMemory(name: string, capabilities: TeamkitCapabilities, options: MemoryAdapterOptions = {}) {
  describeAdapterContract(name, capabilities, async () => ({
    adapter: createMemoryAdapter({ seed: contractSeed, capabilities, ...options }),
    ids: memoryContractIds(),
  }));
}

describeMemory('memory (full capabilities)', fullCapabilities);
describeMemory('memory (Scalekit-like)', scalekitCapabilities);
describeMemory('memory (Auth0-like, invitations without users)', auth0Capabilities, {
  invitationsCreateUsers: false,
});
