'use client';
import { forwardRef, type ReactNode } from 'react';
import { type MembershipStatus, membershipStatuses } from '../../core/member.ts';
import { formatPlural } from '../../i18n/format.ts';
import type { TeamkitMessages } from '../../i18n/messages.ts';
import { useCapabilities } from '../../react/use-capabilities.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Field } from '../shared/Field.tsx';
import type { MembersTotal } from './members-total.ts';
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

/** "50 members", "About 1,200 members" or "100+ members", as sure as the backend is of its total. */
function countText(text: TeamkitMessages['members'], total: MembersTotal, locale: string): string {
  const message =
    total.kind === 'about' ? text.countAbout : total.kind === 'at-least' ? text.countAtLeast : text.count;
  return formatPlural(message, total.count, locale);
}

/**
 * Above the table: a labelled search box (the query follows typing after a pause), native selects
 * to filter by status and by role, the number of matching members, and the host's actions. Each
 * offers only what the backend declares (`capabilities.members`): no search box when it cannot
 * search, a placeholder that says what a search matches, a hint instead of a request while the
 * search is shorter than it accepts, and no filter it cannot apply.
 * The ref is the search input's, so focus can return there when the row it was on is gone.
 */
export const MembersToolbar = forwardRef<HTMLInputElement, MembersToolbarProps>(function MembersToolbar(
  { table, actions, showCount },
  searchRef,
) {
  const { messages, locale } = useTeamkit();
  const capabilities = useCapabilities().members;
  const text = messages.members;
  const toolbar = usePart('members-toolbar');
  const search = usePart('members-search');
  const filter = usePart('members-filter');
  const count = usePart('members-count');
  const hostActions = usePart('members-toolbar-actions');
  return (
    <div {...toolbar}>
      {capabilities.search === 'none' ? null : (
        <Field
          label={text.search.label}
          name="search"
          description={
            table.searchTooShortFor === null
              ? undefined
              : formatPlural(text.search.tooShort, table.searchTooShortFor, locale)
          }
        >
          {(control) => (
            <input
              {...control}
              ref={searchRef}
              {...search}
              type="search"
              autoComplete="off"
              spellCheck={false}
              placeholder={
                capabilities.search === 'identifiers'
                  ? text.search.placeholderIdentifiers
                  : text.search.placeholder
              }
              value={table.searchText}
              onChange={(event) => table.setSearchText(event.target.value)}
            />
          )}
        </Field>
      )}
      {capabilities.statusFilter ? (
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
      ) : null}
      {capabilities.roleFilter ? (
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
      ) : null}
      {showCount ? (
        <p {...count} role="status">
          {countText(text, table.total, locale)}
        </p>
      ) : null}
      {actions ? <div {...hostActions}>{actions}</div> : null}
    </div>
  );
});
