import { switcher } from '../../i18n/en/switcher.ts';
import type { TeamkitMessages } from '../../i18n/messages.ts';

/**
 * OrganizationSwitcher's English words: the catalogue's `switcher` area, which the switcher brings with
 * it (a page without the switcher does not ship them). A provider given a whole catalogue (`es`, `de`,
 * `ar`) supplies that language's instead; `overrides.switcher` or the `text` prop change single words.
 */
export const englishSwitcherText: OrganizationSwitcherText = switcher;

/** Every string OrganizationSwitcher shows (the catalogue's `switcher` area). */
export type OrganizationSwitcherText = TeamkitMessages['switcher'];
