import type { TeamkitAdapter } from '../core/adapter.ts';
import type { Member } from '../core/member.ts';
import { countActiveAdmins, holdsAdminRole, isLastActiveAdmin } from '../core/policy/admin-roles.ts';
import { decideMemberActions } from '../core/policy/member-actions.ts';
import type { PolicyContext } from '../core/policy/policy-context.ts';
import { toMemberActions } from '../core/policy/policy-decision.ts';

/**
 * How many active admins the organization has, over every member page by page: a backend may not
 * filter by role or count exactly, and the last-admin guard must not guess.
 */
export async function scanActiveAdmins(
  adapter: TeamkitAdapter,
  organizationId: string,
  context: PolicyContext,
  signal: AbortSignal,
): Promise<number> {
  const { members } = adapter.capabilities;
  let count = 0;
  let cursor: string | null = null;
  do {
    const page = await adapter.listMembers(
      {
        organizationId,
        limit: members.maxPageSize,
        ...(members.statusFilter ? { statuses: ['active'] } : {}),
        cursor,
      },
      { signal },
    );
    count += countActiveAdmins(page.members, context.roles, context.policy);
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}

/** Whether `member` is the organization's only active admin; scans only when they are an active admin. */
export async function isLastAdmin(
  member: Member,
  context: PolicyContext,
  activeAdmins: () => Promise<number>,
): Promise<boolean> {
  if (member.status !== 'active' || !holdsAdminRole(member.roles, context.roles, context.policy))
    return false;
  return isLastActiveAdmin(member, await activeAdmins(), context.roles, context.policy);
}

/**
 * Member rows as the caller may act on them: each row's actions decided by the core policy for the
 * caller (the backend answered for the server's credentials, not for the person).
 */
export async function rowsForCaller(
  members: readonly Member[],
  context: PolicyContext,
  activeAdmins: () => Promise<number>,
  resendCooldownMs: number | null,
): Promise<Member[]> {
  const now = Date.now();
  return Promise.all(
    members.map(async (member) => ({
      ...member,
      actions: toMemberActions(
        decideMemberActions(member, {
          ...context,
          lastAdmin: await isLastAdmin(member, context, activeAdmins),
          now,
          resendCooldownMs,
        }),
      ),
    })),
  );
}
