/**
 * Which profile fields a person may write, enforced by the handler itself, because a backend called
 * with the server's credentials checks none of it for the person. Membership guards (last admin,
 * directory-managed members, self-changes) come from the core policy (routes.ts).
 */
import type { AttributeDefinition } from '../core/attribute-definition.ts';
import { TeamkitError, validationError } from '../core/errors.ts';
import { fieldAccess } from '../core/policy/field-access.ts';
import { attributeSchema } from '../core/profile-schema.ts';
import type { UserPatch } from '../core/user.ts';

const adminOnly = 'Only an administrator can change this.';

/** Words for a field that cannot be changed, when the definition gives none of its own. */
const readOnlyWords = {
  identity_provider: 'Managed by your identity provider.',
  admin_only: adminOnly,
  system: 'Set by the system.',
  read_only: 'This field cannot be changed here.',
  unsupported: 'This field cannot be changed here.',
} as const;

/**
 * Checks a user patch against the definitions, as `mode` (`self`: the person's own profile; `admin`:
 * an administrator's edit). Refuses, with a message on each field, what the core's `fieldAccess`
 * says this editor cannot write: admin-only fields for a person editing themselves, fields an
 * identity provider or the system manages, fields nobody may write, overrides where none is allowed
 * (`permission_denied`); then values that fail the core's rules for their definition (`validation`).
 * Fields no definition describes are left to the backend, which owns that answer.
 */
export function checkUserPatch(
  patch: UserPatch,
  definitions: readonly AttributeDefinition[],
  mode: 'self' | 'admin',
): void {
  const refused: Record<string, string> = {};
  const invalid: Record<string, string> = {};
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const check = (definition: AttributeDefinition, value: unknown) => {
    if (value === null && definition.policy.source === 'identity_provider') return;
    const result = attributeSchema(definition).safeParse(value);
    if (!result.success) invalid[definition.key] = result.error.issues[0]?.message ?? 'Check this value.';
  };

  if (mode === 'self') {
    if (patch.externalId !== undefined) refused.externalId = adminOnly;
    for (const name of Object.keys(patch.appMetadata ?? {})) refused[`appMetadata.${name}`] = adminOnly;
  }
  for (const [name, value] of Object.entries({ ...patch.profile, ...patch.customAttributes })) {
    const definition = byKey.get(name);
    if (!definition) continue;
    const access = fieldAccess(definition, { mode });
    if (!access.editable || access.through !== 'value') {
      refused[name] = access.editable
        ? 'Set your own value for this field instead.'
        : (access.message ?? readOnlyWords[access.reason]);
      continue;
    }
    check(definition, value);
  }
  for (const [name, value] of Object.entries(patch.overrides ?? {})) {
    const definition = byKey.get(name);
    const access = definition ? fieldAccess(definition, { mode }) : null;
    if (!definition || !access?.editable || access.through !== 'override') {
      refused[name] = 'This field cannot be given a value of your own.';
      continue;
    }
    if (value !== null) check(definition, value);
  }

  if (Object.keys(refused).length > 0) {
    throw new TeamkitError('permission_denied', 'Some of these fields cannot be changed by you.', {
      fieldErrors: refused,
    });
  }
  if (Object.keys(invalid).length > 0) throw validationError(invalid);
}
