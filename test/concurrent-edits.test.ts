// @vitest-environment node
/**
 * Two sessions editing the same record, over the memory backend and over the whole HTTP path (the
 * HTTP adapter, a real node:http server on 127.0.0.1, createTeamkitHandler, the memory backend):
 * different fields both survive (the second save meets `conflict`, finds no clash and goes again over
 * the latest version), the same field is a clash the person decides, and a stale role change is
 * refused rather than silently replacing a newer one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../src/adapters/http/index.ts';
import { createMemoryAdapter, memoryIds } from '../src/adapters/memory/index.ts';
import { memoryAccessPolicy } from '../src/adapters/memory/permissions.ts';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import {
  fullCapabilities,
  scalekitCapabilities,
  type TeamkitCapabilities,
} from '../src/core/capabilities.ts';
import { canRebasePatch, patchClashes } from '../src/core/rebase-patch.ts';
import { createTeamkitHandler } from '../src/server/index.ts';
import { startTeamkitTestServer, type TeamkitTestServer } from './support/teamkit-test-server.ts';

let server: TeamkitTestServer;
beforeAll(async () => {
  server = await startTeamkitTestServer();
});
afterAll(async () => {
  await server.close();
});

type Sessions = () => Promise<[TeamkitAdapter, TeamkitAdapter]>;

/** Two sessions over one memory backend (the backend is the shared state; each session has its own view). */
const overMemory =
  (capabilities: TeamkitCapabilities): Sessions =>
  async () => {
    const backend = createMemoryAdapter({ capabilities });
    return [backend, backend];
  };

/** Two HTTP adapters (two browsers) against one server whose backend is one memory adapter. */
const overHttp =
  (capabilities: TeamkitCapabilities): Sessions =>
  async () => {
    server.use(
      createTeamkitHandler({
        adapter: createMemoryAdapter({ capabilities }),
        getSession: () => ({ userId: memoryIds.admin, organizationId: memoryIds.organization }),
        policy: memoryAccessPolicy,
      }),
    );
    return [
      await createHttpAdapter({ baseUrl: server.url }),
      await createHttpAdapter({ baseUrl: server.url }),
    ];
  };

const org = memoryIds.organization;

describe.each([
  ['memory (atomic versions)', overMemory(fullCapabilities)],
  ['memory (Scalekit-like, check-then-write fingerprints)', overMemory(scalekitCapabilities)],
  ['http over memory (atomic versions)', overHttp(fullCapabilities)],
  ['http over memory (Scalekit-like)', overHttp(scalekitCapabilities)],
])('concurrent edits, %s', (_name, sessions) => {
  describe('of one profile', () => {
    it('different fields: the second save meets conflict, finds no clash, and both edits survive', async () => {
      const [a, b] = await sessions();
      const seenByA = await a.getUser(memoryIds.member);
      const seenByB = await b.getUser(memoryIds.member);
      expect(seenByB.version).toBe(seenByA.version);

      await a.updateUser(
        memoryIds.member,
        { profile: { givenName: 'Jo' } },
        { expectedVersion: seenByA.version, organizationId: org },
      );
      const patchB = { customAttributes: { years_experience: 9 } };
      await expect(
        b.updateUser(memoryIds.member, patchB, { expectedVersion: seenByB.version, organizationId: org }),
      ).rejects.toMatchObject({ code: 'conflict' });

      const latest = await b.getUser(memoryIds.member);
      expect(patchClashes(patchB, seenByB, latest)).toEqual([]);
      expect(canRebasePatch(patchB, seenByB, latest)).toBe(true);
      await b.updateUser(memoryIds.member, patchB, { expectedVersion: latest.version, organizationId: org });

      const stored = await a.getUser(memoryIds.member);
      expect(stored.profile.givenName).toBe('Jo');
      expect(stored.profile.customAttributes.years_experience).toBe(9);
    });

    it('the same field: the second save is refused and the clash names both values; nothing is overwritten', async () => {
      const [a, b] = await sessions();
      const seen = await a.getUser(memoryIds.member);
      await a.updateUser(
        memoryIds.member,
        { profile: { givenName: 'Jo' } },
        { expectedVersion: seen.version, organizationId: org },
      );
      const patchB = { profile: { givenName: 'Johanna', familyName: 'Meyer' } };
      await expect(
        b.updateUser(memoryIds.member, patchB, { expectedVersion: seen.version, organizationId: org }),
      ).rejects.toMatchObject({ code: 'conflict' });

      const latest = await b.getUser(memoryIds.member);
      expect(patchClashes(patchB, seen, latest)).toEqual([
        { path: ['profile', 'givenName'], yours: 'Johanna', theirs: 'Jo' },
      ]);
      expect(canRebasePatch(patchB, seen, latest)).toBe(false);
      expect((await a.getUser(memoryIds.member)).profile).toMatchObject({
        givenName: 'Jo',
        familyName: 'Müller',
      });

      // "Keep mine", chosen by the person: sent against the version they were shown.
      await b.updateUser(memoryIds.member, patchB, { expectedVersion: latest.version, organizationId: org });
      expect((await a.getUser(memoryIds.member)).profile).toMatchObject({
        givenName: 'Johanna',
        familyName: 'Meyer',
      });
    });
  });

  describe('of the organization settings', () => {
    it('different fields (a name and a metadata key) both survive; the same metadata key clashes', async () => {
      const [a, b] = await sessions();
      const seen = await a.getOrganization(org);
      await a.updateOrganization(org, { displayName: 'Acme Holding' }, { expectedVersion: seen.version });

      const patchB = { metadata: { plan_type: 'growth' } };
      await expect(
        b.updateOrganization(org, patchB, { expectedVersion: seen.version }),
      ).rejects.toMatchObject({
        code: 'conflict',
      });
      const latest = await b.getOrganization(org);
      expect(canRebasePatch(patchB, seen, latest)).toBe(true);
      const second = await b.updateOrganization(org, patchB, { expectedVersion: latest.version });
      expect(second).toMatchObject({ displayName: 'Acme Holding', metadata: { plan_type: 'growth' } });

      const patchA = { metadata: { plan_type: 'enterprise' } };
      await expect(
        a.updateOrganization(org, patchA, { expectedVersion: latest.version }),
      ).rejects.toMatchObject({
        code: 'conflict',
      });
      const now = await a.getOrganization(org);
      expect(patchClashes(patchA, latest, now)).toEqual([
        { path: ['metadata', 'plan_type'], yours: 'enterprise', theirs: 'growth' },
      ]);
      expect((await b.getOrganization(org)).metadata.plan_type).toBe('growth');
    });
  });

  describe('of membership roles', () => {
    it('a role change made from a stale view is refused with conflict and the newer roles stay', async () => {
      const [a, b] = await sessions();
      const seen = await b.getMember(org, memoryIds.member);
      expect(seen.roles).toEqual(['member']);
      await a.updateMembership(
        org,
        memoryIds.member,
        { roles: ['billing_manager'] },
        { expectedRoles: ['member'] },
      );

      await expect(
        b.updateMembership(org, memoryIds.member, { roles: ['admin'] }, { expectedRoles: seen.roles }),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect((await a.getMember(org, memoryIds.member)).roles).toEqual(['billing_manager']);

      // The current view, in another order, is not stale.
      await b.updateMembership(
        org,
        memoryIds.member,
        { roles: ['member', 'billing_manager'] },
        { expectedRoles: ['billing_manager'] },
      );
      await b.updateMembership(
        org,
        memoryIds.member,
        { roles: ['member'] },
        { expectedRoles: ['billing_manager', 'member'] },
      );
      expect((await a.getMember(org, memoryIds.member)).roles).toEqual(['member']);
    });

    it('a metadata change carrying stale expected roles is refused too, and nothing is written', async () => {
      const [a, b] = await sessions();
      await a.updateMembership(org, memoryIds.member, { roles: ['billing_manager'] });
      await expect(
        b.updateMembership(
          org,
          memoryIds.member,
          { metadata: { desk: '4B' } },
          { expectedRoles: ['member'] },
        ),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect((await a.getMember(org, memoryIds.member)).metadata).not.toHaveProperty('desk');
    });
  });
});
