import type { Metadata, MetadataPatch } from './json.ts';

/** A customer organization (tenant) of the host app. */
export interface Organization {
  /** Backend ID (`org_…`). */
  id: string;
  /** Name shown to people. */
  displayName: string;
  /** The host's own ID for this organization (billing, CRM), or null. */
  externalId: string | null;
  /** Business data kept with the organization (plan, billing customer ID). */
  metadata: Metadata;
  /** When it was created (RFC 3339), or null where the backend does not record it (Auth0). */
  createdAt: string | null;
  /** When it last changed (RFC 3339), or null where the backend does not record it (Auth0). */
  updatedAt: string | null;
  /**
   * Opaque concurrency token: pass it back as `expectedVersion` to detect edits made elsewhere. Where
   * the backend has no ETag it is a fingerprint of the fields the kit edits (`versionFingerprint`);
   * `capabilities.concurrency` says what a check guarantees.
   */
  version: string;
}

/** A change to an organization: only what changed; metadata merged by key. */
export interface OrganizationPatch {
  /** New display name. */
  displayName?: string;
  /** New external ID; `null` clears it. */
  externalId?: string | null;
  /** Metadata keys to set or remove. */
  metadata?: MetadataPatch;
}
