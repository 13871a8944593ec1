/** A profile attribute's value: what a form field holds for each attribute type. */
export type AttributeValue = string | number | boolean | readonly string[] | null;

/**
 * Encodes a value for a backend that stores attributes as strings (Scalekit's `map<string,string>`):
 * lists as JSON arrays, booleans as `true`/`false`, numbers in plain notation; `null` stays `null`.
 */
export function encodeAttributeValue(value: AttributeValue): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

/** True when two attribute values are equal (lists compared element by element). */
export function attributeValuesEqual(a: AttributeValue | undefined, b: AttributeValue | undefined): boolean {
  const left = a === undefined || a === '' ? null : a;
  const right = b === undefined || b === '' ? null : b;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => item === right[index]);
  }
  return left === right;
}
