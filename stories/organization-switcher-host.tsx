import type { ReactNode } from 'react';
import { memoryIds } from '../src/adapters/memory/index.ts';
import {
  OrganizationSwitcher,
  type OrganizationSwitcherProps,
} from '../src/components/OrganizationSwitcher/index.ts';
import { TeamkitProvider } from '../src/react/TeamkitProvider.tsx';
import { useOrganization } from '../src/react/use-organization.ts';
import { useTeamkit } from '../src/react/use-teamkit.ts';
import { useViewer } from '../src/react/use-viewer.ts';

/** What the page under the switcher shows: the organization in scope and the person's roles in it. */
function InScope() {
  const organization = useOrganization();
  const viewer = useViewer();
  if (!organization.data || !viewer.data) return <p data-story="in-scope">Loading the organization…</p>;
  return (
    <p data-story="in-scope">
      In scope: {organization.data.displayName} (roles: {viewer.data.roles.join(', ')})
    </p>
  );
}

/**
 * The switcher under a provider that owns the organization (`defaultOrganizationId`), over the
 * story's adapter, so choosing one really switches and the line below follows.
 */
export function SwitcherHost(props: OrganizationSwitcherProps & { children?: ReactNode }) {
  const { adapter, messages, locale } = useTeamkit();
  return (
    <TeamkitProvider
      adapter={adapter}
      defaultOrganizationId={memoryIds.organization}
      messages={messages}
      locale={locale}
    >
      <OrganizationSwitcher {...props} />
      <InScope />
    </TeamkitProvider>
  );
}
