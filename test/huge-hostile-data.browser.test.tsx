/**
 * Huge data from a backend, in real Chromium: 5,000 metadata keys, a 1 MB value and 2,000 attribute
 * definitions are cut short with a message on screen, nothing crashes, and what was left out is kept
 * as stored (never sent back). How long the page takes with them is measured by the bench
 * (bench/huge-data.mjs), not asserted here.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { memoryIds } from '../src/adapters/memory/index.ts';
import type { MemoryData } from '../src/adapters/memory/memory-data.ts';
import { MemberDetails } from '../src/components/MemberDetails/MemberDetails.tsx';
import { OrganizationSettings } from '../src/components/OrganizationSettings/OrganizationSettings.tsx';
import { ProfileEditor } from '../src/components/ProfileEditor/ProfileEditor.tsx';
import '../src/styles/index.css';
import { renderWithTeamkit } from './support/teamkit-test-utils.tsx';

afterEach(cleanup);

const megabyte = 'x'.repeat(1024 * 1024);

/** 5,000 keys, the first of them (in key order) holding a 1 MB string. */
function hugeBag(): Record<string, string> {
  const bag: Record<string, string> = { aaa_huge: megabyte };
  for (let index = 1; index < 5000; index += 1)
    bag[`key_${String(index).padStart(4, '0')}`] = `value ${index}`;
  return bag;
}

describe('given huge data from the backend', { timeout: 90_000 }, () => {
  it('organization settings show the first 200 of 5,000 pairs and the 1 MB value shortened, read-only', async () => {
    const { container, adapter } = renderWithTeamkit(<OrganizationSettings />, {
      prepare: (data: MemoryData) => {
        const organization = data.organizations[memoryIds.organization];
        if (organization)
          data.organizations[memoryIds.organization] = { ...organization, metadata: hugeBag() };
      },
    });
    expect(
      await screen.findByText('Showing the first 200 of 5,000 pairs. The others are kept as stored.'),
    ).toBeVisible();
    expect(container.querySelectorAll('[data-part="rows"] > [data-part="row"]')).toHaveLength(200);
    const huge = container.querySelector<HTMLElement>('[data-part="row"][data-readonly]') as HTMLElement;
    expect(within(huge).getByText('aaa_huge')).toBeVisible();
    expect(
      within(huge).getByText('Shortened here: 1,048,576 characters in all, kept as stored.'),
    ).toBeVisible();
    expect(huge.querySelector('[data-part="json-value"]')?.textContent).toHaveLength(1001);
    expect(huge.querySelector('input, textarea')).toBeNull();
    // Nothing here was edited: no save was attempted, and the stored bag is whole.
    expect(adapter.calls.some((call) => call.method === 'updateOrganization')).toBe(false);
    expect(Object.keys((await adapter.getOrganization(memoryIds.organization)).metadata)).toHaveLength(5000);
  });

  it('member details cut the same bag short, and the raw record too, without crashing', async () => {
    const { container } = renderWithTeamkit(<MemberDetails userId={memoryIds.member} />, {
      prepare: (data: MemoryData) => {
        const user = data.users[memoryIds.member];
        if (user) data.users[memoryIds.member] = { ...user, userMetadata: hugeBag(), appMetadata: hugeBag() };
      },
    });
    await waitFor(() =>
      expect(
        screen.getAllByText('Showing the first 200 of 5,000 pairs. The others are kept as stored.').length,
      ).toBeGreaterThanOrEqual(2),
    );
    await userEvent.click(screen.getByText('Raw JSON', { selector: 'summary' }));
    const raw = container.querySelector('[data-part="raw-json"]') as HTMLElement;
    expect(within(raw).getByText(/^Shortened here: [\d,]+ characters in all/)).toBeVisible();
    expect(raw.querySelector('code')?.textContent?.length).toBe(100_001);
  });

  it('the profile editor renders the first 500 of 2,000 definitions and says some fields are not shown', async () => {
    const definitions = Array.from({ length: 2000 }, (_, index) => ({
      key: `field_${index}`,
      scope: 'custom',
      label: `Field ${index}`,
      type: 'text',
      required: false,
      policy: { write: 'user', source: 'user' },
    }));
    const { container } = renderWithTeamkit(<ProfileEditor />, {
      prepare: (data: MemoryData) => {
        data.definitions = definitions;
      },
    });
    expect(await screen.findByText('Some profile fields could not be shown.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: /^Field 499\b/ })).toBeVisible();
    expect(screen.queryByRole('textbox', { name: /^Field 500\b/ })).toBeNull();
    expect(container.querySelectorAll('[data-part="input"]').length).toBeLessThanOrEqual(500);
  });
});
