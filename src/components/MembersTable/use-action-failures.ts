'use client';
import { useCallback, useRef, useState } from 'react';
import { toTeamkitError } from '../../core/errors.ts';
import type { Member } from '../../core/member.ts';
import { memberKey } from '../../core/member-key.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import type { MemberActionFailure, MemberRowAction } from './member-action-types.ts';

/**
 * The members table's row requests in flight and their failures: `track` marks a row busy while its
 * request runs (clearing what the last attempt on it said), `fail` announces a failure and keeps it on
 * screen until retried or dismissed, one per member.
 */
export function useActionFailures() {
  const { announce } = useTeamkit();
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());
  const [failures, setFailures] = useState<readonly MemberActionFailure[]>([]);
  const failureIds = useRef(0);

  /** Announces a failure (assertively) and keeps it on screen, replacing older ones about the member. */
  const fail = useCallback(
    (member: Member, action: MemberRowAction, message: string, error: unknown) => {
      announce(message, 'assertive');
      const failure = toTeamkitError(error);
      failureIds.current += 1;
      const entry: MemberActionFailure = {
        id: failureIds.current,
        member,
        action,
        message,
        code: failure.code,
        retryable: failure.retryable,
      };
      const key = memberKey(member);
      setFailures((current) => [entry, ...current.filter((old) => memberKey(old.member) !== key)]);
    },
    [announce],
  );

  const track = useCallback(async (key: string, work: () => Promise<unknown>) => {
    // A new attempt on a member replaces what the last one said.
    setFailures((current) =>
      current.some((old) => memberKey(old.member) === key)
        ? current.filter((old) => memberKey(old.member) !== key)
        : current,
    );
    setBusy((current) => new Set(current).add(key));
    try {
      await work();
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(key);
        return next;
      });
    }
  }, []);

  const dismiss = useCallback((failure: MemberActionFailure) => {
    setFailures((current) => current.filter((old) => old.id !== failure.id));
  }, []);

  return { busy, failures, fail, track, dismiss };
}
