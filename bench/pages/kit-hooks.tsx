/**
 * Size page (b): the provider and the hooks alone, as a host that draws its own UI would use them
 * (every hook called once, so none is tree-shaken away).
 */
import { createRoot } from 'react-dom/client';
import {
  TeamkitProvider,
  useAttributeDefinitions,
  useInviteMember,
  useMember,
  useMembers,
  useOrganization,
  useOrganizationByExternalId,
  useRemoveMember,
  useResendInvitation,
  useRevokeInvitation,
  useRoles,
  useUpdateMemberRoles,
  useUpdateMembership,
  useUpdateOrganization,
  useUpdateProfile,
  useUser,
  useUserByExternalId,
  useViewer,
} from 'teamkit';
import { createFetchAdapter } from './fetch-adapter.ts';

const adapter = createFetchAdapter('/api/teamkit');

function HeadlessSettings() {
  const hooks = {
    viewer: useViewer(),
    user: useUser(),
    definitions: useAttributeDefinitions(),
    updateProfile: useUpdateProfile(),
    members: useMembers({ search: '' }),
    member: useMember('usr_1'),
    invite: useInviteMember(),
    resend: useResendInvitation(),
    revoke: useRevokeInvitation(),
    remove: useRemoveMember(),
    roles: useRoles(),
    updateRoles: useUpdateMemberRoles(),
    updateMembership: useUpdateMembership(),
    organization: useOrganization(),
    updateOrganization: useUpdateOrganization(),
    userByExternalId: useUserByExternalId('crm-1'),
    organizationByExternalId: useOrganizationByExternalId('cust-1'),
  };
  return <pre>{Object.keys(hooks).join(' ')}</pre>;
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <TeamkitProvider adapter={adapter} organizationId="org_1">
      <HeadlessSettings />
    </TeamkitProvider>,
  );
