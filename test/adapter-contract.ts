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
 *
 * The cases live in one file per contract area, each defined by a `describe…Contract` function this
 * file composes: adapter-contract-users.ts, -members.ts, -invitations.ts, -memberships.ts,
 * -organization.ts, -definitions.ts and -viewer-organizations.ts; what they share is in
 * adapter-contract-support.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import type { TeamkitCapabilities } from '../src/core/capabilities.ts';
import { describeDefinitionManagementContract } from './adapter-contract-definitions.ts';
import { describeInvitationContract } from './adapter-contract-invitations.ts';
import { describeMemberListContract } from './adapter-contract-members.ts';
import { describeMembershipContract } from './adapter-contract-memberships.ts';
import { describeOrganizationContract } from './adapter-contract-organization.ts';
import { describeUserContract } from './adapter-contract-users.ts';
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

  describe(`${name} adapter contract`, () => {
    let adapter: TeamkitAdapter;
    let ids: ContractIds;

    beforeEach(async () => {
      ({ adapter, ids } = await makeAdapter());
    });

    /** The adapter and fixture of the running test, for the suite's parts (one file per contract area). */
    const current = () => ({ adapter, ids });
    describeDefinitionManagementContract(capabilities, current);
    describeViewerOrganizationsContract(capabilities, current);

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

    describeUserContract(capabilities, current);
    describeMemberListContract(capabilities, current);
    describeInvitationContract(capabilities, current);
    describeMembershipContract(capabilities, current);
    describeOrganizationContract(capabilities, current);
  });
}
