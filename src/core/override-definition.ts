import type { AttributeDefinition } from './attribute-definition.ts';

/**
 * The definition an override of `definition` is checked against: the same constraints, except that
 * an override is never required, because clearing it returns the field to the provider's value.
 */
export function overrideDefinition(definition: AttributeDefinition): AttributeDefinition {
  return definition.required ? { ...definition, required: false } : definition;
}
