/**
 * The in-memory adapter: a seeded identity backend that behaves like a real one, for stories, tests,
 * the demo and the bench. `createMemoryAdapter()` and the IDs of its seeded records.
 */

export type { AcceptInvitationProfile } from './backend-acceptance.ts';
export { createMemoryAdapter } from './create-memory-adapter.ts';
export type { FaultSpec, MemoryAdapterMethod, MemoryFaults } from './faults.ts';
export {
  addMemoryMember,
  type MemoryMembershipInit,
  type MemoryUserInit,
  memoryMembership,
  memoryUser,
  seededRoles,
} from './fixtures.ts';
export type { LatencySetting } from './latency.ts';
export type {
  MemoryAdapter,
  MemoryAdapterOptions,
  MemoryViewer,
  RecordedCall,
} from './memory-adapter-types.ts';
export type { MemoryData, StoredMembership } from './memory-data.ts';
export { memoryExternalIds, memoryIds } from './memory-ids.ts';
export { resendCooldownMs } from './permissions.ts';
export type { PersistOptions } from './persistence.ts';
export { invitationLifetimeMs } from './seed-clock.ts';
export { seededDefinitions } from './seed-definitions.ts';
