/**
 * The runner behind `withMutationHooks`: `before` (which may change the arguments or cancel), the
 * adapter call, then `after` with the outcome.
 */
import { isTeamkitError, TeamkitError, toTeamkitError } from './errors.ts';
import { isDevelopment } from './is-development.ts';
import type { MutationCancel } from './mutation-hooks.ts';

/** A hook of any mutation, as the runner handles it. */
export type AnyHook = {
  before?: (args: unknown[]) => unknown;
  after?: (outcome: object) => unknown;
};

/** A hook's own failure, reported to the host's developer only: a person sees the kit's sentence. */
function report(error: unknown): void {
  if (isDevelopment()) console.error('Teamkit: a mutation hook failed.', error);
}

/** Runs `before`, then the call (unless cancelled), then `after` with the outcome. */
export async function runHooked(
  name: string,
  hook: AnyHook,
  call: (...args: unknown[]) => Promise<unknown>,
  args: unknown[],
): Promise<unknown> {
  let sent = args;
  let outcome: object = {};
  try {
    let decision: unknown[] | Partial<MutationCancel> | undefined;
    try {
      decision = (await hook.before?.(args)) as typeof decision;
    } catch (error) {
      if (isTeamkitError(error) && error.code === 'cancelled') throw error;
      report(error);
      throw new TeamkitError('cancelled', undefined, { cause: error });
    }
    if (Array.isArray(decision)) sent = decision;
    // Anything else a hook returns is a cancel: with its words, or (a malformed value) the kit's.
    else if (decision) throw new TeamkitError('cancelled', decision.cancel || undefined);
    const result = await call(...sent);
    outcome = { ok: true, result };
    return result;
  } catch (error) {
    outcome = { ok: false, error: toTeamkitError(error) };
    throw error;
  } finally {
    // Not awaited: an audit log or analytics call never holds up the person, and cannot fail the change.
    Promise.resolve({ mutation: name, args: sent, ...outcome })
      .then(hook.after)
      .catch(report);
  }
}
