import type { UserWriteOptions } from '../../core/adapter.ts';
import { applyUserPatch } from '../../core/apply-user-patch.ts';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { customAttributeKeyIssue } from '../../core/custom-attribute-key.ts';
import { enabledDefinitions } from '../../core/definition-changes.ts';
import { TeamkitError } from '../../core/errors.ts';
import { isEmptyPatch } from '../../core/is-empty-patch.ts';
import { sanitizeAttributeDefinitions } from '../../core/sanitize-definitions.ts';
import type { User, UserPatch } from '../../core/user.ts';
import { userVersionFields, versionFingerprint } from '../../core/version-fingerprint.ts';
import type { Viewer } from '../../core/viewer.ts';
import type { BackendContext } from './backend-context.ts';
import { denied, notFound, own } from './backend-state.ts';
import { checkUserPatch } from './user-patch.ts';

/**
 * The definitions a write is checked against: the backend's own, plus, where it is declared to store
 * custom attributes it has no definition of (configured as Auth0), the caller's custom attributes
 * with a valid key that the own ones lack. Values are kept by key either way, so reads need nothing.
 */
function writeDefinitions(
  own: AttributeDefinition[],
  caller: readonly unknown[] | undefined,
  storesUndeclared: boolean,
): AttributeDefinition[] {
  if (!storesUndeclared || caller === undefined) return own;
  const known = new Set(own.map((definition) => definition.key.toLowerCase()));
  const added = sanitizeAttributeDefinitions(caller).definitions.filter(
    (definition) =>
      definition.scope === 'custom' &&
      !known.has(definition.key.toLowerCase()) &&
      customAttributeKeyIssue(definition.key) === null,
  );
  return [...own, ...added];
}

/** The memory backend's users: the viewer, user records, their updates and attribute definitions. */
export function createUsersBackend(context: BackendContext) {
  const { state } = context;
  return {
    getViewer(organizationId: string): Viewer {
      context.viewerUser();
      context.organization(organizationId);
      const membership = context.membershipOf(organizationId, state.viewerId);
      if (membership?.status !== 'active') throw notFound('Your membership of this organization');
      return {
        userId: state.viewerId,
        organizationId,
        roles: [...membership.roles],
        permissions: context.permissionsIn(organizationId),
      };
    },

    getCurrentUser(): User {
      return context.viewerUser();
    },

    getUser(userId: string): User {
      const viewer = context.viewerUser();
      const user = own(state.data.users, userId);
      if (!user) throw notFound('The user');
      if (userId !== viewer.id && !context.managesUser(userId)) throw denied();
      return user;
    },

    updateUser(userId: string, patch: UserPatch, options: UserWriteOptions = {}): User {
      const viewer = context.viewerUser();
      const user = own(state.data.users, userId);
      if (!user) throw notFound('The user');
      const admin = context.managesUser(userId, options.organizationId);
      if (userId !== viewer.id && !admin) throw denied();
      context.checkVersion(
        user.version,
        () => versionFingerprint(userVersionFields(user)),
        options.expectedVersion,
      );
      const definitions = writeDefinitions(
        sanitizeAttributeDefinitions(enabledDefinitions(state.data.definitions)).definitions,
        options.definitions,
        state.capabilities.storesUndeclaredCustomAttributes,
      );
      const checked = checkUserPatch(
        { user, mode: admin ? 'admin' : 'self', definitions, limits: state.limits },
        patch,
      );
      if (typeof checked.externalId === 'string' && context.externalIdTaken(checked.externalId, userId)) {
        throw new TeamkitError('conflict', 'Another user already has this external ID.', {
          fieldErrors: { externalId: 'Another user already has this external ID.' },
        });
      }
      if (isEmptyPatch(checked)) return user;
      const applied = applyUserPatch(user, checked);
      const next: User = {
        ...applied,
        version: context.userVersion(applied, user.version),
        updatedAt: context.iso(),
      };
      state.data.users[userId] = next;
      context.changed();
      return next;
    },

    findUserByExternalId(organizationId: string, externalId: string): User | null {
      context.requirePermission(organizationId, 'manageUsers');
      const found = Object.values(state.data.users).find((user) => user.externalId === externalId);
      return found && context.membershipOf(organizationId, found.id) ? found : null;
    },

    listAttributeDefinitions(): unknown[] {
      context.viewerUser();
      // Disabled fields are left out of every profile; their stored values stay.
      return enabledDefinitions(state.data.definitions);
    },
  };
}
