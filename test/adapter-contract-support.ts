/**
 * What the conformance suite's parts share: fresh addresses and keys, paging through a whole members
 * list, and `declared`, which runs a test only where the adapter declares what it needs.
 */
import { it } from 'vitest';
import type { TeamkitAdapter } from '../src/core/adapter.ts';
import type { Member } from '../src/core/member.ts';

let unique = 0;
/** An address no fixture uses, different on every call and every run. */
export function newAddress(): string {
  unique += 1;
  return `newcomer.${Date.now().toString(36)}.${unique}@example.com`;
}
/** An idempotency key unique to this run. */
export function newKey(): string {
  unique += 1;
  return `contract-${Date.now().toString(36)}-${unique}`;
}

/** Every member matching a query, page by page, so tests can check what pagination must guarantee. */
export async function allPages(
  adapter: TeamkitAdapter,
  query: Parameters<TeamkitAdapter['listMembers']>[0],
): Promise<{ members: Member[]; totalCounts: (number | null)[]; pages: number }> {
  const members: Member[] = [];
  const totalCounts: (number | null)[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await adapter.listMembers({ ...query, cursor });
    members.push(...page.members);
    totalCounts.push(page.totalCount);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 1000);
  return { members, totalCounts, pages };
}

/** The row of `email` among all of an organization's members (paged through, no search needed). */
export async function rowOf(
  adapter: TeamkitAdapter,
  organizationId: string,
  email: string,
): Promise<Member | undefined> {
  const { members } = await allPages(adapter, { organizationId });
  return members.find((member) => member.email.toLowerCase() === email.toLowerCase());
}

/**
 * A test that runs only where `applies`; elsewhere it is reported as skipped, its title saying which
 * capability it needs, so a report shows what was not applicable rather than hiding it.
 */
export function declared(applies: boolean, needs: string) {
  return (title: string, test: () => Promise<void>) =>
    it.runIf(applies)(applies ? title : `${title} (not applicable: needs ${needs})`, test);
}
