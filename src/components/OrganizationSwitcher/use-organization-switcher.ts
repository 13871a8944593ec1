'use client';
import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { ViewerOrganization } from '../../core/viewer-organization.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { type UseOrganizationsResult, useOrganizations } from '../../react/use-organizations.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { englishSwitcherText, type OrganizationSwitcherText } from './switcher-text.ts';

/** How long typing pauses before a search is sent, in ms. */
const searchDelayMs = 250;

/** Options of useOrganizationSwitcher. */
export interface UseOrganizationSwitcherOptions {
  /** The switcher's words (what it announces); by default the provider's catalogue's `switcher` area. */
  text?: OrganizationSwitcherText;
  /** Organizations per page. */
  pageSize?: number;
  /** Called after a switch, with the organization chosen. */
  onSwitched?: (organization: ViewerOrganization) => void;
}

/** The switcher's state and handlers, for the styled component or a host's own markup. */
export interface UseOrganizationSwitcherResult extends UseOrganizationsResult {
  /** Whether the panel is open. */
  open: boolean;
  /** Opens or closes the panel. */
  setOpen: (open: boolean) => void;
  /** The search as typed. */
  searchText: string;
  /** Changes the search (sent after a short pause). */
  setSearchText: (text: string) => void;
  /** The search the list shows (trimmed, after the pause). */
  appliedSearch: string;
  /** Index of the option the keyboard is on, or -1. */
  activeIndex: number;
  /** Moves the keyboard's option. */
  setActiveIndex: (index: number) => void;
  /** Element IDs: the panel, the list, and each option's by index. */
  ids: { panel: string; list: string; option: (index: number) => string };
  /** Switches to an organization (nothing happens for the current one) and closes the panel. */
  select: (organization: ViewerOrganization) => void;
  /** Keys of the search field: arrows, Home/End with Ctrl, Page keys, Enter and Escape. */
  onSearchKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * The organization switcher without markup: the open panel, a debounced search over
 * `useOrganizations`, the keyboard's active option (combobox with `aria-activedescendant`), and
 * switching with an announcement.
 */
export function useOrganizationSwitcher(
  options: UseOrganizationSwitcherOptions,
): UseOrganizationSwitcherResult {
  const { pageSize, onSwitched } = options;
  const catalogue = useAreaMessages('switcher', englishSwitcherText);
  const text = options.text ?? catalogue;
  const { announce } = useTeamkit();
  const [open, setOpenState] = useState(false);
  const [searchText, setSearchText] = useState('');
  const [appliedSearch, setAppliedSearch] = useState('');
  useEffect(() => {
    const next = searchText.trim();
    if (next === appliedSearch) return;
    // Emptied: the whole list comes back at once; typed: wait for a pause.
    const timer = setTimeout(() => setAppliedSearch(next), next === '' ? 0 : searchDelayMs);
    return () => clearTimeout(timer);
  }, [searchText, appliedSearch]);
  const organizations = useOrganizations(
    pageSize === undefined ? { search: appliedSearch } : { search: appliedSearch, pageSize },
  );
  const list = organizations.organizations;
  const [chosenIndex, setActiveIndex] = useState(-1);
  // Kept within the list as it changes (a search's results replacing the previous list).
  const activeIndex = Math.min(chosenIndex, list.length - 1);
  const currentIndex = list.findIndex(
    (organization) => organization.id === organizations.currentOrganizationId,
  );
  // A new list (search, first load) puts the keyboard on the current organization, else the first.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the list's start or the panel changes
  useEffect(() => {
    setActiveIndex(list.length === 0 ? -1 : Math.max(0, currentIndex));
  }, [appliedSearch, open, list[0]?.id]);

  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    if (!next) {
      setSearchText('');
      setAppliedSearch('');
    }
  }, []);

  const { switchOrganization, currentOrganizationId } = organizations;
  const select = useCallback(
    (organization: ViewerOrganization) => {
      setOpen(false);
      if (organization.id === currentOrganizationId) return;
      switchOrganization(organization.id);
      announce(formatMessage(text.switched, { organization: organization.displayName }));
      onSwitched?.(organization);
    },
    [setOpen, currentOrganizationId, switchOrganization, announce, text.switched, onSwitched],
  );

  const base = useId();
  const ids = useMemo(
    () => ({
      panel: `${base}-panel`,
      list: `${base}-list`,
      option: (index: number) => `${base}-option-${index}`,
    }),
    [base],
  );

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = list.length - 1;
    const move = (index: number) => {
      event.preventDefault();
      if (last >= 0) setActiveIndex(Math.min(last, Math.max(0, index)));
    };
    if (event.key === 'ArrowDown') move(activeIndex + 1);
    else if (event.key === 'ArrowUp') move(activeIndex - 1);
    else if (event.key === 'PageDown') move(activeIndex + 10);
    else if (event.key === 'PageUp') move(activeIndex - 10);
    else if (event.key === 'Home' && event.ctrlKey) move(0);
    else if (event.key === 'End' && event.ctrlKey) move(last);
    else if (event.key === 'Enter') {
      const chosen = list[activeIndex];
      if (chosen) {
        event.preventDefault();
        select(chosen);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
    }
  };

  return {
    ...organizations,
    open,
    setOpen,
    searchText,
    setSearchText,
    appliedSearch,
    activeIndex,
    setActiveIndex,
    ids,
    select,
    onSearchKeyDown,
  };
}
