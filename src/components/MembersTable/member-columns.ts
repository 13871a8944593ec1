import type { MemberSortField } from '../../core/adapter.ts';
import type { MembershipStatus } from '../../core/member.ts';

/** A column the members table can show; the host picks which and in what order. */
export type MemberColumn = 'member' | 'roles' | 'status' | 'provisioning' | 'date' | 'externalId' | 'actions';

/** The columns shown when the host does not choose: everything but the external ID. */
export const defaultMemberColumns: readonly MemberColumn[] = [
  'member',
  'roles',
  'status',
  'provisioning',
  'date',
  'actions',
];

/** Whether a status filter lists only invitations (their dates are invitation dates, not join dates). */
function listsInvitations(status: MembershipStatus | null): boolean {
  return status === 'pending_invite' || status === 'invite_expired';
}

/**
 * The server-side sort field behind a column, or undefined when it does not sort: either the column
 * has no field, or the backend cannot sort by it (`sortable`, from its capabilities). The date
 * column sorts by join date, or by invitation date while only invitations are listed.
 */
export function sortFieldOf(
  column: MemberColumn,
  status: MembershipStatus | null,
  sortable: readonly MemberSortField[],
): MemberSortField | undefined {
  const field = fieldOfColumn(column, status);
  return field !== undefined && sortable.includes(field) ? field : undefined;
}

function fieldOfColumn(column: MemberColumn, status: MembershipStatus | null): MemberSortField | undefined {
  if (column === 'member') return 'name';
  if (column === 'status') return 'status';
  if (column === 'date') return listsInvitations(status) ? 'invitedAt' : 'joinedAt';
  return undefined;
}

/** The column a sort field belongs to (both date fields are the date column's). */
export function columnOfSortField(field: MemberSortField): MemberColumn {
  if (field === 'joinedAt' || field === 'invitedAt') return 'date';
  if (field === 'status') return 'status';
  return 'member';
}

/** The direction a column sorts in when first chosen: dates newest first, text A to Z. */
export function firstDirectionOf(field: MemberSortField): 'asc' | 'desc' {
  return field === 'joinedAt' || field === 'invitedAt' ? 'desc' : 'asc';
}
