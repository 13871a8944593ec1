import { type ReactNode, useId } from 'react';
import { cx } from './class-names.ts';

/** The ids and ARIA attributes a field's control must carry. */
export interface FieldControlProps {
  /** The control's id (the label points at it). */
  id: string;
  /** Help and error text ids. */
  'aria-describedby': string | undefined;
  /** Whether the value is invalid. */
  'aria-invalid': true | undefined;
  /** Whether a value is required. */
  'aria-required': true | undefined;
}

/** Props of Field: a label, help, errors and a control rendered with the right ids. */
export interface FieldProps {
  /** The label text. */
  label: ReactNode;
  /** Help text under the label. */
  description?: ReactNode;
  /** Error messages; the field is invalid while there is at least one. */
  errors?: readonly string[];
  /** Marks the field as required (announced, and shown with the `required` word). */
  required?: boolean;
  /** The word shown for optional fields (from the catalogue); nothing when absent. */
  optionalText?: string;
  /** A stable name for `data-field`, so hosts can target one field in CSS. */
  name?: string;
  /** Extra classes for the field's root. */
  className?: string;
  /** Use a fieldset and legend (for groups of checkboxes or radios). */
  asGroup?: boolean;
  /** State for `data-state` (e.g. `readonly`, `overridden`). */
  state?: string;
  /** Renders the control with the ids it needs. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form field with help text and an error list, wired for assistive technology:
 * `aria-describedby` names the help and the errors, `aria-invalid` follows the errors.
 * Parts: `field`, `label`, `description`, `error-list`, `error`.
 */
export function Field(props: FieldProps) {
  const { label, description, errors = [], required, optionalText, name, className, asGroup, state } = props;
  const id = useId();
  const controlId = `${id}-control`;
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = errors.length > 0 ? `${id}-errors` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  const control = props.children({
    id: controlId,
    'aria-describedby': describedBy,
    'aria-invalid': errors.length > 0 ? true : undefined,
    'aria-required': required ? true : undefined,
  });
  // A label may be data (a custom attribute's, in whatever language the backend keeps it): isolated,
  // so an English label in an Arabic form keeps its full stop at its own end. A translated one is
  // unchanged by it.
  const labelContent = (
    <>
      <bdi>{label}</bdi>
      {!required && optionalText ? <span data-part="optional"> ({optionalText})</span> : null}
    </>
  );
  const Root = asGroup ? 'fieldset' : 'div';
  return (
    <Root
      data-part="field"
      data-field={name}
      data-state={state}
      data-invalid={errors.length > 0 || undefined}
      data-required={required || undefined}
      className={cx(className)}
      aria-describedby={asGroup ? describedBy : undefined}
    >
      {/* The root's own child, unwrapped: a legend names its fieldset only as its child, and a form of 200
          fields carried 200 empty rows around its labels (each styled and laid out on mount). */}
      {asGroup ? (
        <legend data-part="label">{labelContent}</legend>
      ) : (
        <label data-part="label" htmlFor={controlId}>
          {labelContent}
        </label>
      )}
      {description ? (
        <p data-part="description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {control}
      {errors.length > 0 ? (
        <ul data-part="error-list" id={errorId}>
          {errors.map((error) => (
            <li key={error} data-part="error">
              {error}
            </li>
          ))}
        </ul>
      ) : null}
    </Root>
  );
}
