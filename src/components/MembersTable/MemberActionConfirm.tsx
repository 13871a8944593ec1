'use client';
import { memberDisplayName } from '../../core/member.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useMessages } from '../../react/use-teamkit.ts';
import { ConfirmDialog } from '../shared/ConfirmDialog.tsx';
import type { UseMemberActionsResult } from './use-member-actions.ts';

/** Props of MemberActionConfirm. */
export interface MemberActionConfirmProps {
  /** The table's row actions (the pending confirmation, confirm and cancel). */
  actions: UseMemberActionsResult;
}

/**
 * The one confirmation dialog of the table, asking about whatever action waits: removing a member,
 * revoking an invitation, or demoting oneself. Rendered once, outside the virtualized rows, so it
 * survives the row scrolling away.
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
  } else if (pending?.kind === 'demoteSelf') {
    title = formatMessage(text.demoteSelfTitle, { role: actions.roleLabel(pending.role) });
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
