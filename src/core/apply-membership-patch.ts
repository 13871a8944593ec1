import type { Metadata } from './json.ts';
import type { MembershipPatch } from './member.ts';
import { applyMetadataPatch } from './metadata.ts';

/**
 * A membership (a `Member`, or an adapter's stored record) as it will be once `patch` is applied: the
 * roles replaced by the set sent, metadata merged by key. Used for optimistic updates and by adapters.
 */
export function applyMembershipPatch<T extends { roles: readonly string[]; metadata: Metadata }>(
  membership: T,
  patch: MembershipPatch,
): T {
  return {
    ...membership,
    roles: patch.roles ? [...patch.roles] : membership.roles,
    metadata: patch.metadata ? applyMetadataPatch(membership.metadata, patch.metadata) : membership.metadata,
  };
}
