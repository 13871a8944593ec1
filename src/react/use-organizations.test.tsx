import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import { TeamkitProvider } from './TeamkitProvider.tsx';
import { useAcceptInvitation } from './use-accept-invitation.ts';
import { useMembers } from './use-members.ts';
import { useOrganizations } from './use-organizations.ts';

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

function useSwitcherHooks() {
  return { organizations: useOrganizations(), members: useMembers(), accept: useAcceptInvitation() };
}

describe('useOrganizations under a provider that owns the organization (defaultOrganizationId)', () => {
  it('lists the organizations with roles and the invitation, and a switch moves every hook without the previous rows', async () => {
    const adapter = createMemoryAdapter({ latency: 20 });
    const onOrganizationChange = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TeamkitProvider
        adapter={adapter}
        defaultOrganizationId={memoryIds.organization}
        onOrganizationChange={onOrganizationChange}
        queryClient={client()}
      >
        {children}
      </TeamkitProvider>
    );
    const { result } = renderHook(useSwitcherHooks, { wrapper });
    await waitFor(() => expect(result.current.organizations.organizations).toHaveLength(2));
    await waitFor(() => expect(result.current.members.members.length).toBeGreaterThan(10));
    expect(result.current.organizations.invitations.map((o) => o.displayName)).toEqual(['Umbrella Labs']);
    expect(result.current.organizations.currentOrganizationId).toBe(memoryIds.organization);

    act(() => result.current.organizations.switchOrganization(memoryIds.memberOrganization));
    // The very render after the switch: the new organization, and none of Acme's rows.
    expect(result.current.organizations.currentOrganizationId).toBe(memoryIds.memberOrganization);
    expect(result.current.members.members).toEqual([]);
    expect(result.current.members.isLoading).toBe(true);
    expect(onOrganizationChange).toHaveBeenCalledWith(memoryIds.memberOrganization);
    await waitFor(() => expect(result.current.members.members).toHaveLength(3));
  });

  it('accepts an invitation and lists the organization as a membership', async () => {
    const adapter = createMemoryAdapter();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TeamkitProvider
        adapter={adapter}
        defaultOrganizationId={memoryIds.organization}
        queryClient={client()}
      >
        {children}
      </TeamkitProvider>
    );
    const { result } = renderHook(useSwitcherHooks, { wrapper });
    await waitFor(() => expect(result.current.organizations.invitations).toHaveLength(1));
    const invitation = result.current.organizations.invitations[0];
    await act(() =>
      result.current.accept.mutateAsync({
        organizationId: invitation?.id ?? '',
        invitationId: invitation?.invitationId ?? '',
      }),
    );
    await waitFor(() => expect(result.current.organizations.organizations).toHaveLength(3));
    expect(result.current.organizations.invitations).toEqual([]);
  });
});

describe('useOrganizations under a provider the host controls (organizationId)', () => {
  it('only asks the host: the organization stays until the host changes it', async () => {
    const adapter = createMemoryAdapter();
    const onOrganizationChange = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TeamkitProvider
        adapter={adapter}
        organizationId={memoryIds.organization}
        onOrganizationChange={onOrganizationChange}
        queryClient={client()}
      >
        {children}
      </TeamkitProvider>
    );
    const { result } = renderHook(() => useOrganizations(), { wrapper });
    act(() => result.current.switchOrganization(memoryIds.memberOrganization));
    expect(onOrganizationChange).toHaveBeenCalledWith(memoryIds.memberOrganization);
    expect(result.current.currentOrganizationId).toBe(memoryIds.organization);
  });

  it('says it is not supported, and fetches nothing, where the backend does not list organizations', async () => {
    const adapter = createMemoryAdapter({ capabilities: { viewerOrganizations: { list: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TeamkitProvider adapter={adapter} organizationId={memoryIds.organization} queryClient={client()}>
        {children}
      </TeamkitProvider>
    );
    const { result } = renderHook(() => useOrganizations(), { wrapper });
    expect(result.current.isSupported).toBe(false);
    expect(adapter.calls.some((call) => call.method === 'listViewerOrganizations')).toBe(false);
  });
});
