import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { customAttributeKeyProblem } from '../../core/custom-attribute-key.ts';
import { sanitizeAttributeDefinitions } from '../../core/sanitize-definitions.ts';
import { type Auth0Bag, type Auth0FieldLayout, auth0FieldLayout } from './field-layout.ts';

/** A layout for one call, with the caller's custom attributes it could not place and why. */
export interface Auth0CallLayout extends Auth0FieldLayout {
  /** Custom attributes of the caller's definitions that have no place in Auth0, with the reason. */
  unplaced: ReadonlyMap<string, string>;
}

const none: ReadonlyMap<string, string> = new Map();

/** The adapter's own layout, for a call that brings no definitions of its own. */
export function ownCallLayout(own: Auth0FieldLayout): Auth0CallLayout {
  return { ...own, unplaced: none };
}

/** The bag keys already taken in `layout`, lower-cased, with the field each holds. */
function takenKeys(layout: Auth0FieldLayout): Record<Auth0Bag, Map<string, string>> {
  const lower = (bag: Auth0Bag) =>
    new Map([...layout.reserved[bag]].map(([key, field]) => [key.toLowerCase(), field]));
  return { user_metadata: lower('user_metadata'), app_metadata: lower('app_metadata') };
}

/**
 * The layout for a call that brings the caller's definitions (a host's definitions store): the
 * adapter's own definitions, plus each custom attribute of the caller's that they lack, placed as
 * `customHome` places any (user-writable in `user_metadata`, admin-only or read-only in
 * `app_metadata`). Auth0 keeps no definitions, so such a key is as real to it as a configured one.
 * The caller's definitions are untrusted (sanitized here), and what cannot be placed is left out and
 * said why: a key that breaks the custom-attribute key rule; one an identity provider asserts (only
 * the host's own configuration may name a root attribute); one whose place already holds a standard
 * field, an override, the external ID or another attribute (compared without case, as core compares
 * keys), so a field never reads or overwrites another's value.
 */
export function callLayout(
  own: Auth0FieldLayout,
  ownDefinitions: readonly AttributeDefinition[],
  served: readonly unknown[] | undefined,
): Auth0CallLayout {
  if (served === undefined) return ownCallLayout(own);
  const taken = takenKeys(own);
  const placed: AttributeDefinition[] = [];
  const unplaced = new Map<string, string>();
  for (const definition of sanitizeAttributeDefinitions(served).definitions) {
    const { key } = definition;
    if (definition.scope !== 'custom' || own.definitions.has(key)) continue;
    const keyProblem = customAttributeKeyProblem(key);
    if (keyProblem) {
      unplaced.set(key, `Auth0 cannot keep this field under its key: ${keyProblem}`);
      continue;
    }
    const home = own.customHome(definition);
    if (home === 'root') {
      unplaced.set(
        key,
        'An identity provider’s field must be named in the Auth0 adapter’s own definitions; it cannot be added here.',
      );
      continue;
    }
    const holder = taken[home].get(key.toLowerCase());
    if (holder !== undefined) {
      unplaced.set(
        key,
        `Auth0 keeps the ${holder} field under this key in ${home}; give this field another key.`,
      );
      continue;
    }
    taken[home].set(key.toLowerCase(), key);
    placed.push(definition);
  }
  if (placed.length === 0) return { ...own, unplaced };
  return { ...auth0FieldLayout([...ownDefinitions, ...placed], own.externalIdKey), unplaced };
}
