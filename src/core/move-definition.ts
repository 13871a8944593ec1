import { type AttributeDefinition, sortDefinitions } from './attribute-definition.ts';

/** Which way a field moves in its group: toward the top (`up`) or the bottom (`down`). */
export type MoveDirection = 'up' | 'down';

/** The keys in display order (groups kept together, as `sortDefinitions` shows them). */
export function displayOrderKeys(definitions: readonly AttributeDefinition[]): string[] {
  return sortDefinitions(definitions).map((definition) => definition.key);
}

/**
 * The keys in display order with `key` swapped with its neighbour in its own group, for a reorder
 * call; null when it is already first (`up`) or last (`down`) there, or unknown. Moves stay inside a
 * group: moving between groups is changing the group.
 */
export function moveDefinition(
  definitions: readonly AttributeDefinition[],
  key: string,
  direction: MoveDirection,
): string[] | null {
  const sorted = sortDefinitions(definitions);
  const index = sorted.findIndex((definition) => definition.key === key);
  const neighbour = index + (direction === 'up' ? -1 : 1);
  const current = sorted[index];
  const other = sorted[neighbour];
  if (!current || !other || (current.group ?? null) !== (other.group ?? null)) return null;
  const keys = sorted.map((definition) => definition.key);
  keys[index] = other.key;
  keys[neighbour] = current.key;
  return keys;
}
