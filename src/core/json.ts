/** Any value JSON can carry: what a backend may put in metadata or an attribute (Auth0 metadata holds objects). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A bag of key/value pairs a backend stores beside a user, membership or organization. */
export type Metadata = Readonly<Record<string, JsonValue>>;

/**
 * A change to a metadata bag, merged by key: a string sets the key, `null` removes it,
 * keys not named are left alone.
 */
export type MetadataPatch = Readonly<Record<string, string | null>>;

/** True for plain objects (not arrays, not null): the only shape a record-valued field may take. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
