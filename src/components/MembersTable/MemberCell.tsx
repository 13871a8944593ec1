'use client';
import { type Member, memberDisplayName, memberInitials } from '../../core/member.ts';
import { revealHiddenCharacters } from '../../core/reveal-hidden-characters.ts';
import { useMessages } from '../../react/use-teamkit.ts';
import { usePart } from './parts.ts';

/** Props of MemberCell. */
export interface MemberCellProps {
  /** The member shown. */
  member: Member;
  /** Whether this member is the signed-in person (adds a "You" tag). */
  isViewer: boolean;
  /** When given, the name is a button that opens the member's details. */
  onOpen?: ((member: Member) => void) | undefined;
}

/**
 * Who a row is: an initials avatar, the name (a button when details can open) and the email. The
 * name takes its direction from its own first letters and the email is always left to right, each
 * isolated from the interface around it: in Arabic a Latin name or an address is laid out, and cut
 * short with its ellipsis, as itself rather than reordered by the right-to-left line.
 */
export function MemberCell({ member, isViewer, onOpen }: MemberCellProps) {
  const messages = useMessages();
  const avatar = usePart('avatar');
  const namePart = usePart('member-name');
  const email = usePart('member-email');
  const you = usePart('member-you');
  const name = memberDisplayName(member);
  return (
    <span data-part="member-identity">
      {/* The initials repeat the name beside them, so assistive technology skips them. */}
      <span {...avatar} aria-hidden="true">
        {memberInitials(member)}
      </span>
      <span data-part="member-text">
        {onOpen && member.userId !== null ? (
          <button {...namePart} type="button" dir="auto" onClick={() => onOpen(member)}>
            {revealHiddenCharacters(name)}
          </button>
        ) : (
          <span {...namePart} dir="auto">
            {revealHiddenCharacters(name)}
          </span>
        )}
        {isViewer ? <span {...you}>{messages.members.you}</span> : null}
        {name !== member.email ? (
          <span {...email} dir="ltr">
            {revealHiddenCharacters(member.email)}
          </span>
        ) : null}
      </span>
    </span>
  );
}
