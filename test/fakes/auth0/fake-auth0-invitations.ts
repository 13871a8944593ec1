/**
 * The fake's invitation routes (`/api/v2/organizations/{id}/invitations`): list (offset paging, no
 * total, as Auth0 says), create (7 days by default, 30 at most), read and delete. An expired
 * invitation is gone, as in Auth0.
 */
import {
  Auth0Failure,
  boolParam,
  checkBody,
  checkMetadataKeys,
  checkQuery,
  type FakeRequest,
  type FakeResponse,
  intParam,
  invalidBody,
  invalidQuery,
  notFound,
  offsetPage,
} from './fake-auth0-http.ts';
import { organizationOf } from './fake-auth0-organizations.ts';
import { type FakeTenant, fakeId, invitationsOf } from './fake-auth0-state.ts';
import { createInvitationFields, type FakeInvitation, listInvitationsQuery } from './fake-auth0-wire.ts';

const defaultTtlSeconds = 7 * 24 * 60 * 60;
const maxTtlSeconds = 30 * 24 * 60 * 60;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function createInvitation(
  tenant: FakeTenant,
  request: FakeRequest,
  now: number,
  emails: string[],
): FakeResponse {
  const organization = organizationOf(tenant, request.params.id ?? '');
  const body = checkBody(request, createInvitationFields, ['inviter', 'invitee', 'client_id']);
  const inviter = body.inviter as { name?: unknown } | null;
  const invitee = body.invitee as { email?: unknown } | null;
  if (typeof inviter?.name !== 'string' || inviter.name.length < 1 || inviter.name.length > 300) {
    throw invalidBody('String is too short or too long on property inviter.name');
  }
  if (Object.keys(inviter).length !== 1)
    throw invalidBody('Additional properties not allowed on property inviter');
  if (typeof invitee?.email !== 'string' || !emailPattern.test(invitee.email)) {
    throw invalidBody("Object didn't pass validation for format email on property invitee.email");
  }
  if (Object.keys(invitee).length !== 1)
    throw invalidBody('Additional properties not allowed on property invitee');
  if (typeof body.client_id !== 'string' || !tenant.applications.has(body.client_id)) {
    throw new Auth0Failure(404, 'inexistent_client', 'The client does not exist.');
  }
  const ttl = body.ttl_sec === undefined || body.ttl_sec === 0 ? defaultTtlSeconds : body.ttl_sec;
  if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 0 || ttl > maxTtlSeconds) {
    throw invalidBody(`Value must be an integer between 0 and ${maxTtlSeconds} on property ttl_sec`);
  }
  const roles = body.roles ?? [];
  if (!Array.isArray(roles) || roles.some((role) => typeof role !== 'string')) {
    throw invalidBody('Expected type array of strings on property roles');
  }
  for (const id of roles as string[]) {
    if (!tenant.roles.some((role) => role.id === id))
      throw invalidBody(`Role ${id} does not exist on property roles`);
  }
  for (const bag of ['app_metadata', 'user_metadata'] as const)
    if (bag in body) checkMetadataKeys(body[bag], bag);
  if ('send_invitation_email' in body && typeof body.send_invitation_email !== 'boolean') {
    throw invalidBody('Expected type boolean on property send_invitation_email');
  }
  const id = fakeId('uinv_');
  const invitation: FakeInvitation = {
    id,
    organization_id: organization.id,
    inviter: { name: inviter.name },
    invitee: { email: invitee.email },
    invitation_url: `https://app.example/login?invitation=${id}&organization=${organization.id}`,
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + ttl * 1000).toISOString(),
    client_id: body.client_id,
    roles: roles as string[],
    ticket_id: fakeId('tkt_'),
    ...(body.app_metadata ? { app_metadata: body.app_metadata as Record<string, unknown> } : {}),
    ...(body.user_metadata ? { user_metadata: body.user_metadata as Record<string, unknown> } : {}),
    ...(typeof body.connection_id === 'string' ? { connection_id: body.connection_id } : {}),
  };
  invitationsOf(tenant, organization.id, now).push(invitation);
  if (body.send_invitation_email !== false) emails.push(invitee.email);
  return { status: 201, body: invitation };
}

function invitationOf(tenant: FakeTenant, request: FakeRequest, now: number): FakeInvitation {
  const organization = organizationOf(tenant, request.params.id ?? '');
  const found = invitationsOf(tenant, organization.id, now).find(
    (invitation) => invitation.id === request.params.invitationId,
  );
  if (!found) throw notFound('invitation');
  return found;
}

/** The invitation routes, as `[method, path pattern, handler]`; `emails` records each invitation email sent. */
export function invitationRoutes(tenant: FakeTenant, now: () => number, emails: string[]) {
  const list = /^\/api\/v2\/organizations\/(?<id>[^/]+)\/invitations$/;
  const one = /^\/api\/v2\/organizations\/(?<id>[^/]+)\/invitations\/(?<invitationId>[^/]+)$/;
  return [
    [
      'GET',
      list,
      (request: FakeRequest): FakeResponse => {
        checkQuery(request, listInvitationsQuery);
        const organization = organizationOf(tenant, request.params.id ?? '');
        const sort = request.query.get('sort') ?? 'created_at:-1';
        if (sort !== 'created_at:1' && sort !== 'created_at:-1') throw invalidQuery(`Cannot sort by ${sort}`);
        if (request.query.has('fields'))
          throw invalidQuery('The fake does not implement fields on invitations');
        const all = [...invitationsOf(tenant, organization.id, now())];
        if (sort === 'created_at:-1') all.reverse();
        const page = intParam(request, 'page', 0);
        const perPage = intParam(request, 'per_page', 50, 100);
        const invitations = offsetPage(all, page, perPage);
        // "We do not yet support returning the total invitations count": start and limit only.
        return boolParam(request, 'include_totals', false)
          ? { status: 200, body: { invitations, start: page * perPage, limit: perPage } }
          : { status: 200, body: invitations };
      },
    ],
    ['POST', list, (request: FakeRequest) => createInvitation(tenant, request, now(), emails)],
    [
      'GET',
      one,
      (request: FakeRequest): FakeResponse => {
        checkQuery(request, ['fields', 'include_fields']);
        return { status: 200, body: invitationOf(tenant, request, now()) };
      },
    ],
    [
      'DELETE',
      one,
      (request: FakeRequest): FakeResponse => {
        const invitation = invitationOf(tenant, request, now());
        const all = invitationsOf(tenant, invitation.organization_id, now());
        all.splice(all.indexOf(invitation), 1);
        return { status: 204 };
      },
    ],
  ] as const;
}
