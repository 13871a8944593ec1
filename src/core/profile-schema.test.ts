import { describe, expect, it } from 'vitest';
import { testDefinition } from '../../test/support/core-fixtures.ts';
import { attributeSchema, buildProfileSchema, isEditable } from './profile-schema.ts';

const definitions = [
  testDefinition('email', 'email', { write: 'none', source: 'system' }),
  testDefinition('givenName', 'text', {}, { required: true, label: 'First name' }),
  testDefinition('phoneNumber', 'phone'),
  testDefinition(
    'name',
    'text',
    { write: 'none', source: 'identity_provider', allowOverride: true },
    { required: true },
  ),
  testDefinition(
    'employee_id',
    'text',
    { write: 'admin' },
    { pattern: 'EMP-\\d+', patternMessage: 'Use EMP-123.' },
  ),
  testDefinition('cost_center', 'text', { write: 'none', source: 'identity_provider' }),
  testDefinition('years', 'number', {}, { min: 0, max: 60 }),
  testDefinition('skills', 'multi_select', {}, { options: [{ value: 'ts', label: 'TypeScript' }] }),
];

describe('buildProfileSchema', () => {
  it('outputs normalised values for the fields editable in the mode', () => {
    const schema = buildProfileSchema(definitions, { mode: 'self' });
    const result = schema.safeParse({
      email: 'ignored@example.com',
      givenName: '  Ada ',
      phoneNumber: '+1 415 555 2671',
      name: '',
      employee_id: 'not even checked',
      cost_center: 'ignored',
      years: '12',
      skills: ['ts'],
    });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      givenName: 'Ada',
      phoneNumber: '+14155552671',
      name: null,
      years: 12,
      skills: ['ts'],
    });
  });

  it('leaves read-only fields out, and admin-only fields out of self mode', () => {
    expect(Object.keys(buildProfileSchema(definitions, { mode: 'self' }).shape).sort()).toEqual([
      'givenName',
      'name',
      'phoneNumber',
      'skills',
      'years',
    ]);
    expect(Object.keys(buildProfileSchema(definitions, { mode: 'admin' }).shape)).toContain('employee_id');
  });

  it('reports each invalid field with its message at its path', () => {
    const schema = buildProfileSchema(definitions, { mode: 'admin' });
    const result = schema.safeParse({
      givenName: '',
      phoneNumber: '555',
      employee_id: 'E1',
      years: 99,
      skills: [],
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(issues).toEqual({
      givenName: 'Enter your first name.',
      phoneNumber: 'Enter a phone number with its country code, like +14155552671.',
      employee_id: 'Use EMP-123.',
      years: 'years must be 60 or less.',
    });
  });

  it('given a field left out of the values, judges it as empty rather than failing generically', () => {
    const result = buildProfileSchema(definitions, { mode: 'self' }).safeParse({});
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['givenName', 'Enter your first name.'],
    ]);
  });

  it('never requires an override: clearing it returns to the provider’s value', () => {
    const name = definitions.find((d) => d.key === 'name')!;
    expect(attributeSchema(name).safeParse('').success).toBe(true);
  });

  it('passes a phone normaliser and messages through', () => {
    const schema = buildProfileSchema(definitions, { mode: 'self', normalizePhone: () => '+4930123456' });
    const result = schema.safeParse({
      givenName: 'A',
      phoneNumber: 'anything',
      name: null,
      years: null,
      skills: [],
    });
    expect(result.data?.phoneNumber).toBe('+4930123456');
  });
});

describe('isEditable', () => {
  it('is true for writable fields and overridable ones, false for read-only and degraded', () => {
    const [email, givenName, , name, employeeId, costCenter] = definitions;
    expect(isEditable(givenName!, 'self')).toBe(true);
    expect(isEditable(name!, 'self')).toBe(true);
    expect(isEditable(employeeId!, 'self')).toBe(false);
    expect(isEditable(employeeId!, 'admin')).toBe(true);
    expect(isEditable(costCenter!, 'admin')).toBe(false);
    expect(isEditable(email!, 'admin')).toBe(false);
    expect(isEditable({ ...givenName!, degradedBecause: 'broken' }, 'admin')).toBe(false);
  });
});
