/**
 * A fake Scalekit for tests: an HTTP server on 127.0.0.1 with its state in memory. Every request it
 * receives and every successful response it sends is validated against Scalekit's OpenAPI document
 * (openapi-backend + Ajv); a request that does not match gets the 400 Scalekit sends, and a response
 * that does not match is recorded in `responseViolations` (and sent as a 500, so it cannot pass
 * unnoticed). Behaviour the document does not describe follows scalekit-api.md, with a comment at each.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context, OpenAPIBackend } from 'openapi-backend';
import { createOpenApiCheck, type Violation, violationsOf } from './openapi-check.ts';

/** A membership as the fake stores it. */
export interface FakeMembership {
  organization_id: string;
  membership_status: 'ACTIVE' | 'INACTIVE' | 'PENDING_INVITE' | 'INVITE_EXPIRED';
  roles: string[];
  metadata: Record<string, string>;
  provisioning_method: string;
  join_time: string;
  inviter_email?: string;
  created_at?: string;
  accepted_at?: string;
  expires_at?: string;
  resent_count: number;
  resent_at?: string;
  /** Effective permission strings Scalekit reports on the membership (none unless a test sets them). */
  permissions?: string[];
}

/** A user as the fake stores it; `first_name`/`last_name` are the deprecated fields real responses carry. */
export interface FakeUser {
  id: string;
  email: string;
  external_id?: string;
  create_time: string;
  update_time: string;
  metadata: Record<string, string>;
  user_profile: Record<string, unknown> & {
    custom_attributes: Record<string, string>;
    metadata: Record<string, string>;
  };
  memberships: FakeMembership[];
}

/** An organization as the fake stores it. */
export interface FakeOrganization {
  id: string;
  display_name: string;
  external_id?: string;
  metadata: Record<string, string>;
  create_time: string;
  update_time: string;
}

/** A role of an organization. */
export interface FakeRole {
  name: string;
  display_name: string;
  description?: string;
  default_member?: boolean;
}

/** One request the fake received, as the adapter sent it. */
export interface RecordedRequest {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  /** The parsed JSON body, or the form fields of a token request (the secret masked). */
  body: unknown;
}

/** A canned answer for the next matching request (429, 503, a refused token …). */
export interface InjectedFault {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Only requests whose `METHOD path` matches; any request when absent. */
  match?: RegExp;
}

/** Options of the fake. */
export interface FakeScalekitOptions {
  clientId?: string;
  clientSecret?: string;
  /** `expires_in` of issued tokens, in seconds (Scalekit: 86399). */
  tokenLifetimeSeconds?: number;
  /** The clock, in epoch ms (token expiry, timestamps). */
  now?: () => number;
}

/** A running fake Scalekit. */
export interface FakeScalekit {
  /** `http://127.0.0.1:<port>`: the environment URL to give the adapter. */
  url: string;
  clientId: string;
  clientSecret: string;
  users: Map<string, FakeUser>;
  organizations: Map<string, FakeOrganization>;
  roles: Map<string, FakeRole[]>;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Requests the OpenAPI check refused, with what was wrong. */
  rejectedRequests: { request: RecordedRequest; violations: Violation[] }[];
  /** Responses the fake was about to send that the document does not allow (a bug in the fake). */
  responseViolations: { operationId: string; violations: Violation[] }[];
  /** Tokens issued so far. */
  issuedTokens: string[];
  /** The addresses an invitation email went to (a new invitation, or a resend), in order. */
  invitationEmails: string[];
  /** Answers the next matching request with `fault` instead of handling it. */
  injectFault(fault: InjectedFault): void;
  /** Makes every token issued so far invalid (as a rotated secret would). */
  revokeTokens(): void;
  /** Empties the state, the logs, the tokens and the faults (one server serves a whole test file). */
  reset(): void;
  /** `METHOD /path?query` of each request, the short form for sequence assertions. */
  requestLines(): string[];
  close(): Promise<void>;
}

const errorInfoType = 'type.googleapis.com/scalekit.v1.errdetails.ErrorInfo';

/**
 * Scalekit's error body: grpc-gateway's Status JSON. The OpenAPI document declares 4xx bodies as a
 * bare `errdetailsErrorInfo`, which is not what Scalekit sends (scalekit-api.md §7); the fake follows
 * Scalekit, so error bodies are not checked against the document's schema.
 */
function status(
  httpStatus: number,
  grpcCode: number,
  errorCode: string,
  message: string,
  violations: Violation[] = [],
): { status: number; body: unknown } {
  const detail: Record<string, unknown> = { '@type': errorInfoType, error_code: errorCode };
  if (violations.length > 0) {
    detail.validation_error_info = {
      field_violations: violations.map((violation) => ({
        field: violation.field,
        description: violation.message,
      })),
    };
  }
  return { status: httpStatus, body: { code: grpcCode, message, details: [detail] } };
}

const invalid = (violations: Violation[], message = 'Validation error') =>
  status(400, 3, 'INVALID_ARGUMENT', message, violations);
const notFound = (what: string) => status(404, 5, 'NOT_FOUND', `${what} not found`);
const alreadyExists = (message: string, field?: string) =>
  status(409, 6, 'ALREADY_EXISTS', message, field ? [{ field, message }] : []);

/** buf.validate's map rule (scalekit-api.md §8): pairs, keys 3–25, values 1–256. */
function mapViolations(
  map: Record<string, string> | undefined,
  field: string,
  maxPairs: number,
): Violation[] {
  if (!map) return [];
  const violations: Violation[] = [];
  const entries = Object.entries(map);
  if (entries.length > maxPairs)
    violations.push({ field, message: `map must be at most ${maxPairs} entries` });
  for (const [key, value] of entries) {
    if (key.length < 3 || key.length > 25) {
      violations.push({
        field: `${field}["${key}"]`,
        message: 'key length must be between 3 and 25 characters',
      });
    }
    if (value.length < 1 || value.length > 256) {
      violations.push({
        field: `${field}["${key}"]`,
        message: 'value length must be between 1 and 256 characters',
      });
    }
  }
  return violations;
}

let sequence = 96194455173857548n;
function newId(prefix: string): string {
  sequence += 1n;
  return `${prefix}${sequence}`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts a fake Scalekit on 127.0.0.1 on a free port. */
export async function startFakeScalekit(options: FakeScalekitOptions = {}): Promise<FakeScalekit> {
  const clientId = options.clientId ?? 'skc_fake_client';
  const clientSecret = options.clientSecret ?? 'test-secret-do-not-log';
  const now = options.now ?? Date.now;
  const iso = () => new Date(now()).toISOString();
  const users = new Map<string, FakeUser>();
  const organizations = new Map<string, FakeOrganization>();
  const roles = new Map<string, FakeRole[]>();
  const tokens = new Map<string, number>();
  const faults: InjectedFault[] = [];
  const fake = {
    requests: [] as RecordedRequest[],
    rejectedRequests: [] as FakeScalekit['rejectedRequests'],
    responseViolations: [] as FakeScalekit['responseViolations'],
    issuedTokens: [] as string[],
    invitationEmails: [] as string[],
  };

  function userJson(user: FakeUser) {
    return {
      id: user.id,
      email: user.email,
      ...(user.external_id ? { external_id: user.external_id } : {}),
      create_time: user.create_time,
      update_time: user.update_time,
      metadata: { ...user.metadata },
      user_profile: { ...user.user_profile },
      memberships: user.memberships.map((membership) => {
        const organization = organizations.get(membership.organization_id);
        const orgRoles = roles.get(membership.organization_id) ?? [];
        return {
          organization_id: membership.organization_id,
          membership_status: membership.membership_status,
          join_time: membership.join_time,
          roles: membership.roles.map((name) => ({
            id: `role_${name}`,
            name,
            display_name: orgRoles.find((role) => role.name === name)?.display_name ?? name,
          })),
          name: organization?.display_name ?? '',
          display_name: organization?.display_name ?? '',
          metadata: { ...membership.metadata },
          provisioning_method: membership.provisioning_method,
          permissions: [...(membership.permissions ?? [])],
          ...(membership.inviter_email ? { inviter_email: membership.inviter_email } : {}),
          ...(membership.created_at ? { created_at: membership.created_at } : {}),
          ...(membership.accepted_at ? { accepted_at: membership.accepted_at } : {}),
          ...(membership.expires_at ? { expires_at: membership.expires_at } : {}),
        };
      }),
    };
  }

  function organizationJson(organization: FakeOrganization) {
    return {
      id: organization.id,
      display_name: organization.display_name,
      ...(organization.external_id ? { external_id: organization.external_id } : {}),
      metadata: { ...organization.metadata },
      create_time: organization.create_time,
      update_time: organization.update_time,
      region_code: 'US',
    };
  }

  const pathParams = (c: Context) => c.request.params as Record<string, string>;
  const queryParams = (c: Context) => c.request.query as Record<string, string | undefined>;
  const bodyOf = <T>(c: Context) => (c.request.requestBody ?? {}) as T;

  function findRoles(organizationId: string, names: string[]): Violation[] {
    const known = new Set((roles.get(organizationId) ?? []).map((role) => role.name));
    // Scalekit's answer to an unknown role name is undocumented; the fake refuses it as invalid.
    return names
      .filter((name) => !known.has(name))
      .map(() => ({ field: 'roles', message: 'role not found' }));
  }

  function page<T>(
    items: T[],
    c: Context,
    maxPageSize: number,
  ): { items: T[]; next: string; total: number } | { error: ReturnType<typeof status> } {
    const query = queryParams(c);
    const size = Number(query.page_size ?? 0) || 10;
    if (size > maxPageSize)
      return {
        error: invalid([
          { field: 'page_size', message: `value must be less than or equal to ${maxPageSize}` },
        ]),
      };
    let offset = 0;
    if (query.page_token) {
      offset = Number(
        Buffer.from(query.page_token, 'base64url')
          .toString('utf8')
          .replace(/^offset:/, ''),
      );
      if (!Number.isInteger(offset) || offset < 0)
        return { error: invalid([{ field: 'page_token', message: 'invalid page token' }]) };
    }
    const slice = items.slice(offset, offset + size);
    const nextOffset = offset + slice.length;
    return {
      items: slice,
      next: nextOffset < items.length ? Buffer.from(`offset:${nextOffset}`).toString('base64url') : '',
      total: items.length,
    };
  }

  function orgUsers(organizationId: string): FakeUser[] {
    return [...users.values()].filter((user) =>
      user.memberships.some((m) => m.organization_id === organizationId),
    );
  }

  function searchMatch(user: FakeUser, query: string): boolean {
    const needle = query.toLowerCase();
    return [user.email, user.id, user.external_id ?? ''].some((value) =>
      value.toLowerCase().includes(needle),
    );
  }

  function checkSearchQuery(c: Context) {
    const query = queryParams(c).query ?? '';
    if (query.length < 3 || query.length > 100) {
      return invalid([{ field: 'query', message: 'value length must be between 3 and 100 characters' }]);
    }
    return null;
  }

  function newMembership(
    organizationId: string,
    body: { roles?: { name?: string }[]; metadata?: Record<string, string>; inviter_email?: string },
    email: string,
    sendEmail: boolean,
  ): FakeMembership {
    // `send_invitation_email` defaults to true (the query is coerced, so it may arrive as a boolean);
    // the fake records each email it would have sent.
    if (sendEmail) fake.invitationEmails.push(email);
    const defaultRole =
      (roles.get(organizationId) ?? []).find((role) => role.default_member)?.name ?? 'member';
    const created = iso();
    return {
      organization_id: organizationId,
      membership_status: 'PENDING_INVITE',
      roles: body.roles?.length ? body.roles.map((role) => role.name ?? '') : [defaultRole],
      metadata: { ...(body.metadata ?? {}) },
      provisioning_method: 'invitation',
      join_time: created,
      ...(body.inviter_email ? { inviter_email: body.inviter_email } : {}),
      created_at: created,
      // Invitations last 15 days by default (DOC user-invitations L69).
      expires_at: new Date(now() + 15 * 24 * 3600 * 1000).toISOString(),
      resent_count: 0,
    };
  }

  type Reply = { status: number; body: unknown };
  // A Map, keyed by the document's operationIds (Biome would read PascalCase keys as components).
  const handlers = new Map<string, (c: Context) => Reply>([
    [
      'UserService_GetUser',
      (c) => {
        const user = users.get(pathParams(c).id ?? '');
        return user ? { status: 200, body: { user: userJson(user) } } : notFound('user');
      },
    ],
    [
      'UserService_GetUser2',
      (c) => {
        const externalId = pathParams(c).external_id ?? '';
        const user = [...users.values()].find((candidate) => candidate.external_id === externalId);
        return user ? { status: 200, body: { user: userJson(user) } } : notFound('user');
      },
    ],
    [
      'UserService_SearchUsers',
      (c) => {
        const refused = checkSearchQuery(c);
        if (refused) return refused;
        const matches = [...users.values()].filter((user) => searchMatch(user, queryParams(c).query ?? ''));
        const result = page(matches, c, 30);
        if ('error' in result) return result.error;
        return {
          status: 200,
          body: {
            users: result.items.map(userJson),
            next_page_token: result.next,
            prev_page_token: '',
            total_size: result.total,
          },
        };
      },
    ],
    [
      'UserService_ListOrganizationUsers',
      (c) => {
        const organizationId = pathParams(c).organization_id ?? '';
        if (!organizations.has(organizationId)) return notFound('organization');
        const result = page(orgUsers(organizationId), c, 100);
        if ('error' in result) return result.error;
        return {
          status: 200,
          body: {
            users: result.items.map(userJson),
            next_page_token: result.next,
            prev_page_token: '',
            total_size: result.total,
          },
        };
      },
    ],
    [
      'UserService_SearchOrganizationUsers',
      (c) => {
        const organizationId = pathParams(c).organization_id ?? '';
        if (!organizations.has(organizationId)) return notFound('organization');
        const refused = checkSearchQuery(c);
        if (refused) return refused;
        const matches = orgUsers(organizationId).filter((user) =>
          searchMatch(user, queryParams(c).query ?? ''),
        );
        const result = page(matches, c, 30);
        if ('error' in result) return result.error;
        return {
          status: 200,
          body: {
            users: result.items.map(userJson),
            next_page_token: result.next,
            prev_page_token: '',
            total_size: result.total,
          },
        };
      },
    ],
    [
      'UserService_UpdateUser',
      (c) => {
        const user = users.get(pathParams(c).id ?? '');
        if (!user) return notFound('user');
        const body = bodyOf<{
          external_id?: string;
          metadata?: Record<string, string>;
          user_profile?: Record<string, unknown> & { custom_attributes?: Record<string, string> };
        }>(c);
        const violations = [
          ...mapViolations(body.metadata, 'user.metadata', 20),
          ...mapViolations(body.user_profile?.custom_attributes, 'user.user_profile.custom_attributes', 20),
        ];
        for (const field of ['given_name', 'family_name'] as const) {
          const value = body.user_profile?.[field];
          if (typeof value === 'string' && value.length > 255) {
            violations.push({
              field: `user.user_profile.${field}`,
              message: 'value length must be at most 255 characters',
            });
          }
        }
        if (violations.length > 0) return invalid(violations);
        if (
          body.external_id &&
          [...users.values()].some((other) => other.id !== user.id && other.external_id === body.external_id)
        ) {
          return alreadyExists('user with this external id already exists');
        }
        if (body.external_id !== undefined) user.external_id = body.external_id || undefined;
        // Whether PATCH merges or replaces a map is undocumented (scalekit-api.md §10). The fake replaces:
        // the stricter reading, under which an adapter that sent only the changed keys would lose data.
        if (body.metadata && Object.keys(body.metadata).length > 0) user.metadata = { ...body.metadata };
        if (body.user_profile) {
          const { custom_attributes, ...scalars } = body.user_profile;
          for (const [key, value] of Object.entries(scalars)) user.user_profile[key] = value;
          if (custom_attributes && Object.keys(custom_attributes).length > 0) {
            user.user_profile.custom_attributes = { ...custom_attributes };
          }
        }
        user.update_time = iso();
        return { status: 200, body: { user: userJson(user) } };
      },
    ],
    [
      'UserService_CreateUserAndMembership',
      (c) => {
        const organizationId = pathParams(c).organization_id ?? '';
        if (!organizations.has(organizationId)) return notFound('organization');
        const body = bodyOf<{
          email?: string;
          external_id?: string;
          metadata?: Record<string, string>;
          user_profile?: Record<string, unknown>;
          membership?: {
            roles?: { name?: string }[];
            metadata?: Record<string, string>;
            inviter_email?: string;
          };
        }>(c);
        const email = body.email ?? '';
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
          return invalid([{ field: 'user.email', message: 'value must be a valid email address' }]);
        }
        const violations = [
          ...mapViolations(body.metadata, 'user.metadata', 20),
          ...findRoles(
            organizationId,
            (body.membership?.roles ?? []).map((r) => r.name ?? ''),
          ),
        ];
        if (violations.length > 0) return invalid(violations);
        // Emails are unique across the environment; Scalekit's answer for a taken one is ALREADY_EXISTS.
        if ([...users.values()].some((user) => user.email.toLowerCase() === email.toLowerCase())) {
          return alreadyExists('user with this email already exists');
        }
        if (body.external_id && [...users.values()].some((user) => user.external_id === body.external_id)) {
          return alreadyExists('user with this external id already exists');
        }
        const created = iso();
        const sendEmail = String(queryParams(c).send_invitation_email) !== 'false';
        const user: FakeUser = {
          id: newId('usr_'),
          email,
          ...(body.external_id ? { external_id: body.external_id } : {}),
          create_time: created,
          update_time: created,
          metadata: { ...(body.metadata ?? {}) },
          user_profile: {
            id: newId('usp_'),
            email_verified: false,
            ...(body.user_profile ?? {}),
            custom_attributes: {},
            metadata: {},
          },
          memberships: [newMembership(organizationId, body.membership ?? {}, email, sendEmail)],
        };
        users.set(user.id, user);
        return { status: 201, body: { user: userJson(user) } };
      },
    ],
    [
      'UserService_CreateMembership',
      (c) => {
        const { organization_id: organizationId = '', id = '' } = pathParams(c);
        if (!organizations.has(organizationId)) return notFound('organization');
        const user = users.get(id);
        if (!user) return notFound('user');
        // The document declares `required: [membership]` beside the `$ref`, but the body *is* the
        // membership (`body: "membership"` in the proto route): the fake reads it as Scalekit does.
        const body = bodyOf<{
          roles?: { name?: string }[];
          metadata?: Record<string, string>;
          inviter_email?: string;
        }>(c);
        const violations = [
          ...mapViolations(body.metadata, 'membership.metadata', 20),
          ...findRoles(
            organizationId,
            (body.roles ?? []).map((r) => r.name ?? ''),
          ),
        ];
        if (violations.length > 0) return invalid(violations);
        if (user.memberships.some((m) => m.organization_id === organizationId)) {
          return alreadyExists('membership already exists');
        }
        user.memberships.push(
          newMembership(
            organizationId,
            body,
            user.email,
            String(queryParams(c).send_invitation_email) !== 'false',
          ),
        );
        return { status: 201, body: { user: userJson(user) } };
      },
    ],
    [
      'UserService_UpdateMembership',
      (c) => {
        const { organization_id: organizationId = '', id = '' } = pathParams(c);
        const user = users.get(id);
        const membership = user?.memberships.find((m) => m.organization_id === organizationId);
        if (!user || !membership) return notFound('membership');
        const body = bodyOf<{ roles?: { name?: string }[]; metadata?: Record<string, string> }>(c);
        const violations = [
          ...mapViolations(body.metadata, 'membership.metadata', 20),
          ...findRoles(
            organizationId,
            (body.roles ?? []).map((r) => r.name ?? ''),
          ),
        ];
        if (violations.length > 0) return invalid(violations);
        // The Node SDK sends `roles: []` and `metadata: {}` for "unchanged" (scalekit-api.md §9.5).
        if (body.roles && body.roles.length > 0) membership.roles = body.roles.map((role) => role.name ?? '');
        if (body.metadata && Object.keys(body.metadata).length > 0)
          membership.metadata = { ...body.metadata };
        user.update_time = iso();
        return { status: 200, body: { user: userJson(user) } };
      },
    ],
    [
      'UserService_DeleteMembership',
      (c) => {
        const { organization_id: organizationId = '', id = '' } = pathParams(c);
        const user = users.get(id);
        if (!user?.memberships.some((m) => m.organization_id === organizationId))
          return notFound('membership');
        user.memberships = user.memberships.filter((m) => m.organization_id !== organizationId);
        // `cascade` defaults to true: a user left with no membership is deleted too.
        if (user.memberships.length === 0) users.delete(user.id);
        return { status: 200, body: {} };
      },
    ],
    [
      'UserService_ResendInvite',
      (c) => {
        const { organization_id: organizationId = '', id = '' } = pathParams(c);
        const user = users.get(id);
        const membership = user?.memberships.find((m) => m.organization_id === organizationId);
        if (!user || !membership) return notFound('invite');
        if (
          membership.membership_status !== 'PENDING_INVITE' &&
          membership.membership_status !== 'INVITE_EXPIRED'
        ) {
          return status(400, 9, 'FAILED_PRECONDITION', 'invite already accepted');
        }
        // An expired invitation is replaced by a new one; a pending one is reminded (OpenAPI L772).
        if (membership.membership_status === 'INVITE_EXPIRED') {
          membership.membership_status = 'PENDING_INVITE';
          membership.created_at = iso();
          membership.expires_at = new Date(now() + 15 * 24 * 3600 * 1000).toISOString();
        }
        membership.resent_count += 1;
        fake.invitationEmails.push(user.email);
        membership.resent_at = iso();
        return {
          status: 200,
          body: {
            invite: {
              organization_id: organizationId,
              user_id: user.id,
              ...(membership.inviter_email ? { inviter_email: membership.inviter_email } : {}),
              // `status` is a free string; the document and the guides use lower case.
              status: 'pending_invite',
              created_at: membership.created_at,
              expires_at: membership.expires_at,
              resent_at: membership.resent_at,
              resent_count: membership.resent_count,
            },
          },
        };
      },
    ],
    [
      'RolesService_ListOrganizationRoles',
      (c) => {
        const organizationId = pathParams(c).org_id ?? '';
        if (!organizations.has(organizationId)) return notFound('organization');
        return {
          status: 200,
          body: {
            roles: (roles.get(organizationId) ?? []).map((role) => ({
              id: `role_${role.name}`,
              name: role.name,
              display_name: role.display_name,
              ...(role.description ? { description: role.description } : {}),
              default_member: role.default_member === true,
              default_creator: role.name === 'admin',
              is_org_role: false,
            })),
          },
        };
      },
    ],
    [
      'OrganizationService_GetOrganization',
      (c) => {
        const organization = organizations.get(pathParams(c).id ?? '');
        return organization
          ? { status: 200, body: { organization: organizationJson(organization) } }
          : notFound('organization');
      },
    ],
    [
      'OrganizationService_GetOrganizationByExternalId',
      (c) => {
        const externalId = pathParams(c).external_id ?? '';
        const organization = [...organizations.values()].find(
          (candidate) => candidate.external_id === externalId,
        );
        return organization
          ? { status: 200, body: { organization: organizationJson(organization) } }
          : notFound('organization');
      },
    ],
    [
      'OrganizationService_UpdateOrganization',
      (c) => {
        const organization = organizations.get(pathParams(c).id ?? '');
        if (!organization) return notFound('organization');
        const body = bodyOf<{
          display_name?: string;
          external_id?: string;
          metadata?: Record<string, string>;
        }>(c);
        const violations = mapViolations(body.metadata, 'organization.metadata', 10);
        if (
          body.display_name !== undefined &&
          (body.display_name.length < 1 || body.display_name.length > 200)
        ) {
          violations.push({
            field: 'organization.display_name',
            message: 'value length must be between 1 and 200 characters',
          });
        }
        if (violations.length > 0) return invalid(violations);
        if (
          body.external_id &&
          [...organizations.values()].some(
            (other) => other.id !== organization.id && other.external_id === body.external_id,
          )
        ) {
          return alreadyExists('organization with this external id already exists');
        }
        if (body.display_name !== undefined) organization.display_name = body.display_name;
        if (body.external_id !== undefined) organization.external_id = body.external_id || undefined;
        // The gateway's update_mask names `metadata`, so the map is replaced whole (scalekit-api.md §9.4).
        if (body.metadata !== undefined) organization.metadata = { ...body.metadata };
        organization.update_time = iso();
        return { status: 200, body: { organization: organizationJson(organization) } };
      },
    ],
  ]);

  type Routed = Reply & { operationId?: string };
  const registered: Record<string, (c: Context, recorded: RecordedRequest) => Routed> = {
    ...Object.fromEntries(
      [...handlers].map(([operationId, handler]) => [
        operationId,
        (c: Context) => ({ ...handler(c), operationId }),
      ]),
    ),
    validationFail: (c, recorded) => {
      const violations = violationsOf(c.validation.errors ?? []);
      fake.rejectedRequests.push({ request: recorded, violations });
      return invalid(violations);
    },
    // grpc-gateway answers a route it does not know with 404 `{code: 5, message: "Not Found"}`.
    notFound: () => ({ status: 404, body: { code: 5, message: 'Not Found', details: [] } }),
    methodNotAllowed: () => ({ status: 405, body: { code: 12, message: 'Method Not Allowed', details: [] } }),
    notImplemented: (c) =>
      status(501, 12, 'UNIMPLEMENTED', `the fake does not implement ${c.operation.operationId}`),
  };
  const api: OpenAPIBackend = await createOpenApiCheck(registered);
  // Authentication is checked before routing (below), so the document's oauth2 requirement always holds.
  api.registerSecurityHandler('oauth2', () => true);

  /** `/oauth/token`: not in the document; served as Scalekit's docs describe (scalekit-api.md §1). */
  function issueToken(form: URLSearchParams): Reply {
    if (form.get('grant_type') !== 'client_credentials') {
      return {
        status: 400,
        body: { error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials' },
      };
    }
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      return {
        status: 401,
        body: { error: 'invalid_client', error_description: 'invalid client credentials' },
      };
    }
    const lifetime = options.tokenLifetimeSeconds ?? 86399;
    const token = `fake_at_${newId('')}`;
    tokens.set(token, now() + lifetime * 1000);
    fake.issuedTokens.push(token);
    return {
      status: 200,
      body: { access_token: token, token_type: 'Bearer', expires_in: lifetime, scope: 'openid' },
    };
  }

  function apiRequest(recorded: RecordedRequest, url: URL, incoming: IncomingMessage['headers']) {
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(incoming)) if (typeof value === 'string') headers[key] = value;
    return {
      method: recorded.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      ...(recorded.body === undefined ? {} : { body: recorded.body }),
    };
  }

  /** Validates a request a fault will answer, recording a refusal as the handling would. */
  function checkWithoutHandling(recorded: RecordedRequest, url: URL, headers: IncomingMessage['headers']) {
    const operation = api.matchOperation(apiRequest(recorded, url, headers));
    if (!operation) return;
    const check = api.validateRequest(apiRequest(recorded, url, headers), operation);
    if (!check.valid)
      fake.rejectedRequests.push({ request: recorded, violations: violationsOf(check.errors ?? []) });
  }

  async function handle(request: IncomingMessage): Promise<Reply & { headers?: Record<string, string> }> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(request);
    const isToken = url.pathname === '/oauth/token';
    const form = isToken ? new URLSearchParams(raw) : null;
    let body: unknown;
    if (form) {
      body = Object.fromEntries(
        [...form].map(([key, value]) => [key, key === 'client_secret' ? '***' : value]),
      );
    } else if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return invalid([], 'unexpected end of JSON input');
      }
    }
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      url: `${url.pathname}${url.search}`,
      body,
    };
    fake.requests.push(recorded);
    const faultIndex = faults.findIndex(
      (fault) => !fault.match || fault.match.test(`${recorded.method} ${url.pathname}`),
    );
    if (faultIndex >= 0) {
      // A canned answer replaces the handling, not the check: the request is still validated, so an
      // adapter's request that only ever meets a fault cannot escape the document.
      if (!form) checkWithoutHandling(recorded, url, request.headers);
      const [fault] = faults.splice(faultIndex, 1);
      return {
        status: fault!.status,
        body: fault!.body,
        ...(fault!.headers ? { headers: fault!.headers } : {}),
      };
    }
    if (form) {
      if (request.headers['content-type'] !== 'application/x-www-form-urlencoded') {
        return { status: 400, body: { error: 'invalid_request', error_description: 'form body expected' } };
      }
      return issueToken(form);
    }
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer) return status(401, 16, 'UNAUTHENTICATED', 'Token empty');
    const expiry = tokens.get(bearer);
    if (expiry === undefined || expiry <= now())
      return status(401, 16, 'UNAUTHENTICATED', 'token is expired or invalid');

    const reply = (await api.handleRequest(apiRequest(recorded, url, request.headers), recorded)) as Routed;
    if (reply.operationId && reply.status >= 200 && reply.status < 300) {
      const check = api.validateResponse(reply.body, reply.operationId, reply.status);
      if (!check.valid) {
        const violations = violationsOf(check.errors ?? []);
        fake.responseViolations.push({ operationId: reply.operationId, violations });
        return status(
          500,
          13,
          'INTERNAL',
          `fake response violates the document: ${JSON.stringify(violations)}`,
        );
      }
    }
    return { status: reply.status, body: reply.body };
  }

  const server: Server = createServer((request, response) => {
    handle(request).then(
      (reply) => {
        response.writeHead(reply.status, { 'Content-Type': 'application/json', ...(reply.headers ?? {}) });
        response.end(JSON.stringify(reply.body ?? {}));
      },
      (error: unknown) => {
        response.writeHead(500, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ code: 13, message: String(error), details: [] }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    users,
    organizations,
    roles,
    ...fake,
    injectFault(fault) {
      faults.push(fault);
    },
    revokeTokens() {
      tokens.clear();
    },
    reset() {
      for (const store of [users, organizations, roles, tokens]) store.clear();
      for (const log of [
        fake.requests,
        fake.rejectedRequests,
        fake.responseViolations,
        fake.issuedTokens,
        fake.invitationEmails,
        faults,
      ]) {
        log.length = 0;
      }
    },
    requestLines() {
      return fake.requests.map((request) => `${request.method} ${decodeURIComponent(request.url)}`);
    },
    close() {
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
