import { describe, expect, it } from 'vitest';
import { testDefinition } from '../../test/support/core-fixtures.ts';
import { patternBacktrackingRisk, patternInputLimit } from './regex-safety.ts';
import { sanitizeAttributeDefinitions } from './sanitize-definitions.ts';
import { validateAttributeValue } from './validate-attribute.ts';

describe('patternBacktrackingRisk', () => {
  it.each([
    ['(a+)+$', /nested quantifiers/],
    ['(\\d*)*x', /nested quantifiers/],
    ['(a{2,})+', /nested quantifiers/],
    ['((a+))+', /nested quantifiers/],
    ['(?:x+y?)*', /nested quantifiers/],
    ['(a|a)*', /repeated alternatives/],
    ['(?:\\w|\\d)+$', /repeated alternatives/],
    ['((a|b))+', /repeated alternatives/],
    ['(a)\\1', /backreference/],
    ['(?<n>a)\\k<n>', /backreference/],
  ])('refuses %s', (pattern, reason) => {
    expect(patternBacktrackingRisk(pattern)).toMatch(reason);
  });

  it.each([
    'EMP-\\d{4}',
    '[A-Z]{2}\\d+',
    '(ab)?c+',
    '(abc){3}x*',
    '[(+*]+',
    '\\(a+\\)+',
    '(com|org)',
    '\\u{1F600}+',
    '\\p{L}+',
    '^[^@\\s]+@[^@\\s]+$',
  ])('lets %s through', (pattern) => {
    expect(patternBacktrackingRisk(pattern)).toBeNull();
  });
});

describe('untrusted patterns in definitions', () => {
  it('sanitizing degrades a field whose pattern could freeze the page, saying why', () => {
    const { definitions, problems } = sanitizeAttributeDefinitions([
      {
        key: 'code',
        label: 'Code',
        type: 'text',
        pattern: '(a+)+$',
        policy: { write: 'user', source: 'user' },
      },
    ]);
    expect(definitions[0]).toMatchObject({ type: 'text', pattern: null, policy: { write: 'none' } });
    expect(problems[0]?.message).toMatch(/could freeze the page \(nested quantifiers\)/);
  });

  it('validation never runs a catastrophic pattern, even on definitions that skipped sanitizing', () => {
    // Without the guard this input takes about 2^40 steps and the test times out.
    const definition = testDefinition('code', 'text', {}, { pattern: '(a+)+$' });
    expect(validateAttributeValue(definition, `${'a'.repeat(40)}!`)).toEqual({
      ok: true,
      value: `${'a'.repeat(40)}!`,
    });
  });

  it(`tests a pattern only on values up to ${patternInputLimit} characters, and says so beyond`, () => {
    const definition = testDefinition('code', 'text', {}, { label: 'Code', pattern: '\\d*\\d*\\d*x' });
    expect(validateAttributeValue(definition, `${'1'.repeat(patternInputLimit - 1)}x`).ok).toBe(true);
    expect(validateAttributeValue(definition, '1'.repeat(patternInputLimit + 1))).toEqual({
      ok: false,
      message: `Code must be at most ${patternInputLimit} characters.`,
    });
  });
});
