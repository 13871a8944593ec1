/**
 * Form field names for attribute keys. Keys come from an untrusted backend and may hold dots,
 * brackets, commas or digits only, which react-hook-form reads as paths into nested objects and
 * arrays; every key is therefore encoded into a flat, path-free name (`k_employee~2e~id` for
 * `employee.id`). The encoding is reversible and never collides: `~` itself is escaped.
 */
export function fieldNameOf(key: string): string {
  return `k_${key.replace(/[^A-Za-z0-9_-]/gu, (char) => `~${char.codePointAt(0)?.toString(16) ?? ''}~`)}`;
}

/** The attribute key a field name was made from (the inverse of `fieldNameOf`). */
export function keyOfFieldName(name: string): string {
  return name
    .slice(2)
    .replace(/~([0-9a-f]+)~/g, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}
