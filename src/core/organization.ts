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
  /** When it was created (RFC 3339). */
  createdAt: string;
  /** When it last changed (RFC 3339). */
  updatedAt: string;
  /** Opaque concurrency token: pass it back as `expectedVersion` to detect edits made elsewhere. */
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
