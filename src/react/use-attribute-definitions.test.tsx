import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderTeamkitHook } from '../../test/support/render-teamkit-hook.tsx';
import { useAttributeDefinitions } from './use-attribute-definitions.ts';

const malformed = [
  { key: 'department', label: 'Department', type: 'text', policy: { write: 'user', source: 'user' } },
  { key: 'shoe_size', label: 'Shoe size', type: 'hologram', policy: { write: 'user', source: 'user' } },
  { label: 'No key at all', type: 'text' },
];

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('useAttributeDefinitions', () => {
  it('given the seeded definitions, returns them sanitized, with the same object on every render', async () => {
    const { result, rerender } = renderTeamkitHook(() => useAttributeDefinitions());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const first = result.current.data;
    expect(first?.definitions.length).toBeGreaterThan(0);
    expect(first?.definitions.find((definition) => definition.key === 'email')?.policy.write).toBe('none');
    rerender();
    expect(result.current.data).toBe(first);
  });

  it('given two components, both get the same sanitized object from one request', async () => {
    const { result, adapter } = renderTeamkitHook(
      () => [useAttributeDefinitions(), useAttributeDefinitions()] as const,
    );
    await waitFor(() => expect(result.current[1].isSuccess).toBe(true));
    expect(result.current[0].data).toBe(result.current[1].data);
    expect(adapter.calls.filter((call) => call.method === 'listAttributeDefinitions')).toHaveLength(1);
  });

  it('given malformed definitions, degrades or drops them and warns once in development, listing the problems', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { result, rerender } = renderTeamkitHook(
      () => [useAttributeDefinitions(), useAttributeDefinitions()] as const,
      {
        adapterOptions: { definitions: malformed },
      },
    );
    await waitFor(() => expect(result.current[0].isSuccess).toBe(true));
    rerender();
    const sanitized = result.current[0].data;
    expect(sanitized?.definitions.map((definition) => definition.key)).toEqual(['department', 'shoe_size']);
    expect(sanitized?.problems.map((problem) => problem.outcome)).toEqual(['degraded', 'dropped']);
    // The warning's module loads on demand: wait for it to speak, then let any second call arrive.
    await waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    await import('./dev-warnings.ts');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('shoe_size');
    expect(warn.mock.calls[0]?.[0]).toContain('#2');
  });

  it('given a production build, does not warn', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { result } = renderTeamkitHook(() => useAttributeDefinitions(), {
      adapterOptions: { definitions: malformed },
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.problems).toHaveLength(2);
    // The warning module loads on demand: once it is loaded, the hook's own import has settled too.
    await import('./dev-warnings.ts');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).not.toHaveBeenCalled();
  });
});
