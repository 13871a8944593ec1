'use client';
import { memberDisplayName } from '../../core/member.ts';
import { formatMessage } from '../../i18n/format.ts';
import type { TeamkitMessages } from '../../i18n/messages.ts';
import { useMessages } from '../../react/use-teamkit.ts';
import { ConfirmDialog } from '../shared/ConfirmDialog.tsx';
import type { UseMemberActionsResult } from './member-action-types.ts';
import { roleChangeOf } from './role-change.ts';

/** Props of MemberActionConfirm. */
export interface MemberActionConfirmProps {
  /** The table's row actions (the pending confirmation, confirm and cancel). */
  actions: UseMemberActionsResult;
}

/** What a role change does, in words: "Add Billing manager. Remove Member. Keeps Admin." */
function roleChangeText(
  text: TeamkitMessages['members']['confirm'],
  before: readonly string[],
  after: readonly string[],
  roleList: (names: readonly string[]) => string,
): string {
  const change = roleChangeOf(before, after);
  const parts: string[] = [];
  if (change.added.length > 0) parts.push(formatMessage(text.rolesAdd, { roles: roleList(change.added) }));
  if (change.removed.length > 0)
    parts.push(formatMessage(text.rolesRemove, { roles: roleList(change.removed) }));
  if (change.kept.length > 0) parts.push(formatMessage(text.rolesKeep, { roles: roleList(change.kept) }));
  return parts.join(' ');
}

/**
 * The one confirmation dialog of the table, asking about whatever action waits: removing a member
 * or oneself, revoking an invitation, a role change beside other roles (saying what it adds, removes
 * and keeps), or demoting oneself. Rendered once, outside the virtualized rows, so it survives the
 * row scrolling away.
 */
export function MemberActionConfirm({ actions }: MemberActionConfirmProps) {
  const messages = useMessages();
  const text = messages.members.confirm;
  const pending = actions.confirmation;
  const name = pending ? memberDisplayName(pending.member) : '';
  const email = pending?.member.email ?? '';
  let title = '';
  let description = '';
  let confirmLabel = '';
  if (pending?.kind === 'remove') {
    title = formatMessage(text.removeTitle, { name });
    description = formatMessage(text.removeDescription, { name });
    confirmLabel = text.removeConfirm;
  } else if (pending?.kind === 'revoke') {
    title = formatMessage(text.revokeTitle, { email });
    description = formatMessage(text.revokeDescription, { email });
    confirmLabel = text.revokeConfirm;
  } else if (pending?.kind === 'removeSelf') {
    title = text.removeSelfTitle;
    description = text.removeSelfDescription;
    confirmLabel = text.removeSelfConfirm;
  } else if (pending?.kind === 'roles') {
    title = formatMessage(text.rolesTitle, { name });
    description = roleChangeText(text, pending.member.roles, pending.roles, actions.roleList);
    confirmLabel = text.rolesConfirm;
  } else if (pending?.kind === 'demoteSelf') {
    title = formatMessage(text.demoteSelfTitle, { role: actions.roleList(pending.roles) });
    description = text.demoteSelfDescription;
    confirmLabel = text.demoteSelfConfirm;
  }
  return (
    <ConfirmDialog
      open={pending !== null}
      onOpenChange={(open) => {
        if (!open) actions.cancel();
      }}
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      tone="danger"
      onConfirm={actions.confirm}
    />
  );
}
