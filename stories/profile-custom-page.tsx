/**
 * A host's own profile page built from the headless `useProfileEditor` alone: its own markup, its own
 * controls and words, and the editor's prop getters for everything else (values, validation, ids and
 * ARIA, saving). No form library, control or encoded field name in sight.
 */
import type { ReactNode } from 'react';
import {
  type ProfileFieldProps,
  type UseProfileEditorOptions,
  useProfileEditor,
} from '../src/components/ProfileEditor/index.ts';

/** One field as this host draws it: a label, help (or why it is locked), the control, the error. */
function HostField({ field }: { field: ProfileFieldProps }) {
  const { definition, inputProps, value } = field;
  let control: ReactNode;
  if (!field.editable) {
    control = <input type="text" {...inputProps} />;
  } else if (definition.type === 'boolean') {
    control = <input type="checkbox" {...inputProps} />;
  } else if (definition.type === 'long_text') {
    control = <textarea rows={3} {...inputProps} />;
  } else if (definition.type === 'single_select') {
    control = (
      <select {...inputProps}>
        <option value="">Pick one</option>
        {definition.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else {
    const type = { email: 'email', url: 'url', phone: 'tel', date: 'date' }[definition.type as string];
    control = <input type={type ?? 'text'} {...inputProps} />;
  }
  const help = field.readOnlyReason ?? definition.helpText;
  if (field.editable && definition.type === 'multi_select') {
    // A group of checkboxes: a fieldset named by its legend; the list itself goes through setValue.
    const picked = Array.isArray(value) ? value : [];
    return (
      <fieldset
        className="host-field"
        ref={inputProps.ref}
        tabIndex={-1}
        aria-describedby={inputProps['aria-describedby']}
        aria-invalid={inputProps['aria-invalid']}
      >
        <legend>{definition.label}</legend>
        {help ? (
          <small {...field.descriptionProps} className="host-help">
            {help}
          </small>
        ) : null}
        {definition.options?.map((option) => (
          <label key={option.value} className="host-choice">
            <input
              type="checkbox"
              checked={picked.includes(option.value)}
              onChange={(event) =>
                field.setValue(
                  event.target.checked
                    ? [...picked, option.value]
                    : picked.filter((item) => item !== option.value),
                )
              }
              onBlur={inputProps.onBlur}
            />
            {option.label}
          </label>
        ))}
        {field.error ? (
          <strong {...field.errorProps} className="host-error">
            {field.error}
          </strong>
        ) : null}
      </fieldset>
    );
  }
  return (
    <div className="host-field" data-host-field={definition.key}>
      <label id={field.labelProps.id} htmlFor={field.labelProps.htmlFor}>
        {definition.label}
      </label>
      {help ? (
        <small {...field.descriptionProps} className="host-help">
          {help}
        </small>
      ) : null}
      {control}
      {field.error ? (
        <strong {...field.errorProps} className="host-error">
          {field.error}
        </strong>
      ) : null}
    </div>
  );
}

/** The page: a heading, the fields the host picked, its own status line and buttons. */
export function CustomProfilePage(options: UseProfileEditorOptions) {
  const editor = useProfileEditor(options);
  if (editor.state === 'loading') return <p aria-busy="true">Loading your profile…</p>;
  if (editor.state === 'load-error') {
    return (
      <div role="alert">
        <p>Your profile could not be loaded.</p>
        <button type="button" onClick={editor.retryLoad}>
          Load again
        </button>
      </div>
    );
  }
  const status =
    editor.state === 'saving'
      ? 'Saving…'
      : editor.state === 'saved'
        ? 'Your profile is saved.'
        : editor.isDirty
          ? 'You have unsaved changes.'
          : '';
  return (
    <form {...editor.getFormProps()} className="host-profile-page" data-state={editor.state}>
      <h2>Your details</h2>
      {editor.definitions.map((definition) => (
        <HostField key={definition.key} field={editor.getFieldProps(definition.key)} />
      ))}
      <p role="status" data-host-status="">
        {status}
      </p>
      {editor.state === 'error' ? (
        <p role="alert">
          Saving failed: {editor.error?.message}{' '}
          <button type="button" onClick={() => void editor.retry()}>
            Try again
          </button>
        </p>
      ) : null}
      <button type="submit" disabled={editor.state === 'saving'}>
        Save my profile
      </button>{' '}
      <button type="button" onClick={editor.discard} disabled={!editor.isDirty}>
        Undo my changes
      </button>
    </form>
  );
}
