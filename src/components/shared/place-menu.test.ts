import { describe, expect, it } from 'vitest';
import { placeMenu } from './place-menu.ts';

const viewport = { width: 1000, height: 800 };
const menu = { width: 200, height: 150 };
const button = (top: number, left: number) => ({ top, bottom: top + 36, left, right: left + 36 });

describe('placeMenu', () => {
  describe('given room below the button', () => {
    it('opens below, its right edge on the button’s in LTR', () => {
      expect(placeMenu(button(100, 900), menu, viewport, 'ltr')).toEqual({
        top: 140,
        left: 736,
        side: 'bottom',
      });
    });

    it('opens below, its left edge on the button’s in RTL', () => {
      expect(placeMenu(button(100, 20), menu, viewport, 'rtl')).toEqual({
        top: 140,
        left: 20,
        side: 'bottom',
      });
    });
  });

  describe('given no room below', () => {
    it('opens above the button', () => {
      expect(placeMenu(button(700, 900), menu, viewport, 'ltr')).toEqual({
        top: 546,
        left: 736,
        side: 'top',
      });
    });
  });

  describe('given a button at the viewport’s edge', () => {
    it('keeps the menu inside the viewport', () => {
      expect(placeMenu(button(100, 0), menu, viewport, 'ltr').left).toBe(8);
      expect(placeMenu(button(100, 990), menu, viewport, 'rtl').left).toBe(792);
    });
  });
});
