import type { TeamkitAdapter } from './adapter.ts';
import type { TeamkitError } from './errors.ts';
import { type AnyHook, runHooked } from './run-hooked.ts';

/**
 * Every change the kit can make, named after the adapter method that makes it: a profile save and
 * a user's metadata or external ID go through `updateUser`; a role change and a membership's
 * metadata through `updateMembership`; an organization's settings, metadata and external ID through
 * `updateOrganization`.
 */
export type MutationName =
  | 'updateUser'
  | 'inviteMember'
  | 'resendInvitation'
  | 'revokeInvitation'
  | 'updateMembership'
  | 'removeMember'
  | 'updateOrganization'
  | 'createAttributeDefinition'
  | 'updateAttributeDefinition'
  | 'reorderAttributeDefinitions';

/** A mutation's arguments, exactly as its adapter method takes them (e.g. `[organizationId, input, options]`). */
export type MutationArguments<Name extends MutationName> = Parameters<Required<TeamkitAdapter>[Name]>;

/** What a mutation resolves with when it succeeds. */
export type MutationResult<Name extends MutationName> = Awaited<ReturnType<Required<TeamkitAdapter>[Name]>>;

/** A `before` hook's veto: nothing is sent, and `cancel` (the host's own words) shows where the action was. */
export interface MutationCancel {
  /** The message to show the person, in their language; empty for the kit's own sentence. */
  cancel: string;
}

/** What a `before` hook decides: nothing (go ahead unchanged), the arguments to send instead, or a cancel. */
export type MutationDecision<Name extends MutationName> =
  | MutationArguments<Name>
  | MutationCancel
  | undefined;

/** How a mutation ended, as an `after` hook sees it: the arguments sent, and the result or the failure. */
export type MutationOutcome<Name extends MutationName> = {
  /** Which mutation ran. */
  mutation: Name;
  /** The arguments as sent (after `before` changed them). */
  args: MutationArguments<Name>;
} & ({ ok: true; result: MutationResult<Name> } | { ok: false; error: TeamkitError });

/** The host's own code around one mutation. */
export interface MutationHook<Name extends MutationName> {
  /**
   * Runs before anything is sent, and the kit waits for it: it may change the arguments, ask the
   * person in the host's own UI, or cancel. A hook that throws cancels too (code `cancelled`).
   */
  before?: (args: MutationArguments<Name>) => MutationDecision<Name> | Promise<MutationDecision<Name>>;
  /** Sees how the mutation ended (cancels included); the kit does not wait for it and ignores its errors. */
  after?: (outcome: MutationOutcome<Name>) => void | Promise<void>;
}

/** The host's hooks, by mutation; each is optional. */
export type MutationHooks = { readonly [Name in MutationName]?: MutationHook<Name> };

/**
 * The adapter with the host's hooks around its mutations. `hooks` is read on every call, so a host
 * may pass new hooks on every render without the adapter changing. Reads pass through untouched.
 */
export function withMutationHooks(
  adapter: TeamkitAdapter,
  hooks: () => MutationHooks | undefined,
): TeamkitAdapter {
  return new Proxy(adapter, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      const hook = (hooks() as Record<PropertyKey, AnyHook | undefined> | undefined)?.[key];
      // Bound, so an adapter written as a class keeps its `this` (and private fields).
      const call = value.bind(target) as (...args: unknown[]) => Promise<unknown>;
      // The runner is imported, not loaded on demand: a lazy chunk would bring the bundler's loader into
      // every page (about 500 bytes, more than the runner itself).
      return hook ? (...args: unknown[]) => runHooked(String(key), hook, call, args) : call;
    },
  });
}
