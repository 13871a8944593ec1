'use client';
import { memo, useMemo } from 'react';
import {
  type AttributeDefinition,
  canOverride,
  type ProfileEditMode,
} from '../../core/attribute-definition.ts';
import { effectiveValue, readStoredValue } from '../../core/profile-values.ts';
import type { User } from '../../core/user.ts';
import { ProfileField } from './ProfileField.tsx';
import { ProfileGroupSection } from './ProfileGroupSection.tsx';
import type { GroupContent, ProfileEditorClassNames } from './profile-editor-types.ts';
import type { ProfileGroup } from './use-profile-editor.ts';

/** Props of ProfileFieldList. */
export interface ProfileFieldListProps {
  /** The sections and their fields, in display order. */
  groups: readonly ProfileGroup[];
  /** The user the form was loaded from. */
  user: User;
  /** Who is editing. */
  mode: ProfileEditMode;
  /** The host's extra content per group name. */
  groupContent: Readonly<Record<string, GroupContent>> | undefined;
  /** Host class names. */
  classNames: ProfileEditorClassNames | undefined;
}

/**
 * Every section and field of the editor. Memoised apart from the editor's root, whose state changes
 * (dirty, saving, saved) would otherwise walk 200 fields on the first keystroke and on every save.
 */
export const ProfileFieldList = memo(function ProfileFieldList(props: ProfileFieldListProps) {
  const { groups, user, mode, groupContent, classNames } = props;
  // Per loaded profile: what a field shows when it is not edited directly.
  const shown = useMemo(() => {
    const values = new Map<AttributeDefinition, { shown: unknown; provider: unknown }>();
    for (const { definitions } of groups) {
      for (const definition of definitions) {
        values.set(definition, {
          shown:
            definition.key === 'email' && definition.scope === 'standard'
              ? user.email
              : effectiveValue(user, definition),
          provider: canOverride(definition) ? readStoredValue(user, definition) : null,
        });
      }
    }
    return values;
  }, [user, groups]);
  return groups.map(({ group, label, definitions }) => (
    <ProfileGroupSection
      key={group ?? ''}
      group={group}
      label={label}
      content={
        groupContent && Object.hasOwn(groupContent, group ?? '') ? groupContent[group ?? ''] : undefined
      }
      classNames={classNames}
    >
      {definitions.map((definition) => (
        <ProfileField
          key={definition.key}
          definition={definition}
          mode={mode}
          shownValue={shown.get(definition)?.shown}
          providerValue={shown.get(definition)?.provider}
          emailVerified={user.emailVerified === true}
        />
      ))}
    </ProfileGroupSection>
  ));
});
