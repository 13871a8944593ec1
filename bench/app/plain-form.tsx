/**
 * The references the ProfileEditor is compared with (bench/app/profile-editor.tsx), as plain-table.tsx
 * is the MembersTable's: hand-written React forms with nothing but markup (no data loading, no
 * validation, no state; every control uncontrolled).
 */
import type { ReactElement } from 'react';
import type { AttributeDefinition } from 'teamkit';

/** The DOM id of a plain form's control for a definition key. */
export const plainControlId = (key: string) => `plain-${key}`;

/** The input type a hand-written form would give a definition's type. */
const inputTypes: Partial<Record<AttributeDefinition['type'], string>> = {
  number: 'number',
  date: 'date',
  url: 'url',
  email: 'email',
  phone: 'tel',
};

/** One field as a developer would write it by hand: its label, its control, its help text. */
function PlainField({ definition }: { definition: AttributeDefinition }) {
  const id = plainControlId(definition.key);
  const help = definition.helpText ? <p>{definition.helpText}</p> : null;
  const options = definition.options ?? [];
  if (definition.type === 'multi_select') {
    return (
      <fieldset>
        <legend>{definition.label}</legend>
        {help}
        {options.map((option) => (
          <label key={option.value}>
            <input type="checkbox" name={definition.key} value={option.value} /> {option.label}
          </label>
        ))}
      </fieldset>
    );
  }
  if (definition.type === 'boolean') {
    return (
      <div>
        <label>
          <input id={id} type="checkbox" name={definition.key} /> {definition.label}
        </label>
        {help}
      </div>
    );
  }
  let control: ReactElement;
  if (definition.type === 'single_select') {
    control = (
      <select id={id} name={definition.key} defaultValue="">
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (definition.type === 'long_text') {
    control = <textarea id={id} name={definition.key} defaultValue="" />;
  } else {
    control = (
      <input id={id} type={inputTypes[definition.type] ?? 'text'} name={definition.key} defaultValue="" />
    );
  }
  return (
    <div>
      <label htmlFor={id}>{definition.label}</label>
      {control}
      {help}
    </div>
  );
}

/**
 * The same fields as the editor's `definitions`, hand-written: the same controls (selects with their
 * options, checkbox groups, text areas, dates), labels, help texts and sections, and a Save button.
 */
export function PlainForm({ definitions }: { definitions: readonly AttributeDefinition[] }) {
  const sections = new Map<string, AttributeDefinition[]>();
  for (const definition of definitions) {
    const group = definition.group ?? 'Profile';
    sections.set(group, [...(sections.get(group) ?? []), definition]);
  }
  return (
    <form data-plain-form="">
      {[...sections].map(([name, fields]) => (
        <section key={name}>
          <h2>{name}</h2>
          {fields.map((definition) => (
            <PlainField key={definition.key} definition={definition} />
          ))}
        </section>
      ))}
      <button type="submit">Save</button>
    </form>
  );
}

/** `count` labelled, uncontrolled text inputs and nothing else (the reference of earlier benches). */
export function PlainTextForm({ count }: { count: number }) {
  return (
    <form data-plain-form="">
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders.
        <div key={index}>
          <label htmlFor={`plain-${index}`}>Field {index + 1}</label>
          <input id={`plain-${index}`} name={`plain-${index}`} defaultValue="" />
        </div>
      ))}
    </form>
  );
}
