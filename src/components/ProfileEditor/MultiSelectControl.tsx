'use client';
import { cx } from '../shared/class-names.ts';
import type { FieldRendererProps } from './profile-editor-types.ts';

/**
 * A group of checkboxes for `multi_select` fields (the field renders as a fieldset whose legend is the
 * label). Parts `checkbox-group`, `checkbox-option`, `checkbox`.
 */
export function MultiSelectControl({
  definition,
  name,
  value,
  onChange,
  onBlur,
  inputRef,
  controlProps,
  invalid,
  classNames,
}: FieldRendererProps) {
  const selected = Array.isArray(value) ? value : [];
  const options = definition.options ?? [];
  // Choices stored earlier but no longer offered stay visible, so unticking them is possible.
  const extra = selected.filter((item) => !options.some((option) => option.value === item));
  const all = [...options, ...extra.map((item) => ({ value: item, label: item }))];
  const toggle = (item: string, checked: boolean) => {
    const next = checked ? [...selected, item] : selected.filter((entry) => entry !== item);
    // Kept in the options' order, so ticking and unticking the same box leaves the value unchanged.
    onChange(all.map((option) => option.value).filter((entry) => next.includes(entry)));
  };
  return (
    <div data-part="checkbox-group" className={cx(classNames?.['checkbox-group'])}>
      {all.map((option, index) => (
        // The label holds its checkbox: no id to make and point at, one element fewer per choice.
        <label key={option.value} data-part="checkbox-option" className={cx(classNames?.['checkbox-option'])}>
          <input
            id={index === 0 ? controlProps.id : undefined}
            ref={index === 0 ? inputRef : undefined}
            name={name}
            type="checkbox"
            value={option.value}
            checked={selected.includes(option.value)}
            aria-invalid={invalid || undefined}
            onChange={(event) => toggle(option.value, event.target.checked)}
            onBlur={onBlur}
            data-part="checkbox"
            className={cx(classNames?.checkbox)}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
