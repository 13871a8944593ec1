'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { Field } from '../shared/Field.tsx';
import { rendererFor } from './default-renderers.ts';
import { displayValue } from './display-value.ts';
import { fieldNameOf } from './field-names.ts';
import { textOf } from './form-values.ts';
import { useProfileEditorContext } from './profile-editor-context.ts';
import { useFieldBinding } from './use-field-binding.ts';

/** Props of OverrideField. */
export interface OverrideFieldProps {
  /** The field: an identity-provider attribute whose definition allows an override. */
  definition: AttributeDefinition;
  /** The identity provider's value (what applies without an override). */
  providerValue: unknown;
}

/**
 * An identity-provider attribute the person may override (Auth0's `user_metadata.picture || picture`):
 * the provider's value read-only with "Use a different value", or the person's own value with "Use the
 * value from Okta", which clears the override (saved as `overrides: { key: null }`). The form value is
 * the override; empty means the provider's value applies. `data-state="overridden"` or `"inherited"`.
 * Parts `override`, `provider-value`.
 */
export function OverrideField({ definition, providerValue }: OverrideFieldProps) {
  const { messages, locale } = useTeamkit();
  const { fields, renderers, classNames, providerName, epoch } = useProfileEditorContext();
  const name = fieldNameOf(definition.key);
  const field = useFieldBinding(fields, name);
  const hasOwnValue = textOf(field.value).trim() !== '';
  // Chosen by a button press; otherwise whether there is an own value decides. Without this, clearing
  // the input while typing would swap it away under the cursor.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const overriding = chosen ?? hasOwnValue;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the form is loaded afresh.
  useEffect(() => {
    setChosen(null); // Loaded afresh (saved, reloaded, discarded): follow the value again.
  }, [epoch]);

  const inputElement = useRef<HTMLElement | null>(null);
  const useOwnButton = useRef<HTMLButtonElement | null>(null);
  const focusNext = useRef<'input' | 'button' | null>(null);
  const { ref: registerRef } = field;
  const inputRef = useCallback(
    (element: HTMLElement | null) => {
      inputElement.current = element;
      registerRef(element);
    },
    [registerRef],
  );
  useEffect(() => {
    // Focus follows the swap: into the new input, or back to the button that brings it again.
    if (focusNext.current === 'input' && overriding) inputElement.current?.focus();
    if (focusNext.current === 'button' && !overriding) useOwnButton.current?.focus();
    focusNext.current = null;
  }, [overriding]);

  const provider = providerName ?? messages.profile.override.providerFallback;
  const providerText = displayValue(definition, providerValue, messages, locale);
  const hasProviderValue = textOf(providerValue).trim() !== '';
  const Renderer = rendererFor(definition.key, definition.type, renderers);
  const { error } = field;

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
        {overriding
          ? formatMessage(messages.profile.override.ownValue, { provider })
          : formatMessage(messages.profile.readOnly.identityProvider, { provider })}
      </span>
    </>
  );

  return (
    <Field
      label={definition.label}
      description={description}
      errors={error ? [error] : []}
      name={definition.key}
      state={overriding ? 'overridden' : 'inherited'}
      className={classNames?.field}
    >
      {(controlProps) => (
        <div data-part="override" className={cx(classNames?.override)}>
          {overriding ? (
            <>
              <Renderer
                definition={definition}
                name={name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={inputRef}
                controlProps={controlProps}
                invalid={error !== undefined}
                classNames={classNames}
              />
              <p data-part="provider-value" className={cx(classNames?.['provider-value'])}>
                {hasProviderValue
                  ? formatMessage(messages.profile.override.providerValue, { provider, value: providerText })
                  : formatMessage(messages.profile.override.providerValueEmpty, { provider })}
              </p>
              <Button
                variant="ghost"
                onClick={() => {
                  focusNext.current = 'button';
                  setChosen(false);
                  field.onChange('');
                }}
              >
                {formatMessage(messages.profile.override.useProvider, { provider })}
              </Button>
            </>
          ) : (
            <>
              <input
                {...controlProps}
                readOnly
                type="text"
                value={providerText}
                data-part="readonly-value"
                className={cx(classNames?.['readonly-value'])}
              />
              <Button
                ref={useOwnButton}
                variant="secondary"
                onClick={() => {
                  focusNext.current = 'input';
                  setChosen(true);
                  // Start from the provider's value: most overrides are small corrections of it.
                  field.onChange(hasProviderValue ? textOf(providerValue) : '');
                }}
              >
                {messages.profile.override.useOwn}
              </Button>
            </>
          )}
        </div>
      )}
    </Field>
  );
}
