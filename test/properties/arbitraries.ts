/**
 * fast-check arbitraries for the core's property tests: attribute definitions as a backend might send
 * them (well-formed, odd or hostile), values as a person or a browser control might produce them.
 */
import fc from 'fast-check';
import { attributeTypes } from '../../src/core/attribute-definition.ts';

/** A key: ordinary, standard, reserved (`__proto__` …) or odd. */
export const attributeKey = fc.oneof(
  fc.constantFrom('givenName', 'familyName', 'name', 'locale', 'phoneNumber', 'picture', 'email'),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '', ' ', 'toString', 'hasOwnProperty'),
  fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/),
  fc.string({ maxLength: 12 }),
);

/** A pattern: realistic, broken, or one that backtracks catastrophically. */
export const pattern = fc.oneof(
  fc.constantFrom('EMP-\\d{4}', '[A-Z]{2}\\d+', '(a+)+$', '(a|a)*', '(\\d*)*x', '([', '\\', '(?<n>a)\\k<n>'),
  fc.string({ maxLength: 10 }),
);

/** Anything JSON-like a backend could put in a field, including wrong types. */
const junk = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** One raw definition as a backend might send it: any field may be missing, mistyped or hostile. */
export const rawDefinition = fc.record(
  {
    key: fc.oneof(attributeKey, junk),
    scope: fc.oneof(fc.constantFrom('standard', 'custom'), junk),
    label: fc.oneof(fc.string({ maxLength: 20 }), junk),
    type: fc.oneof(fc.constantFrom(...attributeTypes), junk),
    required: fc.oneof(fc.boolean(), junk),
    options: fc.oneof(
      fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.record({ value: junk, label: junk })), {
        maxLength: 4,
      }),
      junk,
    ),
    min: junk,
    max: junk,
    minLength: junk,
    maxLength: junk,
    earliest: fc.oneof(fc.constantFrom('2020-01-01', '2030-12-31'), junk),
    latest: fc.oneof(fc.constantFrom('2020-01-01', '2030-12-31'), junk),
    pattern: fc.oneof(pattern, junk),
    patternMessage: junk,
    group: junk,
    order: junk,
    policy: fc.oneof(
      fc.record({
        write: fc.oneof(fc.constantFrom('user', 'admin', 'none'), junk),
        source: fc.oneof(fc.constantFrom('user', 'identity_provider', 'system'), junk),
        allowOverride: fc.oneof(fc.boolean(), junk),
      }),
      junk,
    ),
  },
  { requiredKeys: [] },
);

/** A list of raw definitions, or something that is not a list at all. */
export const rawDefinitions = fc.oneof(fc.array(rawDefinition, { maxLength: 8 }), junk, fc.anything());

/** A value typed or picked in a form control, or something no control would produce. */
export const typedValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '42',
    '3,5',
    '1e400',
    'NaN',
    '2024-02-30',
    '2024-02-29',
    'https://a.b',
    '+14155552671',
  ),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.anything(),
);
