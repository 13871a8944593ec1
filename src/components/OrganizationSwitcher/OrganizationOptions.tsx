'use client';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ViewerOrganization } from '../../core/viewer-organization.ts';
import type { OrganizationSwitcherText } from './switcher-text.ts';
import type { UseOrganizationSwitcherResult } from './use-organization-switcher.ts';
import { useRoleLabels } from './use-role-labels.ts';

/** Height of one option in px (the virtualizer's estimate; each is measured once shown). */
const optionHeight = 44;

/** Props of OrganizationOptions. */
export interface OrganizationOptionsProps {
  /** The switcher's state. */
  switcher: UseOrganizationSwitcherResult;
  /** Its words. */
  text: OrganizationSwitcherText;
}

/**
 * The organizations as a listbox the search field controls (`aria-activedescendant`): only the options
 * in view are rendered, so hundreds stay quick; the next page loads as the end comes into view.
 */
export function OrganizationOptions({ switcher, text }: OrganizationOptionsProps) {
  const { organizations, activeIndex, ids, hasNextPage, isFetchingNextPage, fetchNextPage } = switcher;
  const scroller = useRef<HTMLDivElement>(null);
  const roleLabels = useRoleLabels();
  const virtualizer = useVirtualizer({
    count: organizations.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => optionHeight,
    overscan: 6,
    getItemKey: (index) => organizations[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastShown >= organizations.length - 5) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastShown, organizations.length, fetchNextPage]);

  const total = switcher.totalCount ?? organizations.length;
  return (
    <div ref={scroller} data-part="list-scroller">
      <div
        role="listbox"
        id={ids.list}
        aria-label={text.list}
        data-part="list"
        data-state="ready"
        aria-busy={isFetchingNextPage || undefined}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => {
          const organization = organizations[item.index] as ViewerOrganization;
          const current = organization.id === switcher.currentOrganizationId;
          const active = item.index === activeIndex;
          return (
            // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox, which points here with aria-activedescendant (the listbox pattern).
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's keys (arrows, Enter) choose options; a click is the pointer's way.
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              id={ids.option(item.index)}
              role="option"
              aria-selected={active}
              aria-setsize={total}
              aria-posinset={item.index + 1}
              data-part="option"
              data-current={current || undefined}
              data-active={active || undefined}
              style={{ position: 'absolute', insetInlineStart: 0, width: '100%', top: item.start }}
              // Focus stays in the search field: a click must not take it away.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => switcher.select(organization)}
              onMouseMove={() => {
                if (!active) switcher.setActiveIndex(item.index);
              }}
            >
              <span data-part="option-name">{organization.displayName}</span>
              <span data-part="roles">{roleLabels(organization.roles)}</span>
              {current ? <span data-part="current-mark">{text.current}</span> : null}
            </div>
          );
        })}
      </div>
      {isFetchingNextPage ? <p data-part="loading-more">{text.loadingMore}</p> : null}
    </div>
  );
}
