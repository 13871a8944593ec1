import type { Organization } from '../../core/organization.ts';
import type { Role } from '../../core/role.ts';
import { organizationVersionFields, versionFingerprint } from '../../core/version-fingerprint.ts';
import { presentString, type ScalekitOrganization, type ScalekitRole, stringMap } from './scalekit-types.ts';

/** A Scalekit organization as the kit's Organization (slug, logo, region and settings are not the kit's). */
export function toOrganization(organization: ScalekitOrganization): Organization {
  const createdAt = presentString(organization.create_time);
  const mapped: Omit<Organization, 'version'> = {
    id: organization.id ?? '',
    displayName: organization.display_name ?? '',
    externalId: presentString(organization.external_id),
    metadata: stringMap(organization.metadata),
    createdAt,
    updatedAt: presentString(organization.update_time) ?? createdAt,
  };
  // No ETag in Scalekit: the version is the core's fingerprint of the fields the kit edits.
  return { ...mapped, version: versionFingerprint(organizationVersionFields({ ...mapped, version: '' })) };
}

/**
 * A Scalekit role as the kit's Role. Scalekit has no "administers the organization" flag: the host's
 * policy names its admin roles (`admin` by default, the role Scalekit gives an organization's creator).
 */
export function toRole(role: ScalekitRole, adminRoles: ReadonlySet<string> = new Set()): Role {
  const name = role.name ?? '';
  return {
    name,
    displayName: presentString(role.display_name) ?? name,
    description: presentString(role.description),
    isDefault: role.default_member === true,
    isAdmin: adminRoles.has(name),
  };
}
