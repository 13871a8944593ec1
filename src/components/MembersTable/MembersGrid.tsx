'use client';
import { defaultRangeExtractor, measureElement, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type FocusEvent,
  forwardRef,
  type ReactNode,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import type { Member } from '../../core/member.ts';
import { memberKey } from '../../core/member-key.ts';
import { useCapabilities } from '../../react/use-capabilities.ts';
import { useMessages } from '../../react/use-teamkit.ts';
import { ColumnHeader } from './ColumnHeader.tsx';
import { MemberRow } from './MemberRow.tsx';
import { sortFieldOf } from './member-columns.ts';
import { usePart } from './parts.ts';
import type { UseMembersTableResult } from './use-members-table.ts';

/** What the members table can ask of its grid. */
export interface MembersGridHandle {
  /** Scrolls a member's row into view and focuses its actions button (or the row); false when not loaded. */
  focusMember: (userId: string) => boolean;
}

/** Props of MembersGrid. */
export interface MembersGridProps {
  /** The headless table state. */
  table: UseMembersTableResult;
  /** Opens a member's details, when the host gave a way to. */
  onOpenMember: ((member: Member) => void) | undefined;
  /** The most the scrolling area grows to before it scrolls (CSS length or pixels). */
  maxHeight: string | number;
  /** Whether to draw placeholder rows instead of members (first load). */
  loading?: boolean;
}

/** Rows from the end at which the next page is fetched, so it is usually there before it is reached. */
const prefetchDistance = 15;
/** A row's height before any row is measured (a member's name over their email). */
const estimatedRowHeight = 57;
const skeletonRows = 6;

/**
 * The members as a real `<table>` whose rows are virtualized: only the rows in view (plus a few) are
 * in the DOM, between two spacer rows that keep the scroll height true, so 10,000 loaded members
 * scroll like 20. `aria-rowcount` says how many there are in all and each row carries its
 * `aria-rowindex`. The row holding focus is always kept rendered, so scrolling never drops focus.
 * Nearing the end fetches the next page.
 */
export const MembersGrid = forwardRef<MembersGridHandle, MembersGridProps>(function MembersGrid(props, ref) {
  const { table, onOpenMember, maxHeight, loading = false } = props;
  const messages = useMessages();
  const sortable = useCapabilities().members.sortFields;
  const { members, columns, hasMore, isLoadingMore, loadMore } = table;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [focusedUserId, setFocusedUserId] = useState<string | null>(null);
  const scroller = usePart('members-scroller');
  const grid = usePart('members-grid');
  const skeleton = usePart('skeleton-row');

  const focusedIndex =
    focusedUserId === null ? -1 : members.findIndex((member) => memberKey(member) === focusedUserId);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex >= 0 && !indexes.includes(focusedIndex)) {
        indexes.push(focusedIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [focusedIndex],
  );

  // The virtualizer recomputes every row's position whenever this function changes: a new one at each
  // render meant 10,000 positions recomputed on every scrolled frame.
  const getItemKey = useCallback(
    (index: number) => {
      const member = members[index];
      return member ? memberKey(member) : index;
    },
    [members],
  );
  // Rows not yet measured are estimated at the mean height of the rows measured so far, which the
  // theme, font, zoom and locale decide. Against a fixed guess (57 px for rows that came out at 59),
  // every row scrolled in changed size when measured, and each change made the virtualizer recompute
  // the positions of all rows after it and render again. Not the last height measured: where rows
  // differ (an invitation's dates wrap to a third line), that estimate swung the height of 10,000
  // unmeasured rows at every row and took the scroll position with it (a fling took twice the frames).
  const measured = useRef({ total: 0, count: 0 });
  const virtualizer = useVirtualizer({
    count: loading ? 0 : members.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () =>
      measured.current.count > 0
        ? Math.round(measured.current.total / measured.current.count)
        : estimatedRowHeight,
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      if (size > 0) {
        measured.current.total += size;
        measured.current.count += 1;
      }
      return size;
    },
    overscan: 6,
    getItemKey,
    rangeExtractor,
    // Before the scroller is measured (and on the server) render a first screenful, not nothing.
    initialRect: { width: 0, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const endIndex = virtualizer.range?.endIndex ?? -1;

  useEffect(() => {
    if (hasMore && !isLoadingMore && members.length > 0 && endIndex >= members.length - prefetchDistance)
      loadMore();
  }, [endIndex, hasMore, isLoadingMore, loadMore, members.length]);

  useImperativeHandle(
    ref,
    () => ({
      focusMember: (userId) => {
        const index = members.findIndex((member) => memberKey(member) === userId);
        if (index < 0) return false;
        virtualizer.scrollToIndex(index, { align: 'auto' });
        requestAnimationFrame(() => {
          const row = scrollerRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
          const target =
            row?.querySelector<HTMLElement>('[data-part="menu-trigger"]') ??
            row?.querySelector<HTMLElement>('button') ??
            row;
          target?.focus();
        });
        return true;
      },
    }),
    [members, virtualizer],
  );

  const onFocusCapture = (event: FocusEvent<HTMLTableSectionElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-user-id]');
    setFocusedUserId(row?.dataset.userId ?? null);
  };
  const onBlurCapture = (event: FocusEvent<HTMLTableSectionElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedUserId(null);
  };

  // Spacer rows stand in for the rows not rendered, above, between (around a kept focused row) and below.
  const body: ReactNode[] = [];
  let cursor = 0;
  const spacer = (key: string, height: number) => (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable; it is layout only.
    <tr key={key} data-part="spacer-row" aria-hidden="true">
      <td colSpan={columns.length} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
  for (const item of items) {
    const member = members[item.index];
    if (!member) continue;
    // The top spacer keeps one key while its height changes: keyed by the first row's index, React
    // would replace it (a DOM removal and insertion) at every row scrolled past.
    if (item.start > cursor)
      body.push(spacer(cursor === 0 ? 'start' : `gap-${item.index}`, item.start - cursor));
    body.push(
      <MemberRow
        key={item.key}
        member={member}
        index={item.index}
        columns={columns}
        viewerId={table.viewer?.userId}
        roles={table.roles}
        actions={table.actions}
        onOpenMember={onOpenMember}
        measureRef={virtualizer.measureElement}
      />,
    );
    cursor = item.end;
  }
  const total = virtualizer.getTotalSize();
  if (total > cursor) body.push(spacer('end', total - cursor));

  // With nothing focusable inside (a plain member, no details link), the scroller itself takes focus
  // so keyboard users can still scroll it.
  const hasFocusableCells = columns.includes('actions') || onOpenMember !== undefined;
  const focusableScroller = hasFocusableCells
    ? {}
    : { tabIndex: 0, role: 'region', 'aria-label': messages.members.tableLabel };
  return (
    <div
      ref={scrollerRef}
      {...scroller}
      style={{ maxBlockSize: maxHeight, overflow: 'auto' }}
      {...focusableScroller}
    >
      <table
        {...grid}
        aria-label={messages.members.tableLabel}
        // -1 (ARIA: unknown) unless the total is exact; an estimate or "100+" is not a row count.
        aria-rowcount={loading || table.total.kind !== 'exact' ? -1 : table.total.count + 1}
        aria-busy={loading || table.isFetching || undefined}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column} data-column={column} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <ColumnHeader
                key={column}
                column={column}
                field={sortFieldOf(column, table.status, sortable)}
                sort={table.sort}
                onSort={table.toggleSort}
              />
            ))}
          </tr>
        </thead>
        <tbody onFocusCapture={onFocusCapture} onBlurCapture={onBlurCapture}>
          {loading
            ? Array.from({ length: skeletonRows }, (_, row) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity.
                // biome-ignore lint/a11y/noAriaHiddenOnFocusable: placeholder rows hold nothing focusable.
                <tr key={row} {...skeleton} aria-hidden="true">
                  {columns.map((column) => (
                    <td key={column} data-column={column}>
                      <span data-part="skeleton" />
                    </td>
                  ))}
                </tr>
              ))
            : body}
        </tbody>
      </table>
    </div>
  );
});
