import type { MembersPage, MembersQuery, WriteOptions } from '../../core/adapter.ts';
import { applyUserPatch } from '../../core/apply-user-patch.ts';
import { TeamkitError } from '../../core/errors.ts';
import type { Invitation, InviteInput } from '../../core/invitation.ts';
import { isPlainObject } from '../../core/json.ts';
import type { BackendLimits } from '../../core/limits.ts';
import type { Member, MembershipPatch } from '../../core/member.ts';
import { applyMetadataPatch } from '../../core/metadata.ts';
import type { Organization, OrganizationPatch } from '../../core/organization.ts';
import { isEmptyPatch } from '../../core/profile-patch.ts';
import type { Role } from '../../core/role.ts';
import { sanitizeAttributeDefinitions } from '../../core/sanitize-definitions.ts';
import type { User, UserPatch } from '../../core/user.ts';
import type { OrganizationPermissions, Viewer } from '../../core/viewer.ts';
import { checkEmail, checkExternalId, checkMetadataPatch, type FieldErrorBag } from './field-checks.ts';
import { memoryMembership, memoryUser } from './fixtures.ts';
import {
  decodeCursor,
  encodeCursor,
  type MemberRow,
  memberName,
  pageSize,
  queryFingerprint,
  selectMemberRows,
} from './members-query.ts';
import type { MemoryData, StoredMembership } from './memory-data.ts';
import {
  enforceRemoval,
  enforceRoleChange,
  holdsAdminRole,
  isInvitation,
  memberActions,
  permissionsFor,
  resendAllowedAt,
} from './permissions.ts';
import { invitationLifetimeMs } from './seed-data.ts';
import { checkUserPatch } from './user-patch.ts';

/** What the backend's rules read and write: swapped wholesale by `reset()`. */
export interface BackendState {
  /** The data; replaced on reset, so always read it through the state. */
  data: MemoryData;
  /** The limits enforced. */
  limits: BackendLimits;
  /** The signed-in user's ID. */
  viewerId: string;
  /** The clock (ms since the epoch); `Date.now` so fake timers control it. */
  now(): number;
  /** Called after every change: saves when persisting. */
  commit(): void;
}

const nameMaxLength = 255;

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function bumpVersion(version: string): string {
  const number = Number(version);
  return Number.isInteger(number) ? String(number + 1) : '1';
}

const notFound = (what: string) => new TeamkitError('not_found', `${what} was not found.`);
const denied = (message?: string, fieldErrors?: FieldErrorBag) =>
  new TeamkitError('permission_denied', message, fieldErrors ? { fieldErrors } : {});

/**
 * The rules of the memory backend, as synchronous functions over its data: the same validation, the same
 * permissions and the same invitation lifecycle a real identity backend has. The adapter wraps each in
 * latency, faults, call recording and deep copies.
 */
export function createBackend(state: BackendState) {
  // Sorting 10,000 members takes milliseconds; paging through one query should not sort again per page.
  let rowsCache: { data: MemoryData; fingerprint: string; rows: MemberRow[] } | null = null;

  const iso = () => new Date(state.now()).toISOString();
  const changed = () => {
    rowsCache = null;
    state.commit();
  };

  /** Pending invitations past their expiry become expired, as the real backend reports them. */
  const expireInvitations = () => {
    const now = state.now();
    let expired = false;
    for (const membership of state.data.memberships) {
      if (
        membership.status === 'pending_invite' &&
        membership.expiresAt &&
        Date.parse(membership.expiresAt) <= now
      ) {
        membership.status = 'invite_expired';
        expired = true;
      }
    }
    if (expired) changed();
  };

  const viewerUser = (): User => {
    expireInvitations();
    const user = own(state.data.users, state.viewerId);
    if (!user) throw new TeamkitError('unauthenticated');
    return user;
  };
  const organization = (organizationId: string): Organization => {
    const found = own(state.data.organizations, organizationId);
    if (!found) throw notFound('The organization');
    return found;
  };
  const rolesOf = (organizationId: string): Role[] => own(state.data.roles, organizationId) ?? [];
  const membershipOf = (organizationId: string, userId: string) =>
    state.data.memberships.find((m) => m.organizationId === organizationId && m.userId === userId);
  const permissionsIn = (organizationId: string): OrganizationPermissions =>
    permissionsFor(membershipOf(organizationId, state.viewerId), rolesOf(organizationId));
  const requirePermission = (organizationId: string, permission: keyof OrganizationPermissions) => {
    viewerUser();
    organization(organizationId);
    const permissions = permissionsIn(organizationId);
    if (!permissions[permission]) throw denied();
    return permissions;
  };
  /** True when the viewer manages `userId` in a shared organization (`organizationId`, when given). */
  const managesUser = (userId: string, organizationId?: string) =>
    state.data.memberships.some(
      (m) =>
        m.userId === userId &&
        (organizationId === undefined || m.organizationId === organizationId) &&
        permissionsIn(m.organizationId).manageUsers,
    );
  const activeAdminCount = (organizationId: string) => {
    const roles = rolesOf(organizationId);
    return state.data.memberships.filter(
      (m) => m.organizationId === organizationId && m.status === 'active' && holdsAdminRole(m, roles),
    ).length;
  };

  const toMember = (
    membership: StoredMembership,
    permissions: OrganizationPermissions,
    adminCount: number,
  ): Member => {
    const user = own(state.data.users, membership.userId);
    const roles = rolesOf(membership.organizationId);
    const lastAdmin = adminCount <= 1 && membership.status === 'active' && holdsAdminRole(membership, roles);
    return {
      userId: membership.userId,
      organizationId: membership.organizationId,
      email: user?.email ?? '',
      givenName: user?.profile.givenName ?? null,
      familyName: user?.profile.familyName ?? null,
      name: user ? memberName(user) : null,
      externalId: user?.externalId ?? null,
      roles: [...membership.roles],
      status: membership.status,
      provisioning: membership.provisioning,
      invitedAt: membership.invitedAt,
      joinedAt: membership.joinedAt,
      expiresAt: membership.expiresAt,
      inviterEmail: membership.inviterEmail,
      lastResentAt: membership.lastResentAt,
      resentCount: membership.resentCount,
      metadata: membership.metadata,
      actions: memberActions(membership, { permissions, lastAdmin, now: state.now() }),
    };
  };
  const memberFor = (membership: StoredMembership) =>
    toMember(
      membership,
      permissionsIn(membership.organizationId),
      activeAdminCount(membership.organizationId),
    );

  /** Deletes a membership; a user left with none is deleted too (Scalekit's cascade default). */
  const deleteMembership = (membership: StoredMembership) => {
    state.data.memberships = state.data.memberships.filter((m) => m !== membership);
    if (!state.data.memberships.some((m) => m.userId === membership.userId)) {
      delete state.data.users[membership.userId];
    }
    changed();
  };

  const rowsFor = (query: MembersQuery, fingerprint: string): MemberRow[] => {
    if (rowsCache && rowsCache.data === state.data && rowsCache.fingerprint === fingerprint)
      return rowsCache.rows;
    const rows: MemberRow[] = [];
    for (const membership of state.data.memberships) {
      const user = own(state.data.users, membership.userId);
      if (user) rows.push({ membership, user });
    }
    const selected = selectMemberRows(rows, query);
    rowsCache = { data: state.data, fingerprint, rows: selected };
    return selected;
  };

  const externalIdTaken = (externalId: string, exceptUserId: string) =>
    Object.values(state.data.users).some(
      (user) => user.externalId === externalId && user.id !== exceptUserId,
    );

  const invitationOf = (membership: StoredMembership): Invitation => ({
    organizationId: membership.organizationId,
    userId: membership.userId,
    email: own(state.data.users, membership.userId)?.email ?? '',
    inviterEmail: membership.inviterEmail,
    status:
      membership.status === 'pending_invite'
        ? 'pending'
        : membership.status === 'invite_expired'
          ? 'expired'
          : 'accepted',
    createdAt: membership.invitedAt ?? iso(),
    expiresAt: membership.expiresAt ?? iso(),
    resentAt: membership.lastResentAt,
    resentCount: membership.resentCount,
  });

  const checkName = (value: unknown, field: string, errors: FieldErrorBag): string | null => {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      errors[field] = 'Enter text.';
      return null;
    }
    const trimmed = value.trim();
    if (trimmed.length > nameMaxLength) errors[field] = `Use at most ${nameMaxLength} characters.`;
    return trimmed || null;
  };

  const checkRoles = (organizationId: string, value: unknown, errors: FieldErrorBag): string[] | null => {
    if (!Array.isArray(value) || value.some((role) => typeof role !== 'string')) {
      errors.roles = 'Choose roles from the list.';
      return null;
    }
    const known = rolesOf(organizationId);
    const unknown = value.filter((name) => !known.some((role) => role.name === name));
    if (unknown.length > 0) {
      errors.roles = `There is no role named ${unknown.map((name) => `“${name}”`).join(', ')}.`;
      return null;
    }
    return [...new Set(value as string[])];
  };

  return {
    getViewer(organizationId: string): Viewer {
      viewerUser();
      organization(organizationId);
      const membership = membershipOf(organizationId, state.viewerId);
      if (membership?.status !== 'active') throw notFound('Your membership of this organization');
      return {
        userId: state.viewerId,
        organizationId,
        roles: [...membership.roles],
        permissions: permissionsIn(organizationId),
      };
    },

    getCurrentUser(): User {
      return viewerUser();
    },

    getUser(userId: string): User {
      const viewer = viewerUser();
      const user = own(state.data.users, userId);
      if (!user) throw notFound('The user');
      if (userId !== viewer.id && !managesUser(userId)) throw denied();
      return user;
    },

    updateUser(userId: string, patch: UserPatch, options: WriteOptions = {}): User {
      const viewer = viewerUser();
      const user = own(state.data.users, userId);
      if (!user) throw notFound('The user');
      const admin = managesUser(userId, options.organizationId);
      if (userId !== viewer.id && !admin) throw denied();
      if (options.expectedVersion !== undefined && options.expectedVersion !== user.version) {
        throw new TeamkitError('conflict');
      }
      const definitions = sanitizeAttributeDefinitions(state.data.definitions).definitions;
      const checked = checkUserPatch(
        { user, mode: admin ? 'admin' : 'self', definitions, limits: state.limits },
        patch,
      );
      if (typeof checked.externalId === 'string' && externalIdTaken(checked.externalId, userId)) {
        throw new TeamkitError('conflict', 'Another user already has this external ID.', {
          fieldErrors: { externalId: 'Another user already has this external ID.' },
        });
      }
      if (isEmptyPatch(checked)) return user;
      const next: User = {
        ...applyUserPatch(user, checked),
        version: bumpVersion(user.version),
        updatedAt: iso(),
      };
      state.data.users[userId] = next;
      changed();
      return next;
    },

    listAttributeDefinitions(): unknown[] {
      viewerUser();
      return state.data.definitions;
    },

    listMembers(query: MembersQuery): MembersPage {
      const permissions = requirePermission(query.organizationId, 'viewMembers');
      const fingerprint = queryFingerprint(query);
      const offset = query.cursor ? decodeCursor(query.cursor, fingerprint) : 0;
      const rows = rowsFor(query, fingerprint);
      const size = pageSize(query.limit);
      const adminCount = activeAdminCount(query.organizationId);
      const end = offset + size;
      return {
        members: rows.slice(offset, end).map((row) => toMember(row.membership, permissions, adminCount)),
        nextCursor: end < rows.length ? encodeCursor(end, fingerprint) : null,
        totalCount: rows.length,
      };
    },

    getMember(organizationId: string, userId: string): Member {
      viewerUser();
      organization(organizationId);
      if (userId !== state.viewerId && !permissionsIn(organizationId).viewMembers) throw denied();
      const membership = membershipOf(organizationId, userId);
      if (!membership || !own(state.data.users, userId)) throw notFound('The member');
      return memberFor(membership);
    },

    inviteMember(organizationId: string, input: InviteInput): Member {
      const permissions = requirePermission(organizationId, 'inviteMembers');
      if (!isPlainObject(input)) throw new TeamkitError('validation', 'The invitation was not understood.');
      // Without a key (a plain JavaScript caller), every call is a new attempt.
      const idempotencyKey =
        typeof input.idempotencyKey === 'string' && input.idempotencyKey !== ''
          ? `${organizationId} ${input.idempotencyKey}`
          : null;
      const remembered = idempotencyKey ? own(state.data.idempotency, idempotencyKey) : undefined;
      if (remembered) return remembered;

      if ((input.externalId !== undefined || input.metadata !== undefined) && !permissions.manageUsers) {
        throw denied('Only an administrator can set an external ID or metadata.');
      }
      const errors: FieldErrorBag = {};
      const email = checkEmail(input.email, errors);
      const roles =
        input.roles === undefined || (Array.isArray(input.roles) && input.roles.length === 0)
          ? rolesOf(organizationId)
              .filter((role) => role.isDefault)
              .map((role) => role.name)
          : checkRoles(organizationId, input.roles, errors);
      const givenName = checkName(input.givenName, 'givenName', errors);
      const familyName = checkName(input.familyName, 'familyName', errors);
      const name = checkName(input.name, 'name', errors);
      const externalId =
        input.externalId === undefined
          ? undefined
          : checkExternalId(input.externalId, state.limits.externalIdMaxLength, errors);
      const existing = email
        ? Object.values(state.data.users).find((user) => user.email.toLowerCase() === email)
        : undefined;
      const metadata =
        input.metadata === undefined
          ? undefined
          : checkMetadataPatch(
              existing?.appMetadata ?? {},
              input.metadata,
              state.limits.userMetadata,
              'metadata',
              errors,
            );
      if (Object.keys(errors).length > 0 || !email || !roles)
        throw new TeamkitError('validation', undefined, { fieldErrors: errors });

      const current = existing ? membershipOf(organizationId, existing.id) : undefined;
      if (current && current.status !== 'invite_expired') throw new TeamkitError('already_member');
      if (
        externalId &&
        (externalIdTaken(externalId, existing?.id ?? '') ||
          (existing?.externalId && existing.externalId !== externalId))
      ) {
        throw new TeamkitError('conflict', 'Another user already has this external ID.', {
          fieldErrors: { externalId: 'Another user already has this external ID.' },
        });
      }

      // One reading of the clock, so the invitation lasts exactly its lifetime.
      const nowMs = state.now();
      const now = new Date(nowMs).toISOString();
      let user: User;
      if (existing) {
        // An existing person keeps their profile; only what an admin adds here is merged in.
        user = {
          ...existing,
          externalId: externalId ?? existing.externalId,
          appMetadata: metadata ? applyMetadataPatch(existing.appMetadata, metadata) : existing.appMetadata,
        };
        if (externalId || metadata)
          user = { ...user, version: bumpVersion(existing.version), updatedAt: now };
      } else {
        state.data.sequence += 1;
        user = memoryUser({
          id: `usr_963${String(state.data.sequence).padStart(14, '0')}`,
          email,
          emailVerified: false,
          externalId: externalId ?? null,
          createdAt: now,
          appMetadata: metadata ? applyMetadataPatch({}, metadata) : {},
          profile: { givenName, familyName, name },
        });
      }
      state.data.users[user.id] = user;
      if (current) state.data.memberships = state.data.memberships.filter((m) => m !== current);
      const membership = memoryMembership({
        organizationId,
        userId: user.id,
        roles,
        status: 'pending_invite',
        provisioning: 'invitation',
        invitedAt: now,
        joinedAt: null,
        expiresAt: new Date(nowMs + invitationLifetimeMs).toISOString(),
        inviterEmail: own(state.data.users, state.viewerId)?.email ?? null,
      });
      state.data.memberships.push(membership);
      const member = memberFor(membership);
      if (idempotencyKey) state.data.idempotency[idempotencyKey] = member;
      changed();
      return member;
    },

    resendInvitation(organizationId: string, userId: string): Invitation {
      requirePermission(organizationId, 'inviteMembers');
      const membership = membershipOf(organizationId, userId);
      if (!membership) throw notFound('The invitation');
      if (!isInvitation(membership))
        throw new TeamkitError('conflict', 'This invitation was already accepted.');
      const now = state.now();
      const allowedAt = resendAllowedAt(membership);
      if (now < allowedAt)
        throw new TeamkitError('rate_limited', undefined, { retryAfterMs: allowedAt - now });
      if (membership.status === 'invite_expired') {
        // A resend after expiry is a new invitation with a new lifetime; before it, a reminder.
        membership.status = 'pending_invite';
        membership.invitedAt = new Date(now).toISOString();
        membership.expiresAt = new Date(now + invitationLifetimeMs).toISOString();
      }
      membership.lastResentAt = new Date(now).toISOString();
      membership.resentCount += 1;
      changed();
      return invitationOf(membership);
    },

    revokeInvitation(organizationId: string, userId: string): void {
      requirePermission(organizationId, 'inviteMembers');
      const membership = membershipOf(organizationId, userId);
      if (!membership) throw notFound('The invitation');
      if (!isInvitation(membership))
        throw new TeamkitError('conflict', 'This invitation was already accepted.');
      deleteMembership(membership);
    },

    updateMembership(organizationId: string, userId: string, patch: MembershipPatch): Member {
      const permissions = requirePermission(organizationId, 'manageMembers');
      const membership = membershipOf(organizationId, userId);
      if (!membership) throw notFound('The member');
      const errors: FieldErrorBag = {};
      let roles: string[] | null = null;
      if (patch.roles !== undefined) {
        roles = checkRoles(organizationId, patch.roles, errors);
        if (roles && roles.length === 0) errors.roles = 'Choose at least one role.';
      }
      const metadata =
        patch.metadata === undefined
          ? null
          : checkMetadataPatch(
              membership.metadata,
              patch.metadata,
              state.limits.membershipMetadata,
              'metadata',
              errors,
            );
      if (Object.keys(errors).length > 0)
        throw new TeamkitError('validation', undefined, { fieldErrors: errors });

      const rolesChange =
        roles !== null &&
        (roles.length !== membership.roles.length || roles.some((role) => !membership.roles.includes(role)));
      if (roles && rolesChange) {
        const { memberships } = state.data;
        enforceRoleChange(membership, roles, {
          viewerId: state.viewerId,
          permissions,
          memberships,
          roles: rolesOf(organizationId),
        });
        membership.roles = roles;
      }
      if (metadata) membership.metadata = { ...applyMetadataPatch(membership.metadata, metadata) };
      if (rolesChange || metadata) changed();
      return memberFor(membership);
    },

    removeMember(organizationId: string, userId: string): void {
      const permissions = requirePermission(organizationId, 'manageMembers');
      const membership = membershipOf(organizationId, userId);
      if (!membership) throw notFound('The member');
      const { memberships } = state.data;
      enforceRemoval(membership, {
        viewerId: state.viewerId,
        permissions,
        memberships,
        roles: rolesOf(organizationId),
      });
      deleteMembership(membership);
    },

    listRoles(organizationId: string): Role[] {
      viewerUser();
      organization(organizationId);
      if (!membershipOf(organizationId, state.viewerId)) throw denied();
      return rolesOf(organizationId);
    },

    getOrganization(organizationId: string): Organization {
      viewerUser();
      const found = organization(organizationId);
      if (membershipOf(organizationId, state.viewerId)?.status !== 'active') throw denied();
      return found;
    },

    updateOrganization(
      organizationId: string,
      patch: OrganizationPatch,
      options: WriteOptions = {},
    ): Organization {
      requirePermission(organizationId, 'updateOrganization');
      const current = organization(organizationId);
      if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
        throw new TeamkitError('conflict');
      }
      if (!isPlainObject(patch)) throw new TeamkitError('validation', 'The change was not understood.');
      const errors: FieldErrorBag = {};
      let displayName: string | undefined;
      if (patch.displayName !== undefined) {
        const trimmed = typeof patch.displayName === 'string' ? patch.displayName.trim() : '';
        if (trimmed === '') errors.displayName = 'Enter the organization’s name.';
        else if (trimmed.length > state.limits.displayNameMaxLength)
          errors.displayName = `Use at most ${state.limits.displayNameMaxLength} characters for the name.`;
        else displayName = trimmed;
      }
      const externalId =
        patch.externalId === undefined
          ? undefined
          : checkExternalId(patch.externalId, state.limits.externalIdMaxLength, errors);
      const metadata =
        patch.metadata === undefined
          ? undefined
          : checkMetadataPatch(
              current.metadata,
              patch.metadata,
              state.limits.organizationMetadata,
              'metadata',
              errors,
            );
      if (Object.keys(errors).length > 0)
        throw new TeamkitError('validation', undefined, { fieldErrors: errors });
      if (
        typeof externalId === 'string' &&
        Object.values(state.data.organizations).some(
          (org) => org.externalId === externalId && org.id !== organizationId,
        )
      ) {
        throw new TeamkitError('conflict', 'Another organization already has this external ID.', {
          fieldErrors: { externalId: 'Another organization already has this external ID.' },
        });
      }
      if (displayName === undefined && externalId === undefined && !metadata) return current;
      const next: Organization = {
        ...current,
        displayName: displayName ?? current.displayName,
        externalId: externalId === undefined ? current.externalId : externalId,
        metadata: metadata ? applyMetadataPatch(current.metadata, metadata) : current.metadata,
        updatedAt: iso(),
        version: bumpVersion(current.version),
      };
      state.data.organizations[organizationId] = next;
      changed();
      return next;
    },

    findOrganizationByExternalId(externalId: string): Organization | null {
      viewerUser();
      const found = Object.values(state.data.organizations).find((org) => org.externalId === externalId);
      // Organizations the viewer does not belong to are not theirs to discover.
      return found && membershipOf(found.id, state.viewerId) ? found : null;
    },

    findUserByExternalId(organizationId: string, externalId: string): User | null {
      requirePermission(organizationId, 'manageUsers');
      const found = Object.values(state.data.users).find((user) => user.externalId === externalId);
      return found && membershipOf(organizationId, found.id) ? found : null;
    },

    /** Applies a change as if made elsewhere (another tab, an admin, a sync), giving a new version. */
    simulateExternalEdit(
      kind: 'user' | 'organization',
      id: string,
      patch: UserPatch | OrganizationPatch,
    ): void {
      if (kind === 'user') {
        const user = own(state.data.users, id);
        if (!user) throw new Error(`simulateExternalEdit: there is no user ${id}.`);
        state.data.users[id] = {
          ...applyUserPatch(user, patch as UserPatch),
          version: bumpVersion(user.version),
          updatedAt: iso(),
        };
      } else {
        const current = own(state.data.organizations, id);
        if (!current) throw new Error(`simulateExternalEdit: there is no organization ${id}.`);
        const change = patch as OrganizationPatch;
        state.data.organizations[id] = {
          ...current,
          displayName: change.displayName ?? current.displayName,
          externalId: change.externalId === undefined ? current.externalId : change.externalId,
          metadata: change.metadata
            ? applyMetadataPatch(current.metadata, change.metadata)
            : current.metadata,
          version: bumpVersion(current.version),
          updatedAt: iso(),
        };
      }
      changed();
    },
  };
}

/** The memory backend's rules (see createBackend). */
export type MemoryBackend = ReturnType<typeof createBackend>;
