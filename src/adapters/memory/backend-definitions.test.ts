import { describe, expect, it } from 'vitest';
import { scalekitCapabilities } from '../../core/capabilities.ts';
import { createMemoryAdapter } from './create-memory-adapter.ts';
import { memoryIds } from './memory-ids.ts';

describe('the memory adapter’s definition management', () => {
  it('refuses a member who is not an administrator, and changes nothing', async () => {
    const adapter = createMemoryAdapter({ viewer: 'member' });
    const before = adapter.snapshot().definitions;
    await expect(
      adapter.createAttributeDefinition(memoryIds.organization, { key: 'desk', label: 'Desk', type: 'text' }),
    ).rejects.toMatchObject({ code: 'permission_denied' });
    await expect(adapter.listManagedAttributeDefinitions(memoryIds.organization)).rejects.toMatchObject({
      code: 'permission_denied',
    });
    expect(adapter.snapshot().definitions).toEqual(before);
  });

  it('answers not_supported where the configuration does not declare it, saying where fields are managed', async () => {
    const adapter = createMemoryAdapter({ capabilities: scalekitCapabilities });
    const error = await adapter
      .updateAttributeDefinition(memoryIds.organization, 'bio', { label: 'About' })
      .catch((reason: unknown) => reason as Error & { code: string });
    expect(error).toMatchObject({ code: 'not_supported' });
    expect((error as Error).message).toMatch(/identity platform/);
  });

  it('keeps a change across a reload when persisting', async () => {
    localStorage.removeItem('definitions-test');
    const persist = { key: 'definitions-test' };
    const first = createMemoryAdapter({ persist });
    await first.createAttributeDefinition(memoryIds.organization, {
      key: 'desk',
      label: 'Desk',
      type: 'text',
    });
    const second = createMemoryAdapter({ persist });
    const keys = (await second.listAttributeDefinitions()).map((definition) => definition.key);
    expect(keys).toContain('desk');
    localStorage.removeItem('definitions-test');
  });
});
