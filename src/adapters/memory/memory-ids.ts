/**
 * IDs of the seeded records that stories and tests refer to by role. They are the same for every seed;
 * only the generated crowd of members around them changes.
 */
export const memoryIds = {
  /** Acme Corporation, the organization in scope. */
  organization: 'org_acme',
  /** Globex, a second organization the viewers are not members of (holds a clashing external ID). */
  otherOrganization: 'org_globex',
  /** Initech, where the default viewer is a member and billing manager (the organization switcher's second). */
  memberOrganization: 'org_initech',
  /** Umbrella Labs, whose invitation waits for the default viewer to accept. */
  invitingOrganization: 'org_umbrella',
  /** The default viewer: Acme's only admin, with every profile field filled in. */
  admin: 'usr_96194455173800001',
  /** A plain member (role `member`), external ID `SALESFORCE-003921`. */
  member: 'usr_96194455173800002',
  /** A member who signs in through Okta: the display name is asserted by Okta, overridable. */
  idpUser: 'usr_96194455173800003',
  /** A billing manager: may change organization settings, not members. */
  billingManager: 'usr_96194455173800004',
  /** A member provisioned by SCIM: cannot be removed or re-roled here. */
  directoryMember: 'usr_96194455173800005',
  /** A pending invitation (sent three days ago). */
  pendingInvite: 'usr_96194455173800006',
  /** An expired invitation (sent twenty days ago, no name known). */
  expiredInvite: 'usr_96194455173800007',
  /** An inactive member (deprovisioned by the directory). */
  inactiveMember: 'usr_96194455173800008',
  /** A member with an Arabic (right-to-left) name. */
  rtlName: 'usr_96194455173800009',
  /** A member whose name looks like HTML, to prove names render as text. */
  htmlName: 'usr_96194455173800010',
  /** A member with a very long name and email address. */
  longName: 'usr_96194455173800011',
} as const;

/** External IDs of seeded records, for lookup stories and tests. */
export const memoryExternalIds = {
  /** Acme Corporation's external ID (its billing customer ID). */
  organization: 'CUST-12345-ACME',
  /** Globex's external ID. */
  otherOrganization: 'CUST-67890-GLOBEX',
  /** The plain member's external ID (their CRM record). */
  member: 'SALESFORCE-003921',
} as const;
