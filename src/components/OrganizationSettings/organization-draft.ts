import { type FieldEquality, sameFieldValue } from '../../core/edit-session/merge-fields.ts';
import type { Metadata } from '../../core/json.ts';
import type { BackendLimits } from '../../core/limits.ts';
import type { Organization, OrganizationPatch } from '../../core/organization.ts';
import { metadataEquals, valuesOfMetadata } from '../MetadataEditor/use-metadata-in-session.ts';

/**
 * The settings as the form's edit session holds them: the name and external ID as typed (`''` for no
 * external ID), each metadata key as a field of its own (`metadata.<key>`, so the three-way merge and
 * the conflict review work key by key), and the version the values were read at.
 */
export type OrganizationValues = Readonly<Record<string, unknown>> & {
  readonly version: string;
  readonly displayName: string;
  readonly externalId: string;
};

/** The form's own fields (metadata has its own editor). */
export type OrganizationField = 'displayName' | 'externalId';

/** Why a field is refused before sending, as a code the component words. */
export type OrganizationFieldIssue =
  | { field: 'displayName'; code: 'required' }
  | { field: 'displayName'; code: 'too_long'; max: number }
  | { field: 'externalId'; code: 'too_long'; max: number };

/** The prefix of the session fields holding metadata keys. */
export const metadataPrefix = 'metadata.';

/** The path a session field names in a patch: `['displayName']`, `['metadata', 'plan']`. */
export function organizationPath(field: string): string[] {
  return field.startsWith(metadataPrefix) ? ['metadata', field.slice(metadataPrefix.length)] : [field];
}

/** A stored organization as session values (`metadata` given: the bag the metadata editor edits). */
export function organizationValues(organization: Organization, metadata: Metadata): OrganizationValues {
  return {
    ...valuesOfMetadata(metadata, metadataPrefix),
    version: organization.version,
    displayName: organization.displayName,
    externalId: organization.externalId ?? '',
  };
}

/** A trimmed name or ID is the same value: spaces around it are never sent. */
export const organizationEquals: FieldEquality = (field, a, b) =>
  field === 'displayName' || field === 'externalId'
    ? sameFieldValue(field, typeof a === 'string' ? a.trim() : a, typeof b === 'string' ? b.trim() : b)
    : metadataEquals(field, a, b);

/**
 * The smallest patch for the changed fields: a trimmed name, a trimmed external ID (empty → `null`,
 * which clears it), and the metadata keys that changed (`null` removes one).
 */
export function organizationPatch(values: OrganizationValues, changed: readonly string[]): OrganizationPatch {
  const patch: { -readonly [K in keyof OrganizationPatch]: OrganizationPatch[K] } = {};
  const metadata: Record<string, string | null> = {};
  for (const field of changed) {
    const [name, key] = organizationPath(field);
    if (name === 'displayName') patch.displayName = values.displayName.trim();
    else if (name === 'externalId') patch.externalId = values.externalId.trim() || null;
    else if (name === 'metadata' && key !== undefined) {
      const value = values[field];
      metadata[key] = typeof value === 'string' ? value : null;
    }
  }
  if (Object.keys(metadata).length > 0) patch.metadata = metadata;
  return patch;
}

/** Checks the typed name and external ID against the backend's limits. */
export function validateOrganizationFields(
  values: { displayName: string; externalId: string },
  limits: Pick<BackendLimits, 'displayNameMaxLength' | 'externalIdMaxLength'>,
): OrganizationFieldIssue[] {
  const issues: OrganizationFieldIssue[] = [];
  const displayName = values.displayName.trim();
  if (displayName === '') issues.push({ field: 'displayName', code: 'required' });
  else if (displayName.length > limits.displayNameMaxLength)
    issues.push({ field: 'displayName', code: 'too_long', max: limits.displayNameMaxLength });
  if (values.externalId.trim().length > limits.externalIdMaxLength)
    issues.push({ field: 'externalId', code: 'too_long', max: limits.externalIdMaxLength });
  return issues;
}
