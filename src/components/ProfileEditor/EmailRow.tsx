'use client';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Badge } from '../shared/Badge.tsx';
import { cx } from '../shared/class-names.ts';
import { Field } from '../shared/Field.tsx';
import { textOf } from './form-values.ts';
import { useProfileEditorContext } from './profile-editor-context.ts';

/** Props of EmailRow. */
export interface EmailRowProps {
  /** The `email` definition (its label and help). */
  definition: AttributeDefinition;
  /** The address (untrusted: shown as text). */
  email: unknown;
  /** Whether the address has been confirmed. */
  verified: boolean;
}

/**
 * The sign-in email: read-only (it is the login identifier, never changed through a profile form), with
 * its verified state as a badge that is part of the field's description, so it is read with the field.
 * Parts `email-row`, `readonly-value`, `badge` (`data-value="verified"` or `"unverified"`).
 */
export function EmailRow({ definition, email, verified }: EmailRowProps) {
  const { messages } = useTeamkit();
  const { classNames } = useProfileEditorContext();
  const description = (
    <>
      <Badge tone={verified ? 'success' : 'warning'} value={verified ? 'verified' : 'unverified'}>
        {verified ? messages.profile.email.verified : messages.profile.email.unverified}
      </Badge>
      {definition.helpText ? (
        <span data-part="help" dir="auto">
          {' '}
          {definition.helpText}
        </span>
      ) : null}
    </>
  );
  return (
    <div data-part="email-row" className={cx(classNames?.['email-row'])}>
      <Field
        label={definition.label}
        description={description}
        name={definition.key}
        state="readonly"
        className={classNames?.field}
      >
        {(control) => (
          <input
            {...control}
            readOnly
            type="email"
            dir="ltr"
            value={textOf(email)}
            data-part="readonly-value"
            className={cx(classNames?.['readonly-value'])}
          />
        )}
      </Field>
    </div>
  );
}
