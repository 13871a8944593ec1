import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createTestQueryClient, renderTeamkitHook } from '../../test/support/render-teamkit-hook.tsx';
import { createMemoryAdapter, memoryIds, seededRoles } from '../adapters/memory/index.ts';
import { TeamkitProvider } from './TeamkitProvider.tsx';
import { useMember } from './use-member.ts';
import { useRoles } from './use-roles.ts';

describe('useRoles', () => {
  it('given the seeded organization, returns its roles from one request', async () => {
    const { result, adapter } = renderTeamkitHook(() => [useRoles(), useRoles()] as const);
    await waitFor(() => expect(result.current[0].isSuccess).toBe(true));
    expect(result.current[0].data).toEqual(seededRoles());
    expect(adapter.calls).toEqual([{ method: 'listRoles', args: [memoryIds.organization] }]);
  });
});

describe('useMember', () => {
  it('given a member ID, returns the member with the actions the viewer may take', async () => {
    const { result } = renderTeamkitHook(() => useMember(memoryIds.directoryMember));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.provisioning).toBe('scim');
    expect(result.current.data?.actions.remove).toEqual({ allowed: false, reason: 'managed_by_directory' });
  });

  it('given an empty ID, stays idle', () => {
    const { result, adapter } = renderTeamkitHook(() => useMember(''));
    expect(result.current.fetchStatus).toBe('idle');
    expect(adapter.calls).toEqual([]);
  });

  it('given an unknown ID, fails with not_found', async () => {
    const { result } = renderTeamkitHook(() => useMember('usr_nobody'));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('not_found');
  });
});

describe('useRoles, localized', () => {
  it("gives each role the host's words in the provider's locale, from the same single request", async () => {
    const adapter = createMemoryAdapter();
    const queryClient = createTestQueryClient();
    const roleTexts = {
      admin: { displayName: { en: 'Admin', ar: 'مسؤول' }, description: { ar: 'يدير الأعضاء.' } },
    };
    const wrapper = ({ children, locale }: { children: ReactNode; locale: string }) => (
      <TeamkitProvider
        adapter={adapter}
        organizationId={memoryIds.organization}
        queryClient={queryClient}
        locale={locale}
        roleTexts={roleTexts}
      >
        {children}
      </TeamkitProvider>
    );
    const { result, rerender } = renderHook(() => useRoles(), {
      wrapper: ({ children }) => wrapper({ children, locale: 'ar' }),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const admin = result.current.data?.find((role) => role.name === 'admin');
    expect(admin).toMatchObject({ name: 'admin', displayName: 'مسؤول', description: 'يدير الأعضاء.' });
    // A role the host gave no words for keeps the backend's.
    expect(result.current.data?.find((role) => role.name === 'member')?.displayName).toBe('Member');
    rerender();
    expect(adapter.calls.filter((call) => call.method === 'listRoles')).toHaveLength(1);
  });
});
