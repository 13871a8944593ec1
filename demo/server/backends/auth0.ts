/**
 * The demo server over the Auth0 adapter, against the local fake Auth0 the adapter's tests use
 * (test/fakes/auth0): Auth0's Management API v2 on 127.0.0.1, reached through Auth0's own SDK. A
 * person sees the kit as it behaves on Auth0 (no search, sort or totals; invitations without users,
 * re-created on resend; user_metadata, app_metadata and a provider-managed name they can override),
 * with no tenant and no network. The client secret stays here.
 */
import { createAuth0Adapter } from '../../../src/adapters/auth0/index.ts';
import { seededDefinitions } from '../../../src/adapters/memory/seed-definitions.ts';
import type { AccessPolicy } from '../../../src/core/policy/access-policy.ts';
import { startFakeAuth0 } from '../../../test/fakes/auth0/fake-auth0.ts';
import { seedAuth0 } from '../../../test/fakes/auth0/seed.ts';
import { currentSession } from '../current-session.ts';
import type { DemoBackend } from '../demo-backend.ts';

/** The seeded tenant's roles in the core policy's terms: `admin` administers, the others see the members. */
const auth0DemoPolicy: AccessPolicy = Object.freeze({
  adminRoles: ['admin'],
  unmappedRolePermissions: { viewMembers: true },
});

/** Starts the fake Auth0 on a free port, seeds it, and points the Auth0 adapter (and its SDK) at it. */
export async function createAuth0Backend(): Promise<DemoBackend> {
  const fake = await startFakeAuth0();
  const ids = seedAuth0(fake);
  const adapter = createAuth0Adapter({
    domain: fake.domain,
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    // The SDK calls https://tenant.auth0.test; this fetch sends that host to the fake and refuses others.
    fetch: fake.fetch,
    // The fields the demo page shows (the memory backend's, which the page's words refine): each lives
    // where its write policy puts it, and the Okta-managed display name takes an override in user_metadata.
    definitions: seededDefinitions(),
    roles: {
      admin: ['admin'],
      default: 'member',
      displayNames: { admin: 'Admin', member: 'Member', billing: 'Billing' },
    },
    invitationClientId: fake.invitationClientId,
    directoryConnections: [ids.directoryConnection],
    // Who is signed in comes from the request being served: the adapter asks during each call.
    viewerUserId: () => currentSession()?.userId ?? '',
  });
  const organizationName = (id: string) => fake.tenant.organizations.get(id)?.display_name ?? id;
  return {
    label: 'Auth0 (a local fake Auth0 tenant)',
    adapter,
    policy: auth0DemoPolicy,
    people: [
      {
        key: 'admin',
        name: 'Ada Admin',
        description: `Admin at ${organizationName(ids.organizationId)}`,
        userId: ids.adminUserId,
        organizationId: ids.organizationId,
      },
      {
        key: 'member',
        name: 'Max Member',
        description: `Member at ${organizationName(ids.organizationId)}`,
        userId: ids.memberUserId,
        organizationId: ids.organizationId,
      },
      {
        key: 'google',
        name: 'Gail Google',
        description: `Member at ${organizationName(ids.organizationId)}, signs in with Google`,
        userId: ids.idpUserId,
        organizationId: ids.organizationId,
      },
      {
        key: 'other-organization',
        name: 'Erin Person',
        description: `Admin at ${organizationName(ids.otherOrganizationId)}`,
        userId: 'auth0|erin',
        organizationId: ids.otherOrganizationId,
      },
    ],
    close: () => fake.close(),
  };
}
