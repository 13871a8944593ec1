'use client';
export {
  AttributeDefinitionsManager,
  type AttributeDefinitionsManagerPart,
  type AttributeDefinitionsManagerProps,
  type DefinitionsManagerStatus,
  type DefinitionsManagerText,
  type UseAttributeDefinitionsManagerResult,
  useAttributeDefinitionsManager,
} from './components/AttributeDefinitionsManager/index.ts';
export {
  type ExternalIdKind,
  ExternalIdLookup,
  type ExternalIdLookupPart,
  type ExternalIdLookupProps,
  type ExternalIdLookupResult,
  type ExternalIdLookupState,
} from './components/ExternalIdLookup/index.ts';
// Components (one folder each in src/components):
export {
  type AddressProblem,
  type InviteDraft,
  type InviteFields,
  type InviteFormProblems,
  InviteMemberDialog,
  type InviteMemberDialogContentProps,
  type InviteMemberDialogPart,
  type InviteMemberDialogProps,
  type InviteMemberDialogRootProps,
  type InviteMemberDialogRootProviderProps,
  type InviteMemberDialogTriggerProps,
  type InvitePhase,
  type OutcomeCounts,
  type ParsedAddress,
  type ParsedAddresses,
  parseAddresses,
  type Recipient,
  type RecipientResult,
  type RecipientStanding,
  type RecipientView,
  type UseInviteMemberDialogOptions,
  type UseInviteMemberDialogReturn,
  useInviteMemberDialog,
} from './components/InviteMemberDialog/index.ts';
export {
  MemberDetails,
  type MemberDetailsPart,
  type MemberDetailsProps,
} from './components/MemberDetails/index.ts';
export { MembersTable, type MembersTableProps } from './components/MembersTable/MembersTable.tsx';
export { defaultMemberColumns, type MemberColumn } from './components/MembersTable/member-columns.ts';
export type { MembersTableClassNames, MembersTablePart } from './components/MembersTable/parts.ts';
export {
  type MembersTableQuery,
  type MembersTableSort,
  type MembersTableView,
  type UseMembersTableOptions,
  type UseMembersTableResult,
  useMembersTable,
} from './components/MembersTable/use-members-table.ts';
export {
  MetadataEditor,
  type MetadataEditorPart,
  type MetadataEditorProps,
  type MetadataEditorState,
  MetadataList,
  type MetadataListProps,
  type MetadataRow,
  type MetadataRowField,
  type MetadataScope,
  metadataIssueText,
  type UseMetadataEditorOptions,
  type UseMetadataEditorReturn,
  useMetadataEditor,
} from './components/MetadataEditor/index.ts';
export {
  OrganizationSettings,
  type OrganizationSettingsPart,
  type OrganizationSettingsProps,
  type OrganizationSettingsState,
} from './components/OrganizationSettings/index.ts';
export {
  englishSwitcherText,
  OrganizationSwitcher,
  type OrganizationSwitcherPart,
  type OrganizationSwitcherProps,
  type OrganizationSwitcherText,
  type UseOrganizationSwitcherOptions,
  type UseOrganizationSwitcherResult,
  useOrganizationSwitcher,
} from './components/OrganizationSwitcher/index.ts';
export {
  defaultRenderers,
  type FieldRenderer,
  type FieldRendererProps,
  type FormInputValue,
  fieldNameOf,
  type GroupContent,
  keyOfFieldName,
  type ProfileConflict,
  type ProfileDifference,
  ProfileEditor,
  type ProfileEditorClassNames,
  type ProfileEditorPart,
  type ProfileEditorProps,
  type ProfileEditorState,
  type ProfileFieldRenderers,
  type ProfileFormOutput,
  type ProfileFormValues,
  type ProfileGroup,
  type UnsavedChangesGuardOptions,
  type UseProfileEditorOptions,
  type UseProfileEditorResult,
  useProfileEditor,
  useUnsavedChangesGuard,
} from './components/ProfileEditor/index.ts';
/**
 * Teamkit: user-profile editing, invitations and a members table for React, over any identity backend.
 * The React-free domain is re-exported here too; `teamkit/core` has it alone.
 */
export * from './core/index.ts';
export { en } from './i18n/en/index.ts';
export { formatMessage, formatPlural, type MessageValues, type PluralMessage } from './i18n/format.ts';
export { type DateInput, formatDate, formatDateTime, formatNumber, formatRelativeTime } from './i18n/intl.ts';
export {
  type MessageOverrides,
  mergeMessages,
  type OnDemandArea,
  type ProvidedMessages,
  type TeamkitMessages,
  validationMessagesFrom,
} from './i18n/messages.ts';
// Hooks (one per file in src/react):
export {
  attributeDefinitionsQueryOptions,
  currentUserIdQueryOptions,
  memberQueryOptions,
  membersInfiniteQueryOptions,
  organizationByExternalIdQueryOptions,
  organizationQueryOptions,
  rolesQueryOptions,
  selectSanitizedDefinitions,
  userByExternalIdQueryOptions,
  userQueryOptions,
  viewerQueryOptions,
} from './react/query-options.ts';
export {
  createTeamkitQueryClient,
  TeamkitProvider,
  type TeamkitProviderProps,
} from './react/TeamkitProvider.tsx';
export type { TeamkitContextValue } from './react/teamkit-context.ts';
export { type AcceptInvitationVariables, useAcceptInvitation } from './react/use-accept-invitation.ts';
export { useAreaMessages } from './react/use-area-messages.ts';
export { useAttributeDefinitions } from './react/use-attribute-definitions.ts';
export { useCapabilities } from './react/use-capabilities.ts';
export { type SaveOutcome, type UseEditSessionResult, useEditSession } from './react/use-edit-session.ts';
export {
  type InviteManyOptions,
  type InviteProgress,
  type UseInviteMemberResult,
  useInviteMember,
} from './react/use-invite-member.ts';
export { useLocalizeRole } from './react/use-localize-role.ts';
export { useMember } from './react/use-member.ts';
export { type MembersListQuery, type UseMembersResult, useMembers } from './react/use-members.ts';
export { useOrganization } from './react/use-organization.ts';
export { useOrganizationByExternalId } from './react/use-organization-by-external-id.ts';
export {
  type UseOrganizationsOptions,
  type UseOrganizationsResult,
  useOrganizations,
} from './react/use-organizations.ts';
export { type MemberVariables, useRemoveMember } from './react/use-remove-member.ts';
export { type InvitationVariables, useResendInvitation } from './react/use-resend-invitation.ts';
export { useRevokeInvitation } from './react/use-revoke-invitation.ts';
export { useRoles } from './react/use-roles.ts';
export { useMessages, useTeamkit } from './react/use-teamkit.ts';
export { type UpdateMemberRolesVariables, useUpdateMemberRoles } from './react/use-update-member-roles.ts';
export { type UpdateMembershipVariables, useUpdateMembership } from './react/use-update-membership.ts';
export { type UpdateOrganizationVariables, useUpdateOrganization } from './react/use-update-organization.ts';
export { type UpdateProfileVariables, useUpdateProfile } from './react/use-update-profile.ts';
export { useUser } from './react/use-user.ts';
export { useUserByExternalId } from './react/use-user-by-external-id.ts';
export { useViewer } from './react/use-viewer.ts';
