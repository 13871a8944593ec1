'use client';
import { isCancelledError, type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TeamkitAdapter } from '../../core/adapter.ts';
import { createConcurrencyLimit } from '../../core/concurrency-limit.ts';
import type { Member } from '../../core/member.ts';
import { teamkitKeys } from '../../core/query-keys.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { addressKey } from './parse-addresses.ts';

/** How many address lookups run at once. */
const lookupConcurrency = 4;

/** What the kit knows about an address before inviting it. */
export type RecipientStanding = 'checking' | 'new' | 'member' | 'pending';

type Limit = ReturnType<typeof createConcurrencyLimit>;

const lookupKey = (organizationId: string, key: string) =>
  [...teamkitKeys.members(organizationId), 'lookup', key] as const;

/** The cached lookup of one address: a members search, a few at a time, the rest queued. */
function fetchLookup(
  client: QueryClient,
  adapter: TeamkitAdapter,
  organizationId: string,
  limit: Limit,
  key: string,
): Promise<Member | null> {
  return client.fetchQuery({
    queryKey: lookupKey(organizationId, key),
    queryFn: ({ signal }) =>
      limit(async () => {
        // Removed from the field while queued: no request for it.
        signal.throwIfAborted();
        const page = await adapter.listMembers({ organizationId, search: key, limit: 10 }, { signal });
        return page.members.find((member) => addressKey(member.email ?? '') === key) ?? null;
      }),
    retry: false,
    staleTime: 60_000,
  });
}

/**
 * Whether each address already belongs to the organization, looked up once per address (a members
 * search, cached and shared; kept under the members key so inviting or removing someone marks it
 * stale, and the next look at the draft asks again). Only an active member or a pending invitation is
 * flagged: that is exactly what the backend refuses with `already_member`; an expired invitation may
 * be sent again. A failed lookup counts as `new`: the backend's own answer is the final word anyway.
 *
 * Answers are read from the query cache once per animation frame, not one render per answer: with
 * hundreds of pasted addresses, a render of the whole dialog per answer (and an observer per address)
 * cost seconds.
 */
export function useRecipientLookup(
  emails: readonly string[],
  enabled: boolean,
): ReadonlyMap<string, RecipientStanding> {
  const { adapter, organizationId } = useTeamkit();
  const client = useQueryClient();
  const [limit] = useState(() => createConcurrencyLimit(lookupConcurrency));
  const keys = useMemo(() => Array.from(new Set(emails.map(addressKey))), [emails]);
  // Answers by address, as they arrive; `answered` is bumped once a frame's worth has come in.
  const known = useRef(new Map<string, RecipientStanding>());
  const [answered, setAnswered] = useState(0);
  const listed = useRef<ReadonlySet<string>>(new Set());
  // Addresses whose cached answer was already looked for (once each, not on every render).
  const consulted = useRef(new Set<string>());

  useEffect(() => {
    // Addresses removed since the last run: their queued lookups are cancelled, never sent.
    const now = new Set(enabled ? keys : []);
    for (const key of listed.current) {
      if (!now.has(key)) void client.cancelQueries({ queryKey: lookupKey(organizationId, key), exact: true });
    }
    listed.current = now;
    if (!enabled) return;
    let frame = 0;
    let live = true;
    const record = (key: string, standing: RecipientStanding) => {
      known.current.set(key, standing);
      if (live && frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          setAnswered((count) => count + 1);
        });
    };
    for (const key of keys) {
      fetchLookup(client, adapter, organizationId, limit, key).then(
        (member) => record(key, standingOf(member)),
        // Cancelled (the address was removed): no answer. Failed: the backend decides when sending.
        (error: unknown) => isCancelledError(error) || record(key, 'new'),
      );
    }
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [keys, enabled, client, adapter, organizationId, limit]);

  // Leaving (the dialog closed for good): nothing left queued.
  useEffect(
    () => () => {
      for (const key of listed.current)
        void client.cancelQueries({ queryKey: lookupKey(organizationId, key), exact: true });
    },
    [client, organizationId],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `answered` says when `known` holds new answers.
  return useMemo(() => {
    const standings = new Map<string, RecipientStanding>();
    for (const key of keys) {
      let standing = known.current.get(key);
      if (standing === undefined && !consulted.current.has(key)) {
        // An address answered before (another draft, another dialog): shown at once from the cache.
        consulted.current.add(key);
        const cached = client.getQueryState<Member | null>(lookupKey(organizationId, key));
        if (cached?.status === 'success') {
          standing = standingOf(cached.data ?? null);
          known.current.set(key, standing);
        }
      }
      standings.set(key, standing ?? (enabled ? 'checking' : 'new'));
    }
    return standings;
  }, [keys, enabled, answered, client, organizationId]);
}

/** What a lookup's answer means for inviting: only an active member or a pending invitation is refused. */
function standingOf(member: Member | null): RecipientStanding {
  if (member?.status === 'active') return 'member';
  if (member?.status === 'pending_invite') return 'pending';
  return 'new';
}
