'use client';
import { useCallback, useEffect, useState } from 'react';
import type { FieldErrors } from 'react-hook-form';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { toTeamkitError } from '../../core/errors.ts';
import { isEditable } from '../../core/profile-schema.ts';
import type { User } from '../../core/user.ts';
import { useAttributeDefinitions } from '../../react/use-attribute-definitions.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUpdateProfile } from '../../react/use-update-profile.ts';
import { useUser } from '../../react/use-user.ts';
import { fieldNameOf } from './field-names.ts';
import type { FieldStore } from './field-store.ts';
import type { ProfileFormValues } from './form-values.ts';
import { baseOf, type ProfileBase } from './profile-base.ts';
import type { ProfileEditorState, UseProfileEditorOptions } from './profile-editor-types.ts';
import { useProfileDefinitions } from './use-profile-definitions.ts';
import type { UseProfileEditorResult } from './use-profile-editor-result.ts';
import { useProfileForm } from './use-profile-form.ts';
import { useProfilePropGetters } from './use-profile-prop-getters.ts';
import { useProfileSave } from './use-profile-save.ts';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard.ts';

export type {
  ProfileConflict,
  ProfileFormOutput,
  ProfileGroup,
  UnplacedFieldError,
  UseProfileEditorResult,
} from './use-profile-editor-result.ts';

/**
 * The headless profile editor: loads the user and the attribute definitions, runs a react-hook-form
 * form validated by the core's schema, and saves exactly `buildProfilePatch(…)` with the version the
 * form was loaded from. Saving, failure, retry and conflict (review, reload, overwrite) are states of
 * the returned object; `ProfileEditor` is one rendering of it.
 * @example
 * const editor = useProfileEditor({ mode: 'self' });
 * if (editor.state === 'loading') return <Spinner />;
 * return <form onSubmit={editor.submit}>{editor.definitions.map(…)}</form>;
 */
export function useProfileEditor(options: UseProfileEditorOptions = {}): UseProfileEditorResult {
  return useProfileEditorWithFields(options).editor;
}

/** useProfileEditor, and the field store the kit's own field parts subscribe to (not public). */
export function useProfileEditorWithFields(options: UseProfileEditorOptions): {
  editor: UseProfileEditorResult;
  fields: FieldStore;
} {
  const {
    userId,
    mode = 'self',
    fields,
    hiddenFields,
    hideAdminOnlyFields = false,
    guardUnsavedChanges = false,
    onSaved,
    onDirtyChange,
  } = options;
  const { messages, announce, lockField } = useTeamkit();
  const userQuery = useUser(userId);
  const definitionsQuery = useAttributeDefinitions();
  const update = useUpdateProfile(userId);

  const sanitized = definitionsQuery.data;
  const { definitions, editable, groups } = useProfileDefinitions({
    sanitized,
    user: userQuery.data ?? null,
    lockField,
    mode,
    fields,
    hiddenFields,
    hideAdminOnlyFields,
  });
  const latest = userQuery.data ?? null;
  // When the cache already holds the user and the definitions (a server render from a prefilled cache,
  // its hydration, a revisit) the first render is the form itself: adopting in an effect would render
  // the skeleton first, and effects never run on a server.
  const [initialBase] = useState<ProfileBase | null>(() =>
    latest && sanitized ? baseOf(latest, definitions, mode) : null,
  );
  const { form, fieldStore, normalizePhone, validationMessages } = useProfileForm(
    editable,
    mode,
    messages,
    initialBase?.formValues ?? {},
  );
  // Read here so the root re-renders only when dirtiness flips, never per keystroke.
  const { isDirty } = form.formState;

  const [base, setBase] = useState<ProfileBase | null>(initialBase);
  const [epoch, setEpoch] = useState(initialBase ? 1 : 0);

  const adopt = useCallback(
    (user: User, shown: readonly AttributeDefinition[]) => {
      const next = baseOf(user, shown, mode);
      form.reset(next.formValues);
      setBase(next);
      setEpoch((count) => count + 1);
    },
    [form, mode],
  );

  useUnsavedChangesGuard(isDirty, { onDirtyChange, guardUnload: guardUnsavedChanges });

  const focusFirst = useCallback(
    (names: ReadonlySet<string>) => {
      const first = definitions.find((definition) => names.has(fieldNameOf(definition.key)));
      if (first) fieldStore.focus(fieldNameOf(first.key));
    },
    [definitions, fieldStore],
  );

  const onInvalid = useCallback(
    (errors: FieldErrors<ProfileFormValues>) => {
      focusFirst(new Set(Object.keys(errors)));
      announce(messages.profile.announcements.invalid, 'assertive');
    },
    [focusFirst, announce, messages],
  );

  const saving = useProfileSave({
    base,
    definitions,
    editable,
    known: sanitized?.definitions ?? [],
    mode,
    form,
    latest,
    refetchUser: async () => (await userQuery.refetch({ cancelRefetch: false })).data,
    update,
    adopt,
    focusFirst,
    onInvalid,
    onSaved,
    validation: { messages: validationMessages, normalizePhone },
  });

  // Take the loaded (or newly fetched) profile into the form, unless that would overwrite edits: those
  // are kept, and saving them against an old version meets the conflict.
  useEffect(() => {
    if (!latest || !sanitized) return;
    if (saving.status === 'saving' || saving.status === 'conflict') return;
    if (base && base.user.version === latest.version && base.definitions === definitions) return;
    if (base && isDirty) return;
    adopt(latest, definitions);
  }, [latest, sanitized, definitions, saving.status, base, isDirty, adopt]);

  const loadError = userQuery.error ?? definitionsQuery.error ?? null;
  const state: ProfileEditorState = base ? saving.stateWith(isDirty) : loadError ? 'load-error' : 'loading';

  const getters = useProfilePropGetters({
    fields: fieldStore,
    definitions,
    mode,
    user: base?.user ?? null,
    submit: saving.actions.submit,
  });
  const editor: UseProfileEditorResult = {
    state,
    isDirty,
    loadError: loadError ? toTeamkitError(loadError) : null,
    retryLoad: () => {
      if (userQuery.isError) void userQuery.refetch({ cancelRefetch: false });
      if (definitionsQuery.isError) void definitionsQuery.refetch();
    },
    user: base?.user ?? null,
    definitions,
    groups,
    problems: sanitized?.problems ?? [],
    mode,
    form,
    epoch,
    control: form.control,
    fieldName: fieldNameOf,
    isEditable: (definition) => isEditable(definition, mode),
    ...saving.actions,
    ...getters,
  };
  return { editor, fields: fieldStore };
}
