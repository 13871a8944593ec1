import type { ActionPermission, Member, MemberActions } from '../core/member.ts';
import type { OrganizationPermissions } from '../core/viewer.ts';

const notPermitted: ActionPermission = { allowed: false, reason: 'not_permitted' };

/**
 * A member row as the caller may act on it: the backend's answer for each action (which knows the
 * last admin, directory-managed members and cooldowns) narrowed to what the caller's permissions
 * allow, since the backend answered for the server's credentials, not for the person.
 */
export function restrictActions(member: Member, permissions: OrganizationPermissions): Member {
  const actions: MemberActions = {
    changeRoles: permissions.manageMembers ? member.actions.changeRoles : notPermitted,
    remove: permissions.manageMembers ? member.actions.remove : notPermitted,
    resendInvitation: permissions.inviteMembers ? member.actions.resendInvitation : notPermitted,
    revokeInvitation: permissions.inviteMembers ? member.actions.revokeInvitation : notPermitted,
  };
  return { ...member, actions };
}
