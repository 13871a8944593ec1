import type { AttributeDefinition } from './attribute-definition.ts';

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

/** Options of calls that read or write a user record (`getCurrentUser`, `getUser`, `updateUser`, `findUserByExternalId`). */
export interface UserCallOptions extends CallOptions {
  /**
   * The attribute definitions the caller serves, where they are not the backend's own (a host's
   * definitions store in front of it). A backend that declares `storesUndeclaredCustomAttributes`
   * reads and writes the custom attributes among them that its own definitions lack; others ignore it.
   * The HTTP adapter sends none: its server serves the definitions and passes them itself.
   */
  definitions?: readonly AttributeDefinition[];
}

/** Options of a change to a user record. */
export interface UserWriteOptions extends WriteOptions, UserCallOptions {}
