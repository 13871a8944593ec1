import type { WriteOptions } from '../../core/adapter.ts';
import { applyUserPatch } from '../../core/apply-user-patch.ts';
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

    updateUser(userId: string, patch: UserPatch, options: WriteOptions = {}): User {
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
      const definitions = sanitizeAttributeDefinitions(
        enabledDefinitions(state.data.definitions),
      ).definitions;
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
