import type { TeamkitMessages } from '../messages.ts';
import { common } from './common.ts';

/** The catalogue for `es`: mirrors the English one key for key. */
export const es: TeamkitMessages = {
  common,
};
