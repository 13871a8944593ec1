'use client';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { listFormatOf } from './list-format.ts';
import { usePart } from './parts.ts';

/** Props of RolesCell. */
export interface RolesCellProps {
  /** The role names the member holds. */
  roles: readonly string[];
  /** A role's display name. */
  roleLabel: (name: string) => string;
}

/** The member's roles by display name, joined as the locale joins a list ("Admin and Billing"). */
export function RolesCell({ roles, roleLabel }: RolesCellProps) {
  const { locale } = useTeamkit();
  const part = usePart('member-roles');
  const labels = roles.map(roleLabel);
  return <span {...part}>{listFormatOf(locale).format(labels)}</span>;
}
