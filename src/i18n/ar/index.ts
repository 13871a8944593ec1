import type { TeamkitMessages } from '../messages.ts';
import { common } from './common.ts';

/** The catalogue for `ar`: mirrors the English one key for key. */
export const ar: TeamkitMessages = {
  common,
};
