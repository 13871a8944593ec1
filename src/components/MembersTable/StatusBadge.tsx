'use client';
import type { MembershipStatus } from '../../core/member.ts';
import { useMessages } from '../../react/use-teamkit.ts';
import { Badge, type BadgeProps } from '../shared/Badge.tsx';

const toneOfStatus: Readonly<Record<MembershipStatus, NonNullable<BadgeProps['tone']>>> = {
  active: 'success',
  pending_invite: 'accent',
  invite_expired: 'warning',
  inactive: 'neutral',
};

/** Props of StatusBadge. */
export interface StatusBadgeProps {
  /** The membership status. */
  status: MembershipStatus;
}

/** Where a membership stands, as a badge (`data-value` is the status, for host styling). */
export function StatusBadge({ status }: StatusBadgeProps) {
  const messages = useMessages();
  // Backend data is untrusted: an unknown status still renders, as itself, in neutral.
  const label = messages.members.statuses[status] ?? String(status);
  return (
    <Badge tone={toneOfStatus[status] ?? 'neutral'} value={status}>
      {label}
    </Badge>
  );
}
