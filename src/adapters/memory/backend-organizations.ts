import type { WriteOptions } from '../../core/adapter.ts';
import { applyOrganizationPatch } from '../../core/apply-organization-patch.ts';
import { TeamkitError } from '../../core/errors.ts';
import { isEmptyPatch } from '../../core/is-empty-patch.ts';
import { isPlainObject } from '../../core/json.ts';
import type { Organization, OrganizationPatch } from '../../core/organization.ts';
import { organizationVersionFields, versionFingerprint } from '../../core/version-fingerprint.ts';
import type { BackendContext } from './backend-context.ts';
import { denied, throwIfInvalid } from './backend-state.ts';
import { checkExternalId, checkMetadataPatch, type FieldErrorBag } from './field-checks.ts';

/** The memory backend's organizations: reading, changing and finding them by external ID. */
export function createOrganizationsBackend(context: BackendContext) {
  const { state } = context;
  return {
    getOrganization(organizationId: string): Organization {
      context.viewerUser();
      const found = context.organization(organizationId);
      if (context.membershipOf(organizationId, state.viewerId)?.status !== 'active') throw denied();
      return found;
    },

    updateOrganization(
      organizationId: string,
      patch: OrganizationPatch,
      options: WriteOptions = {},
    ): Organization {
      context.requirePermission(organizationId, 'updateOrganization');
      const current = context.organization(organizationId);
      context.checkVersion(
        current.version,
        () => versionFingerprint(organizationVersionFields(current)),
        options.expectedVersion,
      );
      if (!isPlainObject(patch)) throw new TeamkitError('validation', 'The change was not understood.');
      const errors: FieldErrorBag = {};
      const checked: OrganizationPatch = {};
      if (patch.displayName !== undefined) {
        const trimmed = typeof patch.displayName === 'string' ? patch.displayName.trim() : '';
        if (trimmed === '') errors.displayName = 'Enter the organization’s name.';
        else if (trimmed.length > state.limits.displayNameMaxLength)
          errors.displayName = `Use at most ${state.limits.displayNameMaxLength} characters for the name.`;
        else checked.displayName = trimmed;
      }
      if (patch.externalId !== undefined) {
        const externalId = checkExternalId(patch.externalId, state.limits.externalIdMaxLength, errors);
        if (externalId !== undefined) checked.externalId = externalId;
      }
      if (patch.metadata !== undefined) {
        const metadata = checkMetadataPatch(
          current.metadata,
          patch.metadata,
          state.limits.organizationMetadata,
          'metadata',
          errors,
        );
        if (metadata) checked.metadata = metadata;
      }
      throwIfInvalid(errors);
      const { externalId } = checked;
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
      if (isEmptyPatch(checked)) return current;
      const applied = applyOrganizationPatch(current, checked);
      const next: Organization = {
        ...applied,
        updatedAt: context.iso(),
        version: context.organizationVersion(applied, current.version),
      };
      state.data.organizations[organizationId] = next;
      context.changed();
      return next;
    },

    findOrganizationByExternalId(externalId: string): Organization | null {
      context.viewerUser();
      const found = Object.values(state.data.organizations).find((org) => org.externalId === externalId);
      // Organizations the viewer does not belong to are not theirs to discover.
      return found && context.membershipOf(found.id, state.viewerId) ? found : null;
    },
  };
}
