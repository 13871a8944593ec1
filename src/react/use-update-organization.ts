'use client';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { WriteOptions } from '../core/adapter.ts';
import { applyOrganizationPatch } from '../core/apply-organization-patch.ts';
import type { TeamkitError } from '../core/errors.ts';
import { isEmptyPatch } from '../core/is-empty-patch.ts';
import type { Organization, OrganizationPatch } from '../core/organization.ts';
import { externalIdLookupKeys, teamkitKeys } from '../core/query-keys.ts';
import { organizationQueryOptions } from './query-options.ts';
import { useTeamkit } from './use-teamkit.ts';

/** What useUpdateOrganization's `mutate` takes. */
export interface UpdateOrganizationVariables {
  /** Only what changed; metadata merged by key. An empty patch sends nothing. */
  patch: OrganizationPatch;
  /** The `version` the form was opened with; the save fails with `conflict` if it changed since. */
  expectedVersion?: string;
}

/**
 * Saves a change to the provider's organization: shown at once (optimistic), rolled back on failure,
 * then replaced by what the server stored. An empty patch sends nothing and resolves with the current
 * organization.
 * @example
 * const update = useUpdateOrganization();
 * update.mutate({ patch: { displayName: 'Acme Inc.' }, expectedVersion: organization.version });
 */
export function useUpdateOrganization(): UseMutationResult<
  Organization,
  TeamkitError,
  UpdateOrganizationVariables,
  Organization | undefined
> {
  const { adapter, organizationId } = useTeamkit();
  const queryClient = useQueryClient();
  const key = teamkitKeys.organization(organizationId);
  return useMutation<Organization, TeamkitError, UpdateOrganizationVariables, Organization | undefined>({
    mutationFn: ({ patch, expectedVersion }) => {
      if (isEmptyPatch(patch))
        return queryClient.ensureQueryData(organizationQueryOptions(adapter, organizationId));
      const options: WriteOptions = {};
      if (expectedVersion !== undefined) options.expectedVersion = expectedVersion;
      return adapter.updateOrganization(organizationId, patch, options);
    },
    onMutate: async ({ patch }) => {
      if (isEmptyPatch(patch)) return undefined;
      // A refetch landing now would overwrite the optimistic organization with the old one.
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const previous = queryClient.getQueryData<Organization>(key);
      if (previous) queryClient.setQueryData<Organization>(key, applyOrganizationPatch(previous, patch));
      return previous;
    },
    onError: (_error, _variables, previous) => {
      if (previous) queryClient.setQueryData(key, previous);
    },
    onSuccess: (organization) => {
      queryClient.setQueryData(key, organization);
    },
    onSettled: (_organization, error, { patch }) => {
      if (isEmptyPatch(patch)) return;
      // Not awaited: the save is done once the server answered; refetches land when they land.
      if (error) {
        // A refused value changed nothing (the rollback restored the truth); a conflict or a lost
        // response may mean the stored organization differs from ours: fetch it.
        if (error.code !== 'validation') void queryClient.invalidateQueries({ queryKey: key, exact: true });
        return;
      }
      // The cache holds the stored organization already: mark it stale without fetching it again.
      void queryClient.invalidateQueries({ queryKey: key, exact: true, refetchType: 'none' });
      if (patch.externalId !== undefined) {
        void queryClient.invalidateQueries({ queryKey: externalIdLookupKeys.organizations });
      }
    },
  });
}
