// OrganizationSwitcher's words come from the provider's catalogue (its `switcher` area): the language
// the host passes, the host's overrides over it, the `text` prop over both; counts by the language's
// plural rules, role lists by its list format, announcements in it too.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createTestQueryClient } from '../../../test/support/render-teamkit-hook.tsx';
import { renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { createMemoryAdapter, memoryIds } from '../../adapters/memory/index.ts';
import { ar } from '../../i18n/ar/index.ts';
import { de } from '../../i18n/de/index.ts';
import { en } from '../../i18n/en/index.ts';
import { es } from '../../i18n/es/index.ts';
import { TeamkitProvider } from '../../react/TeamkitProvider.tsx';
import '../../styles/index.css';
import '../../styles/organization-switcher.css';
import { OrganizationSwitcher } from './OrganizationSwitcher.tsx';
import { englishSwitcherText } from './switcher-text.ts';

afterEach(cleanup);

/** The live regions' text, where the switcher's announcements go. */
const announced = () => document.querySelector('[data-part="live-regions"]')?.textContent ?? '';

async function openList() {
  await waitFor(() =>
    expect(document.querySelector('[data-part="list"]')).toHaveAttribute('data-state', 'ready'),
  );
  return screen.getByRole('listbox');
}

describe('OrganizationSwitcher’s words', () => {
  it('are the catalogue’s English area by default', async () => {
    expect(englishSwitcherText).toBe(en.switcher);
    renderWithTeamkit(<OrganizationSwitcher defaultOpen />);
    const list = await openList();
    expect(list).toHaveAccessibleName(en.switcher.list);
    expect(screen.getByText('2 organizations')).toBeVisible();
  });

  it('come from a Spanish catalogue, announcements and counts included', async () => {
    renderWithTeamkit(<OrganizationSwitcher defaultOpen />, { messages: es, locale: 'es' });
    const list = await openList();
    expect(list).toHaveAccessibleName('Tus organizaciones');
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Cambiar de organización');
    expect(screen.getByRole('combobox')).toHaveAccessibleName('Buscar una organización');
    expect(screen.getByText('2 organizaciones')).toBeVisible();
    expect(within(list).getByText('Actual')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Invitaciones' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Aceptar la invitación a Umbrella Labs' })).toHaveTextContent(
      'Aceptar',
    );
    // Initech's roles (member, billing manager) listed the Spanish way.
    expect(within(list).getAllByRole('option')[1]).toHaveTextContent(/ y /);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(announced()).toContain('Ahora en Initech.'));
  });

  it('come from an Arabic catalogue, right to left, with Arabic plural forms', async () => {
    renderWithTeamkit(<OrganizationSwitcher defaultOpen />, { messages: ar, locale: 'ar' });
    await openList();
    const root = document.querySelector('[data-part="organization-switcher"]');
    expect(root).toHaveAttribute('dir', 'rtl');
    // Two is a form of its own in Arabic (the dual), without the numeral.
    expect(screen.getByText('مؤسستان')).toBeVisible();
    expect(screen.getByRole('combobox')).toHaveAccessibleName('ابحث عن مؤسسة');
  });

  it('say an empty search in German, with what was typed', async () => {
    renderWithTeamkit(<OrganizationSwitcher defaultOpen />, { messages: de, locale: 'de' });
    await openList();
    await userEvent.type(screen.getByRole('combobox'), 'Wayne');
    expect(await screen.findByText('Keine Organisation passt zu „Wayne“.')).toBeVisible();
  });

  it('take the host’s overrides over the catalogue, and the text prop over both', async () => {
    const adapter = createMemoryAdapter();
    render(
      <TeamkitProvider
        adapter={adapter}
        organizationId={memoryIds.organization}
        queryClient={createTestQueryClient()}
        messages={es}
        locale="es"
        overrides={{ switcher: { search: 'Buscar equipo', current: 'Aquí' } }}
      >
        <OrganizationSwitcher defaultOpen text={{ current: 'Ahora' }} />
      </TeamkitProvider>,
    );
    const list = await openList();
    expect(screen.getByRole('combobox')).toHaveAccessibleName('Buscar equipo');
    expect(within(list).getByText('Ahora')).toBeVisible();
    expect(list).toHaveAccessibleName('Tus organizaciones');
  });

  it('apply overrides over the English it brings when the provider has no whole catalogue', async () => {
    render(
      <TeamkitProvider
        adapter={createMemoryAdapter()}
        organizationId={memoryIds.organization}
        queryClient={createTestQueryClient()}
        overrides={{ switcher: { resultCount: { one: '{count} team', other: '{count} teams' } } }}
      >
        <OrganizationSwitcher defaultOpen />
      </TeamkitProvider>,
    );
    await openList();
    expect(screen.getByText('2 teams')).toBeVisible();
    expect(screen.getByRole('combobox')).toHaveAccessibleName(en.switcher.search);
  });

  it('say that switching is not available in the catalogue’s language', async () => {
    renderWithTeamkit(<OrganizationSwitcher defaultOpen />, {
      messages: de,
      locale: 'de',
      capabilities: { viewerOrganizations: { list: false } },
    });
    expect(await screen.findByText(de.switcher.unsupported)).toBeVisible();
  });
});
