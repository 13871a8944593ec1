import { applyOrganizationPatch } from '../../core/apply-organization-patch.ts';
import { applyUserPatch } from '../../core/apply-user-patch.ts';
import type { OrganizationPatch } from '../../core/organization.ts';
import type { UserPatch } from '../../core/user.ts';
import { createAcceptanceBackend } from './backend-acceptance.ts';
import { createBackendContext } from './backend-context.ts';
import { createDefinitionsBackend } from './backend-definitions.ts';
import { createInvitationsBackend } from './backend-invitations.ts';
import { createMembersBackend } from './backend-members.ts';
import { createOrganizationsBackend } from './backend-organizations.ts';
import { type BackendState, own } from './backend-state.ts';
import { createUsersBackend } from './backend-users.ts';
import { createViewerOrganizationsBackend } from './backend-viewer-organizations.ts';

export type { BackendState } from './backend-state.ts';

/**
 * The rules of the memory backend, as synchronous functions over its data: the same validation, the same
 * permissions and the same invitation lifecycle a real identity backend has, and only what its declared
 * capabilities allow. One module per resource (users, members, invitations, organizations) over a
 * shared context; the adapter wraps each in latency, faults, call recording and deep copies.
 */
export function createBackend(state: BackendState) {
  const context = createBackendContext(state);
  const acceptance = createAcceptanceBackend(context);
  return {
    ...createUsersBackend(context),
    ...createMembersBackend(context),
    ...createInvitationsBackend(context),
    ...acceptance,
    ...createViewerOrganizationsBackend(context, acceptance),
    ...createOrganizationsBackend(context),
    ...createDefinitionsBackend(context),

    /** Applies a change as if made elsewhere (another tab, an admin, a sync), giving a new version. */
    simulateExternalEdit(
      kind: 'user' | 'organization',
      id: string,
      patch: UserPatch | OrganizationPatch,
    ): void {
      if (kind === 'user') {
        const user = own(state.data.users, id);
        if (!user) throw new Error(`simulateExternalEdit: there is no user ${id}.`);
        const next = applyUserPatch(user, patch as UserPatch);
        state.data.users[id] = {
          ...next,
          version: context.userVersion(next, user.version),
          updatedAt: context.iso(),
        };
      } else {
        const current = own(state.data.organizations, id);
        if (!current) throw new Error(`simulateExternalEdit: there is no organization ${id}.`);
        const next = applyOrganizationPatch(current, patch as OrganizationPatch);
        state.data.organizations[id] = {
          ...next,
          version: context.organizationVersion(next, current.version),
          updatedAt: context.iso(),
        };
      }
      context.changed();
    },
  };
}

/** The memory backend's rules (see createBackend). */
export type MemoryBackend = ReturnType<typeof createBackend>;
