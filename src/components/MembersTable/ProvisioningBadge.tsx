'use client';
import type { ProvisioningMethod } from '../../core/member.ts';
import { useMessages } from '../../react/use-teamkit.ts';
import { Badge } from '../shared/Badge.tsx';

/** Props of ProvisioningBadge. */
export interface ProvisioningBadgeProps {
  /** How the member came to be in the organization. */
  method: ProvisioningMethod;
}

/** How a member was added (invitation, dashboard, SSO just-in-time, SCIM directory, API), as a badge. */
export function ProvisioningBadge({ method }: ProvisioningBadgeProps) {
  const messages = useMessages();
  const label = messages.members.provisioning[method] ?? messages.members.provisioning.unknown;
  return (
    <Badge tone="neutral" value={method}>
      {label}
    </Badge>
  );
}
