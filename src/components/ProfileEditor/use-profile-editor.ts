'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Control, type FieldErrors, type Resolver, type UseFormReturn, useForm } from 'react-hook-form';
import {
  type AttributeDefinition,
  groupDefinitions,
  isHiddenInMode,
  type ProfileEditMode,
  sortDefinitions,
} from '../../core/attribute-definition.ts';
import { type TeamkitError, toTeamkitError } from '../../core/errors.ts';
import { applyFieldLocks } from '../../core/field-locks.ts';
import { buildProfileSchema, isEditable } from '../../core/profile-schema.ts';
import type { DefinitionProblem } from '../../core/sanitize-definitions.ts';
import type { User } from '../../core/user.ts';
import { validationMessagesFrom } from '../../i18n/messages.ts';
import { useAttributeDefinitions } from '../../react/use-attribute-definitions.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUpdateProfile } from '../../react/use-update-profile.ts';
import { useUser } from '../../react/use-user.ts';
import { fieldNameOf } from './field-names.ts';
import type { ProfileFormValues } from './form-values.ts';
import { baseOf, type ProfileBase } from './profile-base.ts';
import type { ProfileEditorState, UseProfileEditorOptions } from './profile-editor-types.ts';
import { usePhoneNormalizer } from './use-phone-normalizer.ts';
import type { ProfileConflict, UnplacedFieldError } from './use-profile-save.ts';
import { type ProfileFormOutput, useProfileSave } from './use-profile-save.ts';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard.ts';

export type { ProfileConflict, ProfileFormOutput, UnplacedFieldError } from './use-profile-save.ts';

/** A section of the form: a group name (null for fields without one) and its fields in display order. */
export interface ProfileGroup {
  /** The group's name as the definitions give it, or null. */
  group: string | null;
  /** The group's heading in the locale in force (its name when no label was given), or null. */
  label: string | null;
  /** Its fields, in display order. */
  definitions: AttributeDefinition[];
}

/** What useProfileEditor returns: everything a custom profile form needs. */
export interface UseProfileEditorResult {
  /** The editor's state (see ProfileEditorState). */
  state: ProfileEditorState;
  /** Whether the form holds unsaved edits. */
  isDirty: boolean;
  /** Why loading failed, in `load-error`. */
  loadError: TeamkitError | null;
  /** Fetches what failed to load again. */
  retryLoad: () => void;
  /** The user the form was loaded from (null while loading). */
  user: User | null;
  /** The fields shown, in display order (picked ones only, hidden ones and, when asked, admin-only ones left out). */
  definitions: readonly AttributeDefinition[];
  /** The same fields by group, in display order. */
  groups: readonly ProfileGroup[];
  /** What was wrong with the definitions the backend sent (for a development warning). */
  problems: readonly DefinitionProblem[];
  /** The edit mode in force. */
  mode: ProfileEditMode;
  /**
   * The react-hook-form instance (values by `fieldName(key)`), for custom layouts: `setValue`,
   * `getValues`, `trigger` … Reading `form.formState` in a parent subscribes that parent to it.
   */
  form: UseFormReturn<ProfileFormValues, unknown, ProfileFormOutput>;
  /** Counts the times the form was loaded afresh (load, save, reload, discard), for parts with local state. */
  epoch: number;
  /** The react-hook-form control: pass to `useController` in a field component. */
  control: Control<ProfileFormValues, unknown, ProfileFormOutput>;
  /** The form field name of an attribute key (keys are encoded so any key is a safe field name). */
  fieldName: (key: string) => string;
  /** Whether a field is edited in this mode (written directly or overridden). */
  isEditable: (definition: AttributeDefinition) => boolean;
  /** Validates and saves: the form's submit handler. */
  submit: (event?: { preventDefault?: () => void }) => Promise<void>;
  /** Sends the same edits again after a failure. */
  retry: () => Promise<void>;
  /** Throws the edits away and shows the saved profile. */
  discard: () => void;
  /** The failed save's error, in `error` and `conflict`. */
  error: TeamkitError | null;
  /** In `error`: the server's field errors that name no field the person can edit here. */
  unplacedErrors: readonly UnplacedFieldError[];
  /** In `conflict`: the latest version and the ways out; otherwise null. */
  conflict: ProfileConflict | null;
}

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

  // Joined into strings so a host passing a new array literal each render changes nothing.
  const fieldsKey = fields ? fields.join('\u0000') : null;
  const hiddenKey = hiddenFields ? hiddenFields.join('\u0000') : '';
  const sanitized = definitionsQuery.data;
  // The host's per-user locks are decided once per user, not per saved version: a save must not make
  // every field a new definition (the form would be loaded afresh for nothing).
  const lockedUser = userQuery.data ?? null;
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

  const normalizePhone = usePhoneNormalizer(editable.some((definition) => definition.type === 'phone'));
  const validationMessages = useMemo(() => validationMessagesFrom(messages), [messages]);
  // The core's schema, over field names instead of raw keys (see field-names.ts).
  const schema = useMemo(
    () =>
      buildProfileSchema(
        editable.map((definition) => ({ ...definition, key: fieldNameOf(definition.key) })),
        { mode, messages: validationMessages, normalizePhone },
      ),
    [editable, mode, validationMessages, normalizePhone],
  );
  // The resolver reads the schema through a ref: a new schema (the phone library arrived, the locale
  // changed) applies to the next validation without re-creating the form.
  const schemaRef = useRef(schema);
  schemaRef.current = schema;
  const resolver = useCallback<Resolver<ProfileFormValues, unknown, ProfileFormOutput>>(
    (values, context, resolverOptions) =>
      (zodResolver(schemaRef.current) as Resolver<ProfileFormValues, unknown, ProfileFormOutput>)(
        values,
        context,
        resolverOptions,
      ),
    [],
  );
  const latest = userQuery.data ?? null;
  // When the cache already holds the user and the definitions (a server render from a prefilled cache,
  // its hydration, a revisit) the first render is the form itself: adopting in an effect would render
  // the skeleton first, and effects never run on a server.
  const [initialBase] = useState<ProfileBase | null>(() =>
    latest && sanitized ? baseOf(latest, definitions, mode) : null,
  );
  const form = useForm<ProfileFormValues, unknown, ProfileFormOutput>({
    resolver,
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: false,
    defaultValues: initialBase?.formValues ?? {},
  });
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
      if (first) form.setFocus(fieldNameOf(first.key));
    },
    [definitions, form],
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

  const loadError = userQuery.error ?? definitionsQuery.error ?? null;
  // Take the loaded (or newly fetched) profile into the form, unless that would overwrite edits: those
  // are kept, and saving them against an old version meets the conflict.
  useEffect(() => {
    if (!latest || !sanitized) return;
    if (saving.status === 'saving' || saving.status === 'conflict') return;
    if (base && base.user.version === latest.version && base.definitions === definitions) return;
    if (base && isDirty) return;
    adopt(latest, definitions);
  }, [latest, sanitized, definitions, saving.status, base, isDirty, adopt]);

  // The session holds saving, its outcome and the conflict; dirtiness is the form's (it keeps the draft).
  const resting = saving.status === 'idle' || saving.status === 'saved' || saving.status === 'dirty';
  const state: ProfileEditorState = !base
    ? loadError
      ? 'load-error'
      : 'loading'
    : !resting
      ? saving.status
      : isDirty
        ? 'dirty'
        : saving.status === 'saved'
          ? 'saved'
          : 'idle';

  return {
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
    submit: saving.submit,
    retry: saving.retry,
    discard: saving.discard,
    error: saving.error,
    unplacedErrors: saving.unplacedErrors,
    conflict: saving.conflict,
  };
}
