'use client';
import { useMemo, useRef } from 'react';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import {
  type AttributeDefinition,
  canOverride,
  type ProfileEditMode,
} from '../../core/attribute-definition.ts';
import type { AttributeValue } from '../../core/attribute-value.ts';
import type { EditStatus } from '../../core/edit-session/edit-session.ts';
import type { TeamkitError } from '../../core/errors.ts';
import { buildProfilePatch, isEmptyPatch } from '../../core/profile-patch.ts';
import { type ProfileValues, readProfileValues } from '../../core/profile-values.ts';
import type { User } from '../../core/user.ts';
import { type PhoneNormalizer, validateAttributeValue } from '../../core/validate-attribute.ts';
import type { validationMessagesFrom } from '../../i18n/messages.ts';
import { useEditSession } from '../../react/use-edit-session.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import type { useUpdateProfile } from '../../react/use-update-profile.ts';
import { fieldNameOf } from './field-names.ts';
import { editedValues, type ProfileFormValues, sameInput } from './form-values.ts';
import type { ProfileBase } from './profile-base.ts';
import { type ProfileDifference, profileDifferences } from './profile-differences.ts';

/** What the schema outputs on a valid submit: normalised values by field name. */
export type ProfileFormOutput = Record<string, AttributeValue>;

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

/** What the save half of the profile editor needs from the form half. */
export interface ProfileSaveInput {
  base: ProfileBase | null;
  definitions: readonly AttributeDefinition[];
  editable: readonly AttributeDefinition[];
  known: readonly AttributeDefinition[];
  mode: ProfileEditMode;
  form: UseFormReturn<ProfileFormValues, unknown, ProfileFormOutput>;
  latest: User | null;
  refetchUser: () => Promise<User | undefined>;
  update: ReturnType<typeof useUpdateProfile>;
  adopt: (user: User, shown: readonly AttributeDefinition[]) => void;
  focusFirst: (names: ReadonlySet<string>) => void;
  onInvalid: (errors: FieldErrors<ProfileFormValues>) => void;
  onSaved: ((user: User) => void) | undefined;
  validation: { messages: ReturnType<typeof validationMessagesFrom>; normalizePhone: PhoneNormalizer };
}

/** The session's values for a user: its version and the edited fields' values by attribute key. */
type SessionProfile = Readonly<Record<string, unknown>> & { readonly version: string };

const sessionValuesOf = (base: ProfileBase | null): SessionProfile =>
  base ? { ...readProfileValues(base.user, base.definitions), version: base.user.version } : { version: '' };

/** The attribute key a server field error names: `givenName`, `customAttributes.plan`, `overrides.picture` … */
function errorKeyCandidates(path: string): string[] {
  const prefixes = ['profile.', 'customAttributes.', 'overrides.'];
  const prefix = prefixes.find((candidate) => path.startsWith(candidate));
  return prefix ? [path, path.slice(prefix.length)] : [path];
}

/**
 * The profile editor's saving on the shared edit session: the session holds the status, the failed
 * save's field errors and the conflict; react-hook-form keeps the draft. A save refused because someone
 * saved first goes again over their version once when they changed none of these fields.
 */
export function useProfileSave(input: ProfileSaveInput) {
  const { base, definitions, editable, mode, form, adopt, focusFirst } = input;
  const { messages, announce } = useTeamkit();
  const keys = useMemo(() => new Set(editable.map((definition) => definition.key)), [editable]);
  const options = useMemo(
    () => ({
      fieldOfPath: (path: string) => errorKeyCandidates(path).find((key) => keys.has(key)) ?? null,
    }),
    [keys],
  );
  const edits = useEditSession(
    useMemo(() => sessionValuesOf(base), [base]),
    options,
  );
  const { session } = edits;
  const inputRef = useRef(input);
  inputRef.current = input;

  /** Puts the failed save's field errors on their fields (focusing the first) and says how it went. */
  const settle = (outcome: Awaited<ReturnType<typeof edits.save>>, user: () => User | null) => {
    if (outcome.status === 'saved') {
      const saved = user();
      if (saved) adopt(saved, definitions);
      announce(messages.profile.announcements.saved);
      if (saved) inputRef.current.onSaved?.(saved);
      return;
    }
    if (outcome.status !== 'failed') return;
    const landed = new Set<string>();
    for (const [path, message] of Object.entries(outcome.error.fieldErrors)) {
      const key = options.fieldOfPath(path);
      if (key === null) continue;
      form.setError(fieldNameOf(key), { type: 'server', message: String(message) });
      landed.add(fieldNameOf(key));
    }
    focusFirst(landed);
  };

  const save = async (values: ProfileFormOutput, against: 'base' | 'latest') => {
    if (!base) return;
    const original = readProfileValues(base.user, base.definitions);
    const edited = editedValues(values, form.getValues(), base.formValues, original);
    const patch = buildProfilePatch(base.definitions, original, edited, mode);
    if (isEmptyPatch(patch)) {
      // What was typed normalises to what is stored ("42.0" is 42): show the stored form again.
      adopt(base.user, base.definitions);
      edits.discard();
      announce(messages.profile.announcements.noChanges);
      return;
    }
    for (const definition of base.definitions) {
      if (Object.hasOwn(edited, definition.key)) edits.edit(definition.key, edited[definition.key]);
    }
    let stored: User | null = null;
    const write = async (draft: SessionProfile) => {
      stored = await input.update.mutateAsync({ patch, expectedVersion: draft.version });
      return { ...readProfileValues(stored, base.definitions), version: stored.version };
    };
    const first = against === 'latest' ? await edits.keepMine(write) : await edits.save(write);
    const failure = first.status === 'failed' ? first.error : null;
    if (failure && against === 'base' && isStaleVersion(failure)) {
      // Someone saved first. Where they changed none of the fields saved here, the same patch goes over
      // their version once, keeping both edits; otherwise the person decides.
      const now = await inputRef.current.refetchUser();
      const clashes = now
        ? edits.review({ ...readProfileValues(now, base.definitions), version: now.version })
        : null;
      const again = clashes?.length === 0 ? await edits.keepMine(write) : null;
      // Refused once more: the person decides, as on a clash.
      if (again && !(again.status === 'failed' && isStaleVersion(again.error)))
        return settle(again, () => stored);
      announce(`${messages.profile.conflict.title}. ${messages.profile.conflict.description}`, 'assertive');
      return;
    }
    settle(first, () => stored);
  };

  const submitAgainst = (against: 'base' | 'latest') =>
    form.handleSubmit((values) => save(values, against), input.onInvalid);

  const submit = async (event?: { preventDefault?: () => void }) => {
    event?.preventDefault?.();
    if (session.status === 'saving') return;
    await submitAgainst('base')();
  };

  const { latest } = input;
  const latestVersion = latest && base && latest.version !== base.user.version ? latest : null;
  const conflict: ProfileConflict | null =
    session.status === 'conflict'
      ? {
          latest: latestVersion,
          differences: () =>
            latestVersion && base
              ? profileDifferences(
                  definitions,
                  readProfileValues(base.user, definitions),
                  normalisedEdits(editable, form.getValues(), base, input.validation),
                  readProfileValues(latestVersion, definitions),
                )
              : [],
          reload: () => {
            if (!latestVersion) return;
            edits.review({
              ...readProfileValues(latestVersion, definitions),
              version: latestVersion.version,
            });
            edits.takeTheirs();
            adopt(latestVersion, definitions);
            announce(messages.profile.announcements.reloaded);
          },
          overwrite: async () => {
            if (!latestVersion) return;
            edits.review({
              ...readProfileValues(latestVersion, definitions),
              version: latestVersion.version,
            });
            await submitAgainst('latest')();
          },
        }
      : null;

  const unplacedErrors: UnplacedFieldError[] =
    session.status === 'error'
      ? session.unplacedErrors.map(({ path, message }) => {
          const candidates = errorKeyCandidates(path);
          const definition = input.known.find((candidate) => candidates.includes(candidate.key));
          return { path, key: candidates.at(-1) ?? path, label: definition?.label ?? null, message };
        })
      : [];

  return {
    status: session.status as EditStatus,
    submit,
    retry: () => submit(),
    discard: () => {
      const target = latest ?? base?.user;
      edits.discard();
      if (target) adopt(target, definitions);
      announce(messages.profile.announcements.discarded);
    },
    error: session.status === 'error' || session.status === 'conflict' ? session.error : null,
    unplacedErrors,
    conflict,
  };
}

/** A refusal because the stored version moved on (not a clash of a value with another user's). */
function isStaleVersion(error: TeamkitError): boolean {
  return error.code === 'conflict' && Object.keys(error.fieldErrors).length === 0;
}

/**
 * The form's values by key, normalised as saving would; an untouched field keeps its loaded value and
 * a value that does not validate is kept as typed.
 */
function normalisedEdits(
  editable: readonly AttributeDefinition[],
  values: ProfileFormValues,
  base: ProfileBase,
  options: ProfileSaveInput['validation'],
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
