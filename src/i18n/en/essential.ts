import { common } from './common.ts';
import { invite } from './invite.ts';
import { members } from './members.ts';
import { profile } from './profile.ts';

/**
 * The English areas a TeamkitProvider carries by default: what the profile editor, the members table
 * and the invite trigger show. The other areas (lookup, member details, metadata, organization) come
 * with the components that show them (`useAreaMessages`), so a page without those components does not
 * ship their strings. A host that passes a whole catalogue (`en`, `es`, …) provides every area.
 */
export const enEssential = { common, invite, members, profile };
