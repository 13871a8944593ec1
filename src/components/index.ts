'use client';
/**
 * The components' public names, as `teamkit` exports them: each component, its props, its parts and its
 * headless hook. One folder per component; each folder's index.ts lists what it offers.
 */
export {
  AttributeDefinitionsManager,
  type AttributeDefinitionsManagerPart,
  type AttributeDefinitionsManagerProps,
  type DefinitionsManagerStatus,
  type DefinitionsManagerText,
  type UseAttributeDefinitionsManagerResult,
  useAttributeDefinitionsManager,
} from './AttributeDefinitionsManager/index.ts';
export {
  type ExternalIdKind,
  ExternalIdLookup,
  type ExternalIdLookupPart,
  type ExternalIdLookupProps,
  type ExternalIdLookupResult,
  type ExternalIdLookupState,
} from './ExternalIdLookup/index.ts';
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
} from './InviteMemberDialog/index.ts';
export {
  MemberDetails,
  type MemberDetailsPart,
  type MemberDetailsProps,
} from './MemberDetails/index.ts';
export { MembersTable, type MembersTableProps } from './MembersTable/MembersTable.tsx';
export type {
  MemberActionFailure,
  MemberConfirmation,
  MemberRowAction,
  UseMemberActionsResult,
} from './MembersTable/member-action-types.ts';
export { defaultMemberColumns, type MemberColumn } from './MembersTable/member-columns.ts';
export type { MembersTotal } from './MembersTable/members-total.ts';
export type { MembersTableClassNames, MembersTablePart } from './MembersTable/parts.ts';
export {
  type MembersTableQuery,
  type MembersTableSort,
  type MembersTableView,
  type UseMembersTableOptions,
  type UseMembersTableResult,
  useMembersTable,
} from './MembersTable/use-members-table.ts';
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
} from './MetadataEditor/index.ts';
export {
  OrganizationSettings,
  type OrganizationSettingsPart,
  type OrganizationSettingsProps,
  type OrganizationSettingsState,
} from './OrganizationSettings/index.ts';
export {
  englishSwitcherText,
  OrganizationSwitcher,
  type OrganizationSwitcherPart,
  type OrganizationSwitcherProps,
  type OrganizationSwitcherText,
  type UseOrganizationSwitcherOptions,
  type UseOrganizationSwitcherResult,
  useOrganizationSwitcher,
} from './OrganizationSwitcher/index.ts';
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
} from './ProfileEditor/index.ts';
export type { FieldControlProps } from './shared/Field.tsx';
