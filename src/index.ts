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
  type InviteTriggerWhenNotPermitted,
  type OutcomeCounts,
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
export type {
  MemberActionFailure,
  MemberConfirmation,
  MemberRowAction,
  UseMemberActionsResult,
} from './components/MembersTable/member-action-types.ts';
export { defaultMemberColumns, type MemberColumn } from './components/MembersTable/member-columns.ts';
export type { MembersTotal } from './components/MembersTable/members-total.ts';
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
  type GroupContent,
  type ProfileConflict,
  type ProfileDifference,
  ProfileEditor,
  type ProfileEditorClassNames,
  type ProfileEditorPart,
  type ProfileEditorProps,
  type ProfileEditorState,
  type ProfileFieldProps,
  type ProfileFieldRenderers,
  type ProfileFormOutput,
  type ProfileFormProps,
  type ProfileFormValues,
  type ProfileGroup,
  type ProfileInputProps,
  type UnsavedChangesGuardOptions,
  type UseProfileEditorOptions,
  type UseProfileEditorResult,
  useProfileEditor,
  useUnsavedChangesGuard,
} from './components/ProfileEditor/index.ts';
export type { FieldControlProps } from './components/shared/Field.tsx';
/**
 * Teamkit: user-profile editing, invitations and a members table for React, over any identity backend.
 * From the React-free domain, only what a host reads or passes: the data types the hooks return and take,
 * the adapter contract and capabilities (to write or wrap an adapter), and the errors. Everything else an
 * adapter author needs (patch builders, limits, policy, schemas) is in `teamkit/core`.
 */
export type {
  CallOptions,
  DefinitionManagement,
  MemberSortField,
  MembershipWriteOptions,
  MembersPage,
  MembersQuery,
  TeamkitAdapter,
  WriteOptions,
} from './core/adapter.ts';
export type {
  AttributeDefinition,
  AttributeOption,
  AttributePolicy,
  AttributeScope,
  AttributeSource,
  AttributeType,
  ProfileEditMode,
  WritePolicy,
} from './core/attribute-definition.ts';
export type { AttributeValue } from './core/attribute-value.ts';
export type {
  CapabilityOverrides,
  ConcurrencyGuarantee,
  InvitationCapabilities,
  InvitationResend,
  MemberListCapabilities,
  MemberSearchMode,
  MembershipCapabilities,
  MemberTotals,
  MetadataCapabilities,
  MetadataValueKind,
  TeamkitCapabilities,
  ViewerOrganizationCapabilities,
} from './core/capabilities.ts';
export type {
  EditSession,
  EditSessionOptions,
  EditStatus,
  SessionConflict,
  SessionValues,
} from './core/edit-session/edit-session.ts';
export type { FieldEquality } from './core/edit-session/merge-fields.ts';
export type { PlacedFieldErrors, UnplacedError } from './core/edit-session/place-field-errors.ts';
export {
  errorSentence,
  type FieldErrors,
  isRetryableCode,
  isTeamkitError,
  TeamkitError,
  type TeamkitErrorCode,
  type TeamkitErrorDetails,
} from './core/errors.ts';
export type { FieldLockPolicy } from './core/field-locks.ts';
export type { Invitation, InviteInput, InviteOutcome } from './core/invitation.ts';
export type { JsonValue, Metadata, MetadataPatch } from './core/json.ts';
export type { BackendLimits, MetadataLimits } from './core/limits.ts';
export type { HostRoleText, LocalizeRoleOptions } from './core/localize-role.ts';
export type { LocalizedText, TextToTranslate, TranslateText } from './core/localized-text.ts';
export type {
  AttributeDefinitionChange,
  CustomWritePolicy,
  DefinitionOrigin,
  ManagedAttributeDefinition,
  NewAttributeDefinition,
} from './core/managed-definition.ts';
export {
  type ActionDeniedReason,
  type ActionPermission,
  type Member,
  type MemberActions,
  type MembershipPatch,
  type MembershipStatus,
  memberDisplayName,
  type ProvisioningMethod,
} from './core/member.ts';
export type { HostAttributeDefinition } from './core/merge-definitions.ts';
export type { MetadataBagIssue, MetadataEntry, MetadataIssue } from './core/metadata.ts';
export type { MoveDirection } from './core/move-definition.ts';
export type {
  MutationArguments,
  MutationCancel,
  MutationDecision,
  MutationHook,
  MutationHooks,
  MutationName,
  MutationOutcome,
  MutationResult,
} from './core/mutation-hooks.ts';
export type { Organization, OrganizationPatch } from './core/organization.ts';
export { effectiveValue } from './core/profile-values.ts';
export type { Role } from './core/role.ts';
export type { DefinitionProblem, SanitizedDefinitions } from './core/sanitize-definitions.ts';
export {
  type IdentityProviderLink,
  type StandardProfileKey,
  type StandardProfilePatch,
  type User,
  type UserPatch,
  type UserProfile,
  userDisplayName,
} from './core/user.ts';
export type { OrganizationPermissions, Viewer } from './core/viewer.ts';
export type {
  ViewerOrganization,
  ViewerOrganizationStatus,
  ViewerOrganizationsPage,
  ViewerOrganizationsQuery,
} from './core/viewer-organization.ts';
export { en } from './i18n/en/index.ts';
export { formatMessage, formatPlural, type MessageValues, type PluralMessage } from './i18n/format.ts';
export { type DateInput, formatDate, formatDateTime, formatNumber, formatRelativeTime } from './i18n/intl.ts';
export type {
  MessageOverrides,
  OnDemandArea,
  ProvidedMessages,
  TeamkitMessages,
} from './i18n/messages.ts';
export type { MembersSnapshot } from './react/members-cache.ts';
// Hooks (one per file in src/react):
export {
  attributeDefinitionsQueryOptions,
  currentUserIdQueryOptions,
  memberQueryOptions,
  membersInfiniteQueryOptions,
  organizationByExternalIdQueryOptions,
  organizationQueryOptions,
  rolesQueryOptions,
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
export {
  type UpdateProfileContext,
  type UpdateProfileVariables,
  useUpdateProfile,
} from './react/use-update-profile.ts';
export { useUser } from './react/use-user.ts';
export { useUserByExternalId } from './react/use-user-by-external-id.ts';
export { useViewer } from './react/use-viewer.ts';
