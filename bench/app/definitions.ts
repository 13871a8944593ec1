/**
 * 200 attribute definitions for the ProfileEditor bench: the memory adapter's seeded ones, then
 * custom attributes of every plain type in ten sections, all editable by the user.
 */
import type { AttributeDefinition, AttributeType } from 'teamkit';
import { seededDefinitions } from 'teamkit/adapters/memory';

const customTypes: AttributeType[] = [
  'text',
  'number',
  'single_select',
  'boolean',
  'date',
  'long_text',
  'url',
  'multi_select',
  'email',
];

/** The key of the custom text field the keystroke goes to (in the middle of the form). */
export const keystrokeFieldKey = 'custom_099';

/** `count` definitions: the seeded ones first. */
export function benchDefinitions(count = 200): AttributeDefinition[] {
  const seeded = seededDefinitions();
  const custom: AttributeDefinition[] = [];
  for (let index = 0; seeded.length + custom.length < count; index += 1) {
    const key = `custom_${String(index).padStart(3, '0')}`;
    const type = key === keystrokeFieldKey ? 'text' : (customTypes[index % customTypes.length] ?? 'text');
    const options =
      type === 'single_select' || type === 'multi_select'
        ? Array.from({ length: 5 }, (_, option) => ({ value: `v${option}`, label: `Choice ${option + 1}` }))
        : undefined;
    custom.push({
      key,
      scope: 'custom',
      label: `Custom field ${index + 1}`,
      type,
      required: false,
      helpText: index % 4 === 0 ? 'Help text for this field.' : null,
      options,
      maxLength: type === 'text' || type === 'long_text' ? 200 : null,
      group: `Section ${Math.floor(index / 19) + 1}`,
      order: index,
      policy: { write: 'user', source: 'user' },
    });
  }
  return [...seeded, ...custom];
}
