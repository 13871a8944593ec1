import type { Role } from '../../core/role.ts';
import type { User, UserProfile } from '../../core/user.ts';
import { versionFingerprint } from '../../core/version-fingerprint.ts';
import type { MemoryData, StoredMembership } from './memory-data.ts';

/** What `memoryUser` needs: an ID and an email; everything else has an empty default. */
export type MemoryUserInit = Pick<User, 'id' | 'email'> &
  Partial<Omit<User, 'id' | 'email' | 'profile'>> & { profile?: Partial<UserProfile> };

/** A complete stored user from a few fields, for seeds and for a story's `prepare`. */
export function memoryUser(init: MemoryUserInit): User {
  const createdAt = init.createdAt ?? '2024-01-15T09:00:00.000Z';
  return {
    emailVerified: true,
    externalId: null,
    userMetadata: {},
    appMetadata: {},
    overrides: {},
    identities: [],
    updatedAt: createdAt,
    lastLoginAt: null,
    version: '1',
    ...init,
    createdAt,
    profile: {
      givenName: null,
      familyName: null,
      name: null,
      locale: null,
      phoneNumber: null,
      phoneNumberVerified: false,
      picture: null,
      customAttributes: {},
      ...init.profile,
    },
  };
}

/** What `memoryMembership` needs: the organization and user; an active `member` by default. */
export type MemoryMembershipInit = Pick<StoredMembership, 'organizationId' | 'userId'> &
  Partial<StoredMembership>;

/**
 * The ID of a seeded invitation, derived from its organization and user so it is the same on every
 * load (invitations made through the adapter take IDs from the data's sequence instead).
 */
export function seededInvitationId(organizationId: string, userId: string | null): string {
  return `inv_${versionFingerprint([organizationId, userId])}`;
}

/** A complete stored membership from a few fields, for seeds and for a story's `prepare`. */
export function memoryMembership(init: MemoryMembershipInit): StoredMembership {
  const invitation = init.status === 'pending_invite' || init.status === 'invite_expired';
  return {
    invitationId: invitation ? seededInvitationId(init.organizationId, init.userId) : null,
    email: null,
    roles: ['member'],
    status: 'active',
    provisioning: 'dashboard',
    invitedAt: null,
    joinedAt: init.status === undefined || init.status === 'active' ? '2024-01-15T09:00:00.000Z' : null,
    expiresAt: null,
    inviterEmail: null,
    lastResentAt: null,
    resentCount: 0,
    metadata: {},
    ...init,
  };
}

/**
 * Adds a user and their membership to seeded data, replacing any earlier membership of the same user
 * in the same organization. For a story's `prepare`:
 * `prepare: (data) => addMemoryMember(data, { id: 'usr_x', email: 'x@acme.example' }, { roles: ['admin'] })`.
 */
export function addMemoryMember(
  data: MemoryData,
  user: MemoryUserInit,
  membership: Partial<StoredMembership> & { organizationId?: string } = {},
): User {
  const stored = memoryUser(user);
  data.users[stored.id] = stored;
  const organizationId = membership.organizationId ?? Object.keys(data.organizations)[0] ?? 'org_acme';
  data.memberships = data.memberships.filter(
    (m) => !(m.organizationId === organizationId && m.userId === stored.id),
  );
  data.memberships.push(memoryMembership({ ...membership, organizationId, userId: stored.id }));
  return stored;
}

/** The three seeded roles: admin, member (the default) and billing manager. */
export function seededRoles(): Role[] {
  return [
    {
      name: 'admin',
      displayName: 'Admin',
      description: 'Manages members, invitations and organization settings.',
      isDefault: false,
      isAdmin: true,
    },
    {
      name: 'member',
      displayName: 'Member',
      description: 'Uses the product and sees who else is in the organization.',
      isDefault: true,
      isAdmin: false,
    },
    {
      name: 'billing_manager',
      displayName: 'Billing manager',
      description: 'Manages the plan, invoices and billing details.',
      isDefault: false,
      isAdmin: false,
    },
  ];
}
