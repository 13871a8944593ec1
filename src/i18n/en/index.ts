import { common } from './common.ts';
import { invite } from './invite.ts';
import { lookup } from './lookup.ts';
import { memberDetails } from './memberDetails.ts';
import { members } from './members.ts';
import { metadata } from './metadata.ts';
import { organization } from './organization.ts';
import { profile } from './profile.ts';
import { switcher } from './switcher.ts';

/**
 * The English catalogue: every string the kit shows, by area. Each component adds its own area file
 * here; the other locales mirror this shape exactly (a test fails on any missing key).
 */
export const en = {
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
