import type { TeamkitCapabilities } from '../../core/capabilities.ts';
import {
  organizationVersionFields,
  userVersionFields,
  versionFingerprint,
} from '../../core/version-fingerprint.ts';
import type { MemoryData } from './memory-data.ts';
import { isInvitation } from './permissions.ts';

/** What shapes seeded data into what a backend of the declared kind would hold. */
export interface SeedAdaptation {
  /** The declared capabilities (versions as fingerprints where writes are check-then-write). */
  capabilities: TeamkitCapabilities;
  /** False: invitations hold an address, not a user (Auth0). */
  invitationsCreateUsers: boolean;
}

/**
 * Makes seeded (and prepared) data look as the declared backend would keep it: no expired invitations
 * where they are deleted, versions as fingerprints of the edited fields where there is no ETag, and,
 * where invitations create no user, each invitation's user replaced by its address (a user left with
 * no membership is dropped).
 */
export function adaptSeedToBackend(data: MemoryData, adaptation: SeedAdaptation): void {
  if (!adaptation.capabilities.invitations.expiredInvitationsRemain) {
    // A backend that deletes expired invitations (Auth0) never lists one.
    data.memberships = data.memberships.filter((membership) => membership.status !== 'invite_expired');
  }
  if (!adaptation.invitationsCreateUsers) {
    const detached = new Set<string>();
    for (const membership of data.memberships) {
      if (!isInvitation(membership) || membership.userId === null) continue;
      detached.add(membership.userId);
      membership.email = data.users[membership.userId]?.email ?? membership.email;
      membership.userId = null;
    }
    const members = new Set(data.memberships.map((membership) => membership.userId));
    for (const userId of detached) if (!members.has(userId)) delete data.users[userId];
  }
  if (adaptation.capabilities.concurrency === 'check-then-write') {
    for (const user of Object.values(data.users)) user.version = versionFingerprint(userVersionFields(user));
    for (const organization of Object.values(data.organizations))
      organization.version = versionFingerprint(organizationVersionFields(organization));
  }
}
