import type { Organization } from './organization.ts';
import type { User } from './user.ts';

/**
 * The same value written with its object keys sorted at every depth, so two records that differ only in
 * key order (a backend does not promise an order) have one text. `undefined` members are left out, as
 * JSON does.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, child]) => `${JSON.stringify(key)}:${canonicalJson(child)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A version for a backend without an ETag: a deterministic fingerprint (64 bits, hex) of `value`,
 * independent of key order. Adapters compute it over the fields the kit edits (`userVersionFields`,
 * `organizationVersionFields`), return it as `version`, and before a write with `expectedVersion` read
 * the record again and compare: `capabilities.concurrency === 'check-then-write'`. Not a security hash.
 */
export function versionFingerprint(value: unknown): string {
  const text = canonicalJson(value);
  // Two FNV-1a hashes with different offsets: 64 bits make an accidental match between two edits of
  // one record practically impossible, without needing an async digest.
  let low = 0x811c9dc5;
  let high = 0x01000193 ^ 0x9e3779b9;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code, 0x01000193 ^ 0x2545f491) >>> 0;
  }
  return `${high.toString(16).padStart(8, '0')}${low.toString(16).padStart(8, '0')}`;
}

/** The parts of a user the kit edits: what a fingerprint version covers (not sign-in times or syncs). */
export function userVersionFields(user: User) {
  return {
    externalId: user.externalId,
    profile: user.profile,
    userMetadata: user.userMetadata,
    appMetadata: user.appMetadata,
    overrides: user.overrides,
  };
}

/** The parts of an organization the kit edits: what a fingerprint version covers. */
export function organizationVersionFields(organization: Organization) {
  return {
    displayName: organization.displayName,
    externalId: organization.externalId,
    metadata: organization.metadata,
  };
}
