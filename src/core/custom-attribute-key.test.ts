import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attributeLabelProblem,
  customAttributeKeyProblem,
  customAttributeKeyRule,
  deriveAttributeKey,
} from './custom-attribute-key.ts';

describe('customAttributeKeyProblem', () => {
  it('accepts keys Scalekit accepts', () => {
    for (const key of ['cost_center', 'employee-id', 'Zip', 'a12', 'x'.repeat(25)]) {
      expect(customAttributeKeyProblem(key)).toBeNull();
    }
  });

  it('names what is wrong with each kind of bad key', () => {
    expect(customAttributeKeyProblem('ab')).toBe('Use at least 3 characters for the key.');
    expect(customAttributeKeyProblem('x'.repeat(26))).toBe('Use at most 25 characters for the key.');
    expect(customAttributeKeyProblem('1abc')).toBe('Start the key with a letter.');
    expect(customAttributeKeyProblem('_abc')).toBe('Start the key with a letter.');
    expect(customAttributeKeyProblem('cost center')).toBe(
      'Use only letters, digits, “-” and “_” in the key.',
    );
    expect(customAttributeKeyProblem('coût')).toBe('Use only letters, digits, “-” and “_” in the key.');
    expect(customAttributeKeyProblem('constructor')).toBe('This key is reserved; choose another.');
  });

  it('refuses a key already taken, whatever its letter case', () => {
    expect(customAttributeKeyProblem('Cost_Center', ['cost_center'])).toBe(
      'Another field already uses this key.',
    );
    expect(customAttributeKeyProblem('cost_centre', ['cost_center'])).toBeNull();
  });
});

describe('attributeLabelProblem', () => {
  it('asks for a name of 3 to 250 characters, ignoring surrounding spaces', () => {
    expect(attributeLabelProblem('   ')).toBe('Enter a display name.');
    expect(attributeLabelProblem(' ab ')).toBe('Use at least 3 characters for the display name.');
    expect(attributeLabelProblem('x'.repeat(251))).toBe('Use at most 250 characters for the display name.');
    expect(attributeLabelProblem('Cost center')).toBeNull();
  });
});

describe('deriveAttributeKey', () => {
  it('turns a display name into a snake_case key', () => {
    expect(deriveAttributeKey('Cost center')).toBe('cost_center');
    expect(deriveAttributeKey('  Employee  Number (HR) ')).toBe('employee_number_hr');
    expect(deriveAttributeKey('Código postal')).toBe('codigo_postal');
  });

  it('starts with a letter, pads short names and cuts long ones', () => {
    expect(deriveAttributeKey('2nd email')).toBe('a_2nd_email');
    expect(deriveAttributeKey('')).toBe('attribute');
    expect(deriveAttributeKey('東京')).toBe('attribute');
    expect(deriveAttributeKey('Q')).toBe('q_x');
    expect(deriveAttributeKey('The department this person reports to')).toBe('the_department_this_perso');
  });

  it('adds a number when the key is taken', () => {
    expect(deriveAttributeKey('Cost center', ['cost_center'])).toBe('cost_center_2');
    expect(deriveAttributeKey('Cost center', ['COST_CENTER', 'cost_center_2'])).toBe('cost_center_3');
    expect(deriveAttributeKey('constructor')).toBe('constructor_2');
  });

  it('always gives a key the rule accepts and no taken key, for any name', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.stringMatching(/^[a-z][a-z0-9_]{2,24}$/), { maxLength: 10 }),
        (name, taken) => {
          const key = deriveAttributeKey(name, taken);
          expect(customAttributeKeyProblem(key, taken)).toBeNull();
          expect(key.length).toBeLessThanOrEqual(customAttributeKeyRule.maxLength);
        },
      ),
    );
  });
});
