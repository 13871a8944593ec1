'use client';
import type { Member } from '../../core/member.ts';
import type { Role } from '../../core/role.ts';
import { memberDetails as englishMemberDetails } from '../../i18n/en/memberDetails.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useMessages } from '../../react/use-teamkit.ts';
import { ProvisioningBadge } from '../MembersTable/ProvisioningBadge.tsx';
import { StatusBadge } from '../MembersTable/StatusBadge.tsx';
import { Badge } from '../shared/Badge.tsx';

/** Props of MembershipSummary. */
export interface MembershipSummaryProps {
  /** The membership. */
  member: Member;
  /** The organization's roles, for their display names (names shown as they are without them). */
  roles: readonly Role[] | undefined;
}

/** Status, provisioning source and roles of a membership, as badges in a description list. */
export function MembershipSummary({ member, roles }: MembershipSummaryProps) {
  const _messages = useMessages();
  const m = useAreaMessages('memberDetails', englishMemberDetails);
  const roleName = (name: string) => roles?.find((role) => role.name === name)?.displayName || name;
  return (
    <dl data-part="membership">
      <div data-part="item">
        <dt>{m.statusLabel}</dt>
        <dd>
          <StatusBadge status={member.status} />
        </dd>
      </div>
      <div data-part="item">
        <dt>{m.provisioningLabel}</dt>
        <dd>
          <ProvisioningBadge method={member.provisioning} />
        </dd>
      </div>
      <div data-part="item">
        <dt>{m.rolesLabel}</dt>
        <dd>
          {member.roles.length === 0 ? (
            m.noRoles
          ) : (
            <ul data-part="roles">
              {member.roles.map((name) => (
                <li key={name}>
                  <Badge tone="accent" value={name}>
                    {roleName(name)}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
