import type { Management } from 'auth0';
import { TeamkitError } from '../../core/errors.ts';
import type { Auth0Context } from './context.ts';
import type { Auth0User } from './map-user.ts';
import type { Auth0Organization } from './organization-fields.ts';

/** A value inside a Lucene phrase: `"` and `\` escaped. */
function phrase(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * Users whose `app_metadata` external ID is `externalId` (user search v3). Auth0's search index is
 * eventually consistent and case-sensitive here, and uniqueness is not enforced: callers check first.
 */
async function usersWithExternalId(
  context: Auth0Context,
  externalId: string,
  signal?: AbortSignal,
): Promise<Auth0User[]> {
  const { api } = context;
  const page = await api.call(
    (request) =>
      api.client.users.list(
        {
          q: `app_metadata.${context.layout.externalIdKey}:${phrase(externalId)}`,
          search_engine: 'v3',
          per_page: 10,
          include_totals: true,
        },
        request,
      ),
    {},
    signal,
  );
  return page.data as Auth0User[];
}

/** Whether a user other than `exceptUserId` holds `externalId` (check, then write: not atomic). */
export async function userExternalIdTaken(
  context: Auth0Context,
  externalId: string,
  exceptUserId: string,
  signal?: AbortSignal,
): Promise<boolean> {
  return (await usersWithExternalId(context, externalId, signal)).some(
    (user) => user.user_id !== exceptUserId,
  );
}

/** The member of `organizationId` with `externalId`, or null (a user outside the organization is not found). */
export async function findUser(
  context: Auth0Context,
  organizationId: string,
  externalId: string,
  signal?: AbortSignal,
): Promise<Auth0User | null> {
  for (const user of await usersWithExternalId(context, externalId, signal)) {
    if (!user.user_id) continue;
    try {
      await context.memberRoles(organizationId, user.user_id, signal);
      return user;
    } catch (error) {
      if (!(error instanceof TeamkitError && error.code === 'not_found')) throw error;
    }
  }
  return null;
}

/**
 * The organization with external ID `externalId`: by `GET /organizations/name/{name}` where the name
 * holds it, else by a scan of every organization (Auth0 cannot search organization metadata).
 */
export async function findOrganization(
  context: Auth0Context,
  externalId: string,
  signal?: AbortSignal,
): Promise<Auth0Organization | null> {
  const { api } = context;
  const home = context.externalId;
  if (home.in === 'name') {
    try {
      return await api.call((request) => api.client.organizations.getByName(externalId, request), {}, signal);
    } catch (error) {
      if (error instanceof TeamkitError && error.code === 'not_found') return null;
      throw error;
    }
  }
  let from: string | undefined;
  for (let pages = 0; pages < 10_000; pages += 1) {
    const page = await api.call(
      (request) => api.client.organizations.list({ ...(from ? { from } : {}), take: 100 }, request),
      {},
      signal,
    );
    const found = page.data.find(
      (organization: Management.Organization) => organization.metadata?.[home.key] === externalId,
    );
    if (found) return found as Auth0Organization;
    const next = page.response.next;
    if (typeof next !== 'string' || next === '') return null;
    from = next;
  }
  return null;
}
