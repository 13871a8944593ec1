// The patch builder, by property: it names only fields the person changed and may write, and applying
// the patch to the stored user gives back exactly the edited values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyUserPatch } from '../../src/core/apply-user-patch.ts';
import type { AttributeDefinition } from '../../src/core/attribute-definition.ts';
import type { AttributeValue } from '../../src/core/attribute-value.ts';
import { buildProfilePatch } from '../../src/core/profile-patch.ts';
import { isEditable } from '../../src/core/profile-schema.ts';
import { readProfileValues } from '../../src/core/profile-values.ts';
import { testDefinition, testUser } from '../support/core-fixtures.ts';

/** Definitions covering each way a field is written: directly, by an admin only, as an override, never. */
const definitions: AttributeDefinition[] = [
  testDefinition('givenName', 'text'),
  testDefinition('familyName', 'text', { write: 'admin' }),
  testDefinition('name', 'text', { write: 'none', source: 'identity_provider', allowOverride: true }),
  testDefinition('picture', 'url', { write: 'none', source: 'identity_provider' }),
  testDefinition('team', 'text'),
  testDefinition('years', 'number'),
  testDefinition(
    'skills',
    'multi_select',
    {},
    {
      options: [
        { value: 'math', label: 'Math' },
        { value: 'art', label: 'Art' },
      ],
    },
  ),
  testDefinition('newsletter', 'boolean'),
  testDefinition('clearance', 'single_select', { write: 'admin' }, { options: [{ value: 'a', label: 'A' }] }),
];

/** A value of the definition's type as a validated form would hold it (strings trimmed, empties null). */
function valueFor(definition: AttributeDefinition): fc.Arbitrary<AttributeValue> {
  const text = fc.oneof(
    fc.constant(null),
    fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.trim() || null),
  );
  switch (definition.type) {
    case 'number':
      return fc.oneof(fc.constant(null), fc.integer({ min: -1000, max: 1000 }));
    case 'boolean':
      return fc.oneof(fc.constant(null), fc.boolean());
    case 'multi_select':
      return fc.subarray(['math', 'art']);
    case 'single_select':
      return fc.constantFrom(null, 'a');
    default:
      return text;
  }
}

/** For each definition: left alone (absent), or edited to some value. */
const edits = fc.record(
  Object.fromEntries(definitions.map((d) => [d.key, fc.option(valueFor(d), { nil: undefined })])),
  { requiredKeys: [] },
);

describe('buildProfilePatch, for any edits', () => {
  it.each(['self', 'admin'] as const)(
    'in %s mode, names only changed fields it may write, and round-trips',
    (mode) => {
      const user = testUser({ overrides: { name: 'Countess' } });
      const original = readProfileValues(user, definitions);
      fc.assert(
        fc.property(edits, (edited) => {
          const present: Record<string, AttributeValue> = {};
          for (const [k, v] of Object.entries(edited)) if (v !== undefined) present[k] = v;
          const patch = buildProfilePatch(definitions, original, present, mode);
          const named = new Set([
            ...Object.keys(patch.profile ?? {}),
            ...Object.keys(patch.customAttributes ?? {}),
            ...Object.keys(patch.overrides ?? {}),
          ]);
          for (const definition of definitions) {
            const { key } = definition;
            const touched = Object.hasOwn(present, key);
            const changed = touched && JSON.stringify(present[key]) !== JSON.stringify(original[key] ?? null);
            // Named exactly when changed and editable in this mode.
            expect(named.has(key)).toBe(changed && isEditable(definition, mode));
          }
          const after = readProfileValues(applyUserPatch(user, patch), definitions);
          for (const definition of definitions) {
            const { key } = definition;
            const expected =
              Object.hasOwn(present, key) && isEditable(definition, mode) ? present[key] : original[key];
            expect(after[key]).toEqual(expected ?? (definition.type === 'multi_select' ? [] : null));
          }
        }),
      );
    },
  );
});
