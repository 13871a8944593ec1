import type { TeamkitMessages } from '../messages.ts';
import { common } from './common.ts';

/** The catalogue for `de`: mirrors the English one key for key. */
export const de: TeamkitMessages = {
  common,
};
