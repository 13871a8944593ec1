import type { MetadataPatch } from '../../core/json.ts';
import type { BackendLimits } from '../../core/limits.ts';
import type { Organization, OrganizationPatch } from '../../core/organization.ts';

/** The organization fields a person has typed into; absent means "not touched, show the stored value". */
export interface OrganizationDraft {
  /** The display name as typed. */
  displayName?: string;
  /** The external ID as typed (empty clears it). */
  externalId?: string;
}

/** The form's own fields (metadata has its own editor). */
export type OrganizationField = 'displayName' | 'externalId';

/** Why a field is refused before sending, as a code the component words. */
export type OrganizationFieldIssue =
  | { field: 'displayName'; code: 'required' }
  | { field: 'displayName'; code: 'too_long'; max: number }
  | { field: 'externalId'; code: 'too_long'; max: number };

/**
 * The smallest patch from the stored organization to the draft: a trimmed name that differs, an
 * external ID that differs (empty → `null`, which clears it), and the metadata keys that changed.
 */
export function organizationPatchFrom(
  organization: Organization,
  draft: OrganizationDraft,
  metadata: MetadataPatch,
): OrganizationPatch {
  const patch: { -readonly [K in keyof OrganizationPatch]: OrganizationPatch[K] } = {};
  if (draft.displayName !== undefined) {
    const displayName = draft.displayName.trim();
    if (displayName !== organization.displayName) patch.displayName = displayName;
  }
  if (draft.externalId !== undefined) {
    const externalId = draft.externalId.trim() || null;
    if (externalId !== (organization.externalId || null)) patch.externalId = externalId;
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
