// @vitest-environment node
/**
 * The conformance suite over the Scalekit adapter against the fake Scalekit, with the capabilities the
 * adapter declares (`scalekitCapabilities`). One fake serves the file; every test gets it reset and
 * seeded, and a fresh adapter.
 */
import { afterAll, beforeAll } from 'vitest';
import { createScalekitAdapter } from '../../src/adapters/scalekit/index.ts';
import { scalekitCapabilities } from '../../src/core/capabilities.ts';
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

describeAdapterContract('scalekit (over the fake Scalekit)', scalekitCapabilities, async () => {
  fake.reset();
  const ids = seedScalekit(fake);
  const adapter = createScalekitAdapter({
    environmentUrl: fake.url,
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    definitions: scalekitTestDefinitions,
    viewerUserId: () => ids.adminUserId,
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
});
