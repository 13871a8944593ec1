// A provider given neither `organizationId` nor `defaultOrganizationId`: what a host meets (every
// organization-scoped read fails), the one development warning that names the cause, none in a
// production build, and the way out (a switch sets the organization).
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestQueryClient } from '../../test/support/render-teamkit-hook.tsx';
import { createMemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import { TeamkitProvider, type TeamkitProviderProps } from './TeamkitProvider.tsx';
import { useTeamkit } from './use-teamkit.ts';
import { useViewer } from './use-viewer.ts';

type Scope = Pick<TeamkitProviderProps, 'organizationId' | 'defaultOrganizationId'>;

function renderInProvider(scope: Scope) {
  const adapter = createMemoryAdapter();
  const queryClient = createTestQueryClient();
  return renderHook(() => ({ viewer: useViewer(), teamkit: useTeamkit() }), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <TeamkitProvider adapter={adapter} queryClient={queryClient} {...scope}>
        {children}
      </TeamkitProvider>
    ),
  });
}

const noOrganizationWarnings = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter((call) => String(call[0]).includes('TeamkitProvider has no organization'));

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

// In this order: the warning is given once per page, so the cases that must not warn come first.
describe('TeamkitProvider without an organization', () => {
  it('does not warn when given organizationId or defaultOrganizationId', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const scope of [
      { organizationId: memoryIds.organization },
      { defaultOrganizationId: memoryIds.organization },
    ]) {
      const { result, unmount } = renderInProvider(scope);
      await waitFor(() => expect(result.current.viewer.isSuccess).toBe(true));
      unmount();
    }
    expect(noOrganizationWarnings(warn)).toEqual([]);
  });

  it('does not warn in a production build', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { result } = renderInProvider({});
    await waitFor(() => expect(result.current.viewer.isError).toBe(true));
    // Once the on-demand warning module is loaded, the provider's own import of it has settled too.
    await import('./dev-warnings.ts');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(noOrganizationWarnings(warn)).toEqual([]);
  });

  it('fails every organization-scoped read, and says why once in development, naming both props', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = renderInProvider({});
    // What a host meets without the warning: the organization '' does not exist.
    await waitFor(() => expect(first.result.current.viewer.isError).toBe(true));
    expect(first.result.current.viewer.error?.code).toBe('not_found');
    expect(first.result.current.teamkit.organizationId).toBe('');
    await waitFor(() => expect(noOrganizationWarnings(warn)).toHaveLength(1));
    first.rerender();
    renderInProvider({ organizationId: '' });
    // The warning module loads on demand: once it is loaded, a second warning would have arrived.
    await import('./dev-warnings.ts');
    await new Promise((resolve) => setTimeout(resolve, 0));

    const warnings = noOrganizationWarnings(warn);
    expect(warnings).toHaveLength(1);
    const [message] = warnings[0] as [string];
    expect(message).toContain('`organizationId`');
    expect(message).toContain('`defaultOrganizationId`');
    expect(message).toContain('OrganizationSwitcher');
  });

  it('reads the organization once the person switches to one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { result } = renderInProvider({});
    act(() => result.current.teamkit.switchOrganization(memoryIds.organization));
    await waitFor(() => expect(result.current.viewer.isSuccess).toBe(true));
    expect(result.current.viewer.data?.organizationId).toBe(memoryIds.organization);
  });
});
