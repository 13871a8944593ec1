'use client';
import { useMemo, useRef } from 'react';
import {
  type AttributeDefinition,
  groupDefinitions,
  isHiddenInMode,
  type ProfileEditMode,
  sortDefinitions,
} from '../../core/attribute-definition.ts';
import type { FieldLockPolicy } from '../../core/field-locks.ts';
import { applyFieldLocks } from '../../core/field-locks.ts';
import { isEditable } from '../../core/profile-schema.ts';
import type { SanitizedDefinitions } from '../../core/sanitize-definitions.ts';
import type { User } from '../../core/user.ts';
import type { ProfileGroup } from './use-profile-editor-result.ts';

/** The definitions a form shows, sorted for display. */
function selectDefinitions(
  all: readonly AttributeDefinition[],
  mode: ProfileEditMode,
  fields: readonly string[] | undefined,
  hidden: readonly string[] | undefined,
  hideAdminOnly: boolean,
): AttributeDefinition[] {
  const picked = fields ? new Set(fields) : null;
  const hiddenSet = new Set(hidden ?? []);
  return sortDefinitions(
    all.filter(
      (definition) =>
        !(hideAdminOnly && isHiddenInMode(definition, mode)) &&
        !hiddenSet.has(definition.key) &&
        (picked === null || picked.has(definition.key)),
    ),
  );
}

/** What the definitions hook needs: the loaded data and the host's choice of fields. */
interface ProfileDefinitionsSource {
  /** The sanitized definitions, once loaded. */
  sanitized: SanitizedDefinitions | undefined;
  /** The user being edited, once loaded (the host's per-user locks depend on it). */
  user: User | null;
  /** The host's per-user locks. */
  lockField: FieldLockPolicy | undefined;
  mode: ProfileEditMode;
  fields: readonly string[] | undefined;
  hiddenFields: readonly string[] | undefined;
  hideAdminOnlyFields: boolean;
}

/** The fields a profile editor shows, those it edits and its sections: stable while their inputs are. */
export function useProfileDefinitions(source: ProfileDefinitionsSource): {
  definitions: AttributeDefinition[];
  editable: AttributeDefinition[];
  groups: ProfileGroup[];
} {
  const { sanitized, user, lockField, mode, fields, hiddenFields, hideAdminOnlyFields } = source;
  // Joined into strings so a host passing a new array literal each render changes nothing.
  const fieldsKey = fields ? fields.join('\u0000') : null;
  const hiddenKey = hiddenFields ? hiddenFields.join('\u0000') : '';
  // The host's per-user locks are decided once per user, not per saved version: a save must not make
  // every field a new definition (the form would be loaded afresh for nothing).
  const lockedUser = user;
  const lockedUserId = lockedUser?.id ?? null;
  const lockedUserRef = useRef(lockedUser);
  lockedUserRef.current = lockedUser;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the user's ID stands for the user.
  const locked = useMemo(() => {
    const all = sanitized?.definitions ?? [];
    const user = lockedUserRef.current;
    return user ? applyFieldLocks(all, user, lockField) : all;
  }, [sanitized, lockField, lockedUserId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the joined keys stand for the arrays.
  const definitions = useMemo(
    () => selectDefinitions(locked, mode, fields, hiddenFields, hideAdminOnlyFields),
    [locked, mode, fieldsKey, hiddenKey, hideAdminOnlyFields],
  );
  const editable = useMemo(
    () => definitions.filter((definition) => isEditable(definition, mode)),
    [definitions, mode],
  );
  const groups = useMemo(() => groupDefinitions(definitions), [definitions]);

  return { definitions, editable, groups };
}
