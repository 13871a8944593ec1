import { describe, expect, it } from 'vitest';
import { testDefinition } from '../../../test/support/core-fixtures.ts';
import type {
  AttributeSource,
  AttributeType,
  ProfileEditMode,
  WritePolicy,
} from '../attribute-definition.ts';
import { isEditable } from '../profile-schema.ts';
import { type FieldAccess, fieldAccess } from './field-access.ts';

describe('fieldAccess, case by case', () => {
  it('lets a user and an admin write a user field', () => {
    const field = testDefinition('team', 'text');
    expect(fieldAccess(field, { mode: 'self' })).toEqual({ editable: true, through: 'value' });
    expect(fieldAccess(field, { mode: 'admin' })).toEqual({ editable: true, through: 'value' });
  });

  it('keeps an admin-only field from the user, with the definition’s own words', () => {
    const field = testDefinition('badge', 'text', {
      write: 'admin',
      readOnlyReason: ' Set by your administrator ',
    });
    expect(fieldAccess(field, { mode: 'self' })).toEqual({
      editable: false,
      reason: 'admin_only',
      message: 'Set by your administrator',
    });
    expect(fieldAccess(field, { mode: 'admin' })).toEqual({ editable: true, through: 'value' });
  });

  it('offers an override of a provider field that allows one, never of an email', () => {
    const name = testDefinition('name', 'text', {
      write: 'none',
      source: 'identity_provider',
      allowOverride: true,
    });
    expect(fieldAccess(name, { mode: 'self' })).toEqual({ editable: true, through: 'override' });
    const email = testDefinition('email', 'email', {
      write: 'none',
      source: 'identity_provider',
      allowOverride: true,
    });
    expect(fieldAccess(email, { mode: 'admin' })).toEqual({
      editable: false,
      reason: 'identity_provider',
      message: null,
    });
  });

  it('locks a user field for a user whose identity provider asserts it', () => {
    const field = testDefinition('givenName', 'text');
    expect(fieldAccess(field, { mode: 'admin', managedByProvider: true })).toEqual({
      editable: false,
      reason: 'identity_provider',
      message: null,
    });
  });

  it('says a definition the kit cannot honour is unsupported, before anything else', () => {
    const field = testDefinition(
      'broken',
      'text',
      { source: 'identity_provider' },
      { degradedBecause: 'bad pattern' },
    );
    expect(fieldAccess(field, { mode: 'admin' })).toMatchObject({ editable: false, reason: 'unsupported' });
  });

  it('tells a system field from one nobody writes', () => {
    expect(
      fieldAccess(testDefinition('created', 'date', { write: 'none', source: 'system' }), { mode: 'admin' }),
    ).toMatchObject({
      reason: 'system',
    });
    expect(fieldAccess(testDefinition('legacy', 'text', { write: 'none' }), { mode: 'admin' })).toMatchObject(
      {
        reason: 'read_only',
      },
    );
  });
});

describe('fieldAccess over every write policy × source × mode × override × type × degraded × provider lock', () => {
  const writes: WritePolicy[] = ['user', 'admin', 'none'];
  const sources: AttributeSource[] = ['user', 'identity_provider', 'system'];
  const modes: ProfileEditMode[] = ['self', 'admin'];
  const types: AttributeType[] = ['text', 'email'];
  const cases = writes.flatMap((write) =>
    sources.flatMap((source) =>
      modes.flatMap((mode) =>
        [false, true].flatMap((allowOverride) =>
          types.flatMap((type) =>
            [false, true].flatMap((degraded) =>
              [false, true].map((managedByProvider) => ({
                write,
                source,
                mode,
                allowOverride,
                type,
                degraded,
                managedByProvider,
              })),
            ),
          ),
        ),
      ),
    ),
  );

  /** The rules in words, first match wins. */
  function expected(c: (typeof cases)[number]): FieldAccess {
    const source = c.managedByProvider ? 'identity_provider' : c.source;
    const write = c.managedByProvider ? 'none' : c.write;
    if (!c.degraded && source === 'identity_provider' && c.allowOverride && c.type !== 'email')
      return { editable: true, through: 'override' };
    if (!c.degraded && (write === 'user' || (write === 'admin' && c.mode === 'admin')))
      return { editable: true, through: 'value' };
    const reason = c.degraded
      ? 'unsupported'
      : source === 'identity_provider'
        ? 'identity_provider'
        : write === 'admin' && c.mode === 'self'
          ? 'admin_only'
          : source === 'system'
            ? 'system'
            : 'read_only';
    return { editable: false, reason, message: null };
  }

  it('covers every combination', () => {
    expect(cases).toHaveLength(3 * 3 * 2 * 2 * 2 * 2 * 2);
  });

  it('decides each by the rules', () => {
    const wrong = cases
      .map((c) => {
        const definition = testDefinition(
          'field',
          c.type,
          { write: c.write, source: c.source, allowOverride: c.allowOverride },
          c.degraded ? { degradedBecause: 'x' } : {},
        );
        return {
          c,
          got: fieldAccess(definition, { mode: c.mode, managedByProvider: c.managedByProvider }),
          want: expected(c),
        };
      })
      .filter(({ got, want }) => JSON.stringify(got) !== JSON.stringify(want));
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('agrees with isEditable, which the profile schema uses, when no provider lock applies', () => {
    for (const c of cases.filter((c) => !c.managedByProvider)) {
      const definition = testDefinition(
        'field',
        c.type,
        { write: c.write, source: c.source, allowOverride: c.allowOverride },
        c.degraded ? { degradedBecause: 'x' } : {},
      );
      expect(fieldAccess(definition, { mode: c.mode }).editable).toBe(isEditable(definition, c.mode));
    }
  });
});
