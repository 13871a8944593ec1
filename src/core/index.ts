/**
 * Teamkit's core: the domain, the adapter contract and the logic every layer shares. No React, no
 * DOM: safe to import on a server.
 */
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
} from './adapter.ts';
export { applyMembershipPatch } from './apply-membership-patch.ts';
export { applyOrganizationPatch } from './apply-organization-patch.ts';
export { applyUserPatch } from './apply-user-patch.ts';
export {
  type AttributeDefinition,
  type AttributeOption,
  type AttributePolicy,
  type AttributeScope,
  type AttributeSource,
  type AttributeType,
  attributeTypes,
  canOverride,
  canWrite,
  groupDefinitions,
  isHiddenInMode,
  type ProfileEditMode,
  sortDefinitions,
  type WritePolicy,
} from './attribute-definition.ts';
export { type AttributeValue, attributeValuesEqual, encodeAttributeValue } from './attribute-value.ts';
export {
  auth0Capabilities,
  type CapabilityOverrides,
  type ConcurrencyGuarantee,
  canSortMembersBy,
  fullCapabilities,
  type InvitationCapabilities,
  type InvitationResend,
  type MemberListCapabilities,
  type MemberSearchMode,
  type MembershipCapabilities,
  type MemberTotals,
  type MetadataCapabilities,
  type MetadataValueKind,
  resolveCapabilities,
  scalekitCapabilities,
  type TeamkitCapabilities,
  type ViewerOrganizationCapabilities,
} from './capabilities.ts';
export {
  attributeLabelProblem,
  attributeLabelRule,
  type CustomAttributeKeyIssue,
  customAttributeKeyIssue,
  customAttributeKeyProblem,
  customAttributeKeyRule,
  deriveAttributeKey,
} from './custom-attribute-key.ts';
export {
  createDefinitionIn,
  enabledDefinitions,
  readManagedDefinitions,
  reorderDefinitionsIn,
  updateDefinitionIn,
} from './definition-changes.ts';
export {
  changedFields,
  type EditEvent,
  type EditSession,
  type EditSessionOptions,
  type EditStatus,
  isSessionDirty,
  reduceEditSession,
  type SessionConflict,
  type SessionValues,
  startEditSession,
} from './edit-session/edit-session.ts';
export {
  type FieldEquality,
  type MergedFields,
  mergeFields,
  sameFieldValue,
} from './edit-session/merge-fields.ts';
export {
  type PlacedFieldErrors,
  placeFieldErrors,
  type UnplacedError,
} from './edit-session/place-field-errors.ts';
export {
  defaultErrorMessages,
  errorSentence,
  type FieldErrors,
  isRetryableCode,
  isTeamkitError,
  TeamkitError,
  type TeamkitErrorCode,
  type TeamkitErrorDetails,
  toTeamkitError,
  validationError,
} from './errors.ts';
export { checkExpectedRoles, sameRoles } from './expected-roles.ts';
export { applyFieldLocks, type FieldLockPolicy } from './field-locks.ts';
export {
  createMemoryIdempotencyStore,
  defaultIdempotencyTtlMs,
  type IdempotencyStore,
} from './idempotency-store.ts';
export type { Invitation, InviteInput, InviteOutcome } from './invitation.ts';
export { isEmptyPatch } from './is-empty-patch.ts';
export { isPlainObject, type JsonValue, type Metadata, type MetadataPatch } from './json.ts';
export {
  auth0Limits,
  type BackendLimits,
  isReservedKey,
  type MetadataLimits,
  reservedKeys,
  scalekitLimits,
} from './limits.ts';
export { type LocalizeOptions, localizeDefinitions } from './localize-definitions.ts';
export { type HostRoleText, type LocalizeRoleOptions, localizeRole } from './localize-role.ts';
export {
  type LocalizedText,
  localizeText,
  pickLocalizedText,
  type TextToTranslate,
  type TranslateText,
} from './localized-text.ts';
export {
  type AttributeDefinitionChange,
  type CustomWritePolicy,
  canDisable,
  customAttributeTypes,
  type DefinitionOrigin,
  definitionOrigin,
  isPresentationOnly,
  type ManagedAttributeDefinition,
  type NewAttributeDefinition,
} from './managed-definition.ts';
export {
  type ActionDeniedReason,
  type ActionPermission,
  type Member,
  type MemberActions,
  type MembershipPatch,
  type MembershipStatus,
  memberDisplayName,
  memberInitials,
  membershipStatuses,
  type ProvisioningMethod,
} from './member.ts';
export { memberKey } from './member-key.ts';
export { decodeMembersCursor, encodeMembersCursor, membersQueryFingerprint } from './members-cursor.ts';
export { type HostAttributeDefinition, mergeAttributeDefinitions } from './merge-definitions.ts';
export {
  applyMetadataPatch,
  buildMetadataPatch,
  describeMetadataIssue,
  entriesToMetadata,
  isBagIssue,
  type MetadataBagIssue,
  type MetadataEntry,
  type MetadataIssue,
  type MetadataRules,
  metadataByteSize,
  metadataToEntries,
  validateMetadataEntries,
  validateMetadataPatch,
} from './metadata.ts';
export { metadataFieldErrors } from './metadata-field-errors.ts';
export { displayOrderKeys, type MoveDirection, moveDefinition } from './move-definition.ts';
export {
  type MutationArguments,
  type MutationCancel,
  type MutationDecision,
  type MutationHook,
  type MutationHooks,
  type MutationName,
  type MutationOutcome,
  type MutationResult,
  withMutationHooks,
} from './mutation-hooks.ts';
export type { Organization, OrganizationPatch } from './organization.ts';
export { overrideDefinition } from './override-definition.ts';
export type { AccessPolicy, PermissionName, SelfChanges } from './policy/access-policy.ts';
export { countActiveAdmins, holdsAdminRole, isAdminRole, isLastActiveAdmin } from './policy/admin-roles.ts';
export {
  type FieldAccess,
  type FieldAccessInput,
  type FieldReadOnlyReason,
  fieldAccess,
} from './policy/field-access.ts';
export { checkResend, checkRevoke } from './policy/invitation-guards.ts';
export { decideMemberActions } from './policy/member-actions.ts';
export { isDirectoryManaged, isInvitation, type MemberRowState } from './policy/member-row.ts';
export { checkMembershipChange, checkRemoval, type MembershipChange } from './policy/membership-guards.ts';
export type {
  LastAdminFact,
  PolicyContext,
  ResendFacts,
} from './policy/policy-context.ts';
export {
  type MemberAction,
  type PolicyDecision,
  type PolicyDeniedReason,
  type PolicyMemberActions,
  type SelfAction,
  toActionPermission,
  toMemberActions,
} from './policy/policy-decision.ts';
export { enforcePolicy, policyError } from './policy/policy-error.ts';
export { resendAllowedAt } from './policy/resend-cooldown.ts';
export {
  allPermissions,
  noPermissions,
  type PermissionSubject,
  permissionNames,
  resolveViewer,
  viewerPermissions,
} from './policy/viewer-permissions.ts';
export { buildProfilePatch } from './profile-patch.ts';
export {
  attributeSchema,
  buildProfileSchema,
  isEditable,
  type ProfileSchemaOptions,
} from './profile-schema.ts';
export {
  decodeAttributeValue,
  effectiveValue,
  type ProfileValues,
  readProfileValues,
  readStoredValue,
} from './profile-values.ts';
export { externalIdLookupKeys, teamkitKeys } from './query-keys.ts';
export { canRebasePatch, type PatchClash, patchClashes } from './rebase-patch.ts';
export { patternBacktrackingRisk, patternInputLimit } from './regex-safety.ts';
export { hasHiddenCharacters, revealHiddenCharacters } from './reveal-hidden-characters.ts';
export type { Role } from './role.ts';
export { runBounded } from './run-bounded.ts';
export {
  type DefinitionProblem,
  type SanitizedDefinitions,
  sanitizeAttributeDefinitions,
} from './sanitize-definitions.ts';
export {
  limitsBesideOtherUserBag,
  type UserMetadataBags,
  validateSharedUserMetadata,
} from './shared-user-metadata.ts';
export {
  type IdentityProviderLink,
  type StandardProfileKey,
  type StandardProfilePatch,
  standardProfileKeys,
  type User,
  type UserPatch,
  type UserProfile,
  userDisplayName,
  userToJson,
} from './user.ts';
export {
  type AttributeValidation,
  e164PhoneNormalizer,
  type PhoneNormalizer,
  type ValidateAttributeOptions,
  validateAttributeValue,
} from './validate-attribute.ts';
export { englishValidationMessages, type ValidationMessages } from './validation-messages.ts';
export {
  organizationVersionFields,
  userVersionFields,
  versionFingerprint,
} from './version-fingerprint.ts';
export type { OrganizationPermissions, Viewer } from './viewer.ts';
export type {
  ViewerOrganization,
  ViewerOrganizationStatus,
  ViewerOrganizationsPage,
  ViewerOrganizationsQuery,
} from './viewer-organization.ts';
