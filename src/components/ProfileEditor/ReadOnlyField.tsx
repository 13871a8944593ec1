'use client';
import type { AttributeDefinition, ProfileEditMode } from '../../core/attribute-definition.ts';
import { isDevelopment } from '../../core/is-development.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { cx } from '../shared/class-names.ts';
import { Field } from '../shared/Field.tsx';
import { displayValue } from './display-value.ts';
import { useProfileEditorContext } from './profile-editor-context.ts';
import { readOnlyReason } from './read-only-reason.ts';

/** Props of ReadOnlyField. */
export interface ReadOnlyFieldProps {
  /** The field. */
  definition: AttributeDefinition;
  /** The value to show (any shape: it is shown as text). */
  value: unknown;
  /** The edit mode, for the reason ("only an administrator …"). */
  mode: ProfileEditMode;
}

/**
 * A field that cannot be changed here: its value as text in a read-only control (focusable, so it is
 * read with its label), and the reason beside it. A degraded definition (one the kit could not honour)
 * shows what was wrong with it in development builds only. Parts `readonly-value`, `readonly-reason`,
 * `degraded-reason`; `data-state="readonly"` or `"degraded"`.
 */
export function ReadOnlyField({ definition, value, mode }: ReadOnlyFieldProps) {
  const { messages, locale } = useTeamkit();
  const { classNames, providerName } = useProfileEditorContext();
  const degraded = Boolean(definition.degradedBecause);
  const text = displayValue(definition, value, messages, locale);
  const reason = readOnlyReason(definition, mode, providerName, messages);
  const description = (
    <>
      {definition.helpText ? (
        <>
          <span data-part="help" dir="auto">
            {definition.helpText}
          </span>
          {/* Outside the isolated help: inside it, the space sits at the help's own end, which in a
              right-to-left line is away from the note, and the two run together. */}{' '}
        </>
      ) : null}
      <span data-part="readonly-reason" className={cx(classNames?.['readonly-reason'])}>
        {reason}
      </span>
      {degraded && isDevelopment() ? (
        <span data-part="degraded-reason" className={cx(classNames?.['degraded-reason'])}>
          {' '}
          {formatMessage(messages.profile.readOnly.degraded, { reason: definition.degradedBecause ?? '' })}
        </span>
      ) : null}
    </>
  );
  return (
    <Field
      label={definition.label}
      description={description}
      name={definition.key}
      state={degraded ? 'degraded' : 'readonly'}
      className={classNames?.field}
    >
      {(control) =>
        definition.type === 'long_text' ? (
          <textarea
            {...control}
            readOnly
            rows={3}
            value={text}
            data-part="readonly-value"
            className={cx(classNames?.['readonly-value'])}
          />
        ) : (
          <input
            {...control}
            readOnly
            type="text"
            value={text}
            data-part="readonly-value"
            className={cx(classNames?.['readonly-value'])}
          />
        )
      }
    </Field>
  );
}
