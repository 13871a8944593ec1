import type { TeamkitMessages } from '../messages.ts';
import { common } from './common.ts';
import { invite } from './invite.ts';
import { lookup } from './lookup.ts';
import { memberDetails } from './memberDetails.ts';
import { members } from './members.ts';
import { metadata } from './metadata.ts';
import { organization } from './organization.ts';
import { profile } from './profile.ts';
import { switcher } from './switcher.ts';

/** The catalogue for `es`: mirrors the English one key for key. */
export const es: TeamkitMessages = {
  common,
  invite,
  lookup,
  memberDetails,
  members,
  metadata,
  organization,
  profile,
  switcher,
};
