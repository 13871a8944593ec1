import { TeamkitError, toTeamkitError } from '../core/errors.ts';
import type { InviteInput } from '../core/invitation.ts';
import { errorBody, statusOfCode } from './error-response.ts';
import type { RouteContext, RouteResult } from './route-context.ts';

/** How long an invitation in flight holds its idempotency key: longer than any backend call takes. */
const claimTtlMs = 30_000;

/** What is kept under an idempotency key: the request's fingerprint and the first answer to it. */
interface StoredInvite {
  fingerprint: string;
  result: RouteResult;
}

/**
 * Invites one person for the caller: rate-limited per caller and per organization, and idempotent by
 * key across every instance sharing the store. The same key again returns the first answer (success
 * or a final refusal) without calling the backend; while the first is still running, the second is
 * told to retry shortly; the same key with different input is refused.
 */
export async function inviteIdempotently(context: RouteContext, input: InviteInput): Promise<RouteResult> {
  const { store, session } = context;
  const scope = `${session.organizationId}:${session.userId}:${input.idempotencyKey}`;
  const resultKey = `invite:result:${scope}`;
  const fingerprint = JSON.stringify({ ...input, idempotencyKey: undefined });

  const replay = async (): Promise<RouteResult | null> => {
    const stored = (await store.get(resultKey)) as StoredInvite | undefined;
    if (!stored) return null;
    if (stored.fingerprint !== fingerprint) {
      throw new TeamkitError(
        'validation',
        'This idempotency key was already used for a different invitation. Use a new key.',
        { fieldErrors: { idempotencyKey: 'Already used for a different invitation.' } },
      );
    }
    return { ...stored.result, headers: { ...stored.result.headers, 'idempotent-replayed': 'true' } };
  };

  const earlier = await replay();
  if (earlier) return earlier;
  await checkRateLimits(context);

  const lockKey = `invite:lock:${scope}`;
  if (!(await store.claim(lockKey, claimTtlMs))) {
    // The first request may have finished between our read and our claim.
    const finished = await replay();
    if (finished) return finished;
    throw new TeamkitError('unavailable', 'This invitation is still being sent. Try again in a moment.', {
      retryAfterMs: 1000,
    });
  }
  try {
    let result: RouteResult;
    try {
      const member = await context.adapter.inviteMember(session.organizationId, input, {
        signal: context.signal,
      });
      result = { status: 201, body: member };
    } catch (thrown) {
      const error = toTeamkitError(thrown);
      // A transient failure is not an answer: the same key may try again and succeed.
      if (error.retryable) throw error;
      result = { status: statusOfCode[error.code], body: errorBody(error) };
    }
    await store.put(resultKey, { fingerprint, result } satisfies StoredInvite, context.idempotencyTtlMs);
    return result;
  } finally {
    await store.release(lockKey);
  }
}

/** Counts this invitation against the caller's and the organization's windows; `rate_limited` when over. */
async function checkRateLimits(context: RouteContext): Promise<void> {
  const { perCaller, perOrganization } = context.inviteLimits;
  const { organizationId, userId } = context.session;
  const [caller, organization] = await Promise.all([
    context.store.hit(`rate:invite:user:${organizationId}:${userId}`, perCaller.windowMs),
    context.store.hit(`rate:invite:org:${organizationId}`, perOrganization.windowMs),
  ]);
  const over = [
    caller.count > perCaller.limit ? caller.resetInMs : 0,
    organization.count > perOrganization.limit ? organization.resetInMs : 0,
  ];
  const wait = Math.max(...over);
  if (wait > 0) {
    throw new TeamkitError(
      'rate_limited',
      'Too many invitations in a short time. Wait a moment and try again.',
      {
        retryAfterMs: wait,
      },
    );
  }
}
