'use client';
import { memo, type Ref } from 'react';
import type { Member } from '../../core/member.ts';
import { memberKey } from '../../core/member-key.ts';
import type { Role } from '../../core/role.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { MemberCell } from './MemberCell.tsx';
import { MemberDateCell } from './MemberDateCell.tsx';
import type { UseMemberActionsResult } from './member-action-types.ts';
import type { MemberColumn } from './member-columns.ts';
import { ProvisioningBadge } from './ProvisioningBadge.tsx';
import { usePart } from './parts.ts';
import { RolesCell } from './RolesCell.tsx';
import { RowActions } from './RowActions.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** Props of MemberRow. */
export interface MemberRowProps {
  /** The member shown. */
  member: Member;
  /** The row's position in the loaded list (0-based). */
  index: number;
  /** The columns, in order. */
  columns: readonly MemberColumn[];
  /** The signed-in person's user ID (for the "You" tag). */
  viewerId: string | undefined;
  /** The organization's roles. */
  roles: readonly Role[];
  /** The table's row actions. */
  actions: UseMemberActionsResult;
  /** Opens a member's details, when the host gave a way to. */
  onOpenMember: ((member: Member) => void) | undefined;
  /** Lets the virtualizer measure the row. */
  measureRef: Ref<HTMLTableRowElement>;
}

/**
 * One member as a table row: the member cell is the row header, so a screen reader names each cell
 * by its member. `aria-rowindex` keeps the position right while only some rows exist in the DOM.
 * Part `member-row` with `data-state` (the membership status) and `data-busy` while a request runs.
 */
export const MemberRow = memo(function MemberRow(props: MemberRowProps) {
  const { member, index, columns, viewerId, roles, actions, onOpenMember, measureRef } = props;
  const { messages } = useTeamkit();
  const row = usePart('member-row');
  const cell = usePart('member-cell');
  const externalId = usePart('external-id');
  const now = Date.now();

  const renderCell = (column: MemberColumn) => {
    switch (column) {
      case 'member':
        return (
          <th key={column} {...cell} scope="row" data-column={column}>
            <MemberCell member={member} isViewer={member.userId === viewerId} onOpen={onOpenMember} />
          </th>
        );
      case 'roles':
        return (
          <td key={column} {...cell} data-column={column}>
            <RolesCell roles={member.roles ?? []} roleLabel={actions.roleLabel} />
          </td>
        );
      case 'status':
        return (
          <td key={column} {...cell} data-column={column}>
            <StatusBadge status={member.status} />
          </td>
        );
      case 'provisioning':
        return (
          <td key={column} {...cell} data-column={column}>
            <ProvisioningBadge method={member.provisioning} />
          </td>
        );
      case 'date':
        return (
          <td key={column} {...cell} data-column={column}>
            <MemberDateCell member={member} now={now} />
          </td>
        );
      case 'externalId':
        return (
          <td key={column} {...cell} data-column={column}>
            {member.externalId ? (
              // An identifier from another system: left to right in every locale.
              <span {...externalId} dir="ltr">
                {member.externalId}
              </span>
            ) : (
              <span {...externalId} data-empty="">
                {messages.members.noExternalId}
              </span>
            )}
          </td>
        );
      case 'actions':
        return (
          <td key={column} {...cell} data-column={column}>
            <RowActions member={member} roles={roles} actions={actions} />
          </td>
        );
      default:
        return null;
    }
  };

  return (
    <tr
      ref={measureRef}
      {...row}
      data-index={index}
      data-user-id={memberKey(member)}
      data-state={member.status}
      data-busy={actions.busyUserIds.has(memberKey(member)) || undefined}
      aria-rowindex={index + 2}
      // Focusable by script only: where focus lands when its neighbour is removed or a page loads.
      tabIndex={-1}
    >
      {columns.map(renderCell)}
    </tr>
  );
});
