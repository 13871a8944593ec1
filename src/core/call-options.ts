// What every adapter call accepts besides its arguments: cancellation, and the versions a write
// expects to find, so a stale edit is refused instead of silently overwriting a newer one.

/** Options every adapter call accepts. */
export interface CallOptions {
  /** Cancels the call (TanStack Query passes one when a query is no longer needed). */
  signal?: AbortSignal;
}

/** Options of calls that change a record. */
export interface WriteOptions extends CallOptions {
  /**
   * The `version` the caller last saw; the call fails with `conflict` if the record changed since, as
   * far as `capabilities.concurrency` can tell (ignored where it is `none`).
   */
  expectedVersion?: string;
  /** The organization in scope, so the backend can judge admin rights over another user. */
  organizationId?: string;
}

/** Options of a membership change. */
export interface MembershipWriteOptions extends CallOptions {
  /**
   * The roles the caller last saw the member hold (in any order); the call fails with `conflict`
   * when the member holds others now, so a stale role change never silently replaces a newer one.
   */
  expectedRoles?: readonly string[];
}
