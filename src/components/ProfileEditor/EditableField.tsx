'use client';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { useMessages } from '../../react/use-teamkit.ts';
import { Field } from '../shared/Field.tsx';
import { rendererFor } from './default-renderers.ts';
import { fieldNameOf } from './field-names.ts';
import { useProfileEditorContext } from './profile-editor-context.ts';
import { useFieldBinding } from './use-field-binding.ts';

/** Props of EditableField. */
export interface EditableFieldProps {
  /** The field. */
  definition: AttributeDefinition;
}

/**
 * A field the person may change: label, help, errors and the control for its type (or the host's).
 * Subscribed to its own value and error only (`useFieldBinding`), so typing here re-renders nothing else.
 * `data-state="editable"`.
 */
export function EditableField({ definition }: EditableFieldProps) {
  const { fields, renderers, classNames } = useProfileEditorContext();
  const messages = useMessages();
  const name = fieldNameOf(definition.key);
  const field = useFieldBinding(fields, name);
  const Renderer = rendererFor(definition.key, definition.type, renderers);
  const { error } = field;
  return (
    <Field
      label={definition.label}
      // Help comes from the backend's definitions, in whatever language it keeps them: isolated.
      description={definition.helpText ? <bdi>{definition.helpText}</bdi> : undefined}
      errors={error ? [error] : []}
      required={definition.required}
      // A single checkbox is never "required" in the sense of the word: unticked is an answer too.
      optionalText={definition.type === 'boolean' ? undefined : messages.common.optional}
      name={definition.key}
      asGroup={definition.type === 'multi_select'}
      state="editable"
      className={classNames?.field}
    >
      {(controlProps) => (
        <Renderer
          definition={definition}
          name={name}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          controlProps={controlProps}
          invalid={error !== undefined}
          classNames={classNames}
        />
      )}
    </Field>
  );
}
