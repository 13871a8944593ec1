'use client';
import { useContext } from 'react';
import type { ActionPermission, Member } from '../../core/member.ts';
import { memberDisplayName } from '../../core/member.ts';
import { memberKey } from '../../core/member-key.ts';
import type { Role } from '../../core/role.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useCapabilities } from '../../react/use-capabilities.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Menu } from '../shared/Menu.tsx';
import type { MenuEntry } from '../shared/menu-entries.ts';
import type { UseMemberActionsResult } from './member-action-types.ts';
import { MembersTableClassNamesContext, usePart } from './parts.ts';
import { toggledRoles } from './role-change.ts';
import { formatCountdown, useRemainingTime } from './use-remaining-time.ts';

/** Props of RowActions. */
export interface RowActionsProps {
  /** The member the actions apply to. */
  member: Member;
  /** The organization's roles (the role choices). */
  roles: readonly Role[];
  /** The table's action handlers. */
  actions: UseMemberActionsResult;
}

/** The outcome of weighing one permission: offer it, show it disabled with a reason, or leave it out. */
type Offer = { kind: 'offer' } | { kind: 'disabled'; reason: string } | { kind: 'hidden' };

/**
 * A row's actions, as the backend allows them (`member.actions`): change roles (every role held is
 * checked: a multi-select where the backend allows several roles, a single choice where it allows
 * one; a change beside other roles is confirmed in words first), resend or revoke an
 * invitation, remove. A refused action is left out, unless its reason helps the admin (the last
 * admin, a SCIM-managed member, a resend cooldown): then it is shown disabled with the reason.
 * After a resend a visible countdown says when the next one is possible.
 */
export function RowActions({ member, roles, actions }: RowActionsProps) {
  const { messages, locale } = useTeamkit();
  const multipleRoles = useCapabilities().memberships.multipleRoles;
  const text = messages.members;
  const changeRolesLabel = multipleRoles ? text.actions.changeRoles : text.actions.changeRole;
  const cooldownPart = usePart('resend-cooldown');
  const rootPart = usePart('row-actions');
  // The host's classes for the shared menu's parts come through the table's `classNames`.
  const classNames = useContext(MembersTableClassNamesContext);
  const resendPermission = member.actions?.resendInvitation;
  // A cooldown the backend reported may have run out since the list was fetched: our clock decides
  // when to offer it again, and the backend still has the last word.
  const resendOffered =
    resendPermission?.allowed === true ||
    (resendPermission?.allowed === false && resendPermission.reason === 'resend_cooldown');
  const remaining = useRemainingTime(resendOffered ? actions.resendAvailableAt(member) : null);
  const cooldownText =
    remaining > 0 ? formatMessage(text.actions.resendIn, { time: formatCountdown(remaining, locale) }) : null;

  const weigh = (permission: ActionPermission | undefined, lastAdminText: string): Offer => {
    // Untrusted data: a row without an `actions` entry offers nothing rather than failing.
    if (!permission) return { kind: 'hidden' };
    if (permission.allowed) return { kind: 'offer' };
    if (permission.reason === 'last_admin') return { kind: 'disabled', reason: lastAdminText };
    if (permission.reason === 'managed_by_directory') {
      return { kind: 'disabled', reason: text.reasons.managedByDirectory };
    }
    return { kind: 'hidden' };
  };

  const entries: MenuEntry[] = [];
  const changeRoles = weigh(member.actions?.changeRoles, text.reasons.lastAdminDemote);
  if (changeRoles.kind === 'offer' && roles.length > 0) {
    entries.push({
      type: 'choice-group',
      key: 'change-role',
      label: changeRolesLabel,
      multiple: multipleRoles,
      options: roles.map((role) => {
        const checked = member.roles.includes(role.name);
        return {
          value: role.name,
          label: role.displayName || role.name,
          checked,
          // A member keeps at least one role: the only one held cannot be unchecked.
          ...(multipleRoles && checked && member.roles.length === 1 ? { disabled: true } : {}),
        };
      }),
      onSelect: (role) => {
        const next = multipleRoles ? toggledRoles(member.roles, role) : [role];
        if (next) actions.changeRoles(member, next);
      },
    });
  } else if (changeRoles.kind === 'disabled') {
    entries.push({
      type: 'item',
      key: 'change-role',
      label: changeRolesLabel,
      onSelect: () => {},
      disabledReason: changeRoles.reason,
    });
  }

  const invitationEntries: MenuEntry[] = [];
  if (resendOffered) {
    invitationEntries.push({
      type: 'item',
      key: 'resend',
      label: text.actions.resend,
      onSelect: () => actions.resend(member),
      ...(cooldownText ? { disabledReason: cooldownText } : {}),
    });
  }
  if (member.actions?.revokeInvitation?.allowed) {
    invitationEntries.push({
      type: 'item',
      key: 'revoke',
      label: text.actions.revoke,
      tone: 'danger',
      onSelect: () => actions.requestRevoke(member),
    });
  }
  if (invitationEntries.length > 0 && entries.length > 0)
    entries.push({ type: 'separator', key: 'after-roles' });
  entries.push(...invitationEntries);

  const remove = weigh(member.actions?.remove, text.reasons.lastAdminRemove);
  if (remove.kind !== 'hidden') {
    if (entries.length > 0) entries.push({ type: 'separator', key: 'before-remove' });
    entries.push({
      type: 'item',
      key: 'remove',
      label: text.actions.remove,
      tone: 'danger',
      onSelect: () => actions.requestRemove(member),
      ...(remove.kind === 'disabled' ? { disabledReason: remove.reason } : {}),
    });
  }

  if (entries.length === 0 && !cooldownText) return null;
  return (
    <div {...rootPart}>
      {cooldownText ? (
        <span {...cooldownPart} role="timer">
          {cooldownText}
        </span>
      ) : null}
      {entries.length > 0 ? (
        <Menu
          label={formatMessage(text.actions.menu, { name: memberDisplayName(member) })}
          entries={entries}
          busy={actions.busyUserIds.has(memberKey(member))}
          classNames={classNames}
        >
          <span aria-hidden="true" data-part="row-actions-icon">
            ⋯
          </span>
        </Menu>
      ) : null}
    </div>
  );
}
