// @vitest-environment node
/**
 * The handler's definition management over a host's store, in front of a backend that cannot manage
 * definitions (the memory adapter configured as Scalekit): the store's list is what profiles get, its
 * changes follow core's rules, and the handler's own write guards read it.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import { memoryAccessPolicy } from '../adapters/memory/permissions.ts';
import { auth0Capabilities, scalekitCapabilities } from '../core/capabilities.ts';
import { createTeamkitHandler } from './create-teamkit-handler.ts';
import { createMemoryDefinitionsStore, type DefinitionsStore } from './definitions-store.ts';

const acme = memoryIds.organization;

function serve(
  store: DefinitionsStore | undefined,
  caller: string = memoryIds.admin,
  adapter = createMemoryAdapter({ seed: 4, memberCount: 10, capabilities: scalekitCapabilities }),
) {
  const handler = createTeamkitHandler({
    adapter,
    getSession: () => ({ userId: caller, organizationId: acme }),
    policy: memoryAccessPolicy,
    ...(store ? { definitionsStore: store } : {}),
  });
  return async (method: string, path: string, body?: unknown) => {
    const response = await handler(
      new Request(`http://teamkit.test${path}`, {
        method,
        headers: { 'x-teamkit-request': '1', 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}

const keysOf = (list: unknown) => (list as { key: string }[]).map((definition) => definition.key);

describe('definition management in the handler', () => {
  it('without a store, over a backend that cannot, declares nothing and answers not_supported', async () => {
    const call = serve(undefined);
    const capabilities = await call('GET', '/capabilities');
    expect((capabilities.body.capabilities as { manageDefinitions: boolean }).manageDefinitions).toBe(false);
    const refused = await call('POST', `/organizations/${acme}/attribute-definitions`, {
      key: 'desk_number',
      label: 'Desk number',
      type: 'text',
    });
    expect(refused).toMatchObject({ status: 501, body: { code: 'not_supported' } });
  });

  it('over a store, declares it, starts from the backend’s list and serves its changes', async () => {
    const store = createMemoryDefinitionsStore();
    const call = serve(store);
    const capabilities = await call('GET', '/capabilities');
    expect((capabilities.body.capabilities as { manageDefinitions: boolean }).manageDefinitions).toBe(true);
    const before = keysOf((await call('GET', '/attribute-definitions')).body);
    expect(await store.read()).toBeNull();

    const created = await call('POST', `/organizations/${acme}/attribute-definitions`, {
      key: 'desk_number',
      label: 'Desk number',
      type: 'text',
    });
    expect(created).toMatchObject({ status: 201, body: { key: 'desk_number', enabled: true } });
    expect(keysOf((await call('GET', '/attribute-definitions')).body)).toEqual([...before, 'desk_number']);
    expect(keysOf(await store.read())).toEqual([...before, 'desk_number']);

    await call('PATCH', `/organizations/${acme}/attribute-definitions/desk_number`, { enabled: false });
    expect(keysOf((await call('GET', '/attribute-definitions')).body)).not.toContain('desk_number');
    const managed = await call('GET', `/organizations/${acme}/attribute-definitions`);
    expect((managed.body as unknown as { key: string; enabled: boolean }[]).at(-1)).toMatchObject({
      key: 'desk_number',
      enabled: false,
    });
  });

  it('answers bad input with core’s field messages and a taken key with conflict, storing nothing', async () => {
    const store = createMemoryDefinitionsStore();
    const call = serve(store);
    const bad = await call('POST', `/organizations/${acme}/attribute-definitions`, {
      key: '1 desk',
      label: 'Desk number',
      type: 'text',
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { fieldErrors: { key: 'Start the key with a letter.' } },
    });
    const taken = await call('POST', `/organizations/${acme}/attribute-definitions`, {
      key: 'BIO',
      label: 'Biography',
      type: 'text',
    });
    expect(taken).toMatchObject({ status: 409, body: { code: 'conflict' } });
    const unknownField = await call('POST', `/organizations/${acme}/attribute-definitions`, {
      key: 'desk',
      label: 'Desk',
      type: 'text',
      colour: 'red',
    });
    expect(unknownField.status).toBe(400);
    expect(await store.read()).toBeNull();
  });

  it('guards profile writes with the store’s definitions: an admin-only field is refused to its owner', async () => {
    const store = createMemoryDefinitionsStore();
    await serve(store)('POST', `/organizations/${acme}/attribute-definitions`, {
      key: 'badge_code',
      label: 'Badge code',
      type: 'text',
      write: 'admin',
    });
    const asMember = serve(store, memoryIds.member);
    const refused = await asMember('PATCH', `/users/${memoryIds.member}`, {
      patch: { customAttributes: { badge_code: 'B-1' } },
    });
    expect(refused).toMatchObject({ status: 403, body: { fieldErrors: { badge_code: expect.any(String) } } });
  });

  it('declares a stored attribute the backend does not define, and refuses its values before calling it', async () => {
    const store = createMemoryDefinitionsStore();
    const backend = createMemoryAdapter({ seed: 4, memberCount: 10, capabilities: scalekitCapabilities });
    const call = serve(store, memoryIds.member, backend);
    await serve(store, memoryIds.admin, backend)('POST', `/organizations/${acme}/attribute-definitions`, {
      key: 'desk_number',
      label: 'Desk number',
      type: 'text',
    });
    const managed = await serve(
      store,
      memoryIds.admin,
      backend,
    )('GET', `/organizations/${acme}/attribute-definitions`);
    const desk = (managed.body as unknown as { key: string; notInBackend?: unknown }[]).find(
      (definition) => definition.key === 'desk_number',
    );
    expect(desk?.notInBackend).toEqual({ platform: 'the memory backend' });
    const served = (await call('GET', '/attribute-definitions')).body as unknown as {
      key: string;
      policy: { write: string; readOnlyReason?: string };
    }[];
    expect(served.find((definition) => definition.key === 'desk_number')?.policy).toMatchObject({
      write: 'none',
      readOnlyReason: expect.stringContaining('create this field in the memory backend'),
    });

    const writes = () => backend.calls.filter((entry) => entry.method === 'updateUser').length;
    const refused = await call('PATCH', `/users/${memoryIds.member}`, {
      patch: { customAttributes: { desk_number: 'B-12' } },
    });
    expect(refused).toMatchObject({
      status: 403,
      body: { fieldErrors: { desk_number: expect.stringContaining('Not available yet') } },
    });
    expect(writes()).toBe(0);
  });

  it('over a backend that stores undeclared attributes (configured as Auth0), locks nothing and keeps the value', async () => {
    const store = createMemoryDefinitionsStore();
    const backend = createMemoryAdapter({ seed: 4, memberCount: 10, capabilities: auth0Capabilities });
    const asAdmin = serve(store, memoryIds.admin, backend);
    const capabilities = (await asAdmin('GET', '/capabilities')).body.capabilities;
    expect(capabilities).toMatchObject({ storesUndeclaredCustomAttributes: true });
    const created = await asAdmin('POST', `/organizations/${acme}/attribute-definitions`, {
      key: 'desk_number',
      label: 'Desk number',
      type: 'text',
    });
    expect(created.body).not.toHaveProperty('notInBackend');

    const asMember = serve(store, memoryIds.member, backend);
    const served = (await asMember('GET', '/attribute-definitions')).body as unknown as {
      key: string;
      policy: { write: string };
    }[];
    expect(served.find((definition) => definition.key === 'desk_number')?.policy.write).toBe('user');
    const saved = await asMember('PATCH', `/users/${memoryIds.member}`, {
      patch: { customAttributes: { desk_number: 'B-12' } },
    });
    expect(saved).toMatchObject({
      status: 200,
      body: { profile: { customAttributes: { desk_number: 'B-12' } } },
    });
    const read = await asMember('GET', `/users/${memoryIds.member}`);
    expect(read.body).toMatchObject({ profile: { customAttributes: { desk_number: 'B-12' } } });
  });
});
