import { applyMetadataPatch } from './metadata.ts';
import type { Organization, OrganizationPatch } from './organization.ts';

/**
 * The organization as it will be once `patch` is applied: the name and external ID replaced when
 * sent (`null` clears the external ID), metadata merged by key. Used for optimistic updates and by
 * adapters, so both agree on what a patch means.
 */
export function applyOrganizationPatch(organization: Organization, patch: OrganizationPatch): Organization {
  return {
    ...organization,
    displayName: patch.displayName ?? organization.displayName,
    externalId: patch.externalId === undefined ? organization.externalId : patch.externalId,
    metadata: patch.metadata
      ? applyMetadataPatch(organization.metadata, patch.metadata)
      : organization.metadata,
  };
}
