'use client';
import { createContext, useContext } from 'react';

/** The members table's parts a host may give classes to through `classNames`, by their `data-part` names. */
export type MembersTablePart =
  /** The root; `data-view` says which body shows. */
  | 'members-table'
  /** The row above the table: search, filters, count and the host's actions. */
  | 'members-toolbar'
  /** The search box (server-side search). */
  | 'members-search'
  /** A filter (`data-filter`: status or role). */
  | 'members-filter'
  /** How many members match (exact, at least, or about). */
  | 'members-count'
  /** Where the host's `toolbarActions` go (an invite button). */
  | 'members-toolbar-actions'
  /** The scrolling box around the virtualized table. */
  | 'members-scroller'
  /** The table. */
  | 'members-grid'
  /** A column header (`data-column`, `data-sort` when sorted). */
  | 'column-header'
  /** The button that sorts by a column. */
  | 'sort-button'
  /** One member or invitation (`data-state` its status, `data-busy` while an action runs). */
  | 'member-row'
  /** One cell (`data-column`). */
  | 'member-cell'
  /** The member's initials. */
  | 'avatar'
  /** The member's name; a button when the host opens members (`onOpenMember`). */
  | 'member-name'
  /** The member's email. */
  | 'member-email'
  /** The "you" marker on the viewer's own row. */
  | 'member-you'
  /** The roles cell's list of role badges. */
  | 'member-roles'
  /** The joined or invited date. */
  | 'member-date'
  /** When an invitation expires, or that it has (`data-state`). */
  | 'member-expiry'
  /** The member's external ID (`data-empty` when none). */
  | 'external-id'
  /** A row's actions: the menu and the resend countdown. */
  | 'row-actions'
  /** The row menu's button (the shared menu's part). */
  | 'menu-trigger'
  /** The row menu's popup (the shared menu's part). */
  | 'menu'
  /** Each command and choice in the row menu (the shared menu's part). */
  | 'menu-item'
  /** When an invitation can be resent again (a timer). */
  | 'resend-cooldown'
  /** The list of row actions that failed, above the table. */
  | 'action-failures'
  /** One failed action (`data-code` the error's code), with retry and dismiss. */
  | 'action-failure'
  /** Below the table: how many are shown and Load more. */
  | 'members-footer'
  /** The Load more button (the shared button, named). */
  | 'load-more'
  /** Shown when the organization has no members yet. */
  | 'members-empty'
  /** Shown when the search and filters match nobody. */
  | 'members-no-results'
  /** A placeholder row while the first page loads. */
  | 'skeleton-row';

/** The members table's other parts: styleable by `data-part`, with no class of their own. */
export type MembersTableInnerPart =
  /** The failed action's message. */
  | 'action-failure-message'
  /** The failed action's Retry and Dismiss buttons. */
  | 'action-failure-buttons'
  /** The empty and no-results panels' heading. */
  | 'empty-title'
  /** The empty and no-results panels' text. */
  | 'empty-description'
  /** The empty panel's host action. */
  | 'empty-action'
  /** Avatar, name and email together. */
  | 'member-identity'
  /** Name and email, stacked. */
  | 'member-text'
  /** "Showing 50 of 120" in the footer. */
  | 'members-showing'
  /** The row menu button's icon. */
  | 'row-actions-icon'
  /** A bar inside a skeleton row's cell. */
  | 'skeleton'
  /** The sort direction arrow. */
  | 'sort-indicator'
  /** The empty rows above and below the rendered window that keep the scroll height. */
  | 'spacer-row'
  /** Text for screen readers only (a column's name, the sort announcement). */
  | 'visually-hidden';

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
