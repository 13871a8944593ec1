import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDefinitionIn,
  enabledDefinitions,
  readManagedDefinitions,
  reorderDefinitionsIn,
  updateDefinitionIn,
} from './definition-changes.ts';
import type { TeamkitError } from './errors.ts';
import { moveDefinition } from './move-definition.ts';

const stored = () => [
  {
    key: 'email',
    scope: 'standard',
    label: 'Email',
    type: 'email',
    order: 0,
    policy: { write: 'none', source: 'system' },
  },
  {
    key: 'givenName',
    scope: 'standard',
    label: 'First name',
    type: 'text',
    order: 1,
    policy: { write: 'user', source: 'user' },
  },
  {
    key: 'team',
    scope: 'custom',
    label: 'Team',
    type: 'text',
    group: 'Work',
    order: 0,
    policy: { write: 'user', source: 'user' },
  },
  {
    key: 'okta_dept',
    scope: 'custom',
    label: 'Department',
    type: 'text',
    group: 'Work',
    order: 1,
    policy: { write: 'none', source: 'identity_provider' },
  },
  {
    key: 'broken',
    label: 'Broken',
    type: 'hologram',
    group: 'Work',
    order: 2,
    policy: { write: 'user', source: 'user' },
  },
];

function rejection(run: () => unknown): TeamkitError {
  try {
    run();
  } catch (error) {
    return error as TeamkitError;
  }
  throw new Error('expected a rejection');
}

describe('createDefinitionIn', () => {
  it('adds a custom attribute people write at the end of its group, enabled', () => {
    const { definitions, created } = createDefinitionIn(stored(), {
      key: 'cost_center',
      label: ' Cost center ',
      type: 'single_select',
      options: [
        { value: 'eng', label: 'Engineering' },
        { value: 'ops', label: '' },
      ],
      required: true,
      helpText: 'Where your time is billed',
      group: 'Work',
    });
    expect(created).toMatchObject({
      key: 'cost_center',
      scope: 'custom',
      label: 'Cost center',
      required: true,
      group: 'Work',
      order: 3,
      options: [
        { value: 'eng', label: 'Engineering' },
        { value: 'ops', label: 'ops' },
      ],
      policy: { write: 'user', source: 'user' },
      enabled: true,
    });
    expect(definitions).toHaveLength(6);
    expect(readManagedDefinitions(definitions).at(-1)?.key).toBe('cost_center');
  });

  it('puts a field with a new group first in that group, and admin-only when asked', () => {
    const { created } = createDefinitionIn(stored(), {
      key: 'badge',
      label: 'Badge',
      type: 'text',
      group: 'Site',
      write: 'admin',
    });
    expect(created).toMatchObject({ order: 0, group: 'Site', policy: { write: 'admin' } });
  });

  it('rejects bad input with one message per field, and keeps the list as it was', () => {
    const list = stored();
    const error = rejection(() =>
      createDefinitionIn(list, {
        key: '9xy',
        label: 'A',
        type: 'locale',
        options: [],
        helpText: 4,
        write: 'none',
      }),
    );
    expect(error.code).toBe('validation');
    expect(error.fieldErrors).toEqual({
      key: 'Start the key with a letter.',
      label: 'Use at least 3 characters for the display name.',
      type: 'Choose a kind of field.',
      helpText: 'Send text here.',
      write: 'Choose who may change it.',
    });
    expect(list).toEqual(stored());
  });

  it('asks a select for valid, distinct choices, and refuses choices elsewhere', () => {
    const select = (options: unknown) =>
      rejection(() =>
        createDefinitionIn(stored(), { key: 'size', label: 'Size', type: 'single_select', options }),
      ).fieldErrors;
    expect(select([])).toEqual({ options: 'Add at least one choice.' });
    expect(select(undefined)).toEqual({ options: 'Add at least one choice.' });
    expect(select([{ value: 'm' }, { value: ' ' }])).toEqual({ options: 'Choice 2 needs a value.' });
    expect(select([{ value: 'm' }, { value: 'm' }])).toEqual({ options: 'Choice 2 repeats the value “m”.' });
    const text = rejection(() =>
      createDefinitionIn(stored(), { key: 'size', label: 'Size', type: 'text', options: [{ value: 'a' }] }),
    );
    expect(text.fieldErrors).toEqual({ options: 'Only a select has choices.' });
  });

  it('refuses a key in use, in any letter case, with conflict on key', () => {
    for (const key of ['TEAM', 'givenname', 'email']) {
      const error = rejection(() => createDefinitionIn(stored(), { key, label: 'Again', type: 'text' }));
      expect(error.code).toBe('conflict');
      expect(error.fieldErrors.key).toBe('Another field already uses this key. Choose another key.');
    }
  });

  it('rejects something that is not an object', () => {
    expect(rejection(() => createDefinitionIn(stored(), 'cost_center')).code).toBe('validation');
  });
});

describe('updateDefinitionIn', () => {
  it('changes a custom attribute people write, leaving the others as stored', () => {
    const list = stored();
    const { definitions, updated } = updateDefinitionIn(list, 'team', {
      label: 'Squad',
      required: true,
      write: 'admin',
      helpText: '',
    });
    expect(updated).toMatchObject({
      label: 'Squad',
      required: true,
      helpText: null,
      policy: { write: 'admin', source: 'user' },
    });
    expect(definitions[4]).toBe(list[4]);
  });

  it('refuses a new key or type, saying what would happen to stored values', () => {
    const error = rejection(() => updateDefinitionIn(stored(), 'team', { key: 'squad', type: 'number' }));
    expect(error.fieldErrors).toEqual({
      key: 'A key cannot change: stored values are kept under it. Disable this field and add a new one.',
      type: 'The kind of field cannot change: values already stored would no longer fit.',
    });
  });

  it('lets a standard or identity-provider field change only its presentation', () => {
    const { updated } = updateDefinitionIn(stored(), 'givenName', {
      label: 'Given name',
      group: 'Personal',
      enabled: false,
    });
    expect(updated).toMatchObject({
      label: 'Given name',
      group: 'Personal',
      enabled: false,
      policy: { write: 'user' },
    });
    const error = rejection(() =>
      updateDefinitionIn(stored(), 'okta_dept', { write: 'user', required: true }),
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['required', 'write']);
  });

  it('never hides the email', () => {
    const error = rejection(() => updateDefinitionIn(stored(), 'email', { enabled: false }));
    expect(error.fieldErrors.enabled).toBe('The email cannot be hidden: people sign in with it.');
  });

  it('moves a field to the end of another group', () => {
    const { updated } = updateDefinitionIn(stored(), 'givenName', { group: 'Work' });
    expect(updated).toMatchObject({ group: 'Work', order: 3 });
  });

  it('answers not_found for an unknown key', () => {
    expect(rejection(() => updateDefinitionIn(stored(), 'nope', { label: 'Nope' })).code).toBe('not_found');
  });
});

describe('disabled definitions', () => {
  it('are managed but not served to profiles, and come back when enabled', () => {
    const off = updateDefinitionIn(stored(), 'team', { enabled: false }).definitions;
    expect(readManagedDefinitions(off).find((d) => d.key === 'team')?.enabled).toBe(false);
    expect(enabledDefinitions(off).some((d) => (d as { key: string }).key === 'team')).toBe(false);
    const on = updateDefinitionIn(off, 'team', { enabled: true }).definitions;
    expect(enabledDefinitions(on)).toHaveLength(5);
  });
});

describe('reorderDefinitionsIn and moveDefinition', () => {
  it('moves a field within its group only', () => {
    const managed = readManagedDefinitions(stored());
    expect(moveDefinition(managed, 'okta_dept', 'up')).toEqual([
      'email',
      'givenName',
      'okta_dept',
      'team',
      'broken',
    ]);
    expect(moveDefinition(managed, 'team', 'up')).toBeNull();
    expect(moveDefinition(managed, 'givenName', 'down')).toBeNull();
    expect(moveDefinition(managed, 'nope', 'down')).toBeNull();
  });

  it('stores the order given and rejects an order that does not name every field once', () => {
    const keys = ['email', 'givenName', 'okta_dept', 'team', 'broken'];
    const { managed } = reorderDefinitionsIn(stored(), keys);
    expect(managed.map((d) => d.key)).toEqual(keys);
    expect(rejection(() => reorderDefinitionsIn(stored(), keys.slice(1))).fieldErrors.keys).toBe(
      'The new order leaves out “email”; name every field once.',
    );
    expect(rejection(() => reorderDefinitionsIn(stored(), [...keys, 'team'])).fieldErrors.keys).toBe(
      'The key “team” is named twice.',
    );
    expect(rejection(() => reorderDefinitionsIn(stored(), 'email')).code).toBe('validation');
  });

  it('any sequence of moves keeps every field once, and each group together', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ index: fc.nat(4), up: fc.boolean() }), { maxLength: 20 }), (moves) => {
        let list: unknown[] = stored();
        for (const move of moves) {
          const managed = readManagedDefinitions(list);
          const key = managed[move.index]?.key ?? 'email';
          const keys = moveDefinition(managed, key, move.up ? 'up' : 'down');
          if (keys) list = reorderDefinitionsIn(list, keys).definitions;
        }
        const managed = readManagedDefinitions(list);
        expect(managed.map((d) => d.key).sort()).toEqual([
          'broken',
          'email',
          'givenName',
          'okta_dept',
          'team',
        ]);
        const groups = managed.map((d) => d.group ?? '');
        const runs = groups.filter((group, i) => group !== groups[i - 1]);
        expect(new Set(runs).size).toBe(runs.length);
      }),
    );
  });
});
