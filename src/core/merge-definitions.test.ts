import { describe, expect, it } from 'vitest';
import { applyFieldLocks } from './field-locks.ts';
import { localizeDefinitions } from './localize-definitions.ts';
import { localizeRole } from './localize-role.ts';
import { pickLocalizedText } from './localized-text.ts';
import { mergeAttributeDefinitions } from './merge-definitions.ts';
import { sanitizeAttributeDefinitions } from './sanitize-definitions.ts';
import type { User } from './user.ts';

/** What a Scalekit-like backend knows: key, label, required, type, nothing else. */
const backend: unknown[] = [
  { key: 'department', label: 'department', type: 'text', required: false },
  { key: 'nickname', label: 'Nickname', type: 'text', policy: { write: 'user', source: 'user' } },
];

describe('mergeAttributeDefinitions', () => {
  describe('given host definitions', () => {
    it('refines the backend’s by key, merges the policy field by field, keeps backend-only and adds host-only ones', () => {
      const merged = mergeAttributeDefinitions(backend, [
        {
          key: ' department ',
          type: 'single_select',
          options: [{ value: 'eng', label: 'Engineering' }],
          group: 'work',
          order: 2,
          policy: { write: 'user' },
        },
        { key: 'shirt', label: 'Shirt size', type: 'text', policy: { write: 'user', source: 'user' } },
      ]);
      expect(merged).toEqual([
        {
          key: 'department',
          label: 'department',
          type: 'single_select',
          required: false,
          options: [{ value: 'eng', label: 'Engineering' }],
          group: 'work',
          order: 2,
          policy: { write: 'user' },
        },
        backend[1],
        { key: 'shirt', label: 'Shirt size', type: 'text', policy: { write: 'user', source: 'user' } },
      ]);
      const refined = mergeAttributeDefinitions(backend, [{ key: 'nickname', policy: { write: 'admin' } }]);
      expect(refined[1]).toMatchObject({ policy: { write: 'admin', source: 'user' } });
    });

    it('lets a later host entry for a key refine an earlier one', () => {
      const merged = mergeAttributeDefinitions(
        [],
        [
          { key: 'a', label: 'A', type: 'text' },
          { key: 'a', required: true },
        ],
      );
      expect(merged).toEqual([{ key: 'a', label: 'A', type: 'text', required: true }]);
    });
  });

  describe('given a backend with no list or malformed entries', () => {
    it('uses the host’s alone, and leaves the malformed ones for the sanitizer to degrade or drop', () => {
      expect(mergeAttributeDefinitions(undefined, [{ key: 'x', label: 'X', type: 'text' }])).toEqual([
        { key: 'x', label: 'X', type: 'text' },
      ]);
      const host = [
        { key: 'department', type: 'hologram' },
        null,
        { label: 'No key' },
        'text',
      ] as unknown as Parameters<typeof mergeAttributeDefinitions>[1];
      const merged = mergeAttributeDefinitions(['junk', ...backend], host);
      expect(merged).toHaveLength(3);
      const { definitions, problems } = sanitizeAttributeDefinitions(merged);
      expect(definitions.map((definition) => definition.key)).toEqual(['department', 'nickname']);
      expect(definitions[0]?.degradedBecause).toMatch(/hologram/);
      expect(problems.map((problem) => problem.outcome)).toEqual(['dropped', 'degraded']);
    });

    it('returns the backend’s list untouched without host definitions', () => {
      expect(mergeAttributeDefinitions(backend, undefined)).toBe(backend);
      expect(mergeAttributeDefinitions(backend, [])).toBe(backend);
      expect(mergeAttributeDefinitions({ not: 'a list' }, undefined)).toEqual([]);
    });
  });
});

describe('localizeDefinitions', () => {
  const host = [
    {
      key: 'department',
      label: { en: 'Department', ar: 'القسم', es: 'Departamento' },
      helpText: { en: 'Where you work.', ar: 'مكان عملك.' },
      type: 'single_select' as const,
      group: 'work',
      groupLabel: { en: 'Work', ar: 'العمل' },
      options: [{ value: 'eng', label: { en: 'Engineering', ar: 'الهندسة' } }],
      policy: {
        write: 'user' as const,
        source: 'user' as const,
        readOnlyReason: { en: 'Locked', ar: 'مقفل' },
      },
    },
  ];

  it('picks every text for the locale, keeps the group name as the key and falls back to English', () => {
    const [arabic] = sanitizeAttributeDefinitions(
      localizeDefinitions(mergeAttributeDefinitions(backend, host), { locale: 'ar-EG' }),
    ).definitions;
    expect(arabic).toMatchObject({
      label: 'القسم',
      helpText: 'مكان عملك.',
      group: 'work',
      groupLabel: 'العمل',
      options: [{ value: 'eng', label: 'الهندسة' }],
      policy: { readOnlyReason: 'مقفل' },
    });
    const [german] = sanitizeAttributeDefinitions(
      localizeDefinitions(mergeAttributeDefinitions(backend, host), { locale: 'de' }),
    ).definitions;
    expect(german).toMatchObject({ label: 'Department', helpText: 'Where you work.', groupLabel: 'Work' });
  });

  it('asks the host’s translate, keeps the text when it declines or throws', () => {
    const asked: string[] = [];
    const [translated] = localizeDefinitions(
      [{ key: 'k', label: 'Team', helpText: 'Help', options: [{ value: 'a', label: 'A' }] }],
      {
        locale: 'es',
        translate: ({ text, kind, key, value }) => {
          asked.push(`${kind}:${key}:${value ?? ''}`);
          if (kind === 'helpText') throw new Error('no catalogue');
          return kind === 'label' ? `es:${text}` : null;
        },
      },
    ) as Record<string, unknown>[];
    expect(translated).toMatchObject({
      label: 'es:Team',
      helpText: 'Help',
      options: [{ value: 'a', label: 'A' }],
    });
    expect(asked).toEqual(['label:k:', 'helpText:k:', 'option:k:a']);
  });

  it('degrades texts of the wrong shape to the key, never showing an object', () => {
    const [definition] = sanitizeAttributeDefinitions(
      localizeDefinitions([{ key: 'odd', label: { en: 42 }, type: 'text', options: 'nope' }], {
        locale: 'en',
      }),
    ).definitions;
    expect(definition?.label).toBe('odd');
  });
});

describe('pickLocalizedText', () => {
  it('takes the exact tag, then the language, then English, then any', () => {
    expect(pickLocalizedText({ 'es-MX': 'a', es: 'b', en: 'c' }, 'es-MX')).toBe('a');
    expect(pickLocalizedText({ es: 'b', en: 'c' }, 'es-MX')).toBe('b');
    expect(pickLocalizedText({ en: 'c', de: 'd' }, 'ar')).toBe('c');
    expect(pickLocalizedText({ de: 'd' }, 'ar')).toBe('d');
    expect(pickLocalizedText({ de: '' }, 'ar')).toBeNull();
    expect(pickLocalizedText(['x'], 'en')).toBeNull();
    expect(pickLocalizedText({ html: '<b>x</b>' }, 'en')).toBeNull();
  });
});

describe('applyFieldLocks', () => {
  const { definitions } = sanitizeAttributeDefinitions([
    { key: 'givenName', label: 'First name', type: 'text', policy: { write: 'user', source: 'user' } },
    { key: 'nickname', label: 'Nickname', type: 'text', policy: { write: 'user', source: 'user' } },
  ]);
  const user = { id: 'usr_1', identities: [{ provider: 'okta' }] } as unknown as User;

  it('locks the fields the host’s policy names for this user, with its reason', () => {
    const locked = applyFieldLocks(definitions, user, (definition, who) =>
      definition.key === 'givenName' && who.identities.length > 0 ? 'Managed by Okta' : null,
    );
    expect(locked[0]?.policy).toEqual({
      write: 'none',
      source: 'identity_provider',
      readOnlyReason: 'Managed by Okta',
      allowOverride: false,
    });
    expect(locked[1]).toBe(definitions[1]);
  });

  it('returns the same list when nothing is locked, and locks a field whose policy throws', () => {
    expect(applyFieldLocks(definitions, user, () => null)).toBe(definitions);
    expect(applyFieldLocks(definitions, user, undefined)).toBe(definitions);
    const locked = applyFieldLocks(definitions, user, () => {
      throw new Error('directory down');
    });
    expect(locked.map((definition) => definition.policy.write)).toEqual(['none', 'none']);
    expect(locked[0]?.policy.readOnlyReason).toBeNull();
  });
});

describe('localizeRole', () => {
  const role = {
    name: 'billing_manager',
    displayName: 'Billing manager',
    description: 'Manages the plan.',
    isDefault: false,
    isAdmin: false,
  };

  it('uses the host’s words for the locale, else the backend’s, and never an empty name', () => {
    const roleTexts = { billing_manager: { displayName: { en: 'Billing manager', ar: 'مدير الفوترة' } } };
    expect(localizeRole(role, { locale: 'ar', roleTexts })).toMatchObject({
      displayName: 'مدير الفوترة',
      description: 'Manages the plan.',
    });
    expect(localizeRole(role, { locale: 'en' })).toBe(role);
    expect(localizeRole({ ...role, displayName: '' }, { locale: 'en' }).displayName).toBe('billing_manager');
    expect(
      localizeRole(role, {
        locale: 'de',
        translate: ({ kind, text }) => (kind === 'roleName' ? `DE ${text}` : null),
      }).displayName,
    ).toBe('DE Billing manager');
  });
});
