'use client';
import type { MemberSortField } from '../../core/adapter.ts';
import { useMessages } from '../../react/use-teamkit.ts';
import { columnOfSortField, type MemberColumn } from './member-columns.ts';
import { usePart } from './parts.ts';
import type { MembersTableSort } from './use-members-table.ts';

/** Props of ColumnHeader. */
export interface ColumnHeaderProps {
  /** The column. */
  column: MemberColumn;
  /** The field this column sorts by now, or undefined when it does not sort. */
  field: MemberSortField | undefined;
  /** The sort in force, or null when the list is in the backend's own order. */
  sort: MembersTableSort | null;
  /** Sorts by a field (or flips it). */
  onSort: (field: MemberSortField) => void;
}

/**
 * A column header. Sortable columns hold a button that sorts by them; the header carries `aria-sort`
 * while it is the sort column, so the order is announced with the header. The actions column's
 * header is read by screen readers but not shown.
 */
export function ColumnHeader({ column, field, sort, onSort }: ColumnHeaderProps) {
  const messages = useMessages();
  const header = usePart('column-header');
  const sortButton = usePart('sort-button');
  const label = messages.members.columns[column];
  const active = field !== undefined && sort !== null && columnOfSortField(sort.field) === column;
  const ariaSort = active ? (sort?.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th
      {...header}
      scope="col"
      data-column={column}
      aria-sort={ariaSort}
      data-sort={active ? sort?.direction : undefined}
    >
      {field ? (
        <button {...sortButton} type="button" onClick={() => onSort(field)}>
          {label}
          <span data-part="sort-indicator" aria-hidden="true">
            {active ? (sort?.direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      ) : column === 'actions' ? (
        <span data-part="visually-hidden">{label}</span>
      ) : (
        label
      )}
    </th>
  );
}
