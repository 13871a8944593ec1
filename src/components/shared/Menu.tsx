'use client';
import type { ReactNode } from 'react';
import { MenuChoiceGroup, MenuItem } from './MenuItem.tsx';
import type { MenuClassNames, MenuEntry } from './menu-entries.ts';
import { useMenu } from './use-menu.ts';

/** Props of Menu. */
export interface MenuProps {
  /** The button's accessible name ("Actions for Ada Lovelace"). */
  label: string;
  /** What the button shows (an icon; the label names it). */
  children: ReactNode;
  /** The menu's entries. */
  entries: readonly MenuEntry[];
  /** Marks the button busy while a request it started runs. */
  busy?: boolean;
  /** Classes for the trigger, the popup and the items. */
  classNames?: MenuClassNames;
}

/**
 * A menu button made of native buttons (keyboard and placement in `useMenu`): the kit's one menu, used by
 * the members table's row actions. Parts: `menu-root` (`data-state` open | closed), `menu-trigger`
 * (`data-busy`), `menu` (`data-placement`), `menu-item` (`data-action`, `data-tone`, `data-disabled`,
 * `data-value`), `menu-item-label`, `menu-item-reason`, `menu-item-check`, `menu-group`,
 * `menu-group-label`, `menu-separator`.
 */
export function Menu({ label, children, entries, busy = false, classNames = {} }: MenuProps) {
  const menu = useMenu();
  const menuId = `${menu.id}-menu`;
  const buttonId = `${menu.id}-button`;
  const itemClass = classNames['menu-item'];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: focus-out bookkeeping only; the buttons inside are the controls.
    <div
      ref={menu.rootRef}
      data-part="menu-root"
      data-state={menu.open ? 'open' : 'closed'}
      onBlur={menu.onRootBlur}
    >
      <button
        ref={menu.buttonRef}
        data-part="menu-trigger"
        className={classNames['menu-trigger']}
        id={buttonId}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={menu.open}
        aria-controls={menu.open ? menuId : undefined}
        aria-busy={busy || undefined}
        data-busy={busy || undefined}
        onClick={() => (menu.open ? menu.close(true) : menu.openMenu('first'))}
        onKeyDown={menu.onButtonKeyDown}
      >
        {children}
      </button>
      {menu.open ? (
        <div
          ref={menu.menuRef}
          data-part="menu"
          className={classNames.menu}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          data-placement={menu.placement?.side ?? 'bottom'}
          // Fixed to the viewport so a scrolling container never clips it; coordinates come from the button.
          style={{ position: 'fixed', top: menu.placement?.top ?? 0, left: menu.placement?.left ?? 0 }}
          onKeyDown={menu.onMenuKeyDown}
        >
          {entries.map((entry) => {
            if (entry.type === 'separator') return <hr key={entry.key} data-part="menu-separator" />;
            if (entry.type === 'choice-group') {
              return (
                <MenuChoiceGroup
                  key={entry.key}
                  entry={entry}
                  menuId={menuId}
                  select={menu.select}
                  className={itemClass}
                />
              );
            }
            return (
              <MenuItem
                key={entry.key}
                entry={entry}
                menuId={menuId}
                select={menu.select}
                className={itemClass}
              />
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
