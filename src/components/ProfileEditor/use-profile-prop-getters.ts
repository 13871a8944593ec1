'use client';
import { type FormEvent, useId, useRef, useSyncExternalStore } from 'react';
import {
  type AttributeDefinition,
  canOverride,
  type ProfileEditMode,
} from '../../core/attribute-definition.ts';
import { isEditable } from '../../core/profile-schema.ts';
import { effectiveValue } from '../../core/profile-values.ts';
import type { User } from '../../core/user.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { unreadableDate } from './DateControl.tsx';
import { displayValue } from './display-value.ts';
import { fieldNameOf } from './field-names.ts';
import type { FieldStore } from './field-store.ts';
import type { FormInputValue } from './form-values.ts';
import { readOnlyReason } from './read-only-reason.ts';

/** Props for the host's own `<form>`: submit validates and saves. */
export interface ProfileFormProps {
  /** Validates and saves (the default submit is prevented). */
  onSubmit: (event: FormEvent) => void;
  /** The editor validates; the browser's own bubbles stay off. */
  noValidate: true;
  /** The form's accessible name, from the catalogue. */
  'aria-label': string;
}

/** Props for the control of one field: spread them on an input, textarea or select. */
export interface ProfileInputProps {
  /** The control's id (the label's `htmlFor`). */
  id: string;
  /** A stable, path-free name. */
  name: string;
  /** The text a text, date or select control shows (absent for a checkbox). */
  value?: string;
  /** Whether a checkbox (a `boolean` field) is ticked. */
  checked?: boolean;
  /** Set on a field that cannot be changed here. */
  readOnly?: true;
  /** Takes the control's new value (`checked` for a checkbox); validates once the field was left. */
  onChange: (event: {
    target: { value: string; checked?: boolean; type?: string; validity?: { badInput: boolean } };
  }) => void;
  /** Marks the field touched: its errors show from then on. */
  onBlur: () => void;
  /** Lets the editor focus the control (the first invalid field after a submit). */
  ref: (element: HTMLElement | null) => void;
  /** The description's and errors' ids. */
  'aria-describedby': string | undefined;
  /** Set while the field shows an error. */
  'aria-invalid': true | undefined;
  /** Set on a required field. */
  'aria-required': true | undefined;
}

/** Everything a host needs to render one field of its own profile page (see `getFieldProps`). */
export interface ProfileFieldProps {
  /** The field (labels, options and help inside are untrusted text: render them as text). */
  definition: AttributeDefinition;
  /** Whether the person may change it here (written directly or overridden). */
  editable: boolean;
  /** Why it cannot be changed, in words for the person; null when editable. */
  readOnlyReason: string | null;
  /** The control's value: text, a boolean (`boolean`) or a list (`multi_select`); the shown text when read-only. */
  value: FormInputValue;
  /** The error to show, or undefined. */
  error: string | undefined;
  /** For the `<label>`. */
  labelProps: { id: string; htmlFor: string };
  /** For the element holding the help text (and the read-only reason). */
  descriptionProps: { id: string };
  /** For the element holding the error (rendered only while there is one). */
  errorProps: { id: string };
  /** For the control. */
  inputProps: ProfileInputProps;
  /** Sets the value directly, for controls that are not a native input (a multi select's list). */
  setValue: (value: FormInputValue) => void;
}

/** What `useProfilePropGetters` needs from the editor. */
interface PropGetterSource {
  fields: FieldStore;
  definitions: readonly AttributeDefinition[];
  mode: ProfileEditMode;
  user: User | null;
  submit: (event?: { preventDefault?: () => void }) => Promise<void>;
}

/**
 * The headless editor's prop getters, in the manner of Downshift and React Aria: a host spreads them on
 * its own elements and never meets the form library. The calling component re-renders on a change of
 * the fields it asked for only once it has asked for one, so the kit's own editor (whose fields each
 * subscribe for themselves) keeps a root that typing never re-renders.
 */
export function useProfilePropGetters(source: PropGetterSource) {
  const { fields, definitions, mode, user, submit } = source;
  const { messages, locale } = useTeamkit();
  const prefix = useId();
  const asked = useRef(false);
  useSyncExternalStore(
    (onChange) => fields.onAnyChange(() => asked.current && onChange()),
    () => (asked.current ? fields.version() : 0),
    () => 0,
  );
  const named = user?.identities?.[0]?.displayName;
  const providerName = typeof named === 'string' && named.trim() !== '' ? named : null;

  const getFormProps = (): ProfileFormProps => ({
    onSubmit: (event) => void submit(event),
    noValidate: true,
    'aria-label': messages.profile.formLabel,
  });

  const getFieldProps = (key: string): ProfileFieldProps => {
    const definition = definitions.find((candidate) => candidate.key === key);
    if (!definition) throw new Error(`Teamkit: the profile editor shows no field "${key}".`);
    asked.current = true;
    const name = fieldNameOf(key);
    const id = `${prefix}${name}`;
    const editable = isEditable(definition, mode);
    const { value: formValue, error } = editable ? fields.snapshot(name) : { value: '', error: undefined };
    const handlers = fields.handlers(name);
    const shown =
      editable || !user
        ? formValue
        : displayValue(definition, effectiveValue(user, definition), messages, locale);
    const describedBy = [
      definition.helpText || !editable ? `${id}-description` : '',
      error ? `${id}-error` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      definition,
      editable,
      readOnlyReason: editable ? null : readOnlyReason(definition, mode, providerName, messages),
      value: shown,
      error,
      labelProps: { id: `${id}-label`, htmlFor: id },
      descriptionProps: { id: `${id}-description` },
      errorProps: { id: `${id}-error` },
      inputProps: {
        id,
        name,
        ...(typeof shown === 'boolean' ? { checked: shown } : { value: Array.isArray(shown) ? '' : shown }),
        ...(editable ? {} : { readOnly: true as const }),
        onChange: ({ target }) => {
          if (!editable) return;
          if (target.type === 'checkbox') handlers.onChange(target.checked === true);
          // A half-typed date reads as empty: kept as "no date" so validation says so (see DateControl).
          else handlers.onChange(target.validity?.badInput ? unreadableDate : target.value);
        },
        onBlur: handlers.onBlur,
        ref: handlers.ref,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-required': definition.required && !canOverride(definition) ? true : undefined,
      },
      setValue: (value) => {
        if (editable) handlers.onChange(value);
      },
    };
  };

  return { getFormProps, getFieldProps };
}
