/**
 * The routes of definition management (administrators, `manageUsers`), appended to the route table.
 * Each goes through `definitionsManagerFor`: the host's `definitionsStore` when it gave one (core's
 * rules applied here, over the backend's list until the first change), else the adapter itself where
 * it declares `manageDefinitions` (the memory adapter, whose user writes then check values against
 * the same definitions); else `not_supported`, and the capabilities say so.
 */
import * as z from 'zod';
import type { DefinitionManagement, TeamkitAdapter } from '../core/adapter.ts';
import {
  createDefinitionIn,
  enabledDefinitions,
  readManagedDefinitions,
  reorderDefinitionsIn,
  updateDefinitionIn,
} from '../core/definition-changes.ts';
import { TeamkitError } from '../core/errors.ts';
import type {
  AttributeDefinitionChange,
  ManagedAttributeDefinition,
  NewAttributeDefinition,
} from '../core/managed-definition.ts';
import { backendDefinedKeys, lockAbsentFromBackend, markAbsentFromBackend } from './backend-defined-keys.ts';
import type { DefinitionsStore } from './definitions-store.ts';
import type { RouteContext, RouteResult } from './route-context.ts';
import type { RouteSpec } from './route-spec.ts';

type Manager = {
  [K in keyof DefinitionManagement]: DefinitionManagement[K] extends (
    organizationId: string,
    ...rest: infer A
  ) => infer R
    ? (...rest: A) => R
    : never;
};

/** Whether the handler manages definitions: over the host's store, or through an adapter that does. */
export function managesDefinitions(adapter: TeamkitAdapter, store: DefinitionsStore | null): boolean {
  return store !== null || adapter.capabilities.manageDefinitions;
}

/**
 * The definitions profiles use, as stored: the store's enabled ones once it holds a list (a custom
 * attribute the backend does not define made read-only, with why: its values would be refused),
 * else the backend's.
 */
export async function servedDefinitions(
  adapter: TeamkitAdapter,
  store: DefinitionsStore | null,
  signal: AbortSignal,
): Promise<unknown[]> {
  const stored = store ? await store.read(signal) : null;
  if (!stored) return adapter.listAttributeDefinitions({ signal });
  return lockAbsentFromBackend(enabledDefinitions(stored), await backendDefinedKeys(adapter, signal));
}

function overStore(adapter: TeamkitAdapter, store: DefinitionsStore, signal: AbortSignal): Manager {
  const current = async () =>
    (await store.read(signal)) ?? (await adapter.listAttributeDefinitions({ signal }));
  // Every answer says which custom attributes the backend does not define yet (`notInBackend`).
  const marked = async <D extends ManagedAttributeDefinition | ManagedAttributeDefinition[]>(managed: D) =>
    markAbsentFromBackend(managed, await backendDefinedKeys(adapter, signal));
  return {
    listManagedAttributeDefinitions: async () => marked(readManagedDefinitions(await current())),
    createAttributeDefinition: async (input) => {
      const { definitions, created } = createDefinitionIn(await current(), input);
      await store.write(definitions, signal);
      return marked(created);
    },
    updateAttributeDefinition: async (key, change) => {
      const { definitions, updated } = updateDefinitionIn(await current(), key, change);
      await store.write(definitions, signal);
      return marked(updated);
    },
    reorderAttributeDefinitions: async (keys) => {
      const { definitions, managed } = reorderDefinitionsIn(await current(), keys);
      await store.write(definitions, signal);
      return marked(managed);
    },
  };
}

function throughAdapter(adapter: TeamkitAdapter, organizationId: string, signal: AbortSignal): Manager {
  const method = <K extends keyof DefinitionManagement>(name: K): DefinitionManagement[K] => {
    const found = adapter[name];
    if (!found) throw new TeamkitError('not_supported');
    return found.bind(adapter) as DefinitionManagement[K];
  };
  return {
    listManagedAttributeDefinitions: () =>
      method('listManagedAttributeDefinitions')(organizationId, { signal }),
    createAttributeDefinition: (input) =>
      method('createAttributeDefinition')(organizationId, input, { signal }),
    updateAttributeDefinition: (key, change) =>
      method('updateAttributeDefinition')(organizationId, key, change, { signal }),
    reorderAttributeDefinitions: (keys) =>
      method('reorderAttributeDefinitions')(organizationId, keys, { signal }),
  };
}

function managerOf(context: RouteContext): Manager {
  const { adapter, definitionsStore, session, signal } = context;
  if (definitionsStore) return overStore(adapter, definitionsStore, signal);
  if (adapter.capabilities.manageDefinitions) return throughAdapter(adapter, session.organizationId, signal);
  throw new TeamkitError(
    'not_supported',
    'Profile fields are managed in the identity platform here, not through the kit.',
  );
}

const optionText = z.string().max(1000);
const option = z.strictObject({ value: optionText, label: optionText });
/** The body of a new custom attribute: the shape only; core's rules give the field messages. */
export const newDefinitionBody = z.strictObject({
  key: z.string().max(256),
  label: z.string().max(1000),
  type: z.string().max(64),
  required: z.boolean().optional(),
  options: z.array(option).max(500).optional(),
  helpText: z.union([z.string().max(5000), z.null()]).optional(),
  group: z.union([z.string().max(1000), z.null()]).optional(),
  write: z.string().max(64).optional(),
});
/** The body of a change (a `key` or `type` is accepted here so core can say why it cannot change). */
export const definitionChangeBody = newDefinitionBody.partial().extend({ enabled: z.boolean().optional() });
/** The body of a reorder. */
export const reorderBody = z.strictObject({ keys: z.array(z.string().max(256)).max(1000) });

const ok = (body: unknown): RouteResult => ({ status: 200, body });

/** The definition-management routes, in the order the OpenAPI document lists them. */
export const definitionRoutes: readonly RouteSpec[] = [
  {
    operationId: 'listManagedAttributeDefinitions',
    method: 'GET',
    path: '/organizations/{organizationId}/attribute-definitions',
    access: 'manageUsers',
    adapterMethod: 'listManagedAttributeDefinitions',
    run: async (context) => ok(await managerOf(context).listManagedAttributeDefinitions()),
  },
  {
    operationId: 'createAttributeDefinition',
    method: 'POST',
    path: '/organizations/{organizationId}/attribute-definitions',
    access: 'manageUsers',
    adapterMethod: 'createAttributeDefinition',
    body: newDefinitionBody,
    run: async (context) => ({
      status: 201,
      body: await managerOf(context).createAttributeDefinition(context.body as NewAttributeDefinition),
    }),
  },
  {
    operationId: 'updateAttributeDefinition',
    method: 'PATCH',
    path: '/organizations/{organizationId}/attribute-definitions/{key}',
    access: 'manageUsers',
    adapterMethod: 'updateAttributeDefinition',
    body: definitionChangeBody,
    run: async (context) =>
      ok(
        await managerOf(context).updateAttributeDefinition(
          context.params.key ?? '',
          context.body as AttributeDefinitionChange,
        ),
      ),
  },
  {
    operationId: 'reorderAttributeDefinitions',
    method: 'POST',
    path: '/organizations/{organizationId}/attribute-definition-order',
    access: 'manageUsers',
    adapterMethod: 'reorderAttributeDefinitions',
    body: reorderBody,
    run: async (context) =>
      ok(await managerOf(context).reorderAttributeDefinitions((context.body as { keys: string[] }).keys)),
  },
];
