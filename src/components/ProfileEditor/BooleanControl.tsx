'use client';
import { cx } from '../shared/class-names.ts';
import type { FieldRendererProps } from './profile-editor-types.ts';

/** A checkbox for `boolean` fields, labelled by the field's label. Part `checkbox`. */
export function BooleanControl({
  name,
  value,
  onChange,
  onBlur,
  inputRef,
  controlProps,
  classNames,
}: FieldRendererProps) {
  return (
    <input
      {...controlProps}
      ref={inputRef}
      name={name}
      type="checkbox"
      checked={value === true}
      onChange={(event) => onChange(event.target.checked)}
      onBlur={onBlur}
      data-part="checkbox"
      className={cx(classNames?.checkbox)}
    />
  );
}
