import type { PluralMessage } from '../format.ts';

/** Words of MemberDetails: one member's profile, external ID, metadata, identities and raw record. */
export const memberDetails = {
  title: 'Member details',
  closeLabel: 'Close details of {name}',
  membershipTitle: 'Membership',
  statusLabel: 'Status',
  provisioningLabel: 'Added through',
  rolesLabel: 'Roles',
  noRoles: 'No roles',
  membershipUnavailable: 'This person has no membership in this organization.',
  externalIdTitle: 'External ID',
  externalIdLabel: 'External ID',
  externalIdHelp:
    'Your own ID for this person, such as their record in your CRM, HR or billing system. It must be unique.',
  externalIdSave: 'Save external ID',
  externalIdSaved: 'External ID saved.',
  externalIdTaken: 'Another user already uses the external ID “{value}”. Enter a different one.',
  externalIdTooLong: {
    one: 'Use at most {count} character for the external ID.',
    other: 'Use at most {count} characters for the external ID.',
  } as PluralMessage,
  notSet: 'Not set',
  userMetadataTitle: 'User metadata',
  userMetadataHelp:
    'Preferences and details the member manages themselves. They can see and change these values.',
  appMetadataTitle: 'Admin metadata',
  appMetadataHelp:
    'Data only administrators and your own systems can see and change, such as plan, permissions or CRM IDs. The member cannot change it.',
  membershipMetadataTitle: 'Membership metadata',
  membershipMetadataHelp: 'Data about this person’s membership of this organization only.',
  membershipMetadataUnsupported: 'This backend keeps no metadata on memberships.',
  sharedUserMetadataHelp:
    'This backend keeps user and app metadata in one map of {max} pairs; the other holds {other}.',
  identitiesTitle: 'Identity provider attributes',
  identitiesHelp:
    'Sent by the identity provider when the member signs in. Read-only here: change them at the provider.',
  noIdentities: 'This member does not sign in through an identity provider.',
  providerUserIdLabel: 'ID at the provider',
  lastSyncedLabel: 'Last synced',
  never: 'Never',
  noAttributes: 'No attributes received.',
  profileTitle: 'Profile',
  rawJsonTitle: 'Raw JSON',
  rawJsonHelp: 'The user record exactly as the backend returned it.',
};
