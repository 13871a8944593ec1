/*
 * What the OrganizationSettings browser tests share: rendering the settings, the controls they drive, the
 * writes the backend received, and a seed with many metadata pairs.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { type MemoryAdapter, type MemoryData, memoryIds } from '../../adapters/memory/index.ts';
import '../../styles/index.css';
import { OrganizationSettings } from './OrganizationSettings.tsx';

/** The patches (and options) the backend received for the organization, in call order. */
export function organizationUpdates(adapter: MemoryAdapter) {
  return adapter.calls
    .filter((call) => call.method === 'updateOrganization')
    .map((call) => ({ patch: call.args[1], options: call.args[2] }));
}

/** Gives Acme `count` metadata pairs (`key_00`, `key_01` …) before the adapter starts. */
export function withPairs(count: number) {
  return (data: MemoryData) => {
    const acme = data.organizations[memoryIds.organization];
    if (!acme) throw new Error('Acme is missing from the seed');
    acme.metadata = Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        `key_${String(index).padStart(2, '0')}`,
        `value ${index}`,
      ]),
    );
  };
}

// Browser mode has no test globals, so RTL cannot unmount by itself between tests.
afterEach(cleanup);

/** Renders the settings and waits until they have loaded. */
export async function renderSettings(options: Parameters<typeof renderWithTeamkit>[1] = {}) {
  const rendered = renderWithTeamkit(<OrganizationSettings />, options);
  await screen.findByRole('heading', { name: 'Organization settings' });
  return rendered;
}

/** The settings form and the controls the tests drive. */
export const form = () => screen.getByRole('form', { name: 'Organization settings' });
export const displayNameInput = () =>
  screen.getByRole('textbox', { name: 'Display name' }) as HTMLInputElement;
export const externalIdInput = () => screen.getByRole('textbox', { name: /External ID/ }) as HTMLInputElement;
export const saveButton = () => screen.getByRole('button', { name: 'Save' });

/**
 * Presses a button from the keyboard. Buttons the kit marks `aria-disabled` stay focusable (so focus is
 * not lost and the reason can be read), and Playwright's click refuses them; a keyboard user can press them.
 */
export async function press(button: HTMLElement) {
  button.focus();
  await userEvent.keyboard('{Enter}');
}
export const addButton = () => screen.getByRole('button', { name: 'Add pair' });
