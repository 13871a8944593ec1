/**
 * The conformance suite every Teamkit adapter must pass: call
 * `describeAdapterContract(name, capabilities, makeAdapter)` once per adapter and configuration. It
 * checks the behaviour the hooks and components rely on (validation, permissions, invitations,
 * pagination, conflicts), not any adapter's internals. It tests everything the capabilities declare,
 * and nothing they do not: a test of something undeclared is reported as skipped, its title saying
 * why it does not apply. No one backend's policy (an invitation's lifetime, a resend cooldown, whether
 * removing a user's last membership deletes the user) is asserted of every adapter: each is a declared
 * capability, tested where declared.
 *
 * What the backend behind `makeAdapter` must hold (the memory adapter's seed does):
 * - the viewer is the organization's only active admin;
 * - an active plain member with an external ID, a pending invitation, an expired one (where expired
 *   invitations remain), and a member provisioned by a directory (SCIM);
 * - a second organization with an external ID (for the clash);
 * - the attribute definitions named in `ContractIds.attributes`.
 * Every test starts from a fresh backend (makeAdapter runs before each test).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { MembersQuery, TeamkitAdapter } from '../src/core/adapter.ts';
import type { TeamkitCapabilities } from '../src/core/capabilities.ts';
import type { Member } from '../src/core/member.ts';
import { memberKey } from '../src/core/member-key.ts';
import { sanitizeAttributeDefinitions } from '../src/core/sanitize-definitions.ts';
import { describeDefinitionManagementContract } from './adapter-contract-definitions.ts';
import { describeViewerOrganizationsContract } from './adapter-contract-viewer-organizations.ts';

/** The records and keys of the backend's fixture that the suite refers to. */
export interface ContractIds {
  /** The organization in scope. */
  organizationId: string;
  /** Its external ID. */
  organizationExternalId: string;
  /** Another organization's external ID: setting it on ours must clash. */
  otherOrganizationExternalId: string;
  /** The viewer: the organization's only active admin. */
  adminUserId: string;
  /** An active member holding only the default role. */
  memberUserId: string;
  /** The member's external ID. */
  memberExternalId: string;
  /** The address of a pending invitation (with a user or, as Auth0's, without one). */
  pendingInviteEmail: string;
  /** The address of an expired invitation (used only where expired invitations remain). */
  expiredInviteEmail: string;
  /** An active member provisioned by a directory (SCIM). */
  directoryManagedUserId: string;
  /** The admin role's name. */
  adminRole: string;
  /** The default role's name. */
  memberRole: string;
  /** Keys of custom attribute definitions the suite writes. */
  attributes: {
    /** Text the user may write, with a `maxLength`. */
    text: string;
    /** A number the user may write, with a `max`. */
    number: string;
    /** One nobody may write through the kit (write policy `none`, no override). */
    readOnly: string;
  };
}

/** Builds a fresh adapter over a fresh backend, and names its fixture. */
export type MakeContractAdapter = () => Promise<{ adapter: TeamkitAdapter; ids: ContractIds }>;

let unique = 0;
/** An address no fixture uses, different on every call and every run. */
function newAddress(): string {
  unique += 1;
  return `newcomer.${Date.now().toString(36)}.${unique}@example.com`;
}
/** An idempotency key unique to this run. */
function newKey(): string {
  unique += 1;
  return `contract-${Date.now().toString(36)}-${unique}`;
}

/** Every member matching a query, page by page, so tests can check what pagination must guarantee. */
async function allPages(
  adapter: TeamkitAdapter,
  query: Parameters<TeamkitAdapter['listMembers']>[0],
): Promise<{ members: Member[]; totalCounts: (number | null)[]; pages: number }> {
  const members: Member[] = [];
  const totalCounts: (number | null)[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await adapter.listMembers({ ...query, cursor });
    members.push(...page.members);
    totalCounts.push(page.totalCount);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 1000);
  return { members, totalCounts, pages };
}

/** The row of `email` among all of an organization's members (paged through, no search needed). */
async function rowOf(
  adapter: TeamkitAdapter,
  organizationId: string,
  email: string,
): Promise<Member | undefined> {
  const { members } = await allPages(adapter, { organizationId });
  return members.find((member) => member.email.toLowerCase() === email.toLowerCase());
}

/**
 * A test that runs only where `applies`; elsewhere it is reported as skipped, its title saying which
 * capability it needs, so a report shows what was not applicable rather than hiding it.
 */
function declared(applies: boolean, needs: string) {
  return (title: string, test: () => Promise<void>) =>
    it.runIf(applies)(applies ? title : `${title} (not applicable: needs ${needs})`, test);
}

/**
 * Defines the conformance suite for one adapter, given the capabilities it declares (the suite checks
 * that `adapter.capabilities` says the same, then tests what they promise).
 */
export function describeAdapterContract(
  name: string,
  capabilities: TeamkitCapabilities,
  makeAdapter: MakeContractAdapter,
): void {
  const members = capabilities.members;
  const invitations = capabilities.invitations;
  const search = members.search !== 'none';
  /** A search at the backend's minimum length or longer. */
  const searchable = (text: string) => search && Array.from(text).length >= members.searchMinLength;

  describe(`${name} adapter contract`, () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(async () => {
      ({ adapter, ids } = await makeAdapter());
    });

    describeDefinitionManagementContract(capabilities, () => ({ adapter, ids }));
    describeViewerOrganizationsContract(capabilities, () => ({ adapter, ids }));

    describe('its capabilities', () => {
      it('are declared on the adapter as given to the suite, and describe a usable list', () => {
        expect(adapter.capabilities).toEqual(capabilities);
        expect(members.maxPageSize).toBeGreaterThan(0);
        expect(members.searchMinLength).toBeGreaterThanOrEqual(1);
      });
    });

    describe('given the signed-in admin', () => {
      it('describes the viewer with their roles and every permission', async () => {
        const viewer = await adapter.getViewer(ids.organizationId);
        expect(viewer.userId).toBe(ids.adminUserId);
        expect(viewer.organizationId).toBe(ids.organizationId);
        expect(viewer.roles).toContain(ids.adminRole);
        expect(viewer.permissions).toEqual({
          viewMembers: true,
          inviteMembers: true,
          manageMembers: true,
          updateOrganization: true,
          manageUsers: true,
        });
      });

      it('rejects an unknown organization, with not_found or (a server confining callers) permission_denied', async () => {
        const error = await adapter.getViewer('org_does_not_exist').then(
          () => null,
          (reason: unknown) => reason,
        );
        expect(['not_found', 'permission_denied']).toContain((error as { code?: string } | null)?.code);
      });

      it('returns their own user record without being told who they are', async () => {
        const current = await adapter.getCurrentUser();
        expect(current.id).toBe(ids.adminUserId);
        expect(current).toEqual(await adapter.getUser(ids.adminUserId));
      });

      it('exposes limits the UI can check input against', () => {
        expect(adapter.limits.organizationMetadata.maxPairs).toBeGreaterThan(0);
        expect(adapter.limits.userMetadata.maxPairs).toBeGreaterThan(0);
        expect(adapter.limits.externalIdMaxLength).toBeGreaterThan(0);
      });
    });

    describe('when reading users', () => {
      it('returns the viewer themselves with a version', async () => {
        const user = await adapter.getUser(ids.adminUserId);
        expect(user.id).toBe(ids.adminUserId);
        expect(user.email).toMatch(/@/);
        expect(typeof user.version).toBe('string');
      });

      it('returns a member of an organization the admin manages', async () => {
        const user = await adapter.getUser(ids.memberUserId);
        expect(user.id).toBe(ids.memberUserId);
      });

      it('rejects an unknown user with not_found', async () => {
        await expect(adapter.getUser('usr_00000000000000000000')).rejects.toMatchObject({
          code: 'not_found',
        });
      });
    });

    describe('when listing attribute definitions', () => {
      it('describes the fields the suite writes, and they pass sanitizing', async () => {
        const { definitions } = sanitizeAttributeDefinitions(await adapter.listAttributeDefinitions());
        const keys = definitions
          .filter((definition) => !definition.degradedBecause)
          .map((definition) => definition.key);
        expect(keys).toEqual(
          expect.arrayContaining([ids.attributes.text, ids.attributes.number, ids.attributes.readOnly]),
        );
      });
    });

    describe('when updating a user', () => {
      it('changes only the fields sent and gives a new version', async () => {
        const before = await adapter.getUser(ids.adminUserId);
        const after = await adapter.updateUser(ids.adminUserId, {
          customAttributes: { [ids.attributes.text]: 'Written by the contract suite.' },
        });
        expect(after.profile.customAttributes[ids.attributes.text]).toBe('Written by the contract suite.');
        expect(after.version).not.toBe(before.version);
        expect(after.email).toBe(before.email);
        expect(after.profile.givenName).toBe(before.profile.givenName);
        const { [ids.attributes.text]: _changed, ...othersAfter } = after.profile.customAttributes;
        const { [ids.attributes.text]: _previous, ...othersBefore } = before.profile.customAttributes;
        expect(othersAfter).toEqual(othersBefore);
      });

      it('sets standard profile fields', async () => {
        const after = await adapter.updateUser(ids.adminUserId, { profile: { givenName: 'Renamed' } });
        expect(after.profile.givenName).toBe('Renamed');
        expect((await adapter.getUser(ids.adminUserId)).profile.givenName).toBe('Renamed');
      });

      it('merges custom attributes by key, and null removes one', async () => {
        await adapter.updateUser(ids.adminUserId, { customAttributes: { [ids.attributes.text]: 'First' } });
        const merged = await adapter.updateUser(ids.adminUserId, {
          customAttributes: { [ids.attributes.number]: 7 },
        });
        expect(merged.profile.customAttributes[ids.attributes.text]).toBe('First');
        expect(Number(merged.profile.customAttributes[ids.attributes.number])).toBe(7);
        const removed = await adapter.updateUser(ids.adminUserId, {
          customAttributes: { [ids.attributes.text]: null },
        });
        expect(removed.profile.customAttributes[ids.attributes.text] ?? null).toBeNull();
        expect(Number(removed.profile.customAttributes[ids.attributes.number])).toBe(7);
      });

      it('merges user metadata by key', async () => {
        await adapter.updateUser(ids.adminUserId, { userMetadata: { contract_a: 'one' } });
        const after = await adapter.updateUser(ids.adminUserId, { userMetadata: { contract_b: 'two' } });
        expect(after.userMetadata).toMatchObject({ contract_a: 'one', contract_b: 'two' });
      });

      declared(capabilities.metadata.keyDeletion, 'metadata.keyDeletion')(
        'removes a user metadata key sent as null',
        async () => {
          await adapter.updateUser(ids.adminUserId, {
            userMetadata: { contract_a: 'one', contract_b: 'two' },
          });
          const after = await adapter.updateUser(ids.adminUserId, { userMetadata: { contract_a: null } });
          expect(after.userMetadata.contract_a).toBeUndefined();
          expect(after.userMetadata.contract_b).toBe('two');
        },
      );

      declared(!capabilities.metadata.keyDeletion, 'metadata.keyDeletion to be false')(
        'refuses to delete a metadata key with not_supported, naming the key, and keeps it',
        async () => {
          await adapter.updateUser(ids.adminUserId, { userMetadata: { contract_a: 'one' } });
          await expect(
            adapter.updateUser(ids.adminUserId, { userMetadata: { contract_a: null } }),
          ).rejects.toMatchObject({
            code: 'not_supported',
            fieldErrors: { 'userMetadata.contract_a': expect.any(String) },
          });
          expect((await adapter.getUser(ids.adminUserId)).userMetadata.contract_a).toBe('one');
        },
      );

      it('rejects invalid values with one message per field, and stores nothing', async () => {
        const before = await adapter.getUser(ids.adminUserId);
        await expect(
          adapter.updateUser(ids.adminUserId, {
            customAttributes: { [ids.attributes.number]: 100_000, [ids.attributes.text]: 'x'.repeat(5_000) },
          }),
        ).rejects.toMatchObject({
          code: 'validation',
          fieldErrors: {
            [ids.attributes.number]: expect.any(String),
            [ids.attributes.text]: expect.any(String),
          },
        });
        expect((await adapter.getUser(ids.adminUserId)).version).toBe(before.version);
      });

      it('rejects an attribute nobody may write', async () => {
        const error = await adapter
          .updateUser(ids.adminUserId, { customAttributes: { [ids.attributes.readOnly]: 'changed' } })
          .then(
            () => null,
            (reason: unknown) => reason,
          );
        expect(error).toMatchObject({ fieldErrors: { [ids.attributes.readOnly]: expect.any(String) } });
        expect(['permission_denied', 'validation']).toContain((error as { code: string }).code);
      });

      it('rejects a custom attribute no definition describes', async () => {
        await expect(
          adapter.updateUser(ids.adminUserId, { customAttributes: { not_a_defined_attribute: 'x' } }),
        ).rejects.toMatchObject({
          code: 'validation',
          fieldErrors: { not_a_defined_attribute: expect.any(String) },
        });
      });

      it('refuses reserved metadata keys', async () => {
        const patch = JSON.parse('{"__proto__": "polluted"}') as Record<string, string>;
        await expect(adapter.updateUser(ids.adminUserId, { userMetadata: patch })).rejects.toMatchObject({
          code: 'validation',
        });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });

      it('enforces metadata limits: value length and pair count', async () => {
        const { valueMaxLength, maxPairs } = adapter.limits.userMetadata;
        await expect(
          adapter.updateUser(ids.adminUserId, {
            userMetadata: { long_value: 'v'.repeat(valueMaxLength + 1) },
          }),
        ).rejects.toMatchObject({
          code: 'validation',
          fieldErrors: { 'userMetadata.long_value': expect.any(String) },
        });
        const tooMany = Object.fromEntries(
          Array.from({ length: maxPairs + 1 }, (_, i) => [`key_${i}`, 'value']),
        );
        await expect(adapter.updateUser(ids.adminUserId, { userMetadata: tooMany })).rejects.toMatchObject({
          code: 'validation',
          fieldErrors: { userMetadata: expect.any(String) },
        });
      });

      declared(capabilities.concurrency !== 'none', 'concurrency atomic or check-then-write')(
        'rejects a stale expectedVersion with conflict, and accepts the current one',
        async () => {
          const user = await adapter.getUser(ids.adminUserId);
          await adapter.updateUser(ids.adminUserId, { profile: { familyName: 'Elsewhere' } });
          await expect(
            adapter.updateUser(
              ids.adminUserId,
              { profile: { familyName: 'Mine' } },
              { expectedVersion: user.version },
            ),
          ).rejects.toMatchObject({ code: 'conflict' });
          const current = await adapter.getUser(ids.adminUserId);
          const saved = await adapter.updateUser(
            ids.adminUserId,
            { profile: { familyName: 'Mine' } },
            { expectedVersion: current.version },
          );
          expect(saved.profile.familyName).toBe('Mine');
        },
      );

      it('gives the same version for the same content, read twice', async () => {
        const first = await adapter.getUser(ids.adminUserId);
        const second = await adapter.getUser(ids.adminUserId);
        expect(second.version).toBe(first.version);
      });

      it('rejects an external ID another user holds with conflict on externalId', async () => {
        await expect(
          adapter.updateUser(
            ids.adminUserId,
            { externalId: ids.memberExternalId },
            { organizationId: ids.organizationId },
          ),
        ).rejects.toMatchObject({ code: 'conflict', fieldErrors: { externalId: expect.any(String) } });
      });

      it('lets an admin set and clear a member’s external ID', async () => {
        const options = { organizationId: ids.organizationId };
        const set = await adapter.updateUser(ids.memberUserId, { externalId: 'CONTRACT-EXT-1' }, options);
        expect(set.externalId).toBe('CONTRACT-EXT-1');
        const cleared = await adapter.updateUser(ids.memberUserId, { externalId: null }, options);
        expect(cleared.externalId).toBeNull();
      });
    });

    describe('when listing members', () => {
      declared(members.totals !== 'none', 'members.totals exact or estimated')(
        'returns a first page with the total count',
        async () => {
          const page = await adapter.listMembers({ organizationId: ids.organizationId });
          expect(page.members.length).toBeGreaterThan(0);
          expect(page.totalCount).toBeGreaterThanOrEqual(page.members.length);
          for (const member of page.members) expect(member.organizationId).toBe(ids.organizationId);
        },
      );

      declared(members.totals === 'none', 'members.totals none')(
        'returns a first page with no total (null), not a made-up one',
        async () => {
          const page = await adapter.listMembers({ organizationId: ids.organizationId });
          expect(page.members.length).toBeGreaterThan(0);
          expect(page.totalCount).toBeNull();
        },
      );

      it('pages through every member exactly once with stable cursors', async () => {
        const { members: listed, totalCounts } = await allPages(adapter, {
          organizationId: ids.organizationId,
          limit: 7,
        });
        const keys = listed.map(memberKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(totalCounts).size).toBe(1);
        if (members.totals === 'exact') expect(keys.length).toBe(totalCounts[0]);
        const again = await allPages(adapter, { organizationId: ids.organizationId, limit: 7 });
        expect(again.members.map(memberKey)).toEqual(keys);
      });

      it('gives every row a stable key: an invitation carries its ID, with or without a user', async () => {
        const { members: listed } = await allPages(adapter, { organizationId: ids.organizationId });
        for (const member of listed) {
          const invitation = member.status === 'pending_invite' || member.status === 'invite_expired';
          if (invitation) expect(member.invitationId).toEqual(expect.any(String));
          else expect(member.invitationId).toBeNull();
          if (member.userId === null) expect(invitation).toBe(true);
        }
      });

      it(`caps the page size at the declared maximum (${members.maxPageSize})`, async () => {
        const page = await adapter.listMembers({ organizationId: ids.organizationId, limit: 1_000 });
        expect(page.members.length).toBeLessThanOrEqual(members.maxPageSize);
      });

      it('rejects a cursor that is not one with validation on cursor', async () => {
        await expect(
          adapter.listMembers({ organizationId: ids.organizationId, cursor: 'not a cursor' }),
        ).rejects.toMatchObject({ code: 'validation', fieldErrors: { cursor: expect.any(String) } });
      });

      const otherQuery: Partial<MembersQuery> | null = members.statusFilter
        ? { statuses: ['active'] }
        : members.sortFields.length > 0
          ? { sort: { field: members.sortFields[0] ?? 'name', direction: 'desc' } }
          : search
            ? { search: '@'.padEnd(members.searchMinLength, '.') }
            : null;
      declared(otherQuery !== null, 'a search, a sort or a filter, to make another query')(
        'rejects a cursor from another query with validation',
        async () => {
          const first = await adapter.listMembers({ organizationId: ids.organizationId, limit: 2 });
          expect(first.nextCursor).not.toBeNull();
          await expect(
            adapter.listMembers({
              organizationId: ids.organizationId,
              limit: 2,
              ...otherQuery,
              cursor: first.nextCursor,
            }),
          ).rejects.toMatchObject({ code: 'validation' });
        },
      );

      declared(search, 'members.search')('searches email and external ID case-insensitively', async () => {
        const member = await adapter.getMember(ids.organizationId, ids.memberUserId);
        const local = member.email.split('@')[0] ?? '';
        expect(searchable(local)).toBe(true);
        const byEmail = await adapter.listMembers({
          organizationId: ids.organizationId,
          search: local.toUpperCase(),
        });
        expect(byEmail.members.map((m) => m.userId)).toContain(ids.memberUserId);
        const byExternalId = await adapter.listMembers({
          organizationId: ids.organizationId,
          search: ids.memberExternalId.toLowerCase(),
        });
        expect(byExternalId.members.map((m) => m.userId)).toEqual([ids.memberUserId]);
        if (members.totals === 'exact') expect(byExternalId.totalCount).toBe(1);
      });

      declared(members.search === 'full_text', 'members.search full_text')('searches names', async () => {
        const member = await adapter.getMember(ids.organizationId, ids.memberUserId);
        const word = (member.name ?? member.givenName ?? '').split(' ')[0] ?? '';
        expect(word).not.toBe('');
        const page = await adapter.listMembers({
          organizationId: ids.organizationId,
          search: word.toLowerCase(),
        });
        expect(page.members.map((m) => m.userId)).toContain(ids.memberUserId);
      });

      declared(members.search === 'identifiers', 'members.search identifiers')(
        'searches user IDs',
        async () => {
          const page = await adapter.listMembers({
            organizationId: ids.organizationId,
            search: ids.memberUserId,
          });
          expect(page.members.map((m) => m.userId)).toEqual([ids.memberUserId]);
        },
      );

      declared(search && members.searchMinLength > 1, 'members.searchMinLength above 1')(
        `rejects a search shorter than the declared minimum (${members.searchMinLength}) with validation on search`,
        async () => {
          await expect(
            adapter.listMembers({
              organizationId: ids.organizationId,
              search: 'a'.repeat(members.searchMinLength - 1),
            }),
          ).rejects.toMatchObject({ code: 'validation', fieldErrors: { search: expect.any(String) } });
        },
      );

      declared(!search, 'members.search none')('refuses a search with not_supported', async () => {
        await expect(
          adapter.listMembers({ organizationId: ids.organizationId, search: 'example' }),
        ).rejects.toMatchObject({ code: 'not_supported' });
      });

      declared(members.statusFilter, 'members.statusFilter')('filters by status', async () => {
        const { members: listed } = await allPages(adapter, {
          organizationId: ids.organizationId,
          statuses: ['pending_invite'],
        });
        expect(listed.map((m) => m.email.toLowerCase())).toContain(ids.pendingInviteEmail.toLowerCase());
        for (const member of listed) expect(member.status).toBe('pending_invite');
      });

      declared(!members.statusFilter, 'members.statusFilter to be false')(
        'refuses a status filter with not_supported',
        async () => {
          await expect(
            adapter.listMembers({ organizationId: ids.organizationId, statuses: ['active'] }),
          ).rejects.toMatchObject({ code: 'not_supported' });
        },
      );

      declared(members.roleFilter, 'members.roleFilter')('filters by role', async () => {
        const { members: listed } = await allPages(adapter, {
          organizationId: ids.organizationId,
          roles: [ids.adminRole],
        });
        expect(listed.map((m) => m.userId)).toEqual([ids.adminUserId]);
      });

      declared(!members.roleFilter, 'members.roleFilter to be false')(
        'refuses a role filter with not_supported',
        async () => {
          await expect(
            adapter.listMembers({ organizationId: ids.organizationId, roles: [ids.adminRole] }),
          ).rejects.toMatchObject({ code: 'not_supported' });
        },
      );

      declared(members.sortFields.includes('email'), 'email in members.sortFields')(
        'sorts by email in both directions',
        async () => {
          const query = {
            organizationId: ids.organizationId,
            sort: { field: 'email', direction: 'asc' },
          } as const;
          const ascending = (await allPages(adapter, query)).members.map((m) => m.email.toLowerCase());
          for (let i = 1; i < ascending.length; i += 1) {
            expect(
              (ascending[i - 1] as string).localeCompare(ascending[i] as string, 'en'),
            ).toBeLessThanOrEqual(0);
          }
          const descending = (
            await allPages(adapter, { ...query, sort: { field: 'email', direction: 'desc' } })
          ).members.map((m) => m.email.toLowerCase());
          expect(descending).toEqual([...ascending].reverse());
        },
      );

      const unsortable = (['name', 'email', 'status', 'joinedAt', 'invitedAt'] as const).find(
        (field) => !members.sortFields.includes(field),
      );
      declared(unsortable !== undefined, 'a field missing from members.sortFields')(
        `refuses to sort by an undeclared field (${unsortable ?? 'none'}) with not_supported`,
        async () => {
          await expect(
            adapter.listMembers({
              organizationId: ids.organizationId,
              sort: { field: unsortable ?? 'name', direction: 'asc' },
            }),
          ).rejects.toMatchObject({ code: 'not_supported' });
        },
      );

      it('says on each row what the viewer may do', async () => {
        const admin = await adapter.getMember(ids.organizationId, ids.adminUserId);
        expect(admin.actions.remove).toEqual({ allowed: false, reason: 'last_admin' });
        expect(admin.actions.changeRoles).toEqual({ allowed: false, reason: 'last_admin' });
        const managed = await adapter.getMember(ids.organizationId, ids.directoryManagedUserId);
        expect(managed.actions.remove).toEqual({ allowed: false, reason: 'managed_by_directory' });
        const member = await adapter.getMember(ids.organizationId, ids.memberUserId);
        expect(member.actions.remove).toEqual({ allowed: true });
        expect(member.actions.revokeInvitation.allowed).toBe(false);
        const pending = await rowOf(adapter, ids.organizationId, ids.pendingInviteEmail);
        expect(pending?.actions.revokeInvitation).toEqual({ allowed: true });
      });
    });
    describe('when inviting', () => {
      it('creates a pending invitation with an ID of its own, listed', async () => {
        const email = newAddress();
        const viewer = await adapter.getUser(ids.adminUserId);
        const member = await adapter.inviteMember(ids.organizationId, { email, idempotencyKey: newKey() });
        expect(member.email).toBe(email);
        expect(member.status).toBe('pending_invite');
        expect(member.provisioning).toBe('invitation');
        expect(member.roles).toEqual([ids.memberRole]);
        expect(member.inviterEmail).toBe(viewer.email);
        expect(member.joinedAt).toBeNull();
        expect(member.invitationId).toEqual(expect.any(String));
        const row = await rowOf(adapter, ids.organizationId, email);
        expect(row && memberKey(row)).toBe(memberKey(member));
      });

      declared(invitations.lifetimeMs !== null, 'invitations.lifetimeMs')(
        `expires the invitation after the declared lifetime (${invitations.lifetimeMs} ms)`,
        async () => {
          const member = await adapter.inviteMember(ids.organizationId, {
            email: newAddress(),
            idempotencyKey: newKey(),
          });
          const lifetime = Date.parse(member.expiresAt ?? '') - Date.parse(member.invitedAt ?? '');
          expect(lifetime).toBe(invitations.lifetimeMs);
        },
      );

      it('grants the roles asked for', async () => {
        const member = await adapter.inviteMember(ids.organizationId, {
          email: newAddress(),
          roles: [ids.adminRole],
          idempotencyKey: newKey(),
        });
        expect(member.roles).toEqual([ids.adminRole]);
      });

      it('rejects an active member and a pending invitation with already_member', async () => {
        const { email: memberEmail } = await adapter.getMember(ids.organizationId, ids.memberUserId);
        for (const email of [memberEmail, ids.pendingInviteEmail]) {
          await expect(
            adapter.inviteMember(ids.organizationId, {
              email: email.toUpperCase(),
              idempotencyKey: newKey(),
            }),
          ).rejects.toMatchObject({ code: 'already_member' });
        }
      });

      declared(invitations.idempotent, 'invitations.idempotent')(
        'returns the first result when the same idempotency key is sent again',
        async () => {
          const input = { email: newAddress(), idempotencyKey: newKey() };
          const first = await adapter.inviteMember(ids.organizationId, input);
          const second = await adapter.inviteMember(ids.organizationId, input);
          expect(memberKey(second)).toBe(memberKey(first));
          const { members: listed } = await allPages(adapter, { organizationId: ids.organizationId });
          expect(listed.filter((member) => member.email === input.email)).toHaveLength(1);
        },
      );

      it('rejects an invalid address with validation on email', async () => {
        await expect(
          adapter.inviteMember(ids.organizationId, { email: 'not-an-address', idempotencyKey: newKey() }),
        ).rejects.toMatchObject({ code: 'validation', fieldErrors: { email: expect.any(String) } });
      });

      it('rejects an unknown role with validation on roles', async () => {
        await expect(
          adapter.inviteMember(ids.organizationId, {
            email: newAddress(),
            roles: ['no_such_role'],
            idempotencyKey: newKey(),
          }),
        ).rejects.toMatchObject({ code: 'validation', fieldErrors: { roles: expect.any(String) } });
      });
    });

    describe('when resending or revoking invitations', () => {
      /** The seeded pending invitation's row (it may have no user: it is addressed by its ID). */
      const pendingRow = async () => {
        const row = await rowOf(adapter, ids.organizationId, ids.pendingInviteEmail);
        expect(row?.invitationId).toEqual(expect.any(String));
        return row as Member & { invitationId: string };
      };

      declared(invitations.resend === 'in_place', 'invitations.resend in_place')(
        'resends a pending invitation, keeping its ID',
        async () => {
          const before = await pendingRow();
          const invitation = await adapter.resendInvitation(ids.organizationId, before.invitationId);
          expect(invitation.id).toBe(before.invitationId);
          expect(invitation.userId).toBe(before.userId);
          expect(invitation.status).toBe('pending');
          expect(invitation.resentCount).toBe(before.resentCount + 1);
          expect(invitation.resentAt).not.toBeNull();
        },
      );

      declared(invitations.resend === 'recreate', 'invitations.resend recreate')(
        'resends a pending invitation as a new one with a new ID, which the list then holds',
        async () => {
          const before = await pendingRow();
          const invitation = await adapter.resendInvitation(ids.organizationId, before.invitationId);
          expect(invitation.id).not.toBe(before.invitationId);
          expect(invitation.email.toLowerCase()).toBe(ids.pendingInviteEmail.toLowerCase());
          expect(invitation.status).toBe('pending');
          expect(Date.parse(invitation.expiresAt)).toBeGreaterThan(Date.now());
          const after = await pendingRow();
          expect(after.invitationId).toBe(invitation.id);
          await expect(
            adapter.revokeInvitation(ids.organizationId, before.invitationId),
          ).rejects.toMatchObject({ code: 'not_found' });
        },
      );

      declared(invitations.resend === 'none', 'invitations.resend none')(
        'refuses to resend with not_supported',
        async () => {
          const before = await pendingRow();
          await expect(
            adapter.resendInvitation(ids.organizationId, before.invitationId),
          ).rejects.toMatchObject({ code: 'not_supported' });
        },
      );

      declared(
        invitations.resendCooldownMs !== null && invitations.resend !== 'none',
        'invitations.resendCooldownMs',
      )(
        'refuses a second resend within the cooldown with rate_limited, saying how long to wait',
        async () => {
          const before = await pendingRow();
          const sent = await adapter.resendInvitation(ids.organizationId, before.invitationId);
          const error = await adapter.resendInvitation(ids.organizationId, sent.id).then(
            () => null,
            (reason: unknown) => reason as { code: string; retryAfterMs?: number },
          );
          expect(error?.code).toBe('rate_limited');
          expect(error?.retryAfterMs).toBeGreaterThan(0);
          expect(error?.retryAfterMs).toBeLessThanOrEqual(invitations.resendCooldownMs ?? 0);
        },
      );

      declared(
        invitations.expiredInvitationsRemain && invitations.resend !== 'none',
        'invitations.expiredInvitationsRemain',
      )('issues a new invitation with a later expiry when the old one expired', async () => {
        const before = await rowOf(adapter, ids.organizationId, ids.expiredInviteEmail);
        expect(before?.status).toBe('invite_expired');
        const invitation = await adapter.resendInvitation(ids.organizationId, before?.invitationId ?? '');
        expect(invitation.status).toBe('pending');
        expect(Date.parse(invitation.expiresAt)).toBeGreaterThan(Date.now());
        const after = await rowOf(adapter, ids.organizationId, ids.expiredInviteEmail);
        expect(after?.status).toBe('pending_invite');
      });

      it('rejects an unknown invitation ID with not_found, for resend and revoke', async () => {
        await expect(
          adapter.revokeInvitation(ids.organizationId, 'inv_does_not_exist'),
        ).rejects.toMatchObject({ code: 'not_found' });
        if (invitations.resend !== 'none')
          await expect(
            adapter.resendInvitation(ids.organizationId, 'inv_does_not_exist'),
          ).rejects.toMatchObject({ code: 'not_found' });
      });

      it('revokes a pending invitation by its ID, with or without a user', async () => {
        const before = await pendingRow();
        await adapter.revokeInvitation(ids.organizationId, before.invitationId);
        expect(await rowOf(adapter, ids.organizationId, ids.pendingInviteEmail)).toBeUndefined();
        if (before.userId !== null)
          await expect(adapter.getMember(ids.organizationId, before.userId)).rejects.toMatchObject({
            code: 'not_found',
          });
      });

      it('revokes an invitation just made, and its address may be invited again', async () => {
        const email = newAddress();
        const member = await adapter.inviteMember(ids.organizationId, { email, idempotencyKey: newKey() });
        await adapter.revokeInvitation(ids.organizationId, member.invitationId ?? '');
        expect(await rowOf(adapter, ids.organizationId, email)).toBeUndefined();
        const again = await adapter.inviteMember(ids.organizationId, { email, idempotencyKey: newKey() });
        expect(again.status).toBe('pending_invite');
      });
    });
    describe('when changing roles', () => {
      it('replaces the roles with the set sent', async () => {
        const member = await adapter.updateMembership(ids.organizationId, ids.memberUserId, {
          roles: [ids.adminRole, ids.memberRole],
        });
        expect([...member.roles].sort()).toEqual([ids.adminRole, ids.memberRole].sort());
        const demoted = await adapter.updateMembership(ids.organizationId, ids.memberUserId, {
          roles: [ids.memberRole],
        });
        expect(demoted.roles).toEqual([ids.memberRole]);
      });

      it('refuses a role change made against roles that changed since (expectedRoles), and applies a current one', async () => {
        const before = await adapter.getMember(ids.organizationId, ids.memberUserId);
        // Someone else changes the roles first.
        await adapter.updateMembership(ids.organizationId, ids.memberUserId, { roles: [ids.adminRole] });
        await expect(
          adapter.updateMembership(
            ids.organizationId,
            ids.memberUserId,
            { roles: [ids.memberRole, ids.adminRole] },
            { expectedRoles: before.roles },
          ),
        ).rejects.toMatchObject({ code: 'conflict' });
        expect((await adapter.getMember(ids.organizationId, ids.memberUserId)).roles).toEqual([
          ids.adminRole,
        ]);
        const current = await adapter.updateMembership(
          ids.organizationId,
          ids.memberUserId,
          { roles: [ids.memberRole] },
          { expectedRoles: [ids.adminRole] },
        );
        expect(current.roles).toEqual([ids.memberRole]);
      });

      it('rejects an unknown role and an empty set with validation', async () => {
        await expect(
          adapter.updateMembership(ids.organizationId, ids.memberUserId, { roles: ['no_such_role'] }),
        ).rejects.toMatchObject({ code: 'validation', fieldErrors: { roles: expect.any(String) } });
        await expect(
          adapter.updateMembership(ids.organizationId, ids.memberUserId, { roles: [] }),
        ).rejects.toMatchObject({ code: 'validation', fieldErrors: { roles: expect.any(String) } });
      });

      it('refuses to demote the last admin', async () => {
        await expect(
          adapter.updateMembership(ids.organizationId, ids.adminUserId, { roles: [ids.memberRole] }),
        ).rejects.toMatchObject({ code: 'permission_denied' });
        expect((await adapter.getMember(ids.organizationId, ids.adminUserId)).roles).toContain(ids.adminRole);
      });

      it('lets the former last admin step down once there is another admin', async () => {
        await adapter.updateMembership(ids.organizationId, ids.memberUserId, { roles: [ids.adminRole] });
        const admin = await adapter.getMember(ids.organizationId, ids.adminUserId);
        expect(admin.actions.changeRoles).toEqual({ allowed: true });
      });

      it('refuses to re-role a directory-managed member', async () => {
        await expect(
          adapter.updateMembership(ids.organizationId, ids.directoryManagedUserId, {
            roles: [ids.adminRole],
          }),
        ).rejects.toMatchObject({ code: 'permission_denied' });
      });

      declared(capabilities.memberships.metadata, 'memberships.metadata')(
        'merges membership metadata by key',
        async () => {
          await adapter.updateMembership(ids.organizationId, ids.memberUserId, {
            metadata: { contract_key: 'one' },
          });
          const member = await adapter.updateMembership(ids.organizationId, ids.memberUserId, {
            metadata: { contract_other: 'two' },
          });
          expect(member.metadata).toMatchObject({ contract_key: 'one', contract_other: 'two' });
        },
      );

      declared(!capabilities.memberships.metadata, 'memberships.metadata to be false')(
        'refuses membership metadata with not_supported',
        async () => {
          await expect(
            adapter.updateMembership(ids.organizationId, ids.memberUserId, {
              metadata: { contract_key: 'one' },
            }),
          ).rejects.toMatchObject({ code: 'not_supported' });
        },
      );
    });

    describe('when removing members', () => {
      it('removes a member', async () => {
        await adapter.removeMember(ids.organizationId, ids.memberUserId);
        await expect(adapter.getMember(ids.organizationId, ids.memberUserId)).rejects.toMatchObject({
          code: 'not_found',
        });
        const { members: listed } = await allPages(adapter, { organizationId: ids.organizationId });
        expect(listed.map((member) => member.userId)).not.toContain(ids.memberUserId);
      });

      declared(capabilities.memberships.removeDeletesOrphanedUser, 'memberships.removeDeletesOrphanedUser')(
        'deletes a user whose last membership was removed',
        async () => {
          await adapter.removeMember(ids.organizationId, ids.memberUserId);
          await expect(adapter.getUser(ids.memberUserId)).rejects.toMatchObject({ code: 'not_found' });
        },
      );

      it('refuses to remove the last admin', async () => {
        await expect(adapter.removeMember(ids.organizationId, ids.adminUserId)).rejects.toMatchObject({
          code: 'permission_denied',
        });
      });

      it('refuses to remove a directory-managed member', async () => {
        await expect(
          adapter.removeMember(ids.organizationId, ids.directoryManagedUserId),
        ).rejects.toMatchObject({
          code: 'permission_denied',
        });
      });

      it('rejects an unknown member with not_found', async () => {
        await expect(
          adapter.removeMember(ids.organizationId, 'usr_00000000000000000000'),
        ).rejects.toMatchObject({
          code: 'not_found',
        });
      });
    });

    describe('when reading and changing the organization', () => {
      it('returns it with its external ID and a version', async () => {
        const organization = await adapter.getOrganization(ids.organizationId);
        expect(organization.id).toBe(ids.organizationId);
        expect(organization.externalId).toBe(ids.organizationExternalId);
        expect(typeof organization.version).toBe('string');
        for (const time of [organization.createdAt, organization.updatedAt])
          if (time !== null) expect(Number.isNaN(Date.parse(time))).toBe(false);
      });

      it('renames it and merges metadata by key', async () => {
        const before = await adapter.getOrganization(ids.organizationId);
        const after = await adapter.updateOrganization(ids.organizationId, {
          displayName: 'Renamed by the contract',
          metadata: { contract_key: 'value' },
        });
        expect(after.displayName).toBe('Renamed by the contract');
        expect(after.metadata).toEqual({ ...before.metadata, contract_key: 'value' });
        expect(after.version).not.toBe(before.version);
      });

      declared(capabilities.metadata.keyDeletion, 'metadata.keyDeletion')(
        'removes an organization metadata key sent as null',
        async () => {
          const before = await adapter.getOrganization(ids.organizationId);
          await adapter.updateOrganization(ids.organizationId, { metadata: { contract_key: 'value' } });
          const removed = await adapter.updateOrganization(ids.organizationId, {
            metadata: { contract_key: null },
          });
          expect(removed.metadata).toEqual(before.metadata);
        },
      );

      it('rejects more metadata pairs than the limit, on metadata', async () => {
        const { maxPairs } = adapter.limits.organizationMetadata;
        const current = await adapter.getOrganization(ids.organizationId);
        const room = maxPairs - Object.keys(current.metadata).length;
        const patch = Object.fromEntries(Array.from({ length: room + 1 }, (_, i) => [`extra_${i}`, 'value']));
        await expect(
          adapter.updateOrganization(ids.organizationId, { metadata: patch }),
        ).rejects.toMatchObject({
          code: 'validation',
          fieldErrors: { metadata: expect.any(String) },
        });
      });

      it('rejects an empty name with validation on displayName', async () => {
        await expect(
          adapter.updateOrganization(ids.organizationId, { displayName: '  ' }),
        ).rejects.toMatchObject({
          code: 'validation',
          fieldErrors: { displayName: expect.any(String) },
        });
      });

      it('rejects another organization’s external ID with conflict on externalId', async () => {
        await expect(
          adapter.updateOrganization(ids.organizationId, { externalId: ids.otherOrganizationExternalId }),
        ).rejects.toMatchObject({ code: 'conflict', fieldErrors: { externalId: expect.any(String) } });
      });

      declared(capabilities.concurrency !== 'none', 'concurrency atomic or check-then-write')(
        'rejects a stale expectedVersion with conflict',
        async () => {
          const { version } = await adapter.getOrganization(ids.organizationId);
          await adapter.updateOrganization(ids.organizationId, { displayName: 'Changed elsewhere' });
          await expect(
            adapter.updateOrganization(
              ids.organizationId,
              { displayName: 'Mine' },
              { expectedVersion: version },
            ),
          ).rejects.toMatchObject({ code: 'conflict' });
        },
      );

      it('lists the roles, with one default and one admin role', async () => {
        const roles = await adapter.listRoles(ids.organizationId);
        expect(roles.find((role) => role.name === ids.memberRole)?.isDefault).toBe(true);
        expect(roles.find((role) => role.name === ids.adminRole)?.isAdmin).toBe(true);
      });
    });

    describe('when looking up by external ID', () => {
      it('finds the organization, and null for an unknown ID', async () => {
        expect((await adapter.findOrganizationByExternalId(ids.organizationExternalId))?.id).toBe(
          ids.organizationId,
        );
        expect(await adapter.findOrganizationByExternalId('NO-SUCH-CUSTOMER')).toBeNull();
      });

      it('finds a member, and null for an unknown ID', async () => {
        const user = await adapter.findUserByExternalId(ids.organizationId, ids.memberExternalId);
        expect(user?.id).toBe(ids.memberUserId);
        expect(await adapter.findUserByExternalId(ids.organizationId, 'NO-SUCH-PERSON')).toBeNull();
      });
    });
  });
}
