/**
 * What the fake Auth0 accepts and answers, typed from the `auth0` SDK's own request and response types:
 * each route's accepted query parameters and body fields are lists checked against the SDK's types
 * (`satisfies`), so a field Auth0 does not have fails `tsc`, and a request carrying a field missing
 * from the list gets Auth0's 400.
 */
import type { Management } from 'auth0';

/** Keys of `T` as a checked list: every entry must be a key of the SDK type. */
type KeysOf<T> = readonly (keyof T & string)[];

/** A user as the fake stores and returns it (Management API v2 `GET /users/{id}`). */
export type FakeUser = Management.GetUserResponseContent & {
  user_id: string;
  email: string;
  created_at: string;
  updated_at: string;
  identities: Management.UserIdentitySchema[];
  user_metadata: Record<string, unknown>;
  app_metadata: Record<string, unknown>;
  /** Auth0 keeps `locale` at the root for users whose provider sends it (read-only there). */
  locale?: string;
};

/** An organization as the fake stores it. */
export type FakeOrganization = Management.GetOrganizationResponseContent & {
  id: string;
  name: string;
  metadata: Record<string, string>;
};

/** A tenant role. */
export type FakeRole = Management.Role & { id: string; name: string };

/** An invitation as the fake stores it. */
export type FakeInvitation = Management.OrganizationInvitation & {
  id: string;
  organization_id: string;
  invitee: Management.OrganizationInvitationInvitee;
  inviter: Management.OrganizationInvitationInviter;
  created_at: string;
  expires_at: string;
  roles: string[];
};

/** A member row of `GET /organizations/{id}/members`. */
export type FakeMemberRow = Management.OrganizationMember;

/** Auth0's error body: `{ statusCode, error, message, errorCode }`. */
export interface Auth0ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errorCode?: string;
}

export const updateUserFields = [
  'blocked',
  'email_verified',
  'email',
  'phone_number',
  'phone_verified',
  'user_metadata',
  'app_metadata',
  'given_name',
  'family_name',
  'name',
  'nickname',
  'picture',
  'verify_email',
  'verify_phone_number',
  'password',
  'connection',
  'client_id',
  'username',
] as const satisfies KeysOf<Management.UpdateUserRequestContent>;

export const updateOrganizationFields = [
  'display_name',
  'name',
  'branding',
  'metadata',
] as const satisfies KeysOf<Management.UpdateOrganizationRequestContent>;

export const createInvitationFields = [
  'inviter',
  'invitee',
  'client_id',
  'connection_id',
  'app_metadata',
  'user_metadata',
  'ttl_sec',
  'roles',
  'send_invitation_email',
] as const satisfies KeysOf<Management.CreateOrganizationInvitationRequestContent>;

export const memberRoleFields = [
  'roles',
] as const satisfies KeysOf<Management.AssignOrganizationMemberRolesRequestContent>;
export const deleteMembersFields = [
  'members',
] as const satisfies KeysOf<Management.DeleteOrganizationMembersRequestContent>;

export const listUsersQuery = [
  'page',
  'per_page',
  'include_totals',
  'sort',
  'fields',
  'include_fields',
  'q',
  'search_engine',
] as const satisfies KeysOf<Management.ListUsersRequestParameters>;

export const listMembersQuery = [
  'include_totals',
  'from',
  'take',
  'fields',
  'include_fields',
] as const satisfies KeysOf<Management.ListOrganizationMembersRequestParameters>;

/** Auth0 still answers the older offset parameters on the members list, besides `from`/`take`. */
export const listMembersOffsetQuery = ['page', 'per_page'] as const;

export const listInvitationsQuery = [
  'page',
  'per_page',
  'include_totals',
  'fields',
  'include_fields',
  'sort',
] as const satisfies KeysOf<Management.ListOrganizationInvitationsRequestParameters>;

export const listRolesQuery = [
  'per_page',
  'page',
  'include_totals',
  'name_filter',
] as const satisfies KeysOf<Management.ListRolesRequestParameters>;

export const listOrganizationsQuery = [
  'include_totals',
  'from',
  'take',
  'sort',
] as const satisfies KeysOf<Management.ListOrganizationsRequestParameters>;

export const userOrganizationsQuery = [
  'page',
  'per_page',
  'include_totals',
] as const satisfies KeysOf<Management.ListUserOrganizationsRequestParameters>;

export const offsetQuery = [
  'page',
  'per_page',
  'include_totals',
] as const satisfies KeysOf<Management.ListOrganizationMemberRolesRequestParameters>;

/** The fields `GET /organizations/{id}/members` can return, for `fields=`. */
export const memberRowFields = [
  'user_id',
  'email',
  'name',
  'picture',
  'roles',
] as const satisfies KeysOf<Management.OrganizationMember>;
