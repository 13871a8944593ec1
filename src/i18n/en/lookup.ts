import type { PluralMessage } from '../format.ts';

/** Words of ExternalIdLookup: the search box a support agent pastes an external ID into. */
export const lookup = {
  organizationLabel: 'Organization external ID',
  userLabel: 'Member external ID',
  organizationHelp: 'Paste the ID your billing system, CRM or a webhook uses for the organization.',
  userHelp:
    'Paste the ID your CRM, HR or billing system uses for the person. Members of this organization are searched.',
  submit: 'Find',
  searching: 'Searching…',
  enterId: 'Paste or type an external ID to search for.',
  organizationNotFound: 'No organization has the external ID “{value}”.',
  userNotFound: 'No member of this organization has the external ID “{value}”.',
  notFoundHint: 'Check for typos and extra characters, or ask whoever gave you the ID.',
  found: 'Found {name}.',
  idLabel: 'ID',
  externalIdLabel: 'External ID',
  emailLabel: 'Email',
  metadataLabel: 'Metadata',
  metadataSummary: { one: '{count} pair: {keys}', other: '{count} pairs: {keys}' } as PluralMessage,
  metadataMore: '{keys}, and {more} more',
  noMetadata: 'None',
  open: 'Open',
  openLabel: 'Open {name}',
};
