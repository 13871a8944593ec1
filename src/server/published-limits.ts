import type { BackendLimits, MetadataLimits } from '../core/limits.ts';

/** Room left in a request body for what surrounds one metadata bag (other fields, a version, JSON). */
const envelopeBytes = 4 * 1024;

/** One bag's limits, no larger than what fits in `bagBytes`. */
function bagWithin(limits: MetadataLimits, bagBytes: number): MetadataLimits {
  return {
    ...limits,
    valueMaxLength: Math.min(limits.valueMaxLength, bagBytes),
    maxBytes: Math.min(limits.maxBytes ?? Number.POSITIVE_INFINITY, bagBytes),
  };
}

/**
 * The limits the handler publishes to the page: the backend's, tightened so that a bag within them
 * fits in a request body the handler accepts. Auth0 allows 16 MiB of user metadata, but a body over
 * `maxBodyBytes` is refused whole with no field named; published this way, the page says which bag is
 * too large before anything is sent.
 */
export function limitsWithinBody(limits: BackendLimits, maxBodyBytes: number): BackendLimits {
  const bagBytes = Math.max(1024, maxBodyBytes - envelopeBytes);
  return {
    ...limits,
    userMetadata: bagWithin(limits.userMetadata, bagBytes),
    membershipMetadata: bagWithin(limits.membershipMetadata, bagBytes),
    organizationMetadata: bagWithin(limits.organizationMetadata, bagBytes),
  };
}
