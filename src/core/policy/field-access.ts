import {
  type AttributeDefinition,
  canOverride,
  canWrite,
  type ProfileEditMode,
} from '../attribute-definition.ts';

/**
 * Why a profile field cannot be changed here, as a code components turn into words:
 * - `identity_provider`: the user's identity provider asserts it ("Managed by Okta");
 * - `admin_only`: only an administrator may change it, and the user is editing their own profile;
 * - `system`: the system sets it (a sign-in email, a creation date);
 * - `read_only`: nobody changes it through the kit;
 * - `unsupported`: the backend sent a definition the kit cannot honour (`degradedBecause`).
 */
export type FieldReadOnlyReason = 'identity_provider' | 'admin_only' | 'system' | 'read_only' | 'unsupported';

/**
 * Whether one field can be changed, and how or why not. An editable field is written as a value, or,
 * for an identity-provider field that allows it, as the user's own override beside the provider's
 * value. A read-only one carries the reason code and the definition's own words for it, if any.
 */
export type FieldAccess =
  | { editable: true; through: 'value' | 'override' }
  | { editable: false; reason: FieldReadOnlyReason; message: string | null };

/** Who is editing and whose profile: what decides a field's access besides its definition. */
export interface FieldAccessInput {
  /** `self` for a user's own profile, `admin` for an administrator editing a member. */
  mode: ProfileEditMode;
  /**
   * True when this user's identity provider asserts the field (a per-user lock: Scalekit maps
   * attributes per connection, Auth0 locks root attributes on `set_user_root_attributes`), whatever
   * the definition says; the field keeps the definition's `allowOverride`.
   */
  managedByProvider?: boolean;
}

/** The definition as it applies to this user: a provider-managed field is written by nobody but the provider. */
function forUser(definition: AttributeDefinition, input: FieldAccessInput): AttributeDefinition {
  if (!input.managedByProvider) return definition;
  return { ...definition, policy: { ...definition.policy, write: 'none', source: 'identity_provider' } };
}

function reasonFor(definition: AttributeDefinition, mode: ProfileEditMode): FieldReadOnlyReason {
  if (definition.degradedBecause) return 'unsupported';
  if (definition.policy.source === 'identity_provider') return 'identity_provider';
  if (definition.policy.write === 'admin' && mode === 'self') return 'admin_only';
  if (definition.policy.source === 'system') return 'system';
  return 'read_only';
}

/**
 * Whether `definition` can be changed by this viewer (self or admin) for this user, and the reason
 * when not: the one rule the profile form, the memory adapter and the server handler all apply. An
 * override wins over a plain write, as the profile form offers it.
 */
export function fieldAccess(definition: AttributeDefinition, input: FieldAccessInput): FieldAccess {
  const applied = forUser(definition, input);
  if (canOverride(applied)) return { editable: true, through: 'override' };
  if (canWrite(applied, input.mode)) return { editable: true, through: 'value' };
  const own = applied.policy.readOnlyReason;
  return {
    editable: false,
    reason: reasonFor(applied, input.mode),
    message: typeof own === 'string' && own.trim() !== '' ? own.trim() : null,
  };
}
