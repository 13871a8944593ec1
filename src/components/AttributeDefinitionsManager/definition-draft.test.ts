import { describe, expect, it } from 'vitest';
import type { ManagedAttributeDefinition } from '../../core/managed-definition.ts';
import {
  changeFrom,
  draftFrom,
  draftIssues,
  emptyDraft,
  newDefinitionFrom,
  withLabel,
} from './definition-draft.ts';

const team: ManagedAttributeDefinition = {
  key: 'team',
  scope: 'custom',
  label: 'Team',
  type: 'single_select',
  required: false,
  options: [{ value: 'red', label: 'Red' }],
  group: 'Work',
  order: 0,
  policy: { write: 'user', source: 'user' },
  enabled: true,
};

describe('the definition draft', () => {
  it('derives the key from the display name until the key is edited', () => {
    let draft = withLabel(emptyDraft(), 'Cost center', ['cost_center']);
    expect(draft.key).toBe('cost_center_2');
    draft = { ...draft, key: 'cc', keyEdited: true };
    expect(withLabel(draft, 'Cost centre', []).key).toBe('cc');
    expect(withLabel(emptyDraft(), '  ', []).key).toBe('');
  });

  it('reports each problem as a code for the component to word', () => {
    const draft = {
      ...emptyDraft(),
      label: 'A',
      key: '9',
      type: 'multi_select' as const,
      options: 'x\n x \n',
    };
    expect(draftIssues(draft, 'create', [])).toEqual([
      { field: 'label', code: 'labelTooShort', min: 3, max: 250 },
      { field: 'key', code: 'too_short' },
      { field: 'options', code: 'optionsRepeated', value: 'x' },
    ]);
    expect(draftIssues({ ...emptyDraft(), label: 'Desk', key: 'TEAM' }, 'create', ['team'])).toEqual([
      { field: 'key', code: 'taken' },
    ]);
    expect(draftIssues({ ...draftFrom(team), options: '' }, 'edit', ['team'])).toEqual([
      { field: 'options', code: 'optionsMissing' },
    ]);
  });

  it('makes a new definition with trimmed values and choices only for selects', () => {
    const draft = {
      ...emptyDraft(),
      label: ' Desk ',
      key: 'desk',
      helpText: ' ',
      group: 'Site',
      write: 'admin' as const,
    };
    expect(newDefinitionFrom(draft)).toEqual({
      key: 'desk',
      label: 'Desk',
      type: 'text',
      required: false,
      helpText: null,
      group: 'Site',
      write: 'admin',
    });
  });

  it('sends only what changed, and only presentation for a platform field', () => {
    const edited = { ...draftFrom(team), label: 'Squad', options: 'Red\nBlue', required: true };
    expect(changeFrom(team, edited)).toEqual({
      label: 'Squad',
      required: true,
      options: [
        { value: 'red', label: 'Red' },
        { value: 'Blue', label: 'Blue' },
      ],
    });
    expect(changeFrom(team, draftFrom(team))).toEqual({});
    const platform = {
      ...team,
      scope: 'standard' as const,
      key: 'givenName',
      type: 'text' as const,
      options: [],
    };
    expect(changeFrom(platform, { ...draftFrom(platform), required: true, label: 'Given name' })).toEqual({
      label: 'Given name',
    });
  });
});
