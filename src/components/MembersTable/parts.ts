'use client';
import { createContext, useContext } from 'react';

/** Every styleable part of the members table, by its `data-part` name. */
export type MembersTablePart =
  | 'members-table'
  | 'members-toolbar'
  | 'members-search'
  | 'members-filter'
  | 'members-count'
  | 'members-toolbar-actions'
  | 'members-scroller'
  | 'members-grid'
  | 'column-header'
  | 'sort-button'
  | 'member-row'
  | 'member-cell'
  | 'avatar'
  | 'member-name'
  | 'member-email'
  | 'member-you'
  | 'member-roles'
  | 'member-date'
  | 'member-expiry'
  | 'external-id'
  | 'row-actions'
  | 'menu-trigger'
  | 'menu'
  | 'menu-item'
  | 'resend-cooldown'
  | 'action-failures'
  | 'action-failure'
  | 'members-footer'
  | 'load-more'
  | 'members-empty'
  | 'members-no-results'
  | 'skeleton-row';

/** Host classes for parts, by part name. */
export type MembersTableClassNames = Partial<Record<MembersTablePart, string>>;

/** The host's part classes, handed down once instead of through every row's props. */
export const MembersTableClassNamesContext = createContext<MembersTableClassNames>({});

/** `data-part` and the host's class for one part. */
export function usePart(part: MembersTablePart): {
  'data-part': MembersTablePart;
  className: string | undefined;
} {
  const classNames = useContext(MembersTableClassNamesContext);
  return { 'data-part': part, className: classNames[part] };
}
