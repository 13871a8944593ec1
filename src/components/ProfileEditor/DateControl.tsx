'use client';
import type { SyntheticEvent } from 'react';
import { cx } from '../shared/class-names.ts';
import { textOf } from './form-values.ts';
import type { FieldRendererProps } from './profile-editor-types.ts';

/**
 * What the form holds while the date input shows something it cannot read (31 February, a half-typed
 * date): Chromium then reports an empty value, which would save as "cleared". This is no calendar date,
 * so validation puts "must be a date" on the field instead, and the input keeps what was typed.
 */
export const unreadableDate = 'unreadable-date';

/** A native date input for `date` fields, bounded by the definition's earliest and latest dates. Part `input`. */
export function DateControl({
  definition,
  name,
  value,
  onChange,
  onBlur,
  inputRef,
  controlProps,
  classNames,
}: FieldRendererProps) {
  const text = typeof value === 'string' ? value : textOf(value);
  const unreadable = text === unreadableDate;
  // A stored value that is not a calendar date would be blanked by a date input: a text input shows it,
  // so the person sees what is there and can correct it.
  const isDate = unreadable || text === '' || /^\d{4}-\d{2}-\d{2}$/.test(text);
  // Also on `keyup`: Chromium fires no input event while the first parts of a date are typed into an
  // empty input (its value stays empty), so React reports no change.
  const report = ({ currentTarget: input }: SyntheticEvent<HTMLInputElement>) =>
    onChange(input.validity.badInput ? unreadableDate : input.value);
  return (
    <input
      {...controlProps}
      ref={inputRef}
      name={name}
      type={isDate ? 'date' : 'text'}
      min={definition.earliest ?? undefined}
      max={definition.latest ?? undefined}
      value={unreadable ? '' : text}
      onChange={report}
      onKeyUp={report}
      onBlur={onBlur}
      data-part="input"
      data-type="date"
      className={cx(classNames?.input)}
    />
  );
}
