'use client';
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { usePart } from './parts.ts';
import { type MenuPlacement, placeMenu } from './place-menu.ts';

/** One entry of an actions menu. */
export type ActionsMenuEntry =
  | {
      /** A command. */
      type: 'item';
      /** Stable key (also `data-action`). */
      key: string;
      /** What the item says. */
      label: string;
      /** Runs the command; the menu has closed and focus is back on its button by then. */
      onSelect: () => void;
      /** `danger` for destructive commands. */
      tone?: 'danger';
      /** When set, the item is shown disabled with this text saying why. */
      disabledReason?: string;
    }
  | {
      /**
       * A labelled group of choices: mutually exclusive (menuitemradio), or each on or off
       * (menuitemcheckbox) when `multiple`.
       */
      type: 'choice-group';
      /** Stable key (also `data-action`). */
      key: string;
      /** The group's label. */
      label: string;
      /** Whether several choices can be on at once. */
      multiple?: boolean;
      /** The choices; `checked` marks the current ones; a `disabled` one is shown but does nothing. */
      options: readonly { value: string; label: string; checked: boolean; disabled?: boolean }[];
      /** Called with the chosen (or toggled) value. */
      onSelect: (value: string) => void;
    }
  | {
      /** A divider between groups. */
      type: 'separator';
      /** Stable key. */
      key: string;
    };

/** Props of ActionsMenu. */
export interface ActionsMenuProps {
  /** The button's accessible name ("Actions for Ada Lovelace"). */
  label: string;
  /** What the button shows (an icon; the label names it). */
  children: ReactNode;
  /** The menu's entries. */
  entries: readonly ActionsMenuEntry[];
  /** Marks the button busy while a request for this row runs. */
  busy?: boolean;
}

const itemSelector = '[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]';

/**
 * A menu button (WAI-ARIA menu button pattern) made of native buttons: Enter, Space or ArrowDown
 * opens it on the first item, ArrowUp on the last; arrows, Home and End move; a letter jumps to the
 * next item starting with it; Escape closes and returns focus to the button; Tab closes and moves
 * on. A disabled item stays focusable (so its reason is read) but does nothing.
 * Parts: `row-actions-trigger`, `row-actions-menu` (`data-placement`), `menu-item` (`data-action`,
 * `data-tone`, `data-disabled`), `menu-item-label`, `menu-item-reason`, `menu-group`, `menu-group-label`,
 * `menu-separator`.
 */
export function ActionsMenu({ label, children, entries, busy = false }: ActionsMenuProps) {
  const [open, setOpen] = useState(false);
  const [placement, setPlacement] = useState<MenuPlacement | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');
  const id = useId();
  const menuId = `${id}-menu`;
  const buttonId = `${id}-button`;
  const trigger = usePart('row-actions-trigger');
  const menuPart = usePart('row-actions-menu');
  const itemPart = usePart('menu-item');

  const items = useCallback(
    () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>(itemSelector) ?? []),
    [],
  );

  const openMenu = (focus: 'first' | 'last') => {
    focusOnOpen.current = focus;
    setPlacement(null);
    setOpen(true);
  };

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  const reposition = useCallback(() => {
    const button = buttonRef.current;
    const menu = menuRef.current;
    if (!button || !menu) return;
    const dir = getComputedStyle(button).direction === 'rtl' ? 'rtl' : 'ltr';
    setPlacement(
      placeMenu(
        button.getBoundingClientRect(),
        { width: menu.offsetWidth, height: menu.offsetHeight },
        { width: document.documentElement.clientWidth, height: window.innerHeight },
        dir,
      ),
    );
  }, []);

  useLayoutEffect(() => {
    if (!open) return;
    // Placed before the first paint, then focus goes in (WAI-ARIA: the first item, or the last on ArrowUp).
    reposition();
    const list = items();
    (focusOnOpen.current === 'last' ? list[list.length - 1] : list[0])?.focus({ preventScroll: true });
    // The menu is fixed to the viewport, so it follows its button when anything scrolls or resizes.
    window.addEventListener('scroll', reposition, true);
    window.addEventListener('resize', reposition);
    return () => {
      window.removeEventListener('scroll', reposition, true);
      window.removeEventListener('resize', reposition);
    };
  }, [open, items, reposition]);

  useEffect(() => {
    if (!open) return;
    // A press anywhere outside closes the menu without stealing focus from what was pressed.
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, close]);

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openMenu('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu('last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const current = list.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => {
      event.preventDefault();
      list[(index + list.length) % list.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(current + 1);
      case 'ArrowUp':
        return move(current - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(list.length - 1);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return close(true);
      case 'Tab':
        // Focus goes back to the button first, so the browser's Tab moves on from there.
        return close(true);
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const letter = event.key.toLocaleLowerCase();
          const order = [...list.slice(current + 1), ...list.slice(0, current + 1)];
          const match = order.find((item) =>
            (item.querySelector('[data-part="menu-item-label"]')?.textContent ?? item.textContent ?? '')
              .trim()
              .toLocaleLowerCase()
              .startsWith(letter),
          );
          if (match) {
            event.preventDefault();
            match.focus();
          }
        }
    }
  };

  const select = (run: () => void) => {
    close(true);
    run();
  };

  const renderItem = (entry: Extract<ActionsMenuEntry, { type: 'item' }>) => {
    const labelId = `${id}-${entry.key}-label`;
    const reasonId = `${id}-${entry.key}-reason`;
    const disabled = entry.disabledReason !== undefined;
    return (
      <button
        key={entry.key}
        {...itemPart}
        type="button"
        role="menuitem"
        tabIndex={-1}
        data-action={entry.key}
        data-tone={entry.tone}
        data-disabled={disabled || undefined}
        aria-disabled={disabled || undefined}
        aria-labelledby={labelId}
        aria-describedby={disabled ? reasonId : undefined}
        onClick={() => {
          if (!disabled) select(entry.onSelect);
        }}
      >
        <span data-part="menu-item-label" id={labelId}>
          {entry.label}
        </span>
        {disabled ? (
          <span data-part="menu-item-reason" id={reasonId}>
            {entry.disabledReason}
          </span>
        ) : null}
      </button>
    );
  };

  const renderGroup = (entry: Extract<ActionsMenuEntry, { type: 'choice-group' }>) => {
    const labelId = `${id}-${entry.key}-group`;
    return (
      <fieldset key={entry.key} data-part="menu-group" aria-labelledby={labelId} data-action={entry.key}>
        <legend data-part="menu-group-label" id={labelId}>
          {entry.label}
        </legend>
        {entry.options.map((option) => (
          // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is menuitemradio or menuitemcheckbox, both checkable.
          <button
            key={option.value}
            {...itemPart}
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
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: focus-out bookkeeping only; the buttons inside are the controls.
    <div
      ref={rootRef}
      data-part="row-actions-menu-root"
      data-state={open ? 'open' : 'closed'}
      onBlur={(event) => {
        // Focus leaving the button and menu altogether (a click elsewhere, a screen reader jump) closes it.
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null) && event.relatedTarget) {
          close(false);
        }
      }}
    >
      <button
        ref={buttonRef}
        {...trigger}
        id={buttonId}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy || undefined}
        data-busy={busy || undefined}
        onClick={() => (open ? close(true) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {children}
      </button>
      {open ? (
        <div
          ref={menuRef}
          {...menuPart}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          data-placement={placement?.side ?? 'bottom'}
          // Fixed to the viewport so the scrolling table never clips it; coordinates come from the button.
          style={{ position: 'fixed', top: placement?.top ?? 0, left: placement?.left ?? 0 }}
          onKeyDown={onMenuKeyDown}
        >
          {entries.map((entry) => {
            if (entry.type === 'separator') return <hr key={entry.key} data-part="menu-separator" />;
            if (entry.type === 'choice-group') return renderGroup(entry);
            return renderItem(entry);
          })}
        </div>
      ) : null}
    </div>
  );
}
