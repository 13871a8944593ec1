import type { PluralMessage } from '../format.ts';

/** Words of OrganizationSettings: the organization's name, external ID and metadata. */
export const organization = {
  title: 'Organization settings',
  idLabel: 'Organization ID',
  displayNameLabel: 'Display name',
  displayNameHelp: 'The name members see for this organization.',
  externalIdLabel: 'External ID',
  externalIdHelp:
    'Your own ID for this organization, such as its customer ID in your billing system or CRM. It must be unique.',
  metadataLabel: 'Metadata',
  metadataHelp: 'Business data kept with the organization, such as its plan or billing customer ID.',
  notSet: 'Not set',
  readOnlyNotice: 'You can view these settings. Only administrators can change them.',
  discard: 'Discard changes',
  saved: 'Organization settings saved.',
  nothingToSave: 'No changes to save.',
  fixIssues: 'Some fields need attention before saving.',
  displayNameRequired: 'Enter a display name.',
  displayNameTooLong: {
    one: 'Use at most {count} character for the display name.',
    other: 'Use at most {count} characters for the display name.',
  } as PluralMessage,
  externalIdTooLong: {
    one: 'Use at most {count} character for the external ID.',
    other: 'Use at most {count} characters for the external ID.',
  } as PluralMessage,
  externalIdTaken: 'Another organization already uses the external ID “{value}”. Enter a different one.',
  conflictTitle: 'Not saved: someone else changed these settings first',
};
