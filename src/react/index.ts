'use client';
/**
 * The React layer's public names, as `teamkit` exports them: the provider, one hook per file, and the
 * query options a host prefetches with.
 */
export type { MembersSnapshot } from './members-cache.ts';
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
} from './query-options.ts';
export {
  createTeamkitQueryClient,
  TeamkitProvider,
  type TeamkitProviderProps,
} from './TeamkitProvider.tsx';
export type { TeamkitContextValue } from './teamkit-context.ts';
export { type AcceptInvitationVariables, useAcceptInvitation } from './use-accept-invitation.ts';
export { useAttributeDefinitions } from './use-attribute-definitions.ts';
export { useCapabilities } from './use-capabilities.ts';
export { type SaveOutcome, type UseEditSessionResult, useEditSession } from './use-edit-session.ts';
export {
  type InviteManyOptions,
  type InviteProgress,
  type UseInviteMemberResult,
  useInviteMember,
} from './use-invite-member.ts';
export { useLocalizeRole } from './use-localize-role.ts';
export { useMember } from './use-member.ts';
export { type MembersListQuery, type UseMembersResult, useMembers } from './use-members.ts';
export { useOrganization } from './use-organization.ts';
export { useOrganizationByExternalId } from './use-organization-by-external-id.ts';
export {
  type UseOrganizationsOptions,
  type UseOrganizationsResult,
  useOrganizations,
} from './use-organizations.ts';
export { type MemberVariables, useRemoveMember } from './use-remove-member.ts';
export { type InvitationVariables, useResendInvitation } from './use-resend-invitation.ts';
export { useRevokeInvitation } from './use-revoke-invitation.ts';
export { useRoles } from './use-roles.ts';
export { useMessages, useTeamkit } from './use-teamkit.ts';
export { type UpdateMemberRolesVariables, useUpdateMemberRoles } from './use-update-member-roles.ts';
export { type UpdateMembershipVariables, useUpdateMembership } from './use-update-membership.ts';
export { type UpdateOrganizationVariables, useUpdateOrganization } from './use-update-organization.ts';
export {
  type UpdateProfileContext,
  type UpdateProfileVariables,
  useUpdateProfile,
} from './use-update-profile.ts';
export { useUser } from './use-user.ts';
export { useUserByExternalId } from './use-user-by-external-id.ts';
export { useViewer } from './use-viewer.ts';
