import { describe, expect, it } from 'vitest';
import { maxAttributeDefinitions, sanitizeAttributeDefinitions } from './sanitize-definitions.ts';

const text = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  label: key,
  type: 'text',
  policy: { write: 'user', source: 'user' },
  ...extra,
});

describe('sanitizeAttributeDefinitions', () => {
  it('given well-formed definitions, keeps them with defaults filled in and no problems', () => {
    const { definitions, problems } = sanitizeAttributeDefinitions([
      text('team', { helpText: 'Which team', maxLength: 40, group: 'Work', order: 2 }),
    ]);
    expect(problems).toEqual([]);
    expect(definitions).toEqual([
      {
        key: 'team',
        scope: 'custom',
        label: 'team',
        type: 'text',
        required: false,
        helpText: 'Which team',
        placeholder: null,
        min: null,
        max: null,
        earliest: null,
        latest: null,
        minLength: null,
        maxLength: 40,
        pattern: null,
        patternMessage: null,
        group: 'Work',
        groupLabel: null,
        order: 2,
        policy: { write: 'user', source: 'user', readOnlyReason: null, allowOverride: false },
        degradedBecause: null,
      },
    ]);
  });

  it('given something other than a list, drops everything and says so', () => {
    for (const raw of [null, undefined, 'definitions', { key: 'x' }]) {
      expect(sanitizeAttributeDefinitions(raw)).toEqual({
        definitions: [],
        problems: [{ key: '(all)', message: 'definitions were not a list', outcome: 'dropped' }],
      });
    }
  });

  it('given an unknown type, degrades to read-only text', () => {
    const { definitions, problems } = sanitizeAttributeDefinitions([
      text('mood', { type: 'emoji', required: true }),
    ]);
    expect(definitions[0]).toMatchObject({ type: 'text', required: false, policy: { write: 'none' } });
    expect(definitions[0]?.degradedBecause).toMatch(/"emoji"/);
    expect(problems).toEqual([{ key: 'mood', message: expect.stringMatching(/emoji/), outcome: 'degraded' }]);
  });

  it('given a pattern that does not compile, degrades and drops the pattern', () => {
    const { definitions, problems } = sanitizeAttributeDefinitions([text('code', { pattern: '([a-z' })]);
    expect(definitions[0]).toMatchObject({ pattern: null, policy: { write: 'none' } });
    expect(problems[0]).toMatchObject({
      key: 'code',
      outcome: 'degraded',
      message: expect.stringMatching(/pattern/),
    });
  });

  it('given a select without options, degrades', () => {
    const { definitions, problems } = sanitizeAttributeDefinitions([
      text('level', { type: 'single_select' }),
      text('tags', { type: 'multi_select', options: [] }),
      text('size', { type: 'single_select', options: [{ value: '' }, 42] }),
    ]);
    expect(definitions.map((d) => d.type)).toEqual(['text', 'text', 'text']);
    expect(problems.map((p) => p.outcome)).toEqual(['degraded', 'degraded', 'degraded']);
  });

  it('reads options given as strings or objects, dropping empty and repeated values', () => {
    const { definitions } = sanitizeAttributeDefinitions([
      text('size', {
        type: 'single_select',
        options: ['S', { value: 'M', label: 'Medium' }, { value: 'S' }, { value: 'L' }],
      }),
    ]);
    expect(definitions[0]?.options).toEqual([
      { value: 'S', label: 'S' },
      { value: 'M', label: 'Medium' },
      { value: 'L', label: 'L' },
    ]);
  });

  it('drops a repeated key, keeping the first', () => {
    const { definitions, problems } = sanitizeAttributeDefinitions([
      text('team', { label: 'First' }),
      text('team', { label: 'Second' }),
    ]);
    expect(definitions.map((d) => d.label)).toEqual(['First']);
    expect(problems).toEqual([
      { key: 'team', message: expect.stringMatching(/earlier/), outcome: 'dropped' },
    ]);
  });

  it('drops reserved, missing and non-string keys, and entries that are not objects', () => {
    const { definitions, problems } = sanitizeAttributeDefinitions([
      text('__proto__'),
      text('constructor'),
      { label: 'No key', type: 'text' },
      text(''),
      { key: 42, type: 'text' },
      'a string',
      null,
    ]);
    expect(definitions).toEqual([]);
    expect(problems.map((p) => [p.key, p.outcome])).toEqual([
      ['__proto__', 'dropped'],
      ['constructor', 'dropped'],
      ['#2', 'dropped'],
      ['#3', 'dropped'],
      ['#4', 'dropped'],
      ['#5', 'dropped'],
      ['#6', 'dropped'],
    ]);
  });

  it('infers the scope of standard keys and degrades a custom key claiming to be standard', () => {
    const { definitions, problems } = sanitizeAttributeDefinitions([
      { key: 'givenName', label: 'First name', type: 'text', policy: { write: 'user', source: 'user' } },
      { key: 'shoe_size', scope: 'standard', label: 'Shoe size', type: 'text', policy: { write: 'user' } },
    ]);
    expect(definitions[0]?.scope).toBe('standard');
    expect(definitions[1]?.degradedBecause).toMatch(/not a standard profile field/);
    expect(problems).toHaveLength(1);
  });

  it('never lets the email be written, whatever the backend says', () => {
    const { definitions } = sanitizeAttributeDefinitions([
      { key: 'email', type: 'email', label: 'Email', policy: { write: 'user', source: 'user' } },
    ]);
    expect(definitions[0]?.policy.write).toBe('none');
  });

  it('given a missing or unknown policy, makes the field read-only system data', () => {
    const { definitions } = sanitizeAttributeDefinitions([
      { key: 'a_field', type: 'text' },
      {
        key: 'b_field',
        type: 'text',
        policy: { write: 'everyone', source: 'elsewhere', allowOverride: 'yes' },
      },
    ]);
    for (const definition of definitions) {
      expect(definition.policy).toEqual({
        write: 'none',
        source: 'system',
        readOnlyReason: null,
        allowOverride: false,
      });
    }
  });

  it('ignores numbers and dates of the wrong shape, and falls back to the key as label and the index as order', () => {
    const { definitions } = sanitizeAttributeDefinitions([
      text('first'),
      {
        key: 'when',
        type: 'date',
        label: '',
        min: '3',
        max: Number.NaN,
        earliest: '01/02/2020',
        latest: '2030-12-31',
        order: 'x',
      },
    ]);
    expect(definitions[1]).toMatchObject({
      label: 'when',
      min: null,
      max: null,
      earliest: null,
      latest: '2030-12-31',
      order: 1,
    });
  });
});

describe('sanitizeAttributeDefinitions, given thousands of definitions', () => {
  it('keeps the first maxAttributeDefinitions and reports the rest as one problem', () => {
    const raw = Array.from({ length: 2000 }, (_, index) => ({
      key: `f${index}`,
      scope: 'custom',
      label: `F${index}`,
      type: 'text',
    }));
    const { definitions, problems } = sanitizeAttributeDefinitions(raw);
    expect(definitions).toHaveLength(maxAttributeDefinitions);
    expect(definitions.at(-1)?.key).toBe(`f${maxAttributeDefinitions - 1}`);
    expect(problems).toEqual([
      { key: '(all)', message: '1500 definitions past the first 500 were left out', outcome: 'dropped' },
    ]);
  });
});
