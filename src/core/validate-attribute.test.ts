import { describe, expect, it } from 'vitest';
import type { AttributeDefinition, AttributeType } from './attribute-definition.ts';
import { e164PhoneNormalizer, validateAttributeValue } from './validate-attribute.ts';
import { englishValidationMessages } from './validation-messages.ts';

function definition(type: AttributeType, extra: Partial<AttributeDefinition> = {}): AttributeDefinition {
  return {
    key: 'field',
    scope: 'custom',
    label: 'Field',
    type,
    required: false,
    order: 0,
    policy: { write: 'user', source: 'user' },
    ...extra,
  };
}

const ok = (value: unknown) => ({ ok: true, value });
const fail = (message: string) => ({ ok: false, message });

describe('validateAttributeValue', () => {
  describe('given an empty value', () => {
    it('is null when optional (an empty list for multi select)', () => {
      for (const type of [
        'text',
        'number',
        'date',
        'url',
        'email',
        'phone',
        'locale',
        'single_select',
        'boolean',
      ] as const) {
        for (const empty of [null, undefined, '', '   ']) {
          if (type === 'boolean' && empty === '   ') continue;
          expect(validateAttributeValue(definition(type), empty)).toEqual(ok(null));
        }
      }
      expect(validateAttributeValue(definition('multi_select', { options: [] }), [])).toEqual(ok([]));
    });

    it('asks for a value when required', () => {
      for (const type of ['text', 'number', 'date', 'boolean', 'single_select'] as const) {
        expect(validateAttributeValue(definition(type, { required: true, label: 'Team' }), '')).toEqual(
          fail('Enter your team.'),
        );
      }
      expect(
        validateAttributeValue(definition('multi_select', { required: true, label: 'Skills' }), []),
      ).toEqual(fail('Enter your skills.'));
    });
  });

  describe('text and long text', () => {
    it('trims, and checks length and pattern with the definition’s own message', () => {
      const employeeId = definition('text', {
        label: 'Employee ID',
        minLength: 5,
        maxLength: 10,
        pattern: '^EMP-\\d{3,6}$',
        patternMessage: 'Use the form EMP-1234.',
      });
      expect(validateAttributeValue(employeeId, '  EMP-123 ')).toEqual(ok('EMP-123'));
      expect(validateAttributeValue(employeeId, 'EMP')).toEqual(
        fail('Employee ID must be at least 5 characters.'),
      );
      expect(validateAttributeValue(employeeId, 'EMP-1234567')).toEqual(
        fail('Employee ID must be at most 10 characters.'),
      );
      expect(validateAttributeValue(employeeId, 'XYZ-1234')).toEqual(fail('Use the form EMP-1234.'));
    });

    it('matches the whole value and falls back to a generic message', () => {
      const code = definition('long_text', { label: 'Code', pattern: '[a-z]+' });
      expect(validateAttributeValue(code, 'abc1')).toEqual(fail('Code is not in the expected format.'));
      expect(validateAttributeValue(code, 'abc')).toEqual(ok('abc'));
    });

    it('does not blame the user for a pattern that does not compile', () => {
      expect(validateAttributeValue(definition('text', { pattern: '([' }), 'anything')).toEqual(
        ok('anything'),
      );
    });

    it('refuses values that are not text', () => {
      expect(validateAttributeValue(definition('text', { label: 'Team' }), { a: 1 })).toEqual(
        fail('Enter your team.'),
      );
    });
  });

  describe('number', () => {
    const years = definition('number', { label: 'Years', min: 0, max: 60 });
    it('accepts numbers and numeric text, including a decimal comma', () => {
      expect(validateAttributeValue(years, 12)).toEqual(ok(12));
      expect(validateAttributeValue(years, ' 7.5 ')).toEqual(ok(7.5));
      expect(validateAttributeValue(years, '2,5')).toEqual(ok(2.5));
      expect(validateAttributeValue(years, '1e1')).toEqual(ok(10));
    });
    it('refuses what is not a number, and values out of range', () => {
      expect(validateAttributeValue(years, 'twelve')).toEqual(
        fail('Years must be a number, like 42 or 3.5.'),
      );
      expect(validateAttributeValue(years, '1.2.3')).toEqual(fail('Years must be a number, like 42 or 3.5.'));
      expect(validateAttributeValue(years, -1)).toEqual(fail('Years must be 0 or more.'));
      expect(validateAttributeValue(years, '61')).toEqual(fail('Years must be 60 or less.'));
    });
    it('treats a non-finite number as empty', () => {
      expect(validateAttributeValue(years, Number.NaN)).toEqual(ok(null));
    });
  });

  describe('boolean', () => {
    it('accepts booleans only', () => {
      const newsletter = definition('boolean', { label: 'Newsletter' });
      expect(validateAttributeValue(newsletter, true)).toEqual(ok(true));
      expect(validateAttributeValue(newsletter, false)).toEqual(ok(false));
      expect(validateAttributeValue(newsletter, 'yes')).toEqual(fail('Enter your newsletter.'));
    });
  });

  describe('selects', () => {
    const options = [
      { value: 'eng', label: 'Engineering' },
      { value: 'ops', label: 'Operations' },
      { value: 'sales', label: 'Sales' },
    ];
    it('single select accepts one of the options', () => {
      const department = definition('single_select', { label: 'Department', options });
      expect(validateAttributeValue(department, 'eng')).toEqual(ok('eng'));
      expect(validateAttributeValue(department, 'legal')).toEqual(
        fail('Choose one of the listed options for department.'),
      );
    });
    it('multi select accepts a list of options within min and max', () => {
      const skills = definition('multi_select', { label: 'Skills', options, min: 2, max: 2 });
      expect(validateAttributeValue(skills, ['eng', 'ops'])).toEqual(ok(['eng', 'ops']));
      expect(validateAttributeValue(skills, ['eng', 'nope'])).toEqual(
        fail('Choose one of the listed options for skills.'),
      );
      expect(validateAttributeValue(skills, ['eng'])).toEqual(fail('Choose at least 2 for skills.'));
      expect(validateAttributeValue(skills, ['eng', 'ops', 'sales'])).toEqual(
        fail('Choose at most 2 for skills.'),
      );
    });
  });

  describe('date', () => {
    const start = definition('date', { label: 'Start date', earliest: '2000-01-01', latest: '2030-12-31' });
    it('accepts calendar dates within the range', () => {
      expect(validateAttributeValue(start, '2024-02-29')).toEqual(ok('2024-02-29'));
    });
    it('refuses impossible dates, other formats and dates out of range', () => {
      expect(validateAttributeValue(start, '2023-02-29')).toEqual(
        fail('Start date must be a date, like 2024-03-31.'),
      );
      expect(validateAttributeValue(start, '03/31/2024')).toEqual(
        fail('Start date must be a date, like 2024-03-31.'),
      );
      expect(validateAttributeValue(start, '1999-12-31')).toEqual(
        fail('Start date must be on or after 2000-01-01.'),
      );
      expect(validateAttributeValue(start, '2031-01-01')).toEqual(
        fail('Start date must be on or before 2030-12-31.'),
      );
    });
  });

  describe('url', () => {
    it('accepts http and https addresses with a domain', () => {
      const website = definition('url', { label: 'Website' });
      expect(validateAttributeValue(website, 'https://example.com/path')).toEqual(
        ok('https://example.com/path'),
      );
      const message = 'Website must be a web address starting with https://, like https://example.com.';
      for (const bad of ['example.com', 'javascript:alert(1)', 'ftp://example.com', 'https://localhost']) {
        expect(validateAttributeValue(website, bad)).toEqual(fail(message));
      }
    });
  });

  describe('email', () => {
    it('accepts an address and refuses anything else', () => {
      const backup = definition('email', { label: 'Backup email' });
      expect(validateAttributeValue(backup, ' a@b.co ')).toEqual(ok('a@b.co'));
      for (const bad of ['a@b', 'a b@c.de', '@c.de']) {
        expect(validateAttributeValue(backup, bad)).toEqual(
          fail('Backup email must be an email address, like name@example.com.'),
        );
      }
    });
  });

  describe('phone', () => {
    const phone = definition('phone', { label: 'Phone number' });
    it('normalises an international number to E.164', () => {
      expect(validateAttributeValue(phone, '+1 (415) 555-2671')).toEqual(ok('+14155552671'));
      expect(validateAttributeValue(phone, '+44.20.7946.0958')).toEqual(ok('+442079460958'));
    });
    it('refuses a number without its country code, with the exact message', () => {
      for (const bad of ['415 555 2671', '+0123456789', '+12', 'call me']) {
        expect(validateAttributeValue(phone, bad)).toEqual(
          fail('Enter a phone number with its country code, like +14155552671.'),
        );
      }
    });
    it('uses a host’s normaliser when given', () => {
      const normalizePhone = (input: string) => (input === 'office' ? '+4930123456' : null);
      expect(validateAttributeValue(phone, 'office', { normalizePhone })).toEqual(ok('+4930123456'));
    });
  });

  describe('locale', () => {
    it('returns the canonical tag and refuses what is not one', () => {
      const language = definition('locale', { label: 'Language' });
      expect(validateAttributeValue(language, 'en-us')).toEqual(ok('en-US'));
      expect(validateAttributeValue(language, 'EN_US')).toEqual(
        fail('Language must be a language, like en-US.'),
      );
    });
  });

  it('words failures with the messages given', () => {
    const messages = { ...englishValidationMessages, required: (label: string) => `${label} fehlt.` };
    expect(
      validateAttributeValue(definition('text', { required: true, label: 'Team' }), '', { messages }),
    ).toEqual(fail('Team fehlt.'));
  });
});

describe('e164PhoneNormalizer', () => {
  it('keeps + and 8 to 15 digits', () => {
    expect(e164PhoneNormalizer('+12345678')).toBe('+12345678');
    expect(e164PhoneNormalizer('+1234567')).toBeNull();
    expect(e164PhoneNormalizer('+1234567890123456')).toBeNull();
  });
});
