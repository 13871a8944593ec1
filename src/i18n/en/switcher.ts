import type { PluralMessage } from '../format.ts';

/** Words of OrganizationSwitcher: the person's organizations, their roles and pending invitations. */
export const switcher = {
  /** The trigger's accessible name, with the current organization (`{organization}`). */
  trigger: 'Organization: {organization}',
  /** The trigger while the current organization loads. */
  triggerLoading: 'Organization',
  /** The panel's accessible name. */
  title: 'Switch organization',
  /** The search field's label. */
  search: 'Find an organization',
  /** Under the search field when the backend cannot search. */
  noSearch: 'This list cannot be searched here.',
  /** The list's accessible name. */
  list: 'Your organizations',
  /** Marks the organization the person is in. */
  current: 'Current',
  /** While the first page loads. */
  loading: 'Loading your organizations…',
  /** While more load. */
  loadingMore: 'Loading more…',
  /** Nothing matches the search (`{search}`). */
  noResults: 'No organization matches “{search}”.',
  /** The person belongs to no organization. */
  none: 'You do not belong to any organization yet.',
  /** How many match, for screen readers (`{count}`). */
  resultCount: { one: '{count} organization', other: '{count} organizations' } as PluralMessage,
  /** Only one organization, nothing to switch to. */
  single: 'You belong to this organization only.',
  /** The heading of pending invitations. */
  invitations: 'Invitations',
  /** An invitation's accept button. */
  accept: 'Accept',
  /** Its accessible name, with the organization (`{organization}`). */
  acceptLabel: 'Accept the invitation to {organization}',
  /** While accepting. */
  accepting: 'Accepting…',
  /** Where invitations are accepted at sign-in instead. */
  acceptElsewhere: 'Accept it from the invitation email.',
  /** Announced after accepting (`{organization}`). */
  accepted: 'You joined {organization}.',
  /** Announced after switching (`{organization}`). */
  switched: 'Now in {organization}.',
  /** When the backend cannot list organizations. */
  unsupported: 'Switching organization is not available here.',
  /** The error title. */
  failed: 'Your organizations could not be loaded.',
  /** When accepting failed (`{organization}`). */
  acceptFailed: 'The invitation to {organization} could not be accepted.',
};
