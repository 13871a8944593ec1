'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MemberListCapabilities } from '../../core/capabilities.ts';
import type { MembersQueryState } from './use-members-query-state.ts';

/** How long typing must pause before the search goes to the server. */
export const searchDebounceMs = 250;

/** The search box's state: what is typed, and why it is not sent when it is too short. */
export interface MembersSearch {
  /** The search box's text, as typed. */
  searchText: string;
  /** Sets the search box's text; the query follows after a pause. */
  setSearchText: (text: string) => void;
  /** The shortest search the backend accepts, when what is typed is shorter; null otherwise. */
  searchTooShortFor: number | null;
  /** Empties the box and sends the query's search, status and role cleared, at once. */
  clearFilters: () => void;
}

/**
 * The search box over the query: what the person types goes into the query after a 250 ms pause
 * (unless the backend would refuse it as too short), and a search set from outside (the host's URL,
 * Back) shows in the box without overwriting what was typed since the table last sent its own.
 */
export function useMembersSearch(
  state: MembersQueryState,
  capabilities: MemberListCapabilities,
): MembersSearch {
  const { query, current, change } = state;
  const { search } = query;
  const [searchText, setSearchText] = useState(search);
  // The search this table last sent out: any other search in the query was set from outside.
  const committed = useRef(search);
  useEffect(() => {
    if (search === committed.current) return;
    committed.current = search;
    setSearchText(search);
  }, [search]);

  // A search the backend would refuse as too short is not sent; the whole list stays.
  const typed = searchText.trim();
  const searchTooShortFor =
    typed !== '' && typed.length < capabilities.searchMinLength ? capabilities.searchMinLength : null;
  const searchable = capabilities.search !== 'none' && searchTooShortFor === null;
  useEffect(() => {
    const next = searchable ? typed : '';
    if (next === current().search) return;
    const timer = setTimeout(() => {
      committed.current = next;
      change({ search: next });
    }, searchDebounceMs);
    return () => clearTimeout(timer);
  }, [typed, searchable, change, current]);

  const clearFilters = useCallback(() => {
    // Applied at once, not after the debounce: the person asked for the whole list back.
    setSearchText('');
    committed.current = '';
    change({ search: '', status: null, role: null });
  }, [change]);

  return { searchText, setSearchText, searchTooShortFor, clearFilters };
}
