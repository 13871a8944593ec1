'use client';
import { forwardRef, type ReactNode } from 'react';
import { type MembershipStatus, membershipStatuses } from '../../core/member.ts';
import { formatPlural } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Field } from '../shared/Field.tsx';
import { usePart } from './parts.ts';
import type { UseMembersTableResult } from './use-members-table.ts';

/** Props of MembersToolbar. */
export interface MembersToolbarProps {
  /** The headless table state. */
  table: UseMembersTableResult;
  /** The host's own controls (an "Invite teammate" button). */
  actions?: ReactNode;
  /** Whether to show the member count (not while the first page loads or after a failure). */
  showCount: boolean;
}

/**
 * Above the table: a labelled search box (the query follows typing after a pause), native selects
 * to filter by status and by role, the number of matching members, and the host's actions.
 * The ref is the search input's, so focus can return there when the row it was on is gone.
 */
export const MembersToolbar = forwardRef<HTMLInputElement, MembersToolbarProps>(function MembersToolbar(
  { table, actions, showCount },
  searchRef,
) {
  const { messages, locale } = useTeamkit();
  const text = messages.members;
  const toolbar = usePart('members-toolbar');
  const search = usePart('members-search');
  const filter = usePart('members-filter');
  const count = usePart('members-count');
  const hostActions = usePart('members-toolbar-actions');
  return (
    <div {...toolbar}>
      <Field label={text.search.label} name="search">
        {(control) => (
          <input
            {...control}
            ref={searchRef}
            {...search}
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder={text.search.placeholder}
            value={table.searchText}
            onChange={(event) => table.setSearchText(event.target.value)}
          />
        )}
      </Field>
      <Field label={text.filters.status} name="status">
        {(control) => (
          <select
            {...control}
            {...filter}
            data-filter="status"
            value={table.status ?? ''}
            onChange={(event) => table.setStatus((event.target.value || null) as MembershipStatus | null)}
          >
            <option value="">{text.filters.allStatuses}</option>
            {membershipStatuses.map((status) => (
              <option key={status} value={status}>
                {text.statuses[status]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={text.filters.role} name="role">
        {(control) => (
          <select
            {...control}
            {...filter}
            data-filter="role"
            value={table.role ?? ''}
            onChange={(event) => table.setRole(event.target.value || null)}
          >
            <option value="">{text.filters.allRoles}</option>
            {table.roles.map((role) => (
              <option key={role.name} value={role.name}>
                {role.displayName || role.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {showCount ? (
        <p {...count} role="status">
          {formatPlural(text.count, table.totalCount, locale)}
        </p>
      ) : null}
      {actions ? <div {...hostActions}>{actions}</div> : null}
    </div>
  );
});
