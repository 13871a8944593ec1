// Every component's reads over the wire: passing faults (an outage, a proxy's page, a body that is
// not JSON or cut short, a dropped connection, a 429) are retried with backoff and never reach the
// person; a failure that lasts is shown with a retry, which then loads.
import { cleanup, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { InviteMemberDialog } from '../../src/components/InviteMemberDialog/InviteMemberDialog.tsx';
import { MembersTable } from '../../src/components/MembersTable/MembersTable.tsx';
import { OrganizationSettings } from '../../src/components/OrganizationSettings/OrganizationSettings.tsx';
import { ProfileEditor } from '../../src/components/ProfileEditor/ProfileEditor.tsx';
import '../../src/styles/index.css';
import type { FaultScenario } from '../support/fault-scenario.ts';
import type { Fault } from '../support/fault-types.ts';
import { OrganizationMetadata } from './organization-metadata.tsx';
import { renderOverHttp } from './render-over-http.tsx';

let scenario: FaultScenario | undefined;
afterEach(async () => {
  cleanup();
  await scenario?.close();
  scenario = undefined;
});

/** One fault of each kind a read may meet, in turn. */
const readFaults: Fault[] = [
  { kind: 'status', status: 503 },
  { kind: 'html', status: 502 },
  { kind: 'not-json' },
  { kind: 'truncated' },
  { kind: 'drop' },
  { kind: 'status', status: 500 },
  { kind: 'rate-limit', retryAfterSeconds: 0 },
];

interface Case {
  name: string;
  ui: ReactElement;
  /** Something on screen once the component has loaded. */
  loaded: () => Promise<unknown>;
  /** Opens the component where it reads only on demand. */
  open?: () => Promise<void>;
}

const cases: Case[] = [
  {
    name: 'ProfileEditor',
    ui: <ProfileEditor />,
    loaded: () => screen.findByRole('button', { name: 'Save changes' }, { timeout: 10_000 }),
  },
  {
    name: 'MembersTable',
    ui: <MembersTable />,
    loaded: () => screen.findByText('jonas.muller@acme.example', {}, { timeout: 10_000 }),
  },
  {
    name: 'OrganizationSettings',
    ui: <OrganizationSettings />,
    loaded: () => screen.findByDisplayValue('Acme Corporation', {}, { timeout: 10_000 }),
  },
  {
    name: 'MetadataEditor',
    ui: <OrganizationMetadata />,
    loaded: () => screen.findByRole('group', { name: 'Organization metadata' }, { timeout: 10_000 }),
  },
  {
    name: 'InviteMemberDialog',
    ui: <InviteMemberDialog />,
    open: async () => {
      await userEvent.click(await screen.findByRole('button', { name: 'Invite teammate' }));
    },
    loaded: () => screen.findByRole('combobox', { name: /Role/ }, { timeout: 10_000 }),
  },
];

describe('reads over HTTP, through faults', { timeout: 60_000 }, () => {
  for (const { name, ui, loaded, open } of cases) {
    it(`${name}: passing faults are retried out of sight`, async () => {
      const rendered = await renderOverHttp(ui, {
        before: async (current) => {
          // Fewer faults than the adapter's attempts at one read.
          await current.fail({ kind: 'status', status: 503 }, { method: 'GET', times: 1 });
          await current.fail({ kind: 'html', status: 502 }, { method: 'GET', times: 1 });
        },
      });
      scenario = rendered.scenario;
      await open?.();
      await loaded();
      expect(document.querySelector('[data-part="error-notice"]')).toBeNull();
      const faulted = (await rendered.scenario.log()).filter((entry) => entry.fault !== null);
      expect(faulted.length).toBeGreaterThan(0);
    });

    it(`${name}: a lasting failure is shown with a retry, which loads`, async () => {
      const rendered = await renderOverHttp(ui, {
        before: async (current) => {
          for (const fault of readFaults) await current.fail(fault, { method: 'GET', times: 200 });
        },
      });
      scenario = rendered.scenario;
      await open?.();
      const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 20_000 });
      const attempts = (await rendered.scenario.requests('GET')).length;
      // Each read was sent more than once before the person was told.
      expect(attempts).toBeGreaterThan(1);
      await rendered.scenario.clearFaults();
      await userEvent.click(retry);
      await loaded();
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull());
    });
  }
});
