import type { Management } from 'auth0';
import { validationError } from '../../core/errors.ts';
import type { Role } from '../../core/role.ts';
import type { Auth0Api } from './client.ts';

/** The host's word on Auth0's roles, which have no display name, default or admin flag of their own. */
export interface Auth0RoleOptions {
  /** Names of the roles that administer an organization (default `['admin']`). */
  admin?: readonly string[];
  /** The role a new member gets when an invitation names none (default `member`); Auth0 has no default. */
  default?: string;
  /** The tenant roles offered in organizations, by name (default: every tenant role). */
  offered?: readonly string[];
  /** Names to show, by role name (Auth0 roles have only a name and a description). */
  displayNames?: Readonly<Record<string, string>>;
  /** How long the tenant's role list is reused, in ms (default one minute; roles rarely change). */
  cacheMs?: number;
}

/** The tenant's roles, with their `rol_` IDs by name and names by ID. */
export interface RoleCatalogue {
  roles: Role[];
  idOf: ReadonlyMap<string, string>;
  nameOf: ReadonlyMap<string, string>;
}

/** Reads the tenant's roles (`GET /api/v2/roles`, every page) and keeps them for `cacheMs`. */
export function createRoleDirectory(api: Auth0Api, options: Auth0RoleOptions, now: () => number) {
  const admin = new Set(options.admin ?? ['admin']);
  const defaultRole = options.default ?? 'member';
  const offered = options.offered ? new Set(options.offered) : null;
  let cached: { at: number; catalogue: RoleCatalogue } | null = null;

  async function fetchAll(signal?: AbortSignal): Promise<Management.Role[]> {
    const roles: Management.Role[] = [];
    for (let page = 0; page < 100; page += 1) {
      const result = await api.call(
        (request) => api.client.roles.list({ page, per_page: 100, include_totals: true }, request),
        {},
        signal,
      );
      roles.push(...result.data);
      const total = result.response.total;
      if (result.data.length < 100 || (typeof total === 'number' && roles.length >= total)) break;
    }
    return roles;
  }

  async function catalogue(signal?: AbortSignal): Promise<RoleCatalogue> {
    if (cached && now() - cached.at < (options.cacheMs ?? 60_000)) return cached.catalogue;
    const idOf = new Map<string, string>();
    const nameOf = new Map<string, string>();
    const roles: Role[] = [];
    for (const role of await fetchAll(signal)) {
      if (!role.id || !role.name || (offered && !offered.has(role.name))) continue;
      idOf.set(role.name, role.id);
      nameOf.set(role.id, role.name);
      roles.push({
        name: role.name,
        displayName: options.displayNames?.[role.name] ?? role.name,
        description: role.description || null,
        isDefault: role.name === defaultRole,
        isAdmin: admin.has(role.name),
      });
    }
    cached = { at: now(), catalogue: { roles, idOf, nameOf } };
    return cached.catalogue;
  }

  /** The `rol_` IDs of `names`; an empty set or an unknown name is `validation` on `roles`. */
  async function idsOf(names: readonly string[], signal?: AbortSignal): Promise<string[]> {
    if (names.length === 0) throw validationError({ roles: 'Choose at least one role.' });
    const { idOf } = await catalogue(signal);
    const unknown = names.filter((name) => !idOf.has(name));
    if (unknown.length > 0) throw validationError({ roles: `Unknown role: ${unknown.join(', ')}.` });
    return names.map((name) => idOf.get(name) as string);
  }

  return { catalogue, idsOf, defaultRole, adminRoles: [...admin] };
}

/** The role directory an adapter reads roles through. */
export type RoleDirectory = ReturnType<typeof createRoleDirectory>;
