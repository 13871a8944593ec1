/**
 * The reference the MembersTable's scrolling is compared with in the same run: the same 10,000
 * members, loaded before it mounts, in a plain `<table>` virtualized with the same library
 * (@tanstack/react-virtual, rows measured, the same overscan and spacer rows) and the same columns as
 * text, with no kit, no styles, no badges, menus or focus handling. What the kit costs beyond a
 * minimal virtualized table is the ratio between the two.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Member, TeamkitAdapter } from 'teamkit';

/** Every member of an organization, page by page (100 at a time, the most a page may hold). */
export async function loadAllMembers(adapter: TeamkitAdapter, organizationId: string): Promise<Member[]> {
  const members: Member[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await adapter.listMembers({ organizationId, limit: 100, cursor: cursor ?? undefined });
    members.push(...page.members);
    cursor = page.nextCursor;
  } while (cursor);
  return members;
}

/**
 * The plain virtualized table over `members`, as tall as the MembersTable's default, each row
 * `rowHeight` pixels high (the kit's first row, so both scroll past about as many rows a frame); its scroller is
 * `[data-plain-scroller]`.
 */
export function PlainMembersTable({ members, rowHeight }: { members: readonly Member[]; rowHeight: number }) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: members.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scrollerRef} data-plain-scroller="" style={{ maxBlockSize: '36rem', overflow: 'auto' }}>
      <table aria-rowcount={members.length + 1} style={{ inlineSize: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr aria-rowindex={1}>
            <th>Member</th>
            <th>Roles</th>
            <th>Status</th>
            <th>Added through</th>
            <th>Date</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 ? (
            <tr>
              <td colSpan={5} style={{ height: before, padding: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const member = members[item.index] as Member;
            return (
              <tr
                key={member.userId}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-user-id={member.userId}
                aria-rowindex={item.index + 2}
                style={{ blockSize: rowHeight }}
              >
                <th scope="row">
                  {member.name ?? member.email}
                  <br />
                  {member.email}
                </th>
                <td>{member.roles.join(', ')}</td>
                <td>{member.status}</td>
                <td>{member.provisioning}</td>
                <td>{member.joinedAt ?? member.invitedAt}</td>
              </tr>
            );
          })}
          {after > 0 ? (
            <tr>
              <td colSpan={5} style={{ height: after, padding: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
