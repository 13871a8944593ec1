import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, memoryIds } from '../../src/adapters/memory/index.ts';
import { useTeamkit } from '../../src/react/use-teamkit.ts';
import { expectNoAxeViolations, renderWithTeamkit } from './teamkit-test-utils.tsx';

function ContextProbe() {
  const { organizationId, dir, locale } = useTeamkit();
  return (
    <p>
      {organizationId} {dir} {locale}
    </p>
  );
}

describe('renderWithTeamkit', () => {
  it('given no options, renders inside a provider for Acme over a fresh memory adapter', async () => {
    const { adapter, queryClient } = renderWithTeamkit(<ContextProbe />);
    expect(screen.getByText(`${memoryIds.organization} ltr en`)).toBeInTheDocument();
    expect((await adapter.getViewer(memoryIds.organization)).userId).toBe(memoryIds.admin);
    expect(queryClient.getDefaultOptions().queries?.retry).toBe(false);
  });

  it('given a locale and adapter options, passes both on', async () => {
    const { adapter } = renderWithTeamkit(<ContextProbe />, { locale: 'ar', viewer: 'member' });
    expect(screen.getByText(`${memoryIds.organization} rtl ar`)).toBeInTheDocument();
    expect((await adapter.getViewer(memoryIds.organization)).userId).toBe(memoryIds.member);
  });

  it('given an adapter built beforehand, uses it', () => {
    const adapter = createMemoryAdapter({ memberCount: 12 });
    expect(renderWithTeamkit(<ContextProbe />, { adapter }).adapter).toBe(adapter);
  });
});

describe('expectNoAxeViolations', () => {
  it('given accessible markup, passes', async () => {
    const { container } = renderWithTeamkit(
      <form>
        <label htmlFor="name">Name</label>
        <input id="name" />
        <button type="submit">Save</button>
      </form>,
    );
    await expectNoAxeViolations(container);
  });

  it('given an unlabelled input, fails naming the rule', async () => {
    const { container } = renderWithTeamkit(<input />);
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/label/);
  });
});
