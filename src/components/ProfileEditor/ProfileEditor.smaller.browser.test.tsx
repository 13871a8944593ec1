import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createTestQueryClient } from '../../../test/support/render-teamkit-hook.tsx';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { createMemoryAdapter, memoryIds } from '../../adapters/memory/index.ts';
import type { FieldLockPolicy } from '../../core/field-locks.ts';
import type { HostAttributeDefinition } from '../../core/merge-definitions.ts';
import { TeamkitProvider } from '../../react/TeamkitProvider.tsx';
import '../../styles/index.css';
import { ProfileEditor } from './ProfileEditor.tsx';

function root(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('[data-part="profile-editor"]');
  if (!element) throw new Error('No editor root');
  return element;
}

async function ready(container: HTMLElement) {
  await waitFor(() => expect(root(container).dataset.state).toBe('idle'));
}

const textbox = (name: string | RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;

afterEach(() => {
  cleanup();
});

describe('ProfileEditor', { timeout: 60_000 }, () => {
  describe('given a member editing their own profile', () => {
    it('shows admin-only fields read-only, set by the administrator, and sends none of them', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />, { viewer: 'member' });
      await ready(container);
      for (const name of [/Employee ID/, /Start date/, /Profile picture/]) {
        expect(textbox(name)).toHaveAttribute('readonly');
        expect(textbox(name)).toHaveAccessibleDescription(/Set by your administrator/);
      }
      await userEvent.fill(textbox(/Last name/), 'Okafor-Reyes');
      await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
      await waitFor(() => expect(root(container).dataset.state).toBe('saved'));
      const update = adapter.calls.find((call) => call.method === 'updateUser');
      expect(update?.args[1]).toEqual({ profile: { familyName: 'Okafor-Reyes' } });
      await expectNoAxeViolations(container);
    });

    it('leaves them out when the host hides them', async () => {
      const { container } = renderWithTeamkit(<ProfileEditor hideAdminOnlyFields />, { viewer: 'member' });
      await ready(container);
      expect(screen.queryByRole('textbox', { name: /Employee ID/ })).toBeNull();
      expect(screen.queryByRole('textbox', { name: /Start date/ })).toBeNull();
      expect(textbox(/Cost center/)).toHaveAttribute('readonly');
    });
  });

  describe('when reviewing a conflict', () => {
    it('lists under "Your edit" only the fields the person changed', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />);
      await ready(container);
      await userEvent.fill(textbox(/First name/), 'Mine');
      adapter.simulateExternalEdit('user', memoryIds.admin, {
        profile: { givenName: 'Theirs', familyName: 'Changed elsewhere' },
      });
      await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Review differences' }));
      const table = await screen.findByRole('table', { name: /differ from the latest version/ });
      const cells = (name: RegExp) =>
        within(within(table).getByRole('row', { name }))
          .getAllByRole('cell')
          .map((cell) => cell.textContent);
      expect(cells(/First name/)).toEqual(['Mine', 'Theirs']);
      expect(cells(/Last name/)).toEqual(['Not changed by you', 'Changed elsewhere']);
      await expectNoAxeViolations(container);
    });
  });

  describe('given right-to-left Arabic', () => {
    /** The gap between the help text and the note that follows it, in the line where the note starts. */
    function gapBetweenHelpAndNote(field: HTMLElement): number {
      const help = field.querySelector('[data-part="help"]');
      const note = field.querySelector('[data-part="readonly-reason"]');
      if (!help || !note) throw new Error('No help or note');
      const first = note.getClientRects()[0];
      if (!first) throw new Error('The note is not laid out');
      const onLine = (element: Element) =>
        [...element.getClientRects()].filter((box) => box.width > 0 && Math.abs(box.top - first.top) < 4);
      const helpBoxes = onLine(help);
      expect(helpBoxes.length).toBeGreaterThan(0);
      // Right to left, the note goes on to the left of the help text.
      return (
        Math.min(...helpBoxes.map((box) => box.left)) - Math.max(...onLine(note).map((box) => box.right))
      );
    }

    it('keeps a space between a help text and the identity provider note', async () => {
      await page.viewport(1280, 800);
      const { ar } = await import('../../i18n/ar/index.ts');
      const { container } = renderWithTeamkit(<ProfileEditor />, {
        locale: 'ar',
        messages: ar,
        viewer: memoryIds.idpUser,
      });
      await ready(container);
      const name = container.querySelector<HTMLElement>('[data-key="name"]');
      if (!name) throw new Error('No display name field');
      expect(gapBetweenHelpAndNote(name)).toBeGreaterThan(2);
    });
  });
});

describe('ProfileEditor with definitions from the host', { timeout: 60_000 }, () => {
  it('shows the host’s words in the locale, its groups and options, and its per-user locks', async () => {
    const { ar } = await import('../../i18n/ar/index.ts');
    const adapter = createMemoryAdapter({ viewer: memoryIds.idpUser });
    const definitions: HostAttributeDefinition[] = [
      { key: 'givenName', label: { en: 'First name', ar: 'الاسم الأول' }, groupLabel: { ar: 'شخصي' } },
      {
        key: 'department',
        label: { en: 'Department', ar: 'القسم' },
        options: [
          { value: 'engineering', label: { en: 'Engineering', ar: 'الهندسة' } },
          { value: 'design', label: { en: 'Design', ar: 'التصميم' } },
        ],
      },
      { key: 'shirt_size', scope: 'custom', type: 'text', label: { en: 'Shirt size', ar: 'مقاس القميص' } },
    ];
    const lockField: FieldLockPolicy = (definition, user) =>
      definition.key === 'familyName' && user.identities.length > 0 ? 'يديره Okta لشركتك' : null;
    const { container } = render(
      <TeamkitProvider
        adapter={adapter}
        organizationId={memoryIds.organization}
        queryClient={createTestQueryClient()}
        locale="ar"
        messages={ar}
        definitions={definitions}
        lockField={lockField}
      >
        <ProfileEditor />
      </TeamkitProvider>,
    );
    await ready(container);
    expect(textbox(/الاسم الأول/)).not.toHaveAttribute('readonly');
    expect(screen.getByRole('heading', { name: 'شخصي' })).toBeVisible();
    const department = screen.getByRole('combobox', { name: /القسم/ }) as HTMLSelectElement;
    expect([...department.options].map((option) => option.textContent)).toContain('الهندسة');
    expect(textbox(/مقاس القميص/)).toBeVisible();
    const familyName = container.querySelector<HTMLInputElement>('[data-key="familyName"] input');
    expect(familyName).toHaveAttribute('readonly');
    expect(familyName).toHaveAccessibleDescription(/يديره Okta لشركتك/);
    await expectNoAxeViolations(container);
  });
});
