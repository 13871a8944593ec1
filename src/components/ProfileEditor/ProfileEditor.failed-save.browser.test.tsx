import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { memoryIds } from '../../adapters/memory/index.ts';
import { attributeTypes } from '../../core/attribute-definition.ts';
import { TeamkitError } from '../../core/errors.ts';
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

/** The control of a field, found by its attribute key. */
function controlOf(container: HTMLElement, key: string): HTMLElement {
  const control = container.querySelector<HTMLElement>(
    `[data-key="${key}"] input:not([type="search"]), [data-key="${key}"] textarea, [data-key="${key}"] select`,
  );
  if (!control) throw new Error(`No control for ${key}`);
  return control;
}

const saveButton = () => screen.getByRole('button', { name: 'Save changes' });

function updateCount(adapter: { calls: readonly { method: string }[] }): number {
  return adapter.calls.filter((call) => call.method === 'updateUser').length;
}

afterEach(() => {
  cleanup();
});

describe('ProfileEditor after a failed save', { timeout: 60_000 }, () => {
  describe('when Save is clicked with the mouse straight from an invalid field', () => {
    // Each case leaves one field invalid without blurring it first: the press on Save is its blur.
    const cases: {
      type: string;
      key: string;
      admin?: boolean;
      spoil: (control: HTMLElement) => Promise<void>;
    }[] = [
      { type: 'text', key: 'givenName', spoil: (control) => userEvent.fill(control, '') },
      { type: 'long_text', key: 'bio', spoil: (control) => userEvent.fill(control, 'x'.repeat(501)) },
      { type: 'number', key: 'years_experience', spoil: (control) => userEvent.fill(control, 'many') },
      { type: 'url', key: 'website', spoil: (control) => userEvent.fill(control, 'not a web address') },
      { type: 'email', key: 'backup_email', spoil: (control) => userEvent.fill(control, 'nobody') },
      { type: 'phone', key: 'phoneNumber', spoil: (control) => userEvent.fill(control, '12') },
      {
        type: 'date',
        key: 'start_date',
        admin: true,
        spoil: (control) => userEvent.fill(control, '1980-01-01'),
      },
      {
        type: 'multi_select',
        key: 'skills',
        spoil: async () => {
          // Three ticks on top of the three held: six, one over the five allowed.
          await userEvent.click(screen.getByRole('checkbox', { name: 'Product design' }));
          await userEvent.click(screen.getByRole('checkbox', { name: 'Data analysis' }));
          await userEvent.click(screen.getByRole('checkbox', { name: 'Negotiation' }));
        },
      },
    ];
    for (const { type, key, admin, spoil } of cases) {
      it(`moves focus to the ${type} field, not Save, and sends nothing`, async () => {
        const { adapter, container } = renderWithTeamkit(
          admin ? <ProfileEditor userId={memoryIds.member} mode="admin" /> : <ProfileEditor />,
        );
        await ready(container);
        await spoil(controlOf(container, key));
        await userEvent.click(saveButton());
        await waitFor(() => expect(document.activeElement).toBe(controlOf(container, key)));
        expect(controlOf(container, key)).toHaveAttribute('aria-invalid', 'true');
        expect(updateCount(adapter)).toBe(0);
      });
    }
  });

  describe('when the server refuses a field', () => {
    const everyType: unknown[] = attributeTypes.map((type, order) => ({
      key: `f_${type}`,
      scope: 'custom',
      label: `Field of type ${type}`,
      type,
      order,
      options:
        type === 'single_select' || type === 'multi_select'
          ? [
              { value: 'a', label: 'Choice A' },
              { value: 'b', label: 'Choice B' },
            ]
          : undefined,
      policy: { write: 'user', source: 'user' },
    }));

    it('moves focus to the refused field whatever its control', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />, { definitions: everyType });
      await ready(container);
      await userEvent.fill(controlOf(container, 'f_text'), 'edited');
      for (const type of attributeTypes) {
        adapter.faults.failMethod(
          'updateUser',
          new TeamkitError('validation', undefined, {
            fieldErrors: { [`customAttributes.f_${type}`]: `The server refused this ${type}.` },
          }),
          { times: 1 },
        );
        await userEvent.click(saveButton());
        await waitFor(() => expect(root(container).dataset.state).toBe('error'));
        await waitFor(() => expect(document.activeElement).toBe(controlOf(container, `f_${type}`)));
        expect(container.querySelector(`[data-key="f_${type}"]`)).toHaveTextContent(
          `The server refused this ${type}.`,
        );
      }
    });

    it('names a refused field that is not shown, by its label or else its key, as text', async () => {
      const { adapter, container } = renderWithTeamkit(<ProfileEditor hiddenFields={['backup_email']} />);
      await ready(container);
      adapter.faults.failMethod(
        'updateUser',
        new TeamkitError('validation', undefined, {
          fieldErrors: {
            'customAttributes.backup_email': 'This address bounces.',
            'customAttributes.x_legacy': '<b>Not allowed</b>',
          },
        }),
        { times: 1 },
      );
      await userEvent.fill(controlOf(container, 'givenName'), 'Ada');
      await userEvent.click(saveButton());
      await waitFor(() => expect(root(container).dataset.state).toBe('error'));
      const notice = within(root(container)).getByRole('alert');
      const items = within(notice).getAllByRole('listitem');
      expect(items.map((item) => item.textContent)).toEqual([
        'Backup email: This address bounces.',
        'x_legacy: <b>Not allowed</b>',
      ]);
      expect(notice.querySelector('b')).toBeNull();
      // Nothing to focus: focus stays on Save, next to the notice.
      expect(document.activeElement).toBe(saveButton());
      await expectNoAxeViolations(container);
    });
  });

  describe('when Save sits at the bottom of the window', () => {
    it('scrolls the failure notice into view next to Save', async () => {
      await page.viewport(900, 500);
      const { adapter, container } = renderWithTeamkit(<ProfileEditor />);
      await ready(container);
      await userEvent.fill(controlOf(container, 'givenName'), 'Ada');
      saveButton().scrollIntoView({ block: 'end' });
      adapter.faults.failMethod('updateUser', 'unavailable', { times: 1 });
      await userEvent.click(saveButton());
      await waitFor(() => expect(root(container).dataset.state).toBe('error'));
      const notice = within(root(container)).getByRole('alert');
      await waitFor(() => {
        const box = notice.getBoundingClientRect();
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
      });
      const save = saveButton().getBoundingClientRect();
      expect(save.top).toBeGreaterThanOrEqual(0);
      expect(save.bottom).toBeLessThanOrEqual(window.innerHeight);
    });
  });
});
