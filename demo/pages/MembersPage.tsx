'use client';
import { InviteMemberDialog, MemberDetails, MembersTable } from 'teamkit';
import { routeHref } from '../route.ts';
import type { DemoStrings } from '../strings.ts';

/** Props of MembersPage. */
export interface MembersPageProps {
  /** The member whose details are open (`#/members/<id>`), if any. */
  memberId?: string;
  /** The demo's words. */
  strings: DemoStrings;
}

/** The members table with its invite button; a member's details on their own URL. */
export function MembersPage({ memberId, strings }: MembersPageProps) {
  if (memberId) {
    return (
      <>
        <p>
          <a href={routeHref({ page: 'members' })}>{strings.backToMembers}</a>
        </p>
        <MemberDetails userId={memberId} />
      </>
    );
  }
  return (
    <MembersTable
      toolbarActions={<InviteMemberDialog />}
      onOpenMember={(member) => {
        if (member.userId) window.location.hash = routeHref({ page: 'members', memberId: member.userId });
      }}
    />
  );
}
