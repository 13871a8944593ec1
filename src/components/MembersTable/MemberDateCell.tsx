'use client';
import type { Member } from '../../core/member.ts';
import { formatMessage } from '../../i18n/format.ts';
import { formatDate, toDate } from '../../i18n/intl.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { formatTimeUntil } from './invitation-expiry.ts';
import { usePart } from './parts.ts';

/** Props of MemberDateCell. */
export interface MemberDateCellProps {
  /** The member shown. */
  member: Pick<Member, 'status' | 'joinedAt' | 'invitedAt' | 'expiresAt'>;
  /** The moment "expires in …" is measured from (epoch ms). */
  now: number;
}

/**
 * When a member joined, or, for an invitation, when it was sent and when it expires ("Expires in
 * 3 days", or "Expired"), worded by Intl in the provider's locale. `<time>` carries the exact moment.
 */
export function MemberDateCell({ member, now }: MemberDateCellProps) {
  const { messages, locale } = useTeamkit();
  const text = messages.members.dates;
  const datePart = usePart('member-date');
  const expiryPart = usePart('member-expiry');
  const isInvitation = member.status === 'pending_invite' || member.status === 'invite_expired';

  if (!isInvitation) {
    const joined = formatDate(member.joinedAt, locale);
    if (!joined) return null;
    return (
      <span {...datePart}>
        <time dateTime={member.joinedAt ?? undefined}>{formatMessage(text.joined, { date: joined })}</time>
      </span>
    );
  }

  const invited = formatDate(member.invitedAt, locale);
  const expiresAt = toDate(member.expiresAt);
  const expired = member.status === 'invite_expired' || (expiresAt !== null && expiresAt.getTime() <= now);
  return (
    <>
      {invited ? (
        <span {...datePart}>
          <time dateTime={member.invitedAt ?? undefined}>
            {formatMessage(text.invited, { date: invited })}
          </time>
        </span>
      ) : null}
      {expired ? (
        <span {...expiryPart} data-state="expired">
          {text.expired}
        </span>
      ) : expiresAt ? (
        <span {...expiryPart} data-state="pending">
          <time dateTime={member.expiresAt ?? undefined}>
            {formatMessage(text.expiresIn, { relative: formatTimeUntil(expiresAt, now, locale) })}
          </time>
        </span>
      ) : null}
    </>
  );
}
