import { cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/support/teamkit-test-utils.tsx';
import '../../styles/index.css';
import { Menu } from './Menu.tsx';
import type { MenuEntry } from './menu-entries.ts';

afterEach(() => cleanup());

/** A menu of three commands (one disabled, with its reason), a role choice and a separator. */
function entries(calls: { run: (what: string) => void }, role = 'member'): MenuEntry[] {
  return [
    {
      type: 'choice-group',
      key: 'change-role',
      label: 'Role',
      options: [
        { value: 'admin', label: 'Admin', checked: role === 'admin' },
        { value: 'member', label: 'Member', checked: role === 'member' },
      ],
      onSelect: (value) => calls.run(`role:${value}`),
    },
    { type: 'separator', key: 'after-roles' },
    { type: 'item', key: 'resend', label: 'Resend invitation', onSelect: () => calls.run('resend') },
    {
      type: 'item',
      key: 'revoke',
      label: 'Revoke invitation',
      tone: 'danger',
      onSelect: () => calls.run('revoke'),
    },
    {
      type: 'item',
      key: 'remove',
      label: 'Remove',
      tone: 'danger',
      onSelect: () => calls.run('remove'),
      disabledReason: 'The last admin cannot be removed.',
    },
  ];
}

function Host({ run }: { run: (what: string) => void }) {
  const [role, setRole] = useState('member');
  return (
    <div data-teamkit="">
      <button type="button">Before</button>
      <Menu
        label="Actions for Ada"
        entries={entries(
          {
            run: (what) => {
              if (what.startsWith('role:')) setRole(what.slice(5));
              run(what);
            },
          },
          role,
        )}
        classNames={{ 'menu-trigger': 'host-trigger', menu: 'host-menu', 'menu-item': 'host-item' }}
      >
        <span aria-hidden="true">⋯</span>
      </Menu>
      <button type="button">After</button>
    </div>
  );
}

const trigger = () => screen.getByRole('button', { name: 'Actions for Ada' });
const focusedName = () => (document.activeElement as HTMLElement | null)?.textContent?.trim();

describe('Menu', () => {
  describe('given a closed menu with focus on its button', () => {
    it('opens on ArrowDown at the first item and on ArrowUp at the last', async () => {
      render(<Host run={() => {}} />);
      trigger().focus();
      await userEvent.keyboard('{ArrowDown}');
      const menu = screen.getByRole('menu', { name: 'Actions for Ada' });
      expect(trigger()).toHaveAttribute('aria-expanded', 'true');
      expect(trigger()).toHaveAttribute('aria-controls', menu.id);
      expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'Admin' }));
      await userEvent.keyboard('{Escape}');
      await userEvent.keyboard('{ArrowUp}');
      expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Remove' }));
    });

    it('opens on Enter and on a click at the first item', async () => {
      render(<Host run={() => {}} />);
      trigger().focus();
      await userEvent.keyboard('{Enter}');
      expect(focusedName()).toContain('Admin');
      await userEvent.keyboard('{Escape}');
      await userEvent.click(trigger());
      expect(screen.getByRole('menu')).toBeInTheDocument();
      expect(focusedName()).toContain('Admin');
    });
  });

  describe('given an open menu', () => {
    it('moves with the arrows (wrapping at both ends), Home and End', async () => {
      render(<Host run={() => {}} />);
      trigger().focus();
      await userEvent.keyboard('{ArrowDown}');
      const order: (string | undefined)[] = [];
      for (let i = 0; i < 5; i += 1) {
        await userEvent.keyboard('{ArrowDown}');
        order.push(focusedName());
      }
      // Admin → Member → Resend → Revoke → Remove → back to Admin.
      expect(order).toEqual([
        '✓Member',
        'Resend invitation',
        'Revoke invitation',
        expect.stringContaining('Remove'),
        'Admin',
      ]);
      await userEvent.keyboard('{ArrowUp}');
      expect(focusedName()).toContain('Remove');
      await userEvent.keyboard('{Home}');
      expect(focusedName()).toBe('Admin');
      await userEvent.keyboard('{End}');
      expect(focusedName()).toContain('Remove');
    });

    it('jumps to the next item starting with a typed letter, cycling through matches', async () => {
      render(<Host run={() => {}} />);
      trigger().focus();
      await userEvent.keyboard('{ArrowDown}');
      await userEvent.keyboard('r');
      expect(focusedName()).toBe('Resend invitation');
      await userEvent.keyboard('R');
      expect(focusedName()).toBe('Revoke invitation');
      await userEvent.keyboard('r');
      expect(focusedName()).toContain('Remove');
      await userEvent.keyboard('r');
      expect(focusedName()).toBe('Resend invitation');
      // A letter nothing starts with leaves focus where it is.
      await userEvent.keyboard('z');
      expect(focusedName()).toBe('Resend invitation');
    });

    it('closes on Escape with focus back on its button', async () => {
      render(<Host run={() => {}} />);
      trigger().focus();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('menu')).toBeNull();
      expect(document.activeElement).toBe(trigger());
      expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    });

    it('closes on Tab and focus moves on past its button', async () => {
      render(<Host run={() => {}} />);
      trigger().focus();
      await userEvent.keyboard('{ArrowDown}');
      await userEvent.tab();
      expect(screen.queryByRole('menu')).toBeNull();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
    });

    it('closes on a press outside without taking focus from what was pressed', async () => {
      render(<Host run={() => {}} />);
      await userEvent.click(trigger());
      await userEvent.click(screen.getByRole('button', { name: 'Before' }));
      expect(screen.queryByRole('menu')).toBeNull();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Before' }));
    });

    it('runs a command on Enter with focus already back on its button, and closes', async () => {
      let focusWhenRun: Element | null = null;
      const run = vi.fn((_what: string) => {
        focusWhenRun = document.activeElement;
      });
      render(<Host run={run} />);
      trigger().focus();
      await userEvent.keyboard('{ArrowDown}');
      await userEvent.keyboard('{End}{ArrowUp}{Enter}');
      expect(run).toHaveBeenCalledExactlyOnceWith('revoke');
      expect(focusWhenRun).toBe(trigger());
      expect(screen.queryByRole('menu')).toBeNull();
    });

    it('checks a choice with Space, and shows the checked one', async () => {
      const run = vi.fn();
      render(<Host run={run} />);
      trigger().focus();
      await userEvent.keyboard('{ArrowDown}');
      await userEvent.keyboard(' ');
      expect(run).toHaveBeenCalledExactlyOnceWith('role:admin');
      await userEvent.keyboard('{ArrowDown}');
      expect(screen.getByRole('menuitemradio', { name: 'Admin' })).toHaveAttribute('aria-checked', 'true');
      expect(screen.getByRole('menuitemradio', { name: 'Member' })).toHaveAttribute('aria-checked', 'false');
      expect(screen.getByRole('group', { name: 'Role' })).toBeInTheDocument();
    });

    it('keeps a disabled item focusable with its reason, and it does nothing', async () => {
      const run = vi.fn();
      render(<Host run={run} />);
      trigger().focus();
      await userEvent.keyboard('{ArrowUp}');
      const remove = screen.getByRole('menuitem', { name: 'Remove' });
      expect(document.activeElement).toBe(remove);
      expect(remove).toHaveAttribute('aria-disabled', 'true');
      expect(remove).toHaveAccessibleDescription('The last admin cannot be removed.');
      // Its name is all the text it shows (speech input says what it sees); the reason is shown beside it.
      expect(remove.textContent).toBe('Remove');
      expect(screen.getByText('The last admin cannot be removed.')).toBeVisible();
      await userEvent.keyboard('{Enter}');
      expect(run).not.toHaveBeenCalled();
      expect(screen.getByRole('menu')).toBeInTheDocument();
    });

    it('is placed inside the viewport next to its button, carries the host classes, and axe finds nothing', async () => {
      const { container } = render(<Host run={() => {}} />);
      await userEvent.click(trigger());
      const menu = screen.getByRole('menu');
      const box = menu.getBoundingClientRect();
      const button = trigger().getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(button.bottom);
      expect(box.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
      expect(menu).toHaveAttribute('data-placement', 'bottom');
      expect(menu).toHaveClass('host-menu');
      expect(trigger()).toHaveClass('host-trigger');
      expect(screen.getByRole('menuitem', { name: 'Resend invitation' })).toHaveClass('host-item');
      expect(container.querySelector('[data-part="menu-root"]')).toHaveAttribute('data-state', 'open');
      await expectNoAxeViolations(container);
    });
  });
});
