/**
 * The demo server over Scalekit's adapter, against the local fake Scalekit the adapter's tests use
 * (test/fakes/scalekit): a real HTTP server on 127.0.0.1 that checks every request against Scalekit's
 * OpenAPI document. So a person sees the kit behave as it would against Scalekit (its capabilities,
 * its limits, its invitations), with no account and no network. The client secret stays here.
 */
import { createScalekitAdapter } from '../../../src/adapters/scalekit/index.ts';
import type { AccessPolicy } from '../../../src/core/policy/access-policy.ts';
import { startFakeScalekit } from '../../../test/fakes/scalekit/fake-scalekit.ts';
import { scalekitTestDefinitions, seedScalekit } from '../../../test/fakes/scalekit/seed.ts';
import { currentSession } from '../current-session.ts';
import type { DemoBackend } from '../demo-backend.ts';

/** A plain member of the seed's second organization, added here for the switcher. */
const otherOrganizationMemberId = 'usr_96194455173857201';

/** Scalekit's seeded roles in the core policy's terms: `admin` administers, `member` sees the members. */
const scalekitDemoPolicy: AccessPolicy = Object.freeze({
  adminRoles: ['admin'],
  rolePermissions: { member: { viewMembers: true } },
});

/** Starts the fake Scalekit on a free port, seeds it, and points the Scalekit adapter at it. */
export async function createScalekitBackend(): Promise<DemoBackend> {
  const fake = await startFakeScalekit();
  const ids = seedScalekit(fake);
  const joined = new Date().toISOString();
  fake.users.set(otherOrganizationMemberId, {
    id: otherOrganizationMemberId,
    email: 'margaret@megasoft.example',
    create_time: joined,
    update_time: joined,
    metadata: {},
    user_profile: {
      id: otherOrganizationMemberId.replace('usr_', 'usp_'),
      given_name: 'Margaret',
      family_name: 'Hamilton',
      name: 'Margaret Hamilton',
      email_verified: true,
      custom_attributes: {},
      metadata: {},
    },
    memberships: [
      {
        organization_id: ids.otherOrganizationId,
        membership_status: 'ACTIVE',
        roles: ['member'],
        metadata: {},
        provisioning_method: 'invitation',
        join_time: joined,
        resent_count: 0,
      },
    ],
  });
  const adapter = createScalekitAdapter({
    environmentUrl: fake.url,
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    definitions: scalekitTestDefinitions,
    roles: { admin: ['admin'] },
    // Who is signed in comes from the request being served: the adapter asks during each call.
    viewerUserId: () => currentSession()?.userId ?? '',
  });
  const organizationName = (id: string) => fake.organizations.get(id)?.display_name ?? id;
  return {
    label: 'Scalekit (a local fake Scalekit)',
    adapter,
    policy: scalekitDemoPolicy,
    people: [
      {
        key: 'admin',
        name: 'Ada Lovelace',
        description: `Admin at ${organizationName(ids.organizationId)}`,
        userId: ids.adminUserId,
        organizationId: ids.organizationId,
      },
      {
        key: 'member',
        name: 'Grace Hopper',
        description: `Member at ${organizationName(ids.organizationId)}`,
        userId: ids.memberUserId,
        organizationId: ids.organizationId,
      },
      {
        key: 'other-organization',
        name: 'Margaret Hamilton',
        description: `Member at ${organizationName(ids.otherOrganizationId)}`,
        userId: otherOrganizationMemberId,
        organizationId: ids.otherOrganizationId,
      },
    ],
    close: () => fake.close(),
  };
}
