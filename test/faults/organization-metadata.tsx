/**
 * MetadataEditor as a host wires it over its backend: the organization's metadata, saved through the
 * adapter with the version it was read at.
 */
import { useQueryClient } from '@tanstack/react-query';
import { MetadataEditor } from '../../src/components/MetadataEditor/MetadataEditor.tsx';
import { ErrorNotice } from '../../src/components/shared/ErrorNotice.tsx';
import { teamkitKeys } from '../../src/core/query-keys.ts';
import { useOrganization } from '../../src/react/use-organization.ts';
import { useTeamkit } from '../../src/react/use-teamkit.ts';

/** The organization's metadata in a MetadataEditor, saved with `updateOrganization`. */
export function OrganizationMetadata() {
  const { adapter, organizationId } = useTeamkit();
  const organization = useOrganization();
  const queryClient = useQueryClient();
  if (organization.error) {
    return <ErrorNotice error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  if (!organization.data) return <p>Loading</p>;
  const current = organization.data;
  return (
    <MetadataEditor
      label="Organization metadata"
      scope="organization"
      value={current.metadata}
      onSave={async (patch) => {
        const saved = await adapter.updateOrganization(
          organizationId,
          { metadata: patch },
          { expectedVersion: current.version },
        );
        queryClient.setQueryData(teamkitKeys.organization(organizationId), saved);
      }}
    />
  );
}
