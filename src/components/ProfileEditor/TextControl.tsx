'use client';
import type { HTMLInputAutoCompleteAttribute } from 'react';
import type { AttributeType } from '../../core/attribute-definition.ts';
import { cx } from '../shared/class-names.ts';
import { textOf } from './form-values.ts';
import type { FieldRendererProps } from './profile-editor-types.ts';

/** The input type and keyboard of each single-line type. Numbers use text: a native number input drops what it cannot parse, so "must be a number" could never show. */
const inputs: Partial<
  Record<AttributeType, { type: string; inputMode?: 'decimal' | 'url' | 'email' | 'tel' }>
> = {
  number: { type: 'text', inputMode: 'decimal' },
  url: { type: 'url', inputMode: 'url' },
  email: { type: 'email', inputMode: 'email' },
  phone: { type: 'tel', inputMode: 'tel' },
};

/** What browsers may fill standard fields with. */
const autoComplete: Record<string, HTMLInputAutoCompleteAttribute> = {
  givenName: 'given-name',
  familyName: 'family-name',
  name: 'name',
  phoneNumber: 'tel',
  picture: 'photo',
};

/** A single-line input: text, number, URL, email and phone fields. Part `input`, with `data-type`. */
export function TextControl({
  definition,
  name,
  value,
  onChange,
  onBlur,
  inputRef,
  controlProps,
  classNames,
}: FieldRendererProps) {
  const input = inputs[definition.type] ?? { type: 'text' };
  return (
    <input
      {...controlProps}
      ref={inputRef}
      name={name}
      type={input.type}
      inputMode={input.inputMode}
      autoComplete={definition.scope === 'standard' ? autoComplete[definition.key] : undefined}
      dir={definition.type === 'text' ? undefined : 'ltr'}
      placeholder={definition.placeholder ?? undefined}
      value={typeof value === 'string' ? value : textOf(value)}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      data-part="input"
      data-type={definition.type}
      className={cx(classNames?.input)}
    />
  );
}
