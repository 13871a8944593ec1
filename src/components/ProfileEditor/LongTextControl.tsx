'use client';
import { cx } from '../shared/class-names.ts';
import { textOf } from './form-values.ts';
import type { FieldRendererProps } from './profile-editor-types.ts';

/**
 * A multi-line text area for `long_text` fields. Part `textarea`. Its direction follows what is
 * written (`dir="auto"`): an English paragraph in an Arabic form keeps its full stops at its ends.
 */
export function LongTextControl({
  definition,
  name,
  value,
  onChange,
  onBlur,
  inputRef,
  controlProps,
  classNames,
}: FieldRendererProps) {
  return (
    <textarea
      {...controlProps}
      ref={inputRef}
      name={name}
      rows={4}
      dir="auto"
      placeholder={definition.placeholder ?? undefined}
      value={typeof value === 'string' ? value : textOf(value)}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      data-part="textarea"
      className={cx(classNames?.textarea)}
    />
  );
}
