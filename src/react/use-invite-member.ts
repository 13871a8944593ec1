'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { errorSentence, toTeamkitError } from '../core/errors.ts';
import type { InviteInput, InviteOutcome } from '../core/invitation.ts';
import { runBounded } from '../core/run-bounded.ts';
import type { ProvidedMessages } from '../i18n/messages.ts';
import { invalidateMembers } from './members-cache.ts';
import { useTeamkit } from './use-teamkit.ts';

/** How far a bulk invite has got. */
export interface InviteProgress {
  /** Addresses finished (invited or not). */
  done: number;
  /** Addresses in the batch. */
  total: number;
}

/** Options of `inviteMany`. */
export interface InviteManyOptions {
  /** How many invitations are in flight at once; 4 by default. */
  concurrency?: number;
}

/** What useInviteMember returns. */
export interface UseInviteMemberResult {
  /** Invites one person; resolves with how it ended and never rejects for a refused address. */
  invite: (input: InviteInput) => Promise<InviteOutcome>;
  /** Invites several people, a few at a time; resolves with one outcome per input, in input order. */
  inviteMany: (inputs: readonly InviteInput[], options?: InviteManyOptions) => Promise<InviteOutcome[]>;
  /** Progress of the running `inviteMany`, or null when none is running. */
  progress: InviteProgress | null;
  /** Whether an `invite` or `inviteMany` is running. */
  isPending: boolean;
}

/** How a refused invitation ended, worded from the catalogue. */
function outcomeOfFailure(email: string, error: unknown, messages: ProvidedMessages): InviteOutcome {
  const failure = toTeamkitError(error);
  if (failure.code === 'already_member') return { email, status: 'already_member' };
  if (failure.code === 'validation') {
    const message =
      failure.fieldErrors.email ?? Object.values(failure.fieldErrors)[0] ?? messages.common.errors.validation;
    return { email, status: 'invalid', message };
  }
  return {
    email,
    status: 'failed',
    code: failure.code,
    message: errorSentence(failure, messages.common.errors),
  };
}

/**
 * Invites people to the provider's organization, one or many. Each address ends as an outcome
 * (`invited`, `already_member`, `invalid`, `failed`), never as a thrown error, so a batch always
 * finishes; the members list is refetched once at the end (not when every address was invalid). Resending an input with the same
 * `idempotencyKey` (a retry) never invites twice.
 * @example
 * const { inviteMany, progress } = useInviteMember();
 * const outcomes = await inviteMany(emails.map((email) => ({ email, idempotencyKey: crypto.randomUUID() })));
 */
export function useInviteMember(): UseInviteMemberResult {
  const { adapter, organizationId, messages } = useTeamkit();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<InviteProgress | null>(null);
  const [running, setRunning] = useState(0);

  const inviteOne = useCallback(
    async (input: InviteInput): Promise<InviteOutcome> => {
      try {
        const member = await adapter.inviteMember(organizationId, input);
        return { email: input.email, status: 'invited', member };
      } catch (error) {
        return outcomeOfFailure(input.email, error, messages);
      }
    },
    [adapter, organizationId, messages],
  );

  /** Refetches the members list, unless every address was refused as invalid (then nothing changed). */
  const refreshAfter = useCallback(
    (outcomes: readonly InviteOutcome[]) => {
      if (outcomes.some((outcome) => outcome.status !== 'invalid'))
        void invalidateMembers(queryClient, organizationId);
    },
    [queryClient, organizationId],
  );

  const invite = useCallback(
    async (input: InviteInput): Promise<InviteOutcome> => {
      setRunning((count) => count + 1);
      try {
        const outcome = await inviteOne(input);
        refreshAfter([outcome]);
        return outcome;
      } finally {
        setRunning((count) => count - 1);
      }
    },
    [inviteOne, refreshAfter],
  );

  const inviteMany = useCallback(
    async (inputs: readonly InviteInput[], options: InviteManyOptions = {}): Promise<InviteOutcome[]> => {
      if (inputs.length === 0) return [];
      const total = inputs.length;
      setRunning((count) => count + 1);
      setProgress({ done: 0, total });
      try {
        const outcomes = await runBounded(
          inputs,
          options.concurrency ?? 4,
          inviteOne,
          (_outcome, _index, done) => setProgress({ done, total }),
        );
        // Once for the batch, not per address.
        refreshAfter(outcomes);
        return outcomes;
      } finally {
        setProgress(null);
        setRunning((count) => count - 1);
      }
    },
    [inviteOne, refreshAfter],
  );

  return { invite, inviteMany, progress, isPending: running > 0 };
}
