/** Where a menu goes on screen: viewport coordinates, and whether it opened below or above its button. */
export interface MenuPlacement {
  /** Distance from the viewport's top edge, in pixels. */
  top: number;
  /** Distance from the viewport's left edge, in pixels. */
  left: number;
  /** Below the button, or above it when there is no room below. */
  side: 'bottom' | 'top';
}

const gap = 4;
const margin = 8;

/**
 * Places a menu next to its button in viewport coordinates (for `position: fixed`, so no scrolling
 * table clips it): below the button, or above when it does not fit below; its inline end lined up
 * with the button's (right edge in LTR, left edge in RTL); always kept inside the viewport.
 */
export function placeMenu(
  button: Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right'>,
  menu: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'ltr' | 'rtl',
): MenuPlacement {
  const fitsBelow = button.bottom + gap + menu.height <= viewport.height - margin;
  const fitsAbove = button.top - gap - menu.height >= margin;
  const side = fitsBelow || !fitsAbove ? 'bottom' : 'top';
  const top = side === 'bottom' ? button.bottom + gap : button.top - gap - menu.height;
  const preferredLeft = dir === 'rtl' ? button.left : button.right - menu.width;
  const left = Math.min(
    Math.max(margin, preferredLeft),
    Math.max(margin, viewport.width - margin - menu.width),
  );
  return { top: Math.max(margin, top), left, side };
}
