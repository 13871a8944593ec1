import type { DefinitionManagement } from '../../core/adapter.ts';
import type { ManagedAttributeDefinition } from '../../core/managed-definition.ts';
import type { TransportCall } from './http-transport.ts';

/**
 * The HTTP adapter's definition management, over the handler's routes (definition-routes.ts). The
 * server decides whether it manages definitions (its `capabilities.manageDefinitions`) and answers
 * `not_supported` where it does not. Writes are never retried: a lost answer to a create is seen on
 * the next read, and repeating it would meet `conflict`.
 */
export function httpDefinitionMethods(
  send: (call: TransportCall) => Promise<unknown>,
  org: (organizationId: string) => string,
): DefinitionManagement {
  const signalOf = (o?: { signal?: AbortSignal }) => (o?.signal ? { signal: o.signal } : {});
  return {
    listManagedAttributeDefinitions: async (organizationId, o) =>
      (await send({
        method: 'GET',
        path: `${org(organizationId)}/attribute-definitions`,
        retry: 'read',
        ...signalOf(o),
      })) as ManagedAttributeDefinition[],
    createAttributeDefinition: async (organizationId, input, o) =>
      (await send({
        method: 'POST',
        path: `${org(organizationId)}/attribute-definitions`,
        body: input,
        retry: 'never',
        ...signalOf(o),
      })) as ManagedAttributeDefinition,
    updateAttributeDefinition: async (organizationId, key, change, o) =>
      (await send({
        method: 'PATCH',
        path: `${org(organizationId)}/attribute-definitions/${encodeURIComponent(key)}`,
        body: change,
        retry: 'never',
        ...signalOf(o),
      })) as ManagedAttributeDefinition,
    reorderAttributeDefinitions: async (organizationId, keys, o) =>
      (await send({
        method: 'POST',
        path: `${org(organizationId)}/attribute-definition-order`,
        body: { keys },
        retry: 'never',
        ...signalOf(o),
      })) as ManagedAttributeDefinition[],
  };
}
