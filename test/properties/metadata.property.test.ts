// Metadata rules, by property: whatever rows a person types or a patch carries, a reserved key never
// gets through and a bag that passes validation stays within the declared limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainObject, type Metadata } from '../../src/core/json.ts';
import { type MetadataLimits, scalekitLimits } from '../../src/core/limits.ts';
import {
  applyMetadataPatch,
  buildMetadataPatch,
  type MetadataEntry,
  validateMetadataEntries,
  validateMetadataPatch,
} from '../../src/core/metadata.ts';

const reserved = ['__proto__', 'constructor', 'prototype'];
const key = fc.oneof(
  fc.constantFrom(...reserved, ' __proto__ ', 'plan', 'tier'),
  fc.string({ maxLength: 30 }),
);
const value = fc.string({ maxLength: 300 });
const limits = fc.constantFrom<MetadataLimits>(
  scalekitLimits.userMetadata,
  scalekitLimits.organizationMetadata,
  { maxPairs: 3, keyMinLength: 1, keyMaxLength: 5, valueMinLength: 0, valueMaxLength: 4 },
);
const entries = fc.array(fc.record({ key, value }), { maxLength: 25 });
const patch = fc.dictionary(key, fc.option(value, { nil: null }), { maxKeys: 25 });

/** A stored bag a backend could hold: arbitrary keys except reserved ones, string values. */
const stored = fc.dictionary(
  fc.string({ maxLength: 10 }).filter((k) => !reserved.includes(k)),
  fc.string({ maxLength: 10 }),
  { maxKeys: 12 },
);

function withinLimits(rows: readonly MetadataEntry[], l: MetadataLimits): boolean {
  return (
    rows.length <= l.maxPairs &&
    rows.every(
      (row) =>
        row.key.trim().length >= l.keyMinLength &&
        row.key.trim().length <= l.keyMaxLength &&
        typeof row.value === 'string' &&
        row.value.length >= l.valueMinLength &&
        row.value.length <= l.valueMaxLength,
    )
  );
}

describe('metadata rules, for any rows and patches', () => {
  it('rows that pass validation hold no reserved key and stay within the limits', () => {
    fc.assert(
      fc.property(entries, limits, (rows, l) => {
        if (validateMetadataEntries(rows, l).length > 0) return;
        for (const row of rows) expect(reserved).not.toContain(row.key.trim());
        expect(withinLimits(rows, l)).toBe(true);
      }),
    );
  });

  it('a patch with a reserved key is always refused, and a passing one never pollutes a prototype', () => {
    fc.assert(
      fc.property(stored, patch, limits, (current, p, l) => {
        const issues = validateMetadataPatch(current, p, l);
        if (Object.keys(p).some((k) => reserved.includes(k))) {
          expect(issues.some((issue) => issue.code === 'key_reserved')).toBe(true);
          return;
        }
        const merged: Metadata = applyMetadataPatch(current, p);
        expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
        expect(isPlainObject(merged)).toBe(true);
      }),
    );
  });

  it('the patch built from edited rows turns the stored bag into exactly those rows', () => {
    fc.assert(
      fc.property(
        stored,
        fc.array(fc.record({ key: fc.string({ minLength: 1, maxLength: 10 }), value: fc.string() })),
        (current, edited) => {
          const rows = edited.filter(
            (row, index) =>
              !reserved.includes(row.key.trim()) &&
              row.key.trim() !== '' &&
              edited.findIndex((other) => other.key.trim() === row.key.trim()) === index,
          );
          const after = applyMetadataPatch(current, buildMetadataPatch(current, rows));
          expect(after).toEqual(Object.fromEntries(rows.map((row) => [row.key.trim(), row.value])));
        },
      ),
    );
  });
});
