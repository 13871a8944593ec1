'use client';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { Member } from '../../core/member.ts';
import { memberKey } from '../../core/member-key.ts';
import { formatMessage } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/intl.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { MemberActionConfirm } from './MemberActionConfirm.tsx';
import { MembersEmpty } from './MembersEmpty.tsx';
import { MembersGrid, type MembersGridHandle } from './MembersGrid.tsx';
import { MembersNoResults } from './MembersNoResults.tsx';
import { MembersToolbar } from './MembersToolbar.tsx';
import type { MemberActionFailure } from './member-action-types.ts';
import type { MemberColumn } from './member-columns.ts';
import type { MembersTableQuery } from './members-table-query.ts';
import { type MembersTableClassNames, MembersTableClassNamesContext } from './parts.ts';
import { useMembersTable } from './use-members-table.ts';

// Shown only after a row action failed (the failure is announced at once, by the hook): loaded then.
const MemberActionFailures = lazy(() =>
  import('./MemberActionFailures.tsx').then((module) => ({ default: module.MemberActionFailures })),
);

/** Props of MembersTable. */
export interface MembersTableProps {
  /** Columns to show, in order; default member, roles, status, provisioning, date, actions (`externalId` is optional). */
  columns?: readonly MemberColumn[];
  /** Opens a member's details (the member's name becomes a button). */
  onOpenMember?: (member: Member) => void;
  /** Shown when the organization has no members yet (an invite button). */
  emptyAction?: ReactNode;
  /** The host's controls in the toolbar (an InviteMemberDialog trigger). */
  toolbarActions?: ReactNode;
  /** Members fetched per page; 50 by default (Scalekit allows up to 100). */
  pageSize?: number;
  /** The backend's wait between two resends of one invitation, in seconds; by default what the adapter declares. */
  resendCooldownSeconds?: number;
  /** The tallest the rows area grows before it scrolls (a CSS length or pixels); `36rem` by default. */
  maxHeight?: string | number;
  /** The search, filters and sort, when the host controls them (to keep them in the URL); pair with `onQueryChange`. */
  query?: MembersTableQuery;
  /** The search, filters and sort the table opens with when the host does not control them. */
  defaultQuery?: Partial<MembersTableQuery>;
  /** Called with the whole new query when the person searches (after the typing pause), filters or sorts. */
  onQueryChange?: (query: MembersTableQuery) => void;
  /** Extra classes for the root. */
  className?: string;
  /** Extra classes for parts, by `data-part` name. */
  classNames?: MembersTableClassNames;
}

const noClassNames: MembersTableClassNames = {};

/**
 * An organization's members: search, status and role filters, sort, every member loaded page by
 * page into virtualized rows, and each row's actions as the backend allows them (change role,
 * resend or revoke an invitation, remove), destructive ones confirmed first, all optimistic and
 * announced. A viewer who may not manage members sees the list without actions.
 * Root part `members-table` with `data-view` (`loading`, `error`, `empty`, `no-results`, `rows`).
 */
export function MembersTable(props: MembersTableProps) {
  const {
    columns,
    onOpenMember,
    emptyAction,
    toolbarActions,
    pageSize,
    resendCooldownSeconds,
    maxHeight = '36rem',
    query,
    defaultQuery,
    onQueryChange,
    className,
    classNames = noClassNames,
  } = props;
  const { messages, locale, dir } = useTeamkit();
  const gridRef = useRef<MembersGridHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const membersRef = useRef<readonly Member[]>([]);
  const loadMoreFrom = useRef<number | null>(null);
  const [leaving, setLeaving] = useState<{ userId: string; neighborId: string | null } | null>(null);

  const onRowLeaving = useCallback((member: Member) => {
    const list = membersRef.current;
    const index = list.findIndex((candidate) => memberKey(candidate) === memberKey(member));
    const neighbor = list[index + 1] ?? list[index - 1];
    setLeaving({ userId: memberKey(member), neighborId: neighbor ? memberKey(neighbor) : null });
  }, []);

  const table = useMembersTable({
    columns,
    pageSize,
    resendCooldownSeconds,
    onRowLeaving,
    query,
    defaultQuery,
    onQueryChange,
  });
  const { members, view } = table;
  const confirming = table.actions.confirmation !== null;
  const focusBeforeConfirm = useRef<HTMLElement | null>(null);

  // The confirm dialog has no trigger of its own, so focus is put back here: on the row's actions
  // button it was opened from (a removed row's neighbour is handled below, once the row is gone).
  useEffect(() => {
    if (confirming) {
      focusBeforeConfirm.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return;
    }
    const previous = focusBeforeConfirm.current;
    if (!previous) return;
    focusBeforeConfirm.current = null;
    const timer = setTimeout(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      if (previous.isConnected) previous.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [confirming]);

  useEffect(() => {
    membersRef.current = members;
  }, [members]);

  // When a removed row takes the focused button with it, focus goes to its neighbour (or the search
  // box), after the confirm dialog has put focus back where it was: never lost on <body>.
  useEffect(() => {
    if (!leaving || members.some((member) => memberKey(member) === leaving.userId)) return;
    const timer = setTimeout(() => {
      setLeaving(null);
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      if (!(leaving.neighborId && gridRef.current?.focusMember(leaving.neighborId)))
        searchRef.current?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [leaving, members]);

  // "Load more" moves focus to the first row it brought, so keyboard users continue from there.
  useEffect(() => {
    const from = loadMoreFrom.current;
    if (from === null || members.length <= from) return;
    loadMoreFrom.current = null;
    const first = members[from];
    if (first) gridRef.current?.focusMember(memberKey(first));
  }, [members]);

  // A retried or dismissed notice takes its focused button with it: focus goes to the member's row
  // (or, once a retried removal has taken the row, where a removal sends it), never to <body>.
  const onFailureHandled = useCallback((failure: MemberActionFailure) => {
    setTimeout(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      if (!gridRef.current?.focusMember(memberKey(failure.member))) searchRef.current?.focus();
    }, 0);
  }, []);

  const text = messages.members;
  const showing = formatMessage(text.showing, {
    shown: formatNumber(members.length, locale),
    total: formatNumber(table.total.count, locale),
  });

  return (
    <div
      data-teamkit=""
      data-part="members-table"
      data-view={view}
      dir={dir}
      className={cx(classNames['members-table'], className)}
    >
      <MembersTableClassNamesContext.Provider value={classNames}>
        <MembersToolbar
          ref={searchRef}
          table={table}
          actions={toolbarActions}
          showCount={view === 'rows' || view === 'no-results'}
        />
        {table.actions.failures.length > 0 ? (
          <Suspense fallback={null}>
            <MemberActionFailures actions={table.actions} onHandled={onFailureHandled} />
          </Suspense>
        ) : null}
        {view === 'loading' ? (
          <>
            <p data-part="visually-hidden" role="status">
              {text.loading}
            </p>
            <MembersGrid table={table} onOpenMember={onOpenMember} maxHeight={maxHeight} loading />
          </>
        ) : null}
        {view === 'error' ? (
          <ErrorNotice title={text.errorTitle} error={table.error} onRetry={table.retry} />
        ) : null}
        {view === 'empty' ? <MembersEmpty action={emptyAction} /> : null}
        {view === 'no-results' ? (
          <MembersNoResults
            onClear={() => {
              table.clearFilters();
              searchRef.current?.focus();
            }}
          />
        ) : null}
        {view === 'rows' ? (
          <>
            {table.error ? <ErrorNotice error={table.error} onRetry={table.retry} /> : null}
            <MembersGrid ref={gridRef} table={table} onOpenMember={onOpenMember} maxHeight={maxHeight} />
            <div data-part="members-footer" className={classNames['members-footer']}>
              {/* Only against an exact total: "50+" or "about 120" is in the toolbar's count already. */}
              {table.hasMore && table.total.kind === 'exact' ? (
                <p data-part="members-showing">{showing}</p>
              ) : null}
              {table.hasMore ? (
                <Button
                  variant="secondary"
                  data-part="load-more"
                  data-action="load-more"
                  className={classNames['load-more']}
                  busy={table.isLoadingMore}
                  onClick={() => {
                    loadMoreFrom.current = members.length;
                    table.loadMore();
                  }}
                >
                  {text.loadMore}
                </Button>
              ) : null}
            </div>
          </>
        ) : null}
        <MemberActionConfirm actions={table.actions} />
      </MembersTableClassNamesContext.Provider>
    </div>
  );
}
