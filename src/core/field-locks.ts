import type { AttributeDefinition } from './attribute-definition.ts';
import type { User } from './user.ts';

/**
 * A host's per-user rule: the reason a field is locked for this user (their identity provider manages
 * it: "Managed by Okta for your company"), or null when it is not. Neither Scalekit nor Auth0 says
 * this per definition; it depends on the user's connection.
 */
export type FieldLockPolicy = (definition: AttributeDefinition, user: User) => string | null | undefined;

/**
 * The definitions as they apply to `user`: a field the host's policy locks becomes read-only,
 * sourced from the identity provider, with the host's reason and no override. A policy that throws
 * locks the field (it could not say the field is free) without a reason of its own.
 */
export function applyFieldLocks(
  definitions: readonly AttributeDefinition[],
  user: User,
  lock: FieldLockPolicy | undefined,
): readonly AttributeDefinition[] {
  if (!lock) return definitions;
  let changed = false;
  const result = definitions.map((definition) => {
    let reason: string | null | undefined;
    try {
      reason = lock(definition, user);
    } catch {
      reason = '';
    }
    if (reason === null || reason === undefined) return definition;
    changed = true;
    return {
      ...definition,
      policy: {
        ...definition.policy,
        write: 'none' as const,
        source: 'identity_provider' as const,
        readOnlyReason: typeof reason === 'string' && reason.trim() !== '' ? reason : null,
        allowOverride: false,
      },
    };
  });
  return changed ? result : definitions;
}
