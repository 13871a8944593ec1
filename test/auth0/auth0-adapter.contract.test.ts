// @vitest-environment node
/**
 * The conformance suite over the Auth0 adapter against the fake Auth0 (through Auth0's own SDK), with
 * the capabilities the adapter declares: `auth0Capabilities`, the organization's external ID kept as
 * its `name` (the default) or as a metadata key, and with an idempotency store.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type CreateAuth0AdapterOptions, createAuth0Adapter } from '../../src/adapters/auth0/index.ts';
import { auth0Capabilities, resolveCapabilities } from '../../src/core/capabilities.ts';
import { createMemoryIdempotencyStore } from '../../src/core/idempotency-store.ts';
import { describeAdapterContract } from '../adapter-contract.ts';
import { type FakeAuth0, startFakeAuth0 } from '../fakes/auth0/fake-auth0.ts';
import { seedAuth0 } from '../fakes/auth0/seed.ts';
import { auth0AdapterOptions, auth0ContractIds } from './auth0-fixture.ts';

let fake: FakeAuth0;
beforeAll(async () => {
  fake = await startFakeAuth0();
}, 60_000);
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  // Every request the adapter sent was one Auth0 understands (the fake answers others with Auth0's 400).
  expect(fake.rejectedRequests).toEqual([]);
});

/** The suite over a fresh seed, with an adapter built with `options()` (fresh for every test). */
const makeAuth0 = (options: () => Partial<CreateAuth0AdapterOptions>, prepare?: () => void) => async () => {
  fake.reset();
  const ids = seedAuth0(fake, Date.now(), { viewerOrganizations: true });
  prepare?.();
  const adapter = createAuth0Adapter({
    ...auth0AdapterOptions(fake, ids),
    ...options(),
  } as CreateAuth0AdapterOptions);
  const contractIds = auth0ContractIds(ids);
  if (prepare) {
    contractIds.organizationExternalId = contractIds.organizationExternalId.toUpperCase();
    contractIds.otherOrganizationExternalId = contractIds.otherOrganizationExternalId.toUpperCase();
  }
  return { adapter, ids: contractIds };
};

describeAdapterContract(
  'auth0 (over the fake Auth0)',
  auth0Capabilities,
  makeAuth0(() => ({})),
);

describeAdapterContract(
  'auth0 with the organization external ID in metadata',
  auth0Capabilities,
  makeAuth0(
    () => ({ organizationExternalId: { in: 'metadata', key: 'customer_id' } }),
    () => {
      // The same fixture, with the external IDs in a metadata key instead of the names.
      for (const organization of fake.tenant.organizations.values()) {
        organization.metadata = { ...organization.metadata, customer_id: organization.name.toUpperCase() };
      }
    },
  ),
);

describeAdapterContract(
  'auth0 with an idempotency store',
  resolveCapabilities({ invitations: { idempotent: true } }, auth0Capabilities),
  makeAuth0(() => ({ idempotencyStore: createMemoryIdempotencyStore() })),
);
