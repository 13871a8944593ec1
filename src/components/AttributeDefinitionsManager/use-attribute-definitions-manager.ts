'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DefinitionManagement } from '../../core/adapter.ts';
import { sortDefinitions } from '../../core/attribute-definition.ts';
import { TeamkitError } from '../../core/errors.ts';
import type {
  AttributeDefinitionChange,
  ManagedAttributeDefinition,
  NewAttributeDefinition,
} from '../../core/managed-definition.ts';
import { type MoveDirection, moveDefinition } from '../../core/move-definition.ts';
import { teamkitKeys } from '../../core/query-keys.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useViewer } from '../../react/use-viewer.ts';

/**
 * Where the manager stands: `unsupported` (the backend does not declare `manageDefinitions`),
 * `loading`, `forbidden` (the viewer lacks `manageUsers`), `error` (the list failed), `ready`.
 */
export type DefinitionsManagerStatus = 'unsupported' | 'loading' | 'forbidden' | 'error' | 'ready';

/** What useAttributeDefinitionsManager returns. */
export interface UseAttributeDefinitionsManagerResult {
  /** Where the manager stands. */
  status: DefinitionsManagerStatus;
  /** Every definition, disabled ones included, in display order (groups together). */
  definitions: ManagedAttributeDefinition[];
  /** Why the list could not be read, when `status` is `error`. */
  error: TeamkitError | null;
  /** Reads the list again. */
  refetch(): void;
  /** Whether a change is being saved. */
  saving: boolean;
  /** Adds a custom attribute; rejects with the adapter's TeamkitError (field messages included). */
  create(input: NewAttributeDefinition): Promise<ManagedAttributeDefinition>;
  /** Changes a definition; rejects with the adapter's TeamkitError. */
  update(key: string, change: AttributeDefinitionChange): Promise<ManagedAttributeDefinition>;
  /** Moves a field one place up or down in its group (nothing when it cannot move). */
  move(key: string, direction: MoveDirection): Promise<void>;
  /** Disables or enables a field. */
  setEnabled(key: string, enabled: boolean): Promise<ManagedAttributeDefinition>;
}

/** The managed list's query key: under `attributeDefinitions()`, so one invalidation refreshes both lists. */
export const managedDefinitionsKey = (organizationId: string) =>
  [...teamkitKeys.attributeDefinitions(), 'managed', organizationId] as const;

type Call =
  | { kind: 'create'; input: NewAttributeDefinition }
  | { kind: 'update'; key: string; change: AttributeDefinitionChange }
  | { kind: 'reorder'; keys: string[] };

/**
 * The headless side of AttributeDefinitionsManager: the managed list of the provider's backend and
 * the calls that change it. Every successful change invalidates the attribute definitions, so
 * ProfileEditor (and anything else reading `useAttributeDefinitions`) shows the new field at once.
 * @example
 * const { definitions, create } = useAttributeDefinitionsManager();
 * await create({ key: 'cost_center', label: 'Cost center', type: 'text' });
 */
export function useAttributeDefinitionsManager(): UseAttributeDefinitionsManagerResult {
  const { adapter, organizationId } = useTeamkit();
  const queryClient = useQueryClient();
  const manager = adapter as Partial<DefinitionManagement>;
  const supported =
    adapter.capabilities.manageDefinitions &&
    typeof manager.listManagedAttributeDefinitions === 'function' &&
    typeof manager.createAttributeDefinition === 'function';
  const viewer = useViewer();
  const permitted = viewer.data?.permissions.manageUsers === true;
  const list = useQuery<ManagedAttributeDefinition[], TeamkitError>({
    queryKey: managedDefinitionsKey(organizationId),
    queryFn: ({ signal }) => call(manager, 'listManagedAttributeDefinitions')(organizationId, { signal }),
    enabled: supported && permitted,
  });
  const mutation = useMutation<unknown, TeamkitError, Call>({
    mutationFn: (request) => {
      if (request.kind === 'create')
        return call(manager, 'createAttributeDefinition')(organizationId, request.input);
      if (request.kind === 'update')
        return call(manager, 'updateAttributeDefinition')(organizationId, request.key, request.change);
      return call(manager, 'reorderAttributeDefinitions')(organizationId, request.keys);
    },
    onSuccess: (result, request) => {
      if (request.kind === 'reorder') queryClient.setQueryData(managedDefinitionsKey(organizationId), result);
      // Every form over the definitions (ProfileEditor, MemberDetails) refetches: a new or changed
      // field shows there as soon as it is saved.
      return queryClient.invalidateQueries({ queryKey: teamkitKeys.attributeDefinitions() });
    },
  });
  const definitions = useMemo(
    () => sortDefinitions(list.data ?? []) as ManagedAttributeDefinition[],
    [list.data],
  );
  const status: DefinitionsManagerStatus = !supported
    ? 'unsupported'
    : viewer.data && !permitted
      ? 'forbidden'
      : list.error || viewer.error
        ? 'error'
        : list.data
          ? 'ready'
          : 'loading';
  const { mutateAsync } = mutation;
  return {
    status,
    definitions,
    error: list.error ?? viewer.error ?? null,
    refetch: () => {
      if (viewer.error) void viewer.refetch();
      void list.refetch();
    },
    saving: mutation.isPending,
    create: async (input) => (await mutateAsync({ kind: 'create', input })) as ManagedAttributeDefinition,
    update: async (key, change) =>
      (await mutateAsync({ kind: 'update', key, change })) as ManagedAttributeDefinition,
    move: async (key, direction) => {
      const keys = moveDefinition(definitions, key, direction);
      if (keys) await mutateAsync({ kind: 'reorder', keys });
    },
    setEnabled: async (key, enabled) =>
      (await mutateAsync({ kind: 'update', key, change: { enabled } })) as ManagedAttributeDefinition,
  };
}

/** One management method of the adapter, or `not_supported` when it has none. */
function call<K extends keyof DefinitionManagement>(
  manager: Partial<DefinitionManagement>,
  name: K,
): DefinitionManagement[K] {
  const method = manager[name];
  if (!method) throw new TeamkitError('not_supported');
  return method.bind(manager) as DefinitionManagement[K];
}
