// Bad input, by property: whatever definitions a backend sends and whatever a person types, the
// sanitizer, the validator and the form schema answer with a field message or a value; none throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProfileSchema } from '../../src/core/profile-schema.ts';
import { sanitizeAttributeDefinitions } from '../../src/core/sanitize-definitions.ts';
import { validateAttributeValue } from '../../src/core/validate-attribute.ts';
import { rawDefinitions, typedValue } from './arbitraries.ts';

describe('validation, for any definitions and any values', () => {
  it('sanitizing never throws, and keeps only unique, non-reserved keys', () => {
    fc.assert(
      fc.property(rawDefinitions, (raw) => {
        const { definitions } = sanitizeAttributeDefinitions(raw);
        const keys = definitions.map((definition) => definition.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const key of keys) expect(['__proto__', 'constructor', 'prototype', '']).not.toContain(key);
      }),
    );
  });

  it('validating a value gives the normalised value or a non-empty message, never an exception', () => {
    fc.assert(
      fc.property(rawDefinitions, fc.array(typedValue, { maxLength: 8 }), (raw, values) => {
        const { definitions } = sanitizeAttributeDefinitions(raw);
        definitions.forEach((definition, index) => {
          const result = validateAttributeValue(definition, values[index % Math.max(values.length, 1)]);
          if (!result.ok) expect(result.message.trim()).not.toBe('');
        });
      }),
    );
  });

  it('the form schema parses any input into values or field issues, in either edit mode', () => {
    fc.assert(
      fc.property(
        rawDefinitions,
        fc.dictionary(fc.string({ maxLength: 8 }), typedValue, { maxKeys: 8 }),
        fc.constantFrom('self' as const, 'admin' as const),
        (raw, input, mode) => {
          const { definitions } = sanitizeAttributeDefinitions(raw);
          const result = buildProfileSchema(definitions, { mode }).safeParse(input);
          if (!result.success) {
            for (const issue of result.error.issues) expect(issue.message.trim()).not.toBe('');
          }
        },
      ),
    );
  });
});
