import type { Metadata } from '../../core/json.ts';
import { metadataToEntries } from '../../core/metadata.ts';
import type { Organization } from '../../core/organization.ts';
import { type User, userDisplayName } from '../../core/user.ts';

/** What can be looked up by external ID. */
export type ExternalIdKind = 'organization' | 'user';

/** A record found by its external ID. */
export type ExternalIdLookupResult =
  | { kind: 'organization'; organization: Organization }
  | { kind: 'user'; user: User };

/** The fields a result card shows, the same for both kinds. */
export interface LookupResultView {
  /** The name to show. */
  name: string;
  /** The backend ID. */
  id: string;
  /** The external ID as stored. */
  externalId: string | null;
  /** The user's email (users only). */
  email: string | null;
  /** The metadata to summarize (an organization's, or a user's admin-managed metadata). */
  metadata: Metadata;
}

/** The fields of a result card. */
export function viewOfResult(result: ExternalIdLookupResult): LookupResultView {
  if (result.kind === 'organization') {
    const { organization } = result;
    return {
      name: organization.displayName || organization.id,
      id: organization.id,
      externalId: organization.externalId,
      email: null,
      metadata: organization.metadata ?? {},
    };
  }
  const { user } = result;
  return {
    name: userDisplayName(user),
    id: user.id,
    externalId: user.externalId,
    email: user.email,
    metadata: user.appMetadata ?? {},
  };
}

/** The first keys of a bag (for a one-line summary) and how many are left out. */
export function summarizeKeys(
  metadata: Metadata,
  shown = 3,
): { count: number; keys: string[]; more: number } {
  const keys = metadataToEntries(metadata).map((entry) => entry.key);
  return { count: keys.length, keys: keys.slice(0, shown), more: Math.max(0, keys.length - shown) };
}
