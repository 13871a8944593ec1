import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { type AttributeValue, attributeValuesEqual } from '../../core/attribute-value.ts';
import type { ProfileValues } from '../../core/profile-values.ts';

/** One field whose value in the form differs from the latest saved version (after a conflict). */
export interface ProfileDifference {
  /** The field's definition. */
  definition: AttributeDefinition;
  /** What the form holds now. */
  yours: AttributeValue;
  /** What the latest saved version holds. */
  latest: AttributeValue;
  /** The person changed this field in the form. */
  changedHere: boolean;
  /** Someone changed this field elsewhere since the form was opened. */
  changedElsewhere: boolean;
}

/**
 * The fields where the form (`edited`) and the latest saved version (`latest`) disagree, each saying
 * who changed it since the form opened (`base`): here, elsewhere, or both (a true conflict).
 */
export function profileDifferences(
  definitions: readonly AttributeDefinition[],
  base: ProfileValues,
  edited: ProfileValues,
  latest: ProfileValues,
): ProfileDifference[] {
  const differences: ProfileDifference[] = [];
  for (const definition of definitions) {
    const { key } = definition;
    const yours = Object.hasOwn(edited, key) ? (edited[key] ?? null) : (base[key] ?? null);
    const theirs = latest[key] ?? null;
    if (attributeValuesEqual(yours, theirs)) continue;
    differences.push({
      definition,
      yours,
      latest: theirs,
      changedHere: !attributeValuesEqual(yours, base[key]),
      changedElsewhere: !attributeValuesEqual(theirs, base[key]),
    });
  }
  return differences;
}
