'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Control, type FieldErrors, type Resolver, type UseFormReturn, useForm } from 'react-hook-form';
import {
  type AttributeDefinition,
  canOverride,
  groupDefinitions,
  isHiddenInMode,
  type ProfileEditMode,
  sortDefinitions,
} from '../../core/attribute-definition.ts';
import type { AttributeValue } from '../../core/attribute-value.ts';
import { type TeamkitError, toTeamkitError } from '../../core/errors.ts';
import { applyFieldLocks } from '../../core/field-locks.ts';
import { buildProfilePatch, isEmptyPatch } from '../../core/profile-patch.ts';
import { buildProfileSchema, isEditable } from '../../core/profile-schema.ts';
import { type ProfileValues, readProfileValues } from '../../core/profile-values.ts';
import { canRebasePatch } from '../../core/rebase-patch.ts';
import type { DefinitionProblem } from '../../core/sanitize-definitions.ts';
import type { User } from '../../core/user.ts';
import { type PhoneNormalizer, validateAttributeValue } from '../../core/validate-attribute.ts';
import { validationMessagesFrom } from '../../i18n/messages.ts';
import { useAttributeDefinitions } from '../../react/use-attribute-definitions.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUpdateProfile } from '../../react/use-update-profile.ts';
import { useUser } from '../../react/use-user.ts';
import { fieldNameOf } from './field-names.ts';
import { editedValues, type ProfileFormValues, sameInput, toFormValues } from './form-values.ts';
import { type ProfileDifference, profileDifferences } from './profile-differences.ts';
import type { ProfileEditorState, UseProfileEditorOptions } from './profile-editor-types.ts';
import { usePhoneNormalizer } from './use-phone-normalizer.ts';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard.ts';

/** What the schema outputs on a valid submit: normalised values by field name. */
export type ProfileFormOutput = Record<string, AttributeValue>;

/** The user and definitions the form's values were loaded from: what a save is compared against. */
interface ProfileBase {
  user: User;
  definitions: readonly AttributeDefinition[];
  /** The control values the form was reset to. */
  formValues: ProfileFormValues;
}

/** Where the last save attempt stands (the form's dirtiness is the other half of the editor's state). */
type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; error: TeamkitError; unplaced: readonly UnplacedFieldError[] }
  | { kind: 'conflict'; error: TeamkitError };

/**
 * A field error from the server that names no field the form shows: said in the failure notice
 * instead, by the field's label when the key is a known (hidden or read-only) field, else by the key.
 */
export interface UnplacedFieldError {
  /** The path the server named (`customAttributes.plan`). */
  path: string;
  /** The attribute key in it (`plan`): what to call the field when no definition has it. */
  key: string;
  /** The label of the field it names, or null when no definition has that key. */
  label: string | null;
  /** The server's message (untrusted: render as text). */
  message: string;
}

/** After a conflict: the latest saved version and the ways out. */
export interface ProfileConflict {
  /** The latest saved user, or null while it is being fetched. */
  latest: User | null;
  /** The fields where the form and the latest version disagree (computed when called). */
  differences: () => ProfileDifference[];
  /** Discards the edits and shows the latest version. */
  reload: () => void;
  /** Saves the edits again against the latest version (only the fields the person changed are sent). */
  overwrite: () => Promise<void>;
}

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
    submit,
    retry: () => submit(),
    discard,
    error: status.kind === 'error' || status.kind === 'conflict' ? status.error : null,
    unplacedErrors: status.kind === 'error' ? status.unplaced : [],
    conflict,
  };
}

/** What the form is loaded from for a user: the shown fields and the values of those edited in `mode`. */
function baseOf(user: User, shown: readonly AttributeDefinition[], mode: ProfileEditMode): ProfileBase {
  const edited = shown.filter((definition) => isEditable(definition, mode));
  return { user, definitions: shown, formValues: toFormValues(edited, readProfileValues(user, edited)) };
}

/**
 * The form's values by key, normalised as saving would; an untouched field keeps its loaded value and
 * a value that does not validate is kept as typed.
 */
function normalisedEdits(
  editable: readonly AttributeDefinition[],
  values: ProfileFormValues,
  base: ProfileBase,
  options: { messages: ReturnType<typeof validationMessagesFrom>; normalizePhone: PhoneNormalizer },
): ProfileValues {
  const loaded = readProfileValues(base.user, editable);
  const edited: Record<string, AttributeValue> = {};
  for (const definition of editable) {
    const name = fieldNameOf(definition.key);
    const raw = values[name];
    if (sameInput(raw, base.formValues[name])) {
      edited[definition.key] = loaded[definition.key] ?? null;
      continue;
    }
    const checked = canOverride(definition) ? { ...definition, required: false } : definition;
    const result = validateAttributeValue(checked, raw, options);
    edited[definition.key] = result.ok ? result.value : ((raw ?? null) as AttributeValue);
  }
  return edited;
}
