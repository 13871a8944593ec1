'use client';
import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { createConcurrencyLimit } from '../../core/concurrency-limit.ts';
import type { Member } from '../../core/member.ts';
import { teamkitKeys } from '../../core/query-keys.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { addressKey } from './parse-addresses.ts';

/** How many address lookups run at once. */
const lookupConcurrency = 4;

/** What the kit knows about an address before inviting it. */
export type RecipientStanding = 'checking' | 'new' | 'member' | 'pending';

/**
 * Whether each address already belongs to the organization, looked up once per address (a members
 * search, cached and shared; kept under the members key so inviting or removing someone refreshes
 * it). Only an active member or a pending invitation is flagged: that is exactly what the backend
 * refuses with `already_member`; an expired invitation may be sent again.
 * A failed lookup counts as `new`: the backend's own answer is the final word anyway.
 */
export function useRecipientLookup(
  emails: readonly string[],
  enabled: boolean,
): ReadonlyMap<string, RecipientStanding> {
  const { adapter, organizationId } = useTeamkit();
  // Hundreds of pasted addresses are hundreds of lookups: a few at a time, the rest queued.
  const [limit] = useState(() => createConcurrencyLimit(lookupConcurrency));
  const keys = useMemo(() => Array.from(new Set(emails.map(addressKey))), [emails]);
  const results = useQueries({
    queries: keys.map((key) => ({
      queryKey: [...teamkitKeys.members(organizationId), 'lookup', key] as const,
      queryFn: ({ signal }: { signal: AbortSignal }): Promise<Member | null> =>
        limit(async () => {
          // Removed from the field while queued: no request for it.
          signal.throwIfAborted();
          const page = await adapter.listMembers({ organizationId, search: key, limit: 10 }, { signal });
          return page.members.find((member) => addressKey(member.email ?? '') === key) ?? null;
        }),
      enabled,
      retry: false,
      staleTime: 60_000,
    })),
  });
  const standings = new Map<string, RecipientStanding>();
  keys.forEach((key, index) => {
    const result = results[index];
    if (!result || result.isError) standings.set(key, 'new');
    else if (result.isPending) standings.set(key, enabled ? 'checking' : 'new');
    else if (result.data?.status === 'active') standings.set(key, 'member');
    else if (result.data?.status === 'pending_invite') standings.set(key, 'pending');
    else standings.set(key, 'new');
  });
  return standings;
}
