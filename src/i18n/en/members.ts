import type { PluralMessage } from '../format.ts';

/** Words of the members table: columns, statuses, provisioning, row actions, their reasons and outcomes. */
export const members = {
  tableLabel: 'Members',
  loading: 'Loading members…',
  you: 'You',
  noExternalId: 'None',
  search: {
    label: 'Search members',
    placeholder: 'Name, email or external ID',
  },
  filters: {
    status: 'Status',
    allStatuses: 'All statuses',
    role: 'Role',
    allRoles: 'All roles',
    clear: 'Clear filters',
  },
  count: { one: '{count} member', other: '{count} members' } as PluralMessage,
  showing: 'Showing {shown} of {total}',
  loadMore: 'Load more',
  columns: {
    member: 'Member',
    roles: 'Roles',
    status: 'Status',
    provisioning: 'Added through',
    date: 'Date',
    externalId: 'External ID',
    actions: 'Actions',
  },
  statuses: {
    active: 'Active',
    pending_invite: 'Invited',
    invite_expired: 'Invite expired',
    inactive: 'Inactive',
  },
  provisioning: {
    invitation: 'Invitation',
    dashboard: 'Dashboard',
    jit_sso: 'SSO just-in-time',
    scim: 'SCIM directory',
    api: 'API',
    unknown: 'Unknown',
  },
  dates: {
    joined: 'Joined {date}',
    invited: 'Invited {date}',
    expiresIn: 'Expires {relative}',
    expired: 'Expired',
  },
  actions: {
    menu: 'Actions for {name}',
    changeRole: 'Change role',
    resend: 'Resend invitation',
    revoke: 'Revoke invitation',
    remove: 'Remove member',
    resendIn: 'Resend available in {time}',
  },
  reasons: {
    lastAdminRemove: 'The last admin cannot be removed',
    lastAdminDemote: 'The last admin cannot be demoted',
    managedByDirectory: 'Managed by your SCIM directory',
  },
  confirm: {
    removeTitle: 'Remove {name}?',
    removeDescription:
      '{name} loses access to this organization right away. You can invite them again later.',
    removeConfirm: 'Remove member',
    revokeTitle: 'Revoke the invitation for {email}?',
    revokeDescription: 'The invitation link stops working. You can invite them again later.',
    revokeConfirm: 'Revoke invitation',
    demoteSelfTitle: 'Change your own role to {role}?',
    demoteSelfDescription:
      'You will lose your admin rights in this organization, and only another admin can give them back.',
    demoteSelfConfirm: 'Change my role',
  },
  announce: {
    removed: '{name} was removed.',
    removeFailed: '{name} was not removed. {error}',
    revoked: 'The invitation for {email} was revoked.',
    revokeFailed: 'The invitation for {email} was not revoked. {error}',
    resent: 'The invitation was sent again to {email}.',
    resendFailed: 'The invitation to {email} was not sent again. {error}',
    roleChanged: '{name} now has the role {role}.',
    roleChangeFailed: 'The role of {name} was not changed. {error}',
  },
  empty: {
    title: 'No members yet',
    description: 'Invite your teammates to work together here.',
  },
  noResults: {
    title: 'No members match',
    description: 'Try another search, or clear the filters.',
  },
  errorTitle: 'The members could not be loaded.',
};
