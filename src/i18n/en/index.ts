import { common } from './common.ts';

/**
 * The English catalogue: every string the kit shows, by area. Each component adds its own area file
 * here; the other locales mirror this shape exactly (a test fails on any missing key).
 */
export const en = {
  common,
};
