// An optimistic role change over the wire: the row shows the new role at once, and when the write
// fails it goes back and says so; the write is sent once, and only the person's retry sends it again.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { memoryIds } from '../../src/adapters/memory/index.ts';
import { MembersTable } from '../../src/components/MembersTable/MembersTable.tsx';
import '../../src/styles/index.css';
import type { FaultScenario } from '../support/fault-scenario.ts';
import type { Fault } from '../support/fault-types.ts';
import { renderOverHttp } from './render-over-http.tsx';

let scenario: FaultScenario | undefined;
afterEach(async () => {
  cleanup();
  await scenario?.close();
  scenario = undefined;
});

const rowOf = (name: RegExp) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
const failureMessage = '[data-part="action-failure-message"]';
const write = { method: 'PATCH', path: `/members/${memoryIds.member}` };

const faults: Fault[] = [
  { kind: 'status', status: 503 },
  { kind: 'html', status: 502 },
  { kind: 'rate-limit', retryAfterSeconds: 1 },
];

describe('a role change over HTTP, through faults', { timeout: 60_000 }, () => {
  for (const fault of faults) {
    it(`${fault.kind}: rolls back, says so, sends once, and the retry lands`, async () => {
      const rendered = await renderOverHttp(<MembersTable />, {
        capabilities: { memberships: { multipleRoles: false } },
      });
      scenario = rendered.scenario;
      await screen.findAllByRole('rowheader', {}, { timeout: 10_000 });
      await userEvent.fill(screen.getByRole('searchbox', { name: 'Search members' }), 'Jonas');
      await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(1));
      await rendered.scenario.fail(fault, write);

      await userEvent.click(screen.getByRole('button', { name: 'Actions for Jonas Müller' }));
      const menu = await screen.findByRole('menu');
      await userEvent.click(within(menu).getByRole('menuitemradio', { name: 'Admin' }));

      const notice = await screen.findByText(/^The role of Jonas Müller was not changed\./, {
        selector: failureMessage,
      });
      expect(within(rowOf(/Jonas Müller/)).getByText('Member')).toBeVisible();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await rendered.scenario.requests(write.method, write.path)).toHaveLength(1);

      await userEvent.click(
        within(notice.closest('li') as HTMLElement).getByRole('button', { name: 'Try again' }),
      );
      await waitFor(() => expect(within(rowOf(/Jonas Müller/)).getByText('Admin')).toBeVisible());
      expect(await rendered.scenario.requests(write.method, write.path)).toHaveLength(2);
      const state = await rendered.scenario.state();
      const membership = state.memberships.find(
        (entry) => entry.userId === memoryIds.member && entry.organizationId === memoryIds.organization,
      );
      expect(membership?.roles).toEqual(['admin']);
    });
  }
});
