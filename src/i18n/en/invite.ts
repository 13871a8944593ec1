import type { PluralMessage } from '../format.ts';

/** Words of InviteMemberDialog: the address chips, role and options, sending progress and each address's result. */
export const invite = {
  trigger: 'Invite teammate',
  notPermitted: 'Your role can’t invite people. Ask an administrator.',
  title: 'Invite teammates',
  description:
    'Add one or more email addresses. Each person gets an invitation to join your organization with the role you choose.',
  close: 'Close',
  recipients: {
    label: 'Email addresses',
    description: 'Separate addresses with commas, spaces or new lines, or paste a column from a spreadsheet.',
    listLabel: 'Addresses to invite',
    remove: 'Remove {email}',
    removed: 'Removed {email}.',
    count: { one: '{count} address', other: '{count} addresses' } as PluralMessage,
    invalidCount: { one: '{count} not valid', other: '{count} not valid' } as PluralMessage,
    existingCount: {
      one: '{count} already a member or invited',
      other: '{count} already members or invited',
    } as PluralMessage,
    duplicates: {
      one: 'Skipped {count} address listed twice: {emails}.',
      other: 'Skipped {count} addresses listed twice: {emails}.',
    } as PluralMessage,
    checking: 'Checking…',
    member: 'Already a member',
    pending: 'Invitation pending',
    invalid: 'Not valid',
    required: 'Enter at least one valid email address.',
    nothingToSend: 'Everyone listed is already a member or has a pending invitation.',
    tooMany: {
      one: 'You can invite at most {count} person at a time. Remove {excess}.',
      other: 'You can invite at most {count} people at a time. Remove {excess}.',
    } as PluralMessage,
  },
  addressProblems: {
    missing_at: 'Add an @ and a domain, like name@example.com.',
    missing_local: 'Add the name before the @, like name@example.com.',
    invalid_local: 'The part before the @ has spaces or characters an address cannot contain.',
    missing_domain: 'Add the domain after the @, like example.com.',
    invalid_domain: 'The part after the @ must be a domain, like example.com.',
    too_long: 'Addresses can be at most 254 characters long.',
  },
  role: {
    label: 'Role',
    description: 'What the invited people may do once they join.',
    perPerson: 'Set role per person',
    perPersonLabel: 'Role for {email}',
    defaultRole: 'Organization default',
    loadError: 'The roles could not be loaded. Invitations will use the organization’s default role.',
  },
  names: {
    legend: 'Name',
    description: 'Optional. Shown to your team until the person completes their profile.',
    givenName: 'First name',
    familyName: 'Last name',
    displayName: 'Display name',
  },
  sendEmail: {
    label: 'Send invitation email',
    description:
      'Turn off to add the people as invited without emailing them, for example to share a link yourself.',
  },
  admin: {
    legend: 'Administrator options',
    externalId: 'External ID',
    externalIdDescription: 'Your system’s ID for this person, like SALESFORCE-003921.',
    externalIdTooLong: {
      one: 'Use at most {count} character.',
      other: 'Use at most {count} characters.',
    } as PluralMessage,
    metadata: 'Metadata',
    metadataDescription: 'Key/value pairs stored with each invited user, like department or employee ID.',
  },
  submit: { one: 'Send invitation', other: 'Send {count} invitations' } as PluralMessage,
  fixProblems: 'Some fields need attention before sending.',
  sending: 'Sending {done} of {total}…',
  results: {
    heading: 'Results',
    waiting: 'Sending…',
    invited: 'Invited',
    already_member: 'Already a member or invited',
    invalid: 'Not valid: {reason}',
    failed: 'Failed: {reason}',
    summaryInvited: { one: '{count} invited', other: '{count} invited' } as PluralMessage,
    summaryAlreadyMember: {
      one: '{count} already a member or invited',
      other: '{count} already members or invited',
    } as PluralMessage,
    summaryInvalid: { one: '{count} not valid', other: '{count} not valid' } as PluralMessage,
    summaryFailed: { one: '{count} failed', other: '{count} failed' } as PluralMessage,
    retryFailed: { one: 'Retry failed', other: 'Retry {count} failed' } as PluralMessage,
    editAgain: 'Edit and send again',
    inviteMore: 'Invite more people',
    done: 'Done',
  },
};
