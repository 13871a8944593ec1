/**
 * The shapes the handler accepts, one zod schema per body: strict (an unknown key is refused rather
 * than passed to a backend) and bounded (no string or list longer than any real form sends). The
 * values themselves are then checked with the core's rules (guards.ts, and the adapter).
 */
import * as z from 'zod';
import { validationError } from '../core/errors.ts';
import { isReservedKey } from '../core/limits.ts';
import { membershipStatuses } from '../core/member.ts';

const text = (max: number) => z.string().max(max);
const key = text(256);
/** A metadata patch: a value to set, or null to remove the key. */
const metadataPatch = z.record(key, z.union([text(4096), z.null()]));
// No length bound here: the request's byte limit bounds them, and the core's rules for each attribute
// give the person's message ("Use at most 500 characters"), not zod's.
const attributeValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()).max(200)]);
const roleNames = z.array(text(128)).max(50);

/** `PATCH /users/{userId}`. */
export const userUpdateBody = z.strictObject({
  patch: z.strictObject({
    profile: z.record(key, z.union([z.string(), z.null()])).optional(),
    customAttributes: z.record(key, attributeValue).optional(),
    overrides: z.record(key, z.union([z.string(), z.null()])).optional(),
    externalId: z.union([text(1024), z.null()]).optional(),
    userMetadata: metadataPatch.optional(),
    appMetadata: metadataPatch.optional(),
  }),
  expectedVersion: text(256).optional(),
});

/** `PATCH /organizations/{organizationId}/members/{userId}`. */
export const membershipUpdateBody = z.strictObject({
  roles: roleNames.optional(),
  metadata: metadataPatch.optional(),
  expectedRoles: roleNames.optional(),
});

/** `POST /organizations/{organizationId}/invitations`. */
export const inviteBody = z.strictObject({
  email: text(320),
  roles: roleNames.optional(),
  givenName: text(256).optional(),
  familyName: text(256).optional(),
  name: text(256).optional(),
  externalId: text(1024).optional(),
  metadata: metadataPatch.optional(),
  sendEmail: z.boolean().optional(),
  idempotencyKey: z.string().min(1).max(256),
});

/** `PATCH /organizations/{organizationId}`. */
export const organizationUpdateBody = z.strictObject({
  patch: z.strictObject({
    displayName: text(1024).optional(),
    externalId: z.union([text(1024), z.null()]).optional(),
    metadata: metadataPatch.optional(),
  }),
  expectedVersion: text(256).optional(),
});

/** The query of `GET /organizations/{organizationId}/members`, read from URL parameters. */
export const membersQueryParams = z.strictObject({
  search: text(256).optional(),
  status: z.array(z.enum(membershipStatuses as [string, ...string[]])).max(10),
  role: roleNames,
  sort: z.enum(['name', 'email', 'status', 'joinedAt', 'invitedAt']).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  cursor: text(2048).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** The parameters of a URL as the members query schema expects them (repeated ones as lists). */
export function searchParamsObject(params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = { status: params.getAll('status'), role: params.getAll('role') };
  for (const [name, value] of params) if (name !== 'status' && name !== 'role') out[name] = value;
  return out;
}

/**
 * Wrappers left out of a field's path, so field messages are keyed as the adapter contract keys them
 * (`bio`, `givenName`, `userMetadata.plan`, `metadata.tier`), not by the body's nesting.
 */
const transparent = new Set(['patch', 'profile', 'customAttributes', 'overrides']);

/** The path of the first key that could reach an object's prototype, or null when there is none. */
function reservedKeyPath(value: unknown, path: string[] = []): string[] | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const name of Object.keys(value)) {
    if (isReservedKey(name)) return [...path, name];
    const inner = reservedKeyPath((value as Record<string, unknown>)[name], [...path, name]);
    if (inner) return inner;
  }
  return null;
}

const fieldPath = (path: readonly PropertyKey[]) =>
  path
    .map(String)
    .filter((segment) => !transparent.has(segment))
    .join('.') || 'body';

/**
 * `value` parsed by `schema`, or a `validation` error with one message per offending field. Reserved
 * keys (`__proto__`, `constructor`, `prototype`) are refused first: zod would silently drop them.
 */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const reserved = reservedKeyPath(value);
  if (reserved) throw validationError({ [fieldPath(reserved)]: 'This key is reserved; choose another.' });
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) fieldErrors[fieldPath(issue.path)] ??= issue.message;
  throw validationError(fieldErrors);
}
