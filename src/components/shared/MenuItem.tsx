'use client';
import type { MenuEntry } from './menu-entries.ts';

/** Props of MenuItem: one command, rendered inside a Menu. */
export interface MenuItemProps {
  /** The command. */
  entry: Extract<MenuEntry, { type: 'item' }>;
  /** The menu's id, to derive the item's ids from. */
  menuId: string;
  /** Closes the menu (focus back on its button), then runs the command. */
  select: (run: () => void) => void;
  /** The host's class for `menu-item`. */
  className: string | undefined;
}

/**
 * A command in a menu: a native button with role menuitem, reached by the menu's arrow keys, named by
 * exactly the text it shows. A disabled one stays focusable (so its reason is read, through
 * `aria-describedby`) but does nothing; the reason is shown under it, outside the button, so the name a
 * person says to speech input is all the button's visible text.
 */
export function MenuItem({ entry, menuId, select, className }: MenuItemProps) {
  const reasonId = `${menuId}-${entry.key}-reason`;
  const disabled = entry.disabledReason !== undefined;
  return (
    <>
      <button
        data-part="menu-item"
        className={className}
        type="button"
        role="menuitem"
        tabIndex={-1}
        data-action={entry.key}
        data-tone={entry.tone}
        data-disabled={disabled || undefined}
        aria-disabled={disabled || undefined}
        aria-describedby={disabled ? reasonId : undefined}
        onClick={() => {
          if (!disabled) select(entry.onSelect);
        }}
      >
        <span data-part="menu-item-label">{entry.label}</span>
      </button>
      {disabled ? (
        <span data-part="menu-item-reason" id={reasonId}>
          {entry.disabledReason}
        </span>
      ) : null}
    </>
  );
}

/** Props of MenuChoiceGroup: a labelled group of choices, rendered inside a Menu. */
export interface MenuChoiceGroupProps {
  /** The group. */
  entry: Extract<MenuEntry, { type: 'choice-group' }>;
  /** The menu's id, to derive the group's label id from. */
  menuId: string;
  /** Closes the menu (focus back on its button), then runs the choice. */
  select: (run: () => void) => void;
  /** The host's class for each choice's `menu-item`. */
  className: string | undefined;
}

/** A labelled group of menuitemradio (one choice) or menuitemcheckbox (`multiple`) buttons. */
export function MenuChoiceGroup({ entry, menuId, select, className }: MenuChoiceGroupProps) {
  const labelId = `${menuId}-${entry.key}-group`;
  return (
    <fieldset data-part="menu-group" aria-labelledby={labelId} data-action={entry.key}>
      <legend data-part="menu-group-label" id={labelId}>
        {entry.label}
      </legend>
      {entry.options.map((option) => (
        // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is menuitemradio or menuitemcheckbox, both checkable.
        <button
          key={option.value}
          data-part="menu-item"
          className={className}
          type="button"
          role={entry.multiple ? 'menuitemcheckbox' : 'menuitemradio'}
          tabIndex={-1}
          aria-checked={option.checked}
          aria-disabled={option.disabled || undefined}
          data-disabled={option.disabled || undefined}
          data-value={option.value}
          onClick={() => {
            if (!option.disabled) select(() => entry.onSelect(option.value));
          }}
        >
          <span data-part="menu-item-check" aria-hidden="true">
            {option.checked ? '✓' : ''}
          </span>
          <span data-part="menu-item-label">{option.label}</span>
        </button>
      ))}
    </fieldset>
  );
}
