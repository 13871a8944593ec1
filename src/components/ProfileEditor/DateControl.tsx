'use client';
import { cx } from '../shared/class-names.ts';
import { textOf } from './form-values.ts';
import type { FieldRendererProps } from './profile-editor-types.ts';

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
  // A stored value that is not a calendar date would be blanked by a date input: a text input shows it,
  // so the person sees what is there and can correct it.
  const isDate = text === '' || /^\d{4}-\d{2}-\d{2}$/.test(text);
  return (
    <input
      {...controlProps}
      ref={inputRef}
      name={name}
      type={isDate ? 'date' : 'text'}
      min={definition.earliest ?? undefined}
      max={definition.latest ?? undefined}
      value={text}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      data-part="input"
      data-type="date"
      className={cx(classNames?.input)}
    />
  );
}
