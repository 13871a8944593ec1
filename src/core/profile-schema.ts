import * as z from 'zod/mini';
import {
  type AttributeDefinition,
  canOverride,
  canWrite,
  type ProfileEditMode,
} from './attribute-definition.ts';
import type { AttributeValue } from './attribute-value.ts';
import { overrideDefinition } from './override-definition.ts';
import { type ValidateAttributeOptions, validateAttributeValue } from './validate-attribute.ts';

/** Options for building a profile form's schema. */
export interface ProfileSchemaOptions extends ValidateAttributeOptions {
  /** Who is editing: admin-only attributes are validated only in `admin` mode. */
  mode: ProfileEditMode;
}

/** True when a profile form edits this attribute in `mode` (written directly, or overridden). */
export function isEditable(definition: AttributeDefinition, mode: ProfileEditMode): boolean {
  return canWrite(definition, mode) || canOverride(definition);
}

/** The schema of one attribute: validates what was typed and outputs the normalised value. */
export function attributeSchema(definition: AttributeDefinition, options: ValidateAttributeOptions = {}) {
  const checked = canOverride(definition) ? overrideDefinition(definition) : definition;
  return z.pipe(
    // Optional, so an absent key reaches the transform like an empty one ("Enter your …" or null), instead
    // of failing with zod's own unlocalized "Invalid input".
    z.optional(z.unknown()),
    z.transform((input: unknown, payload): AttributeValue => {
      const result = validateAttributeValue(checked, input, options);
      if (result.ok) return result.value;
      payload.issues.push({ code: 'custom', message: result.message, input });
      return z.NEVER;
    }),
  );
}

/**
 * Compiles attribute definitions into the zod schema a profile form validates with: one entry per
 * attribute editable in `mode`, read-only ones left out (they are never sent).
 */
export function buildProfileSchema(
  definitions: readonly AttributeDefinition[],
  options: ProfileSchemaOptions,
) {
  const shape: Record<string, ReturnType<typeof attributeSchema>> = {};
  for (const definition of definitions) {
    if (isEditable(definition, options.mode)) shape[definition.key] = attributeSchema(definition, options);
  }
  return z.object(shape);
}
