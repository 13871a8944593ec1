/** What the signed-in person may do in the organization in scope. */
export interface OrganizationPermissions {
  /** See the members list. */
  viewMembers: boolean;
  /** Invite people. */
  inviteMembers: boolean;
  /** Change roles and remove members (each row still says what applies to it). */
  manageMembers: boolean;
  /** Change the organization's name, external ID and metadata. */
  updateOrganization: boolean;
  /** Edit other members' profiles, external IDs and admin-only metadata. */
  manageUsers: boolean;
}

/** The signed-in person, in the organization in scope. */
export interface Viewer {
  /** Their user ID. */
  userId: string;
  /** The organization in scope. */
  organizationId: string;
  /** Names of the roles they hold there. */
  roles: readonly string[];
  /** What they may do there. */
  permissions: OrganizationPermissions;
}
