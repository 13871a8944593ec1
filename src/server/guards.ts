/**
 * The write rules the handler enforces itself, because a backend called with the server's credentials
 * checks none of them for the person: which profile fields a person may write, the last admin, and
 * directory-managed members.
 */
import type { TeamkitAdapter } from '../core/adapter.ts';
import { type AttributeDefinition, canOverride, canWrite } from '../core/attribute-definition.ts';
import { TeamkitError, validationError } from '../core/errors.ts';
import type { Member } from '../core/member.ts';
import { attributeSchema } from '../core/profile-schema.ts';
import type { UserPatch } from '../core/user.ts';

const adminOnly = 'Only an administrator can change this.';

/**
 * Checks a user patch against the definitions, as `mode` (`self`: the person's own profile; `admin`:
 * an administrator's edit of a member). Refuses, with a message on each field: admin-only fields for
 * a person editing themselves, fields an identity provider or the system manages, fields nobody may
 * write, overrides of fields that allow none (`permission_denied`); then values that fail the core's
 * rules for their definition (`validation`). Fields no definition describes are left to the backend,
 * which owns that answer.
 */
export function checkUserPatch(
  patch: UserPatch,
  definitions: readonly AttributeDefinition[],
  mode: 'self' | 'admin',
): void {
  const refused: Record<string, string> = {};
  const invalid: Record<string, string> = {};
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));

  if (mode === 'self') {
    if (patch.externalId !== undefined) refused.externalId = adminOnly;
    for (const name of Object.keys(patch.appMetadata ?? {})) refused[`appMetadata.${name}`] = adminOnly;
  }
  const written = { ...patch.profile, ...patch.customAttributes };
  for (const [name, value] of Object.entries(written)) {
    const definition = byKey.get(name);
    if (!definition) continue;
    if (!canWrite(definition, mode)) {
      refused[name] = readOnlyMessage(definition);
      continue;
    }
    const result = attributeSchema(definition).safeParse(value);
    if (!result.success) invalid[name] = result.error.issues[0]?.message ?? 'Check this value.';
  }
  for (const [name, value] of Object.entries(patch.overrides ?? {})) {
    const definition = byKey.get(name);
    if (!definition || !canOverride(definition)) {
      refused[name] = 'This field cannot be given a value of your own.';
      continue;
    }
    if (value === null) continue;
    const result = attributeSchema(definition).safeParse(value);
    if (!result.success) invalid[name] = result.error.issues[0]?.message ?? 'Check this value.';
  }

  if (Object.keys(refused).length > 0) {
    throw new TeamkitError('permission_denied', 'Some of these fields cannot be changed by you.', {
      fieldErrors: refused,
    });
  }
  if (Object.keys(invalid).length > 0) throw validationError(invalid);
}

function readOnlyMessage(definition: AttributeDefinition): string {
  if (definition.policy.readOnlyReason) return definition.policy.readOnlyReason;
  if (definition.policy.source === 'identity_provider') return 'Managed by your identity provider.';
  if (definition.policy.write === 'admin') return adminOnly;
  return 'This field cannot be changed here.';
}

/** Refuses to re-role or remove a member whose membership a directory (SCIM) manages. */
export function checkNotDirectoryManaged(member: Member): void {
  if (member.provisioning === 'scim') {
    throw new TeamkitError(
      'permission_denied',
      'This member is managed by your directory (SCIM). Change them there.',
    );
  }
}

/**
 * Refuses a change that would leave the organization without an active admin: removing, or taking
 * the admin roles from, its only active admin. Counted over every member, page by page, because a
 * backend may not filter by role or count exactly.
 */
export async function checkLastAdmin(
  adapter: TeamkitAdapter,
  member: Member,
  adminRoles: readonly string[],
  signal: AbortSignal,
): Promise<void> {
  const isAdmin = (m: Pick<Member, 'roles' | 'status'>) =>
    m.status === 'active' && m.roles.some((role) => adminRoles.includes(role));
  if (!isAdmin(member)) return;
  let cursor: string | null = null;
  do {
    const page = await adapter.listMembers(
      {
        organizationId: member.organizationId,
        limit: adapter.capabilities.members.maxPageSize,
        ...(adapter.capabilities.members.statusFilter ? { statuses: ['active'] } : {}),
        cursor,
      },
      { signal },
    );
    if (page.members.some((other) => other.userId !== member.userId && isAdmin(other))) return;
    cursor = page.nextCursor;
  } while (cursor);
  throw new TeamkitError(
    'permission_denied',
    'This is the organization’s only administrator. Make someone else an administrator first.',
  );
}
