import type { components } from './generated/scalekit-api.ts';

type Schemas = components['schemas'];

/** A Scalekit user as the API returns it (`usersUser`). */
export type ScalekitUser = Schemas['usersUser'];
/** A user's profile (`commonsUserProfile`), plus the deprecated name fields real responses still carry. */
export type ScalekitUserProfile = Schemas['commonsUserProfile'] & { first_name?: string; last_name?: string };
/** One organization membership inside a user (`commonsOrganizationMembership`). */
export type ScalekitMembership = Schemas['commonsOrganizationMembership'];
/** An organization (`organizationsOrganization`). */
export type ScalekitOrganization = Schemas['organizationsOrganization'];
/** An organization role (`v1rolesRole`). */
export type ScalekitRole = Schemas['v1rolesRole'];
/** An invitation as resend returns it (`usersInvite`). */
export type ScalekitInvite = Schemas['usersInvite'];
/** The body of `PATCH /api/v1/users/{id}` (`v1usersUpdateUser`). */
export type ScalekitUpdateUser = Schemas['v1usersUpdateUser'];
/** The body of `POST /api/v1/organizations/{organization_id}/users` (`usersCreateUser`). */
export type ScalekitCreateUser = Schemas['usersCreateUser'];
/** The body of `PATCH /api/v1/organizations/{id}` (`v1organizationsUpdateOrganization`). */
export type ScalekitUpdateOrganization = Schemas['v1organizationsUpdateOrganization'];
/**
 * The body of `PATCH /api/v1/memberships/organizations/{organization_id}/users/{id}`. Bodies are built
 * as these schema types, not inline in the call: openapi-fetch's `Writable` wraps items in an
 * intersection, which loses TypeScript's weak-type check, so `roles: ['admin']` would pass there.
 */
export type ScalekitUpdateMembership = Schemas['v1usersUpdateMembership'];
/** The body of `POST /api/v1/memberships/organizations/{organization_id}/users/{id}` (`v1usersCreateMembership`). */
export type ScalekitCreateMembership = Schemas['v1usersCreateMembership'];

/** Scalekit sends `""` for unset strings (scalekit-api.md §1): absent, for the kit. */
export function presentString(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

/** A `map<string,string>` from a response, without the prototype keys a hostile server could send. */
export function stringMap(value: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value ?? {})) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof entry === 'string') out[key] = entry;
  }
  return out;
}
