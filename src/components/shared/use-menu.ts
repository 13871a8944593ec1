'use client';
import { type KeyboardEvent, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { type MenuPlacement, placeMenu } from './place-menu.ts';

const itemSelector = '[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]';

/**
 * The behaviour of a menu button (WAI-ARIA menu button pattern), for `Menu`: Enter, Space or ArrowDown
 * opens it on the first item, ArrowUp on the last; arrows (wrapping), Home and End move; a letter jumps
 * to the next item starting with it; Escape closes and returns focus to the button; Tab closes and moves
 * on; a press outside closes it without taking focus. The open menu is placed next to its button in
 * viewport coordinates and follows it on scroll and resize.
 */
export function useMenu() {
  const [open, setOpen] = useState(false);
  const [placement, setPlacement] = useState<MenuPlacement | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');
  const id = useId();

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

  /** Focus leaving the button and menu altogether (a click elsewhere, a screen reader jump) closes it. */
  const onRootBlur = (event: { relatedTarget: EventTarget | null }) => {
    if (open && event.relatedTarget && !rootRef.current?.contains(event.relatedTarget as Node)) close(false);
  };

  /** Closes the menu, focus back on its button, then runs a command. */
  const select = (run: () => void) => {
    close(true);
    run();
  };

  return {
    open,
    placement,
    rootRef,
    buttonRef,
    menuRef,
    id,
    openMenu,
    close,
    select,
    onButtonKeyDown,
    onMenuKeyDown,
    onRootBlur,
  };
}
