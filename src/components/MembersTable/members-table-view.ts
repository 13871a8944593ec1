/** Which of its states the table is in; each renders differently. */
export type MembersTableView = 'loading' | 'error' | 'empty' | 'no-results' | 'rows';

/** What the view is decided from: the list's and the viewer's loading states. */
export interface MembersTableViewInput {
  /** How many members are loaded. */
  memberCount: number;
  /** Whether a search or filter narrows the list. */
  isFiltered: boolean;
  /** Whether the list's first page is loading. */
  listLoading: boolean;
  /** Whether the rows shown are the previous query's, kept while the new one loads. */
  placeholder: boolean;
  /** Whether the list's last fetch failed. */
  listFailed: boolean;
  /** Whether the signed-in person is still loading (the actions column depends on them). */
  viewerLoading: boolean;
}

/** The state to render: loading, an error, empty, nothing matching, or the rows. */
export function membersTableView(input: MembersTableViewInput): MembersTableView {
  const { memberCount, isFiltered, listLoading, placeholder, listFailed, viewerLoading } = input;
  // An empty placeholder (the previous query had no rows) says nothing about the new query: wait for it,
  // rather than flash "No members yet" while "Clear filters" loads the whole list.
  if (listLoading || viewerLoading || (memberCount === 0 && placeholder)) return 'loading';
  if (listFailed && memberCount === 0) return 'error';
  if (memberCount === 0) return isFiltered ? 'no-results' : 'empty';
  return 'rows';
}
