import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { type AttributeValue, encodeAttributeValue } from '../../core/attribute-value.ts';

/**
 * Custom attributes are `map<string,string>` in Scalekit whatever the definition's type (scalekit-api.md
 * §9.1): the kit writes numbers, booleans and lists as text and reads them back by the definition.
 */
export function encodeCustomAttribute(value: AttributeValue): string | null {
  return encodeAttributeValue(value);
}

/** A stored string read back as the definition's type; text the type cannot parse stays text. */
export function decodeCustomAttribute(
  definition: AttributeDefinition | undefined,
  raw: string,
): AttributeValue {
  switch (definition?.type) {
    case 'number': {
      const number = Number(raw);
      return raw.trim() !== '' && Number.isFinite(number) ? number : raw;
    }
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'multi_select': {
      try {
        const list: unknown = JSON.parse(raw);
        if (Array.isArray(list) && list.every((item) => typeof item === 'string')) return list;
      } catch {
        // Not a JSON list: shown as the text it is.
      }
      return raw;
    }
    default:
      return raw;
  }
}
