// @vitest-environment node
/**
 * The conformance suite over the Scalekit adapter against the fake Scalekit, with the capabilities the
 * adapter declares (`scalekitCapabilities`). One fake serves the file; every test gets it reset and
 * seeded, and a fresh adapter.
 */
import { afterAll, beforeAll } from 'vitest';
import { createScalekitAdapter, type ScalekitAdapterOptions } from '../../src/adapters/scalekit/index.ts';
import { resolveCapabilities, scalekitCapabilities } from '../../src/core/capabilities.ts';
import { createMemoryIdempotencyStore } from '../../src/core/idempotency-store.ts';
import { describeAdapterContract } from '../adapter-contract.ts';
import { type FakeScalekit, startFakeScalekit } from '../fakes/scalekit/fake-scalekit.ts';
import { scalekitTestDefinitions, seedScalekit } from '../fakes/scalekit/seed.ts';

let fake: FakeScalekit;
beforeAll(async () => {
  fake = await startFakeScalekit();
}, 60_000);
afterAll(async () => {
  await fake.close();
});

/** The suite over a fresh seed, with an adapter built with `options()` (fresh for every test). */
const makeScalekit = (options: () => Partial<ScalekitAdapterOptions>) => async () => {
  fake.reset();
  const ids = seedScalekit(fake);
  const adapter = createScalekitAdapter({
    environmentUrl: fake.url,
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    definitions: scalekitTestDefinitions,
    viewerUserId: () => ids.adminUserId,
    ...options(),
  });
  return {
    adapter,
    ids: {
      organizationId: ids.organizationId,
      organizationExternalId: ids.organizationExternalId,
      otherOrganizationExternalId: ids.otherOrganizationExternalId,
      adminUserId: ids.adminUserId,
      memberUserId: ids.memberUserId,
      memberExternalId: ids.memberExternalId,
      pendingInviteEmail: 'pending@acme.example',
      expiredInviteEmail: 'expired@acme.example',
      directoryManagedUserId: ids.directoryManagedUserId,
      adminRole: 'admin',
      memberRole: 'member',
      attributes: { text: 'bio', number: 'years_experience', readOnly: 'cost_center' },
    },
  };
};

describeAdapterContract(
  'scalekit (over the fake Scalekit)',
  scalekitCapabilities,
  makeScalekit(() => ({})),
);
describeAdapterContract(
  'scalekit with an idempotency store',
  resolveCapabilities({ invitations: { idempotent: true } }, scalekitCapabilities),
  makeScalekit(() => ({ idempotencyStore: createMemoryIdempotencyStore() })),
);
