import { isPlainObject } from './json.ts';
import { type LocalizedText, localizeText, type TranslateText } from './localized-text.ts';
import type { Role } from './role.ts';

/** A host's words for a role, by role name: neither vendor stores them in more than one language. */
export interface HostRoleText {
  /** The name shown to people, in one or several languages. */
  displayName?: LocalizedText;
  /** What the role allows, in one or several languages. */
  description?: LocalizedText;
}

/** Where a role's words come from: the host's texts by role name, the locale, the host's translate. */
export interface LocalizeRoleOptions {
  /** The locale in force. */
  locale: string;
  /** The host's words for roles, by role name. */
  roleTexts?: Readonly<Record<string, HostRoleText>> | undefined;
  /** The host's translation of texts, if any. */
  translate?: TranslateText | undefined;
}

/**
 * A role with its display name and description in `options.locale`: the host's words for it when it
 * gave some (picked for the locale), else the backend's, then offered to the host's `translate`. An
 * empty display name falls back to the role's name.
 */
export function localizeRole(role: Role, options: LocalizeRoleOptions): Role {
  const texts = options.roleTexts;
  const own =
    texts && Object.hasOwn(texts, role.name) && isPlainObject(texts[role.name]) ? texts[role.name] : {};
  const base = { locale: options.locale, key: role.name };
  const displayName =
    localizeText(own?.displayName ?? role.displayName, { ...base, kind: 'roleName' }, options.translate) ||
    role.name;
  const description = localizeText(
    own?.description ?? role.description,
    { ...base, kind: 'roleDescription' },
    options.translate,
  );
  if (displayName === role.displayName && description === role.description) return role;
  return { ...role, displayName, description };
}
