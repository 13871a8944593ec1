import type { Management } from 'auth0';
import type { BackendLimits } from '../../core/limits.ts';
import { metadataFieldErrors } from '../../core/metadata-field-errors.ts';
import type { Organization, OrganizationPatch } from '../../core/organization.ts';
import { organizationVersionFields, versionFingerprint } from '../../core/version-fingerprint.ts';

/** An organization as the Management API returns it. */
export type Auth0Organization = Management.GetOrganizationResponseContent;

/**
 * Where the host keeps an organization's external ID: Auth0 has no such field. `name`: the
 * organization's unique `name` (1–50 lower-case letters, digits, `-`, `_`; looked up directly, unique
 * by Auth0, never empty). `metadata`: a metadata key (any 255 characters; uniqueness and lookups need
 * a scan of every organization, and the key takes one of the 25 metadata properties).
 */
export type OrganizationExternalId = { in: 'name' } | { in: 'metadata'; key: string };

/** Auth0's rule for an organization's `name`. */
export const organizationNamePattern = /^[a-z0-9](?:[a-z0-9_-]{0,48}[a-z0-9])?$/;

/** The limits for organizations under the host's choice of external ID home. */
export function organizationLimits(limits: BackendLimits, externalId: OrganizationExternalId): BackendLimits {
  if (externalId.in === 'name') return limits;
  const bag = limits.organizationMetadata;
  // The external ID's key is one of the 25 properties, and its value is a metadata string (255).
  return {
    ...limits,
    organizationMetadata: { ...bag, maxPairs: bag.maxPairs - 1 },
    externalIdMaxLength: bag.valueMaxLength,
  };
}

function stringBag(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** An Auth0 organization as the kit's; Auth0 keeps no creation or change times (both null). */
export function toOrganization(
  organization: Auth0Organization,
  externalId: OrganizationExternalId,
): Organization {
  const metadata = stringBag(organization.metadata);
  let external: string | null = null;
  if (externalId.in === 'name') external = organization.name ?? null;
  else {
    external = metadata[externalId.key] ?? null;
    delete metadata[externalId.key];
  }
  const mapped = {
    id: organization.id ?? '',
    displayName: organization.display_name || organization.name || '',
    externalId: external,
    metadata,
    createdAt: null,
    updatedAt: null,
  };
  return { ...mapped, version: versionFingerprint(organizationVersionFields({ ...mapped, version: '' })) };
}

/** The PATCH body for an organization patch, or per-field messages. */
export function buildOrganizationUpdate(
  current: Auth0Organization,
  patch: OrganizationPatch,
  externalId: OrganizationExternalId,
  limits: BackendLimits,
): { body: Management.UpdateOrganizationRequestContent; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const body: Management.UpdateOrganizationRequestContent = {};
  if (patch.displayName !== undefined) {
    const name = patch.displayName.trim();
    if (name === '') errors.displayName = 'Enter a name.';
    else if (name.length > limits.displayNameMaxLength)
      errors.displayName = `Use at most ${limits.displayNameMaxLength} characters.`;
    else body.display_name = name;
  }
  const stored = stringBag(current.metadata);
  const metadata: Record<string, string | null> = {};
  if (patch.externalId !== undefined) {
    const id = patch.externalId?.trim() || null;
    if (externalId.in === 'name') {
      if (id === null)
        errors.externalId = 'Auth0 keeps this ID as the organization’s name, which cannot be empty.';
      else if (!organizationNamePattern.test(id)) {
        errors.externalId =
          'Use 1–50 lower-case letters, digits, “-” or “_”, starting and ending with a letter or digit.';
      } else body.name = id;
    } else if (id !== null && id.length > limits.externalIdMaxLength) {
      errors.externalId = `Use at most ${limits.externalIdMaxLength} characters.`;
    } else metadata[externalId.key] = id;
  }
  if (patch.metadata && Object.keys(patch.metadata).length > 0) {
    const free = { ...stored };
    if (externalId.in === 'metadata') delete free[externalId.key];
    if (externalId.in === 'metadata' && externalId.key in patch.metadata) {
      errors[`metadata.${externalId.key}`] = 'This key holds the external ID; change it there.';
    } else {
      Object.assign(
        errors,
        metadataFieldErrors(free, patch.metadata, limits.organizationMetadata, 'metadata'),
      );
      Object.assign(metadata, patch.metadata);
    }
  }
  if (Object.keys(metadata).length > 0) {
    // Whether Auth0 merges or replaces organization metadata is undocumented: the whole map is sent,
    // with `null` for each removed key, which is right under either reading.
    body.metadata = { ...stored, ...metadata };
  }
  return { body, errors };
}
