/**
 * One fake Auth0 per test file, reset and seeded before each test, and an Auth0 adapter pointed at it
 * through the SDK (its fetch routes `https://tenant.auth0.test` to 127.0.0.1). The clock is shared and
 * can be moved forward, for token and invitation expiry. After each test, no request the adapter sent
 * may have been one the fake (as Auth0) did not understand, unless the test allows it.
 */
import { ManagementClient } from 'auth0';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type CreateAuth0AdapterOptions, createAuth0Adapter } from '../../src/adapters/auth0/index.ts';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import type { ContractIds } from '../adapter-contract.ts';
import { type FakeAuth0, startFakeAuth0 } from '../fakes/auth0/fake-auth0.ts';
import { type Auth0Seed, auth0TestDefinitions, type SeedOptions, seedAuth0 } from '../fakes/auth0/seed.ts';

/** The adapter's options over `fake` for the seeded tenant, viewer = the seeded admin. */
export function auth0AdapterOptions(
  fake: FakeAuth0,
  ids: Auth0Seed,
  now?: () => number,
): CreateAuth0AdapterOptions {
  return {
    domain: fake.domain,
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    fetch: fake.fetch,
    definitions: auth0TestDefinitions,
    roles: {
      admin: ['admin'],
      default: 'member',
      displayNames: { admin: 'Admin', member: 'Member', billing: 'Billing' },
    },
    viewerUserId: () => ids.adminUserId,
    invitationClientId: fake.invitationClientId,
    directoryConnections: [ids.directoryConnection],
    ...(now ? { now } : {}),
  };
}

/** The suite's names for the seeded records. */
export function auth0ContractIds(ids: Auth0Seed): ContractIds {
  return {
    organizationId: ids.organizationId,
    organizationExternalId: ids.organizationExternalId,
    otherOrganizationExternalId: ids.otherOrganizationExternalId,
    adminUserId: ids.adminUserId,
    memberUserId: ids.memberUserId,
    memberExternalId: ids.memberExternalId,
    pendingInviteEmail: ids.pendingInviteEmail,
    expiredInviteEmail: 'expired@acme.example',
    directoryManagedUserId: ids.directoryManagedUserId,
    adminRole: 'admin',
    memberRole: 'member',
    attributes: { text: 'bio', number: 'years_experience', readOnly: 'cost_center' },
  };
}

/** What a test gets. */
export interface Auth0Testbed {
  fake: FakeAuth0;
  ids: Auth0Seed;
  adapter: TeamkitAdapter;
  makeAdapter(overrides?: Partial<CreateAuth0AdapterOptions>): TeamkitAdapter;
  advance(ms: number): void;
  now(): number;
  /** Lets this test send requests the fake refuses (an error-path test). */
  allowRejected(): void;
}

/** Registers the hooks and returns the testbed, filled in before each test. */
export function setUpAuth0Testbed(
  options: { tokenLifetimeSeconds?: number; seed?: SeedOptions } = {},
): Auth0Testbed {
  let offset = 0;
  let allowRejected = false;
  const now = () => Date.now() + offset;
  const bed = {} as Auth0Testbed;
  beforeAll(async () => {
    bed.fake = await startFakeAuth0({
      now,
      ...(options.tokenLifetimeSeconds ? { tokenLifetimeSeconds: options.tokenLifetimeSeconds } : {}),
    });
  }, 60_000);
  afterAll(async () => {
    await bed.fake.close();
  });
  beforeEach(() => {
    offset = 0;
    allowRejected = false;
    bed.fake.reset();
    bed.ids = seedAuth0(bed.fake, now(), options.seed);
    bed.makeAdapter = (overrides = {}) =>
      createAuth0Adapter({
        ...auth0AdapterOptions(bed.fake, bed.ids, now),
        ...overrides,
      } as CreateAuth0AdapterOptions);
    bed.adapter = bed.makeAdapter();
  });
  afterEach(() => {
    if (!allowRejected) expect(bed.fake.rejectedRequests).toEqual([]);
  });
  bed.advance = (ms) => {
    offset += ms;
  };
  bed.now = now;
  bed.allowRejected = () => {
    allowRejected = true;
  };
  return bed;
}

/**
 * A ManagementClient as a host builds its own: a client-credentials token fetched from `fake`, then
 * the SDK over the fake's fetch.
 */
export async function hostManagementClient(
  fake: FakeAuth0,
  options: { maxRetries?: number } = {},
): Promise<ManagementClient> {
  const token = await (
    await fetch(`${fake.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: fake.clientId,
        client_secret: fake.clientSecret,
        audience: `https://${fake.domain}/api/v2/`,
      }).toString(),
    })
  ).json();
  return new ManagementClient({
    domain: fake.domain,
    token: token.access_token,
    fetch: fake.fetch,
    ...options,
  });
}
