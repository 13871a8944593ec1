'use client';
/**
 * Teamkit: user-profile editing, invitations and a members table for React, over any identity backend.
 * This is the React entry (`teamkit`); each layer lists its own public names: the components in
 * src/components/index.ts, the messages and formatters in src/i18n/index.ts, the provider and hooks in
 * src/react/index.ts. From the React-free domain it offers only what a host reads or passes, listed
 * here: the data types the hooks return and take, the adapter contract and capabilities (to write or
 * wrap an adapter), and the errors. Everything else an adapter author needs (patch builders, limits,
 * policy, schemas) is in `teamkit/core`.
 */
export * from './components/index.ts';
export type {
  CallOptions,
  DefinitionManagement,
  MemberSortField,
  MembershipWriteOptions,
  MembersPage,
  MembersQuery,
  TeamkitAdapter,
  UserCallOptions,
  UserWriteOptions,
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
export * from './i18n/index.ts';
export * from './react/index.ts';
