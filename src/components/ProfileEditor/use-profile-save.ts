'use client';
import { useMemo, useRef } from 'react';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import type { AttributeDefinition, ProfileEditMode } from '../../core/attribute-definition.ts';
import { type EditStatus, isStaleVersion } from '../../core/edit-session/edit-session.ts';
import { buildProfilePatch, isEmptyPatch } from '../../core/profile-patch.ts';
import { readProfileValues } from '../../core/profile-values.ts';
import type { User } from '../../core/user.ts';
import type { PhoneNormalizer } from '../../core/validate-attribute.ts';
import type { validationMessagesFrom } from '../../i18n/messages.ts';
import { useEditSession } from '../../react/use-edit-session.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import type { useUpdateProfile } from '../../react/use-update-profile.ts';
import { fieldNameOf } from './field-names.ts';
import { editedValues, type ProfileFormValues } from './form-values.ts';
import { normalisedEdits, type ProfileBase, type SessionProfile, sessionValuesOf } from './profile-base.ts';
import { profileDifferences } from './profile-differences.ts';
import { errorKeyCandidates, unplacedFieldError } from './server-field-errors.ts';
import type {
  ProfileConflict,
  ProfileFormOutput,
  UnplacedFieldError,
  UseProfileEditorResult,
} from './use-profile-editor-result.ts';

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

/** The editor's save, failure and conflict members, as the session drives them. */
type ProfileSaveActions = Pick<
  UseProfileEditorResult,
  'submit' | 'retry' | 'discard' | 'error' | 'unplacedErrors' | 'conflict'
>;

/**
 * The profile editor's saving on the shared edit session: the session holds the status, the failed
 * save's field errors and the conflict; react-hook-form keeps the draft. A save refused because someone
 * saved first goes again over their version once when they changed none of these fields.
 */
export function useProfileSave(input: ProfileSaveInput) {
  const { base, definitions, editable, mode, form, adopt, focusFirst } = input;
  const { messages, announce } = useTeamkit();
  const options = useMemo(() => {
    const keys = new Set(editable.map((definition) => definition.key));
    return { fieldOfPath: (path: string) => errorKeyCandidates(path).find((key) => keys.has(key)) ?? null };
  }, [editable]);
  const edits = useEditSession(
    useMemo(() => (base ? sessionValuesOf(base.user, base.definitions) : { version: '' }), [base]),
    options,
  );
  const { session } = edits;
  const inputRef = useRef(input);
  inputRef.current = input;

  /** Puts the failed save's field errors on their fields (focusing the first) and says how it went. */
  const settle = (outcome: Awaited<ReturnType<typeof edits.save>>, saved: User | undefined) => {
    if (outcome.status === 'saved' && saved) {
      adopt(saved, definitions);
      announce(messages.profile.announcements.saved);
      inputRef.current.onSaved?.(saved);
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
    // The session's draft: what the form will send, by attribute key (the edited fields only).
    for (const [key, value] of Object.entries(edited)) edits.edit(key, value);
    // What the backend stored, for the form to be loaded from.
    const stored: { user?: User } = {};
    const write = async (draft: SessionProfile) => {
      stored.user = await input.update.mutateAsync({ patch, expectedVersion: draft.version });
      return sessionValuesOf(stored.user, base.definitions);
    };
    const first = against === 'latest' ? await edits.keepMine(write) : await edits.save(write);
    const failure = first.status === 'failed' ? first.error : null;
    if (failure && against === 'base' && isStaleVersion(failure)) {
      // Someone saved first. Where they changed none of the fields saved here, the same patch goes over
      // their version once, keeping both edits; otherwise the person decides.
      const now = await inputRef.current.refetchUser();
      const clashes = now ? edits.review(sessionValuesOf(now, base.definitions)) : null;
      const again = clashes?.length === 0 ? await edits.keepMine(write) : null;
      // Refused once more: the person decides, as on a clash.
      if (again && !(again.status === 'failed' && isStaleVersion(again.error)))
        return settle(again, stored.user);
      announce(`${messages.profile.conflict.title}. ${messages.profile.conflict.description}`, 'assertive');
      return;
    }
    settle(first, stored.user);
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
            edits.review(sessionValuesOf(latestVersion, definitions));
            edits.takeTheirs();
            adopt(latestVersion, definitions);
            announce(messages.profile.announcements.reloaded);
          },
          overwrite: async () => {
            if (!latestVersion) return;
            edits.review(sessionValuesOf(latestVersion, definitions));
            await submitAgainst('latest')();
          },
        }
      : null;

  const unplacedErrors: UnplacedFieldError[] =
    session.status === 'error'
      ? session.unplacedErrors.map(({ path, message }) => unplacedFieldError(path, message, input.known))
      : [];

  const actions: ProfileSaveActions = {
    submit,
    retry: () => submit(),
    discard: () => {
      const target = latest ?? base?.user;
      edits.discard();
      if (target) adopt(target, definitions);
      announce(messages.profile.announcements.discarded);
    },
    // The session holds an error in `error` and `conflict` only.
    error: session.error,
    unplacedErrors,
    conflict,
  };
  return {
    status: session.status as EditStatus,
    /** The editor's state once loaded: the session's while saving or failed, else the form's dirtiness. */
    stateWith: (isDirty: boolean): EditStatus =>
      session.error || session.status === 'saving'
        ? session.status
        : isDirty
          ? 'dirty'
          : session.status === 'saved'
            ? 'saved'
            : 'idle',
    actions,
  };
}
