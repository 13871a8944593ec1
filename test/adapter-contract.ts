/**
 * The conformance suite every Teamkit adapter must pass: call `describeAdapterContract(name, makeAdapter)`
 * once per adapter. It checks the behaviour the hooks and components rely on (validation, permissions,
 * invitations, pagination, conflicts), not any adapter's internals, so the in-memory adapter cannot drift
 * from the HTTP and vendor ones.
 *
 * What the backend behind `makeAdapter` must hold (the memory adapter's seed does):
 * - the viewer is the organization's only active admin;
 * - an active plain member with an external ID, a pending and an expired invitation, and a member
 *   provisioned by a directory (SCIM);
 * - a second organization with an external ID (for the clash);
 * - the attribute definitions named in `ContractIds.attributes`.
 * Every test starts from a fresh backend (makeAdapter runs before each test).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import type { Member } from '../src/core/member.ts';
import { sanitizeAttributeDefinitions } from '../src/core/sanitize-definitions.ts';

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
  /** A user with a pending invitation. */
  pendingInviteUserId: string;
  /** A user whose invitation has expired. */
  expiredInviteUserId: string;
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
): Promise<{ members: Member[]; totalCounts: number[]; pages: number }> {
  const members: Member[] = [];
  const totalCounts: number[] = [];
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

/** Defines the conformance suite for one adapter. */
export function describeAdapterContract(name: string, makeAdapter: MakeContractAdapter): void {
  describe(`${name} adapter contract`, () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(async () => {
      ({ adapter, ids } = await makeAdapter());
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

      it('merges user metadata by key, and null removes one', async () => {
        await adapter.updateUser(ids.adminUserId, { userMetadata: { contract_a: 'one', contract_b: 'two' } });
        const after = await adapter.updateUser(ids.adminUserId, { userMetadata: { contract_a: null } });
        expect(after.userMetadata.contract_a).toBeUndefined();
        expect(after.userMetadata.contract_b).toBe('two');
      });

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

      it('rejects a stale expectedVersion with conflict, and accepts the current one', async () => {
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
      it('returns a first page with the total count', async () => {
        const page = await adapter.listMembers({ organizationId: ids.organizationId });
        expect(page.members.length).toBeGreaterThan(0);
        expect(page.totalCount).toBeGreaterThanOrEqual(page.members.length);
        for (const member of page.members) expect(member.organizationId).toBe(ids.organizationId);
      });

      it('pages through every member exactly once with stable cursors', async () => {
        const { members, totalCounts } = await allPages(adapter, {
          organizationId: ids.organizationId,
          limit: 7,
        });
        const userIds = members.map((member) => member.userId);
        expect(new Set(userIds).size).toBe(userIds.length);
        expect(userIds.length).toBe(totalCounts[0]);
        expect(new Set(totalCounts).size).toBe(1);
        const again = await allPages(adapter, { organizationId: ids.organizationId, limit: 7 });
        expect(again.members.map((member) => member.userId)).toEqual(userIds);
      });

      it('caps the page size at 100', async () => {
        const page = await adapter.listMembers({ organizationId: ids.organizationId, limit: 1_000 });
        expect(page.members.length).toBeLessThanOrEqual(100);
      });

      it('rejects a cursor from another query with validation', async () => {
        const first = await adapter.listMembers({ organizationId: ids.organizationId, limit: 2 });
        expect(first.nextCursor).not.toBeNull();
        await expect(
          adapter.listMembers({
            organizationId: ids.organizationId,
            limit: 2,
            statuses: ['pending_invite'],
            cursor: first.nextCursor,
          }),
        ).rejects.toMatchObject({ code: 'validation' });
      });

      it('searches email and external ID case-insensitively', async () => {
        const member = await adapter.getMember(ids.organizationId, ids.memberUserId);
        const byEmail = await adapter.listMembers({
          organizationId: ids.organizationId,
          search: member.email.split('@')[0]?.toUpperCase(),
        });
        expect(byEmail.members.map((m) => m.userId)).toContain(ids.memberUserId);
        const byExternalId = await adapter.listMembers({
          organizationId: ids.organizationId,
          search: ids.memberExternalId.toLowerCase(),
        });
        expect(byExternalId.members.map((m) => m.userId)).toEqual([ids.memberUserId]);
        expect(byExternalId.totalCount).toBe(1);
      });

      it('searches names', async () => {
        const member = await adapter.getMember(ids.organizationId, ids.memberUserId);
        const word = (member.name ?? member.givenName ?? '').split(' ')[0] ?? '';
        expect(word).not.toBe('');
        const page = await adapter.listMembers({
          organizationId: ids.organizationId,
          search: word.toLowerCase(),
        });
        expect(page.members.map((m) => m.userId)).toContain(ids.memberUserId);
      });

      it('filters by status', async () => {
        const { members } = await allPages(adapter, {
          organizationId: ids.organizationId,
          statuses: ['pending_invite'],
        });
        expect(members.map((m) => m.userId)).toContain(ids.pendingInviteUserId);
        for (const member of members) expect(member.status).toBe('pending_invite');
      });

      it('filters by role', async () => {
        const { members } = await allPages(adapter, {
          organizationId: ids.organizationId,
          roles: [ids.adminRole],
        });
        expect(members.map((m) => m.userId)).toEqual([ids.adminUserId]);
      });

      it('sorts by email in both directions', async () => {
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
      });

      it('says on each row what the viewer may do', async () => {
        const admin = await adapter.getMember(ids.organizationId, ids.adminUserId);
        expect(admin.actions.remove).toEqual({ allowed: false, reason: 'last_admin' });
        expect(admin.actions.changeRoles).toEqual({ allowed: false, reason: 'last_admin' });
        const managed = await adapter.getMember(ids.organizationId, ids.directoryManagedUserId);
        expect(managed.actions.remove).toEqual({ allowed: false, reason: 'managed_by_directory' });
        const member = await adapter.getMember(ids.organizationId, ids.memberUserId);
        expect(member.actions.remove).toEqual({ allowed: true });
        expect(member.actions.revokeInvitation.allowed).toBe(false);
        const pending = await adapter.getMember(ids.organizationId, ids.pendingInviteUserId);
        expect(pending.actions.revokeInvitation).toEqual({ allowed: true });
      });
    });

    describe('when inviting', () => {
      it('creates a pending invitation that expires 15 days later', async () => {
        const email = newAddress();
        const viewer = await adapter.getUser(ids.adminUserId);
        const member = await adapter.inviteMember(ids.organizationId, { email, idempotencyKey: newKey() });
        expect(member.email).toBe(email);
        expect(member.status).toBe('pending_invite');
        expect(member.provisioning).toBe('invitation');
        expect(member.roles).toEqual([ids.memberRole]);
        expect(member.inviterEmail).toBe(viewer.email);
        expect(member.joinedAt).toBeNull();
        const lifetime = Date.parse(member.expiresAt ?? '') - Date.parse(member.invitedAt ?? '');
        expect(lifetime).toBe(15 * 24 * 60 * 60 * 1000);
        const found = await adapter.listMembers({ organizationId: ids.organizationId, search: email });
        expect(found.members.map((m) => m.userId)).toEqual([member.userId]);
      });

      it('grants the roles asked for', async () => {
        const member = await adapter.inviteMember(ids.organizationId, {
          email: newAddress(),
          roles: [ids.adminRole],
          idempotencyKey: newKey(),
        });
        expect(member.roles).toEqual([ids.adminRole]);
      });

      it('rejects an active member and a pending invitation with already_member', async () => {
        for (const userId of [ids.memberUserId, ids.pendingInviteUserId]) {
          const { email } = await adapter.getMember(ids.organizationId, userId);
          await expect(
            adapter.inviteMember(ids.organizationId, {
              email: email.toUpperCase(),
              idempotencyKey: newKey(),
            }),
          ).rejects.toMatchObject({ code: 'already_member' });
        }
      });

      it('returns the first result when the same idempotency key is sent again', async () => {
        const input = { email: newAddress(), idempotencyKey: newKey() };
        const first = await adapter.inviteMember(ids.organizationId, input);
        const second = await adapter.inviteMember(ids.organizationId, input);
        expect(second.userId).toBe(first.userId);
        const found = await adapter.listMembers({ organizationId: ids.organizationId, search: input.email });
        expect(found.totalCount).toBe(1);
      });

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
      it('resends a pending invitation', async () => {
        const before = await adapter.getMember(ids.organizationId, ids.pendingInviteUserId);
        const invitation = await adapter.resendInvitation(ids.organizationId, ids.pendingInviteUserId);
        expect(invitation.userId).toBe(ids.pendingInviteUserId);
        expect(invitation.status).toBe('pending');
        expect(invitation.resentCount).toBe(before.resentCount + 1);
        expect(invitation.resentAt).not.toBeNull();
      });

      it('issues a new invitation with a later expiry when the old one expired', async () => {
        const before = await adapter.getMember(ids.organizationId, ids.expiredInviteUserId);
        expect(before.status).toBe('invite_expired');
        const invitation = await adapter.resendInvitation(ids.organizationId, ids.expiredInviteUserId);
        expect(invitation.status).toBe('pending');
        expect(Date.parse(invitation.expiresAt)).toBeGreaterThan(Date.now());
        const after = await adapter.getMember(ids.organizationId, ids.expiredInviteUserId);
        expect(after.status).toBe('pending_invite');
      });

      it('refuses to resend to an active member with conflict', async () => {
        await expect(adapter.resendInvitation(ids.organizationId, ids.memberUserId)).rejects.toMatchObject({
          code: 'conflict',
        });
      });

      it('revokes a pending invitation', async () => {
        await adapter.revokeInvitation(ids.organizationId, ids.pendingInviteUserId);
        await expect(adapter.getMember(ids.organizationId, ids.pendingInviteUserId)).rejects.toMatchObject({
          code: 'not_found',
        });
      });

      it('refuses to revoke an active membership with conflict', async () => {
        await expect(adapter.revokeInvitation(ids.organizationId, ids.memberUserId)).rejects.toMatchObject({
          code: 'conflict',
        });
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

      it('merges membership metadata by key', async () => {
        await adapter.updateMembership(ids.organizationId, ids.memberUserId, {
          metadata: { contract_key: 'one' },
        });
        const member = await adapter.updateMembership(ids.organizationId, ids.memberUserId, {
          metadata: { contract_other: 'two' },
        });
        expect(member.metadata).toMatchObject({ contract_key: 'one', contract_other: 'two' });
      });
    });

    describe('when removing members', () => {
      it('removes a member', async () => {
        await adapter.removeMember(ids.organizationId, ids.memberUserId);
        await expect(adapter.getMember(ids.organizationId, ids.memberUserId)).rejects.toMatchObject({
          code: 'not_found',
        });
        const page = await adapter.listMembers({
          organizationId: ids.organizationId,
          search: ids.memberExternalId,
        });
        expect(page.totalCount).toBe(0);
      });

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
        const removed = await adapter.updateOrganization(ids.organizationId, {
          metadata: { contract_key: null },
        });
        expect(removed.metadata).toEqual(before.metadata);
      });

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

      it('rejects a stale expectedVersion with conflict', async () => {
        const { version } = await adapter.getOrganization(ids.organizationId);
        await adapter.updateOrganization(ids.organizationId, { displayName: 'Changed elsewhere' });
        await expect(
          adapter.updateOrganization(
            ids.organizationId,
            { displayName: 'Mine' },
            { expectedVersion: version },
          ),
        ).rejects.toMatchObject({ code: 'conflict' });
      });

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
