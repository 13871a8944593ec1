'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldErrors } from 'react-hook-form';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { type TeamkitError, toTeamkitError } from '../../core/errors.ts';
import { buildProfilePatch, isEmptyPatch } from '../../core/profile-patch.ts';
import { isEditable } from '../../core/profile-schema.ts';
import { readProfileValues } from '../../core/profile-values.ts';
import { canRebasePatch } from '../../core/rebase-patch.ts';
import type { User } from '../../core/user.ts';
import { useAttributeDefinitions } from '../../react/use-attribute-definitions.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUpdateProfile } from '../../react/use-update-profile.ts';
import { useUser } from '../../react/use-user.ts';
import { fieldNameOf } from './field-names.ts';
import type { FieldStore } from './field-store.ts';
import { editedValues, type ProfileFormValues } from './form-values.ts';
import { baseOf, normalisedEdits, type ProfileBase } from './profile-base.ts';
import { profileDifferences } from './profile-differences.ts';
import type { ProfileEditorState, UseProfileEditorOptions } from './profile-editor-types.ts';
import { useProfileDefinitions } from './use-profile-definitions.ts';
import type {
  ProfileConflict,
  ProfileFormOutput,
  UnplacedFieldError,
  UseProfileEditorResult,
} from './use-profile-editor-result.ts';
import { useProfileForm } from './use-profile-form.ts';
import { useProfilePropGetters } from './use-profile-prop-getters.ts';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard.ts';

export type {
  ProfileConflict,
  ProfileFormOutput,
  ProfileGroup,
  UnplacedFieldError,
  UseProfileEditorResult,
} from './use-profile-editor-result.ts';

/** Where the last save attempt stands (the form's dirtiness is the other half of the editor's state). */
type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; error: TeamkitError; unplaced: readonly UnplacedFieldError[] }
  | { kind: 'conflict'; error: TeamkitError };

/** The attribute key a server field error names: `givenName`, `customAttributes.plan`, `overrides.picture` … */
function errorKeyCandidates(path: string): string[] {
  const prefixes = ['profile.', 'customAttributes.', 'overrides.'];
  const prefix = prefixes.find((candidate) => path.startsWith(candidate));
  return prefix ? [path, path.slice(prefix.length)] : [path];
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
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  const adopt = useCallback(
    (user: User, shown: readonly AttributeDefinition[]) => {
      const next = baseOf(user, shown, mode);
      form.reset(next.formValues);
      setBase(next);
      setEpoch((count) => count + 1);
    },
    [form, mode],
  );

  // Take the loaded (or newly fetched) profile into the form, unless that would overwrite edits: those
  // are kept, and saving them against an old version meets the conflict.
  useEffect(() => {
    if (!latest || !sanitized) return;
    if (status.kind === 'saving' || status.kind === 'conflict') return;
    if (base && base.user.version === latest.version && base.definitions === definitions) return;
    if (base && isDirty) return;
    adopt(latest, definitions);
  }, [latest, sanitized, definitions, status.kind, base, isDirty, adopt]);

  useEffect(() => {
    if (isDirty && status.kind === 'saved') setStatus({ kind: 'idle' });
  }, [isDirty, status.kind]);

  useUnsavedChangesGuard(isDirty, { onDirtyChange, guardUnload: guardUnsavedChanges });

  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

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

  /** Puts a server's field errors on their fields; returns those that name no editable field. */
  const applyFieldErrors = (fieldErrors: Readonly<Record<string, string>>): UnplacedFieldError[] => {
    const keys = new Set(editable.map((definition) => definition.key));
    const known = sanitized?.definitions ?? [];
    const landed = new Set<string>();
    const unplaced: UnplacedFieldError[] = [];
    for (const [path, raw] of Object.entries(fieldErrors)) {
      const message = typeof raw === 'string' ? raw : String(raw);
      const candidates = errorKeyCandidates(path);
      const key = candidates.find((candidate) => keys.has(candidate));
      if (key === undefined) {
        const definition = known.find((candidate) => candidates.includes(candidate.key));
        unplaced.push({ path, key: candidates.at(-1) ?? path, label: definition?.label ?? null, message });
        continue;
      }
      const name = fieldNameOf(key);
      form.setError(name, { type: 'server', message });
      landed.add(name);
    }
    focusFirst(landed);
    return unplaced;
  };

  const save = async (values: ProfileFormOutput, expectedVersion: string, rebased?: boolean) => {
    if (!base) return;
    const original = readProfileValues(base.user, base.definitions);
    const edited = editedValues(values, form.getValues(), base.formValues, original);
    const patch = buildProfilePatch(base.definitions, original, edited, mode);
    if (isEmptyPatch(patch)) {
      // What was typed normalises to what is stored ("42.0" is 42): show the stored form again.
      adopt(base.user, base.definitions);
      setStatus({ kind: 'idle' });
      announce(messages.profile.announcements.noChanges);
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const saved = await update.mutateAsync({ patch, expectedVersion });
      adopt(saved, definitions);
      setStatus({ kind: 'saved' });
      announce(messages.profile.announcements.saved);
      onSavedRef.current?.(saved);
    } catch (raw) {
      const error = toTeamkitError(raw);
      if (error.code === 'conflict' && Object.keys(error.fieldErrors).length === 0) {
        // Someone saved first. Where they changed none of the fields saved here, the same patch goes
        // over their version once, keeping both edits; otherwise the person decides.
        const now = rebased ? null : (await userQuery.refetch({ cancelRefetch: false })).data;
        if (now && canRebasePatch(patch, base.user, now)) return save(values, now.version, true);
        setStatus({ kind: 'conflict', error });
        announce(`${messages.profile.conflict.title}. ${messages.profile.conflict.description}`, 'assertive');
        void userQuery.refetch({ cancelRefetch: false });
        return;
      }
      const unplaced = applyFieldErrors(error.fieldErrors);
      // Not announced here: the editor shows the failure in an alert (ErrorNotice), which is read out.
      setStatus({ kind: 'error', error, unplaced });
    }
  };

  const submitAgainst = (version: () => string | undefined) =>
    form.handleSubmit(async (values) => {
      const expected = version();
      if (expected !== undefined) await save(values, expected);
    }, onInvalid);

  const submit: UseProfileEditorResult['submit'] = async (event) => {
    event?.preventDefault?.();
    if (status.kind === 'saving') return;
    await submitAgainst(() => base?.user.version)();
  };

  const discard = () => {
    const target = latest ?? base?.user;
    if (target) adopt(target, definitions);
    setStatus({ kind: 'idle' });
    announce(messages.profile.announcements.discarded);
  };

  const latestVersion = latest && base && latest.version !== base.user.version ? latest : null;
  const conflict: ProfileConflict | null =
    status.kind === 'conflict'
      ? {
          latest: latestVersion,
          differences: () =>
            latestVersion && base
              ? profileDifferences(
                  definitions,
                  readProfileValues(base.user, definitions),
                  normalisedEdits(editable, form.getValues(), base, {
                    messages: validationMessages,
                    normalizePhone,
                  }),
                  readProfileValues(latestVersion, definitions),
                )
              : [],
          reload: () => {
            if (!latestVersion) return;
            adopt(latestVersion, definitions);
            setStatus({ kind: 'idle' });
            announce(messages.profile.announcements.reloaded);
          },
          overwrite: async () => {
            if (!latestVersion) return;
            await submitAgainst(() => latestVersion.version)();
          },
        }
      : null;

  const loadError = userQuery.error ?? definitionsQuery.error ?? null;
  const state: ProfileEditorState = !base
    ? loadError
      ? 'load-error'
      : 'loading'
    : status.kind === 'saving'
      ? 'saving'
      : status.kind === 'conflict'
        ? 'conflict'
        : status.kind === 'error'
          ? 'error'
          : isDirty
            ? 'dirty'
            : status.kind === 'saved'
              ? 'saved'
              : 'idle';

  const getters = useProfilePropGetters({
    fields: fieldStore,
    definitions,
    mode,
    user: base?.user ?? null,
    submit,
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
    submit,
    retry: () => submit(),
    discard,
    error: status.kind === 'error' || status.kind === 'conflict' ? status.error : null,
    unplacedErrors: status.kind === 'error' ? status.unplaced : [],
    conflict,
    ...getters,
  };
  return { editor, fields: fieldStore };
}
