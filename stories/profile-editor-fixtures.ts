/**
 * Attribute definitions for the ProfileEditor stories: one field of every type, two hundred custom
 * attributes, and a list broken on purpose (the kit must degrade, never crash).
 */

import { seededDefinitions } from '../src/adapters/memory/index.ts';
import type { AttributeDefinition, AttributeType } from '../src/core/attribute-definition.ts';

const user = { write: 'user', source: 'user' } as const;

/** The standard fields only: a backend with no custom attributes. */
export function standardDefinitionsOnly(): AttributeDefinition[] {
  return seededDefinitions().filter((definition) => definition.scope === 'standard');
}

/** One editable field of each attribute type, in one group. */
export function everyTypeDefinitions(): AttributeDefinition[] {
  const base = { scope: 'custom', required: false, group: 'Every type', policy: user } as const;
  return [
    { ...base, key: 'text_field', label: 'Text', type: 'text', order: 0, placeholder: 'Anything short' },
    { ...base, key: 'long_text_field', label: 'Long text', type: 'long_text', order: 1, maxLength: 500 },
    { ...base, key: 'number_field', label: 'Number', type: 'number', order: 2, min: 0, max: 100 },
    { ...base, key: 'boolean_field', label: 'Boolean', type: 'boolean', order: 3 },
    {
      ...base,
      key: 'single_select_field',
      label: 'Single select',
      type: 'single_select',
      order: 4,
      options: [
        { value: 'north', label: 'North' },
        { value: 'south', label: 'South' },
      ],
    },
    {
      ...base,
      key: 'multi_select_field',
      label: 'Multi select',
      type: 'multi_select',
      order: 5,
      max: 2,
      options: [
        { value: 'red', label: 'Red' },
        { value: 'green', label: 'Green' },
        { value: 'blue', label: 'Blue' },
      ],
    },
    { ...base, key: 'date_field', label: 'Date', type: 'date', order: 6, earliest: '2000-01-01' },
    { ...base, key: 'url_field', label: 'URL', type: 'url', order: 7, placeholder: 'https://example.com' },
    { ...base, key: 'email_field', label: 'Email address', type: 'email', order: 8 },
    { ...base, key: 'phone_field', label: 'Phone', type: 'phone', order: 9, placeholder: '+14155552671' },
    { ...base, key: 'locale_field', label: 'Locale', type: 'locale', order: 10 },
  ];
}

const manyTypes: AttributeType[] = ['text', 'number', 'boolean', 'single_select', 'date', 'url', 'long_text'];

/** The seeded fields plus two hundred custom attributes in ten groups, every type in turn. */
export function twoHundredDefinitions(): AttributeDefinition[] {
  const extra: AttributeDefinition[] = Array.from({ length: 200 }, (_, index) => {
    const type = manyTypes[index % manyTypes.length] ?? 'text';
    return {
      key: `attribute_${String(index + 1).padStart(3, '0')}`,
      scope: 'custom',
      label: `Attribute ${index + 1}`,
      type,
      required: false,
      group: `Section ${Math.floor(index / 20) + 1}`,
      order: index,
      policy: user,
      ...(type === 'single_select'
        ? {
            options: [
              { value: 'a', label: 'Option A' },
              { value: 'b', label: 'Option B' },
            ],
          }
        : {}),
    };
  });
  return [...seededDefinitions(), ...extra];
}

/** Definitions as a careless backend might send them: the kit keeps what it can and degrades the rest. */
export function malformedDefinitions(): unknown[] {
  return [
    ...seededDefinitions().slice(0, 3),
    { key: 'mystery', label: 'Unknown type', type: 'hologram', policy: user },
    { key: 'broken_pattern', label: 'Broken pattern', type: 'text', pattern: '([a-z', policy: user },
    { key: 'no_options', label: 'Select without options', type: 'single_select', policy: user },
    { key: 'givenName', label: 'Duplicate of First name', type: 'text', policy: user },
    'not an object',
    null,
    { label: 'No key at all', type: 'text' },
    { key: '__proto__', label: 'Reserved key', type: 'text' },
    { key: 'html_label', label: '<img src=x onerror=alert(1)>', type: 'text', policy: user },
    { key: 'odd_policy', label: 'Odd policy', type: 'text', policy: 'yes please' },
  ];
}
