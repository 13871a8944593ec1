'use client';
import { useMessages } from '../../react/use-teamkit.ts';
import { cx } from '../shared/class-names.ts';
import { textOf } from './form-values.ts';
import type { FieldRendererProps } from './profile-editor-types.ts';

/**
 * A native select for `single_select` fields, with an empty first choice. A stored value that is no
 * longer among the options is still listed, so it is visible (validation then asks for a listed one).
 * Part `select`.
 */
export function SelectControl({
  definition,
  name,
  value,
  onChange,
  onBlur,
  inputRef,
  controlProps,
  classNames,
}: FieldRendererProps) {
  const messages = useMessages();
  const current = typeof value === 'string' ? value : textOf(value);
  const options = definition.options ?? [];
  const unknown = current !== '' && !options.some((option) => option.value === current);
  return (
    <select
      {...controlProps}
      ref={inputRef}
      name={name}
      value={current}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      data-part="select"
      className={cx(classNames?.select)}
    >
      <option value="">{messages.profile.select.placeholder}</option>
      {unknown ? <option value={current}>{current}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
