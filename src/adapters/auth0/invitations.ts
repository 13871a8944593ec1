import type { Management } from 'auth0';
import { TeamkitError, validationError } from '../../core/errors.ts';
import type { Invitation, InviteInput } from '../../core/invitation.ts';
import type { Member } from '../../core/member.ts';
import { metadataFieldErrors } from '../../core/metadata-field-errors.ts';
import { checkResend, checkRevoke } from '../../core/policy/invitation-guards.ts';
import { enforcePolicy } from '../../core/policy/policy-error.ts';
import type { Auth0Context } from './context.ts';
import { type Auth0Invitation, invitationRowState, invitationToMember, toInvitation } from './map-member.ts';
import { text } from './map-user.ts';
import { actionsFor, adminCounter } from './members.ts';
import { allInvitations, allMembers } from './organization-scans.ts';

/** Rough but sufficient: Auth0 checks the address itself; this catches what needs no round trip. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Auth0's default invitation lifetime: 7 days. */
export const defaultInvitationTtlSeconds = 7 * 24 * 60 * 60;
const maxInvitationTtlSeconds = 30 * 24 * 60 * 60;

/** The invitation's lifetime in seconds, within Auth0's 1 s – 30 days. */
export function invitationTtl(context: Auth0Context): number {
  const ttl = context.options.invitationTtlSeconds ?? defaultInvitationTtlSeconds;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > maxInvitationTtlSeconds) {
    throw new TeamkitError(
      'misconfigured',
      'invitationTtlSeconds must be a whole number of seconds up to 30 days.',
    );
  }
  return ttl;
}

async function inviterName(context: Auth0Context, signal?: AbortSignal): Promise<string> {
  const viewer = await context.fetchUser(await context.viewerId(), signal);
  const email = viewer.email ?? '';
  return context.options.inviterName?.({ email, name: text(viewer.name) }) ?? email;
}

/**
 * Invites one person: an Auth0 invitation (`uinv_…`) with the roles' IDs, the metadata and external
 * ID in its `app_metadata` (Auth0 copies them to the user it creates on acceptance), and the email
 * flag. Auth0 has no name fields on an invitation, so given, family and display names are not kept.
 * Auth0 does not refuse a second invitation or an existing member: both lists are scanned first.
 */
export async function inviteMember(
  context: Auth0Context,
  organizationId: string,
  input: InviteInput,
  signal?: AbortSignal,
): Promise<Member> {
  const email = input.email.trim();
  if (!emailPattern.test(email) || email.length > 254)
    throw validationError({ email: 'Enter a valid email address.' });
  const roleNames = input.roles && input.roles.length > 0 ? input.roles : [context.roles.defaultRole];
  const roleIds = await context.roles.idsOf(roleNames, signal);
  const policy = await context.policyContext(organizationId, signal);
  if (!policy.permissions.inviteMembers) throw new TeamkitError('permission_denied');
  const appMetadata: Record<string, string> = {};
  if (input.metadata) {
    const reserved = [...Object.keys(input.metadata)].filter((key) =>
      context.layout.reserved.app_metadata.has(key),
    );
    if (reserved.length > 0) {
      throw validationError(
        Object.fromEntries(reserved.map((key) => [`metadata.${key}`, 'This key holds a profile field.'])),
      );
    }
    const errors = metadataFieldErrors({}, input.metadata, context.limits.userMetadata, 'metadata');
    if (Object.keys(errors).length > 0) throw validationError(errors);
    for (const [key, value] of Object.entries(input.metadata)) if (value !== null) appMetadata[key] = value;
  }
  if (input.externalId?.trim()) appMetadata[context.layout.externalIdKey] = input.externalId.trim();
  const wanted = email.toLowerCase();
  const [members, invitations] = await Promise.all([
    allMembers(context.api, organizationId, signal),
    allInvitations(context.api, organizationId, signal),
  ]);
  const taken =
    members.some((row) => row.email?.toLowerCase() === wanted) ||
    invitations.some((invitation) => invitation.invitee?.email?.toLowerCase() === wanted);
  if (taken) throw new TeamkitError('already_member');
  const body: Management.CreateOrganizationInvitationRequestContent = {
    inviter: { name: await inviterName(context, signal) },
    invitee: { email },
    client_id: context.options.invitationClientId,
    roles: roleIds,
    ttl_sec: invitationTtl(context),
    send_invitation_email: input.sendEmail ?? true,
    ...(Object.keys(appMetadata).length > 0 ? { app_metadata: appMetadata } : {}),
  };
  const { api } = context;
  const created = await api.call(
    (request) => api.client.organizations.invitations.create(organizationId, body, request),
    { properties: { 'invitee.email': 'email', app_metadata: 'metadata' } },
    signal,
  );
  const state = invitationRowState(created, roleNames, context.now());
  const actions = await actionsFor(context, policy, state, adminCounter(context, organizationId, signal));
  return invitationToMember(created, roleNames, state, actions, context.layout.externalIdKey);
}

async function invitationOf(
  context: Auth0Context,
  organizationId: string,
  invitationId: string,
  signal?: AbortSignal,
): Promise<Auth0Invitation> {
  const { api } = context;
  return api.call(
    (request) => api.client.organizations.invitations.get(organizationId, invitationId, {}, request),
    {},
    signal,
  );
}

/** The viewer may act on this invitation (`inviteMembers`), by the core policy. */
async function guard(
  context: Auth0Context,
  organizationId: string,
  invitation: Auth0Invitation,
  action: 'resendInvitation' | 'revokeInvitation',
  signal?: AbortSignal,
) {
  const policy = await context.policyContext(organizationId, signal);
  const state = invitationRowState(invitation, [], context.now());
  const decision =
    action === 'resendInvitation'
      ? checkResend(state, { ...policy, now: context.now(), resendCooldownMs: null })
      : checkRevoke(state, policy);
  enforcePolicy(action, decision);
}

/**
 * Sends an invitation again. Auth0 has no resend: a new invitation is created with the same invitee,
 * inviter, application, connection, roles and metadata, then the old one is deleted, so the result
 * has a new ID (`capabilities.invitations.resend` is `recreate`). Creating first means a failure
 * leaves the old invitation in place rather than none.
 */
export async function resendInvitation(
  context: Auth0Context,
  organizationId: string,
  invitationId: string,
  signal?: AbortSignal,
): Promise<Invitation> {
  const old = await invitationOf(context, organizationId, invitationId, signal);
  await guard(context, organizationId, old, 'resendInvitation', signal);
  const body: Management.CreateOrganizationInvitationRequestContent = {
    inviter: { name: old.inviter?.name || (await inviterName(context, signal)) },
    invitee: { email: old.invitee?.email ?? '' },
    client_id: old.client_id || context.options.invitationClientId,
    ...(old.connection_id ? { connection_id: old.connection_id } : {}),
    ...(old.roles && old.roles.length > 0 ? { roles: old.roles } : {}),
    ...(old.app_metadata ? { app_metadata: old.app_metadata } : {}),
    ...(old.user_metadata ? { user_metadata: old.user_metadata } : {}),
    ttl_sec: invitationTtl(context),
    send_invitation_email: true,
  };
  const { api } = context;
  const created = await api.call(
    (request) => api.client.organizations.invitations.create(organizationId, body, request),
    {},
    signal,
  );
  try {
    await api.call(
      (request) => api.client.organizations.invitations.delete(organizationId, invitationId, request),
      {},
      signal,
    );
  } catch (error) {
    // Gone meanwhile (accepted, revoked or expired): the new invitation stands either way.
    if (!(error instanceof TeamkitError && error.code === 'not_found')) throw error;
  }
  return toInvitation(created, context.now());
}

/** Withdraws an invitation (`DELETE …/invitations/{id}`); an unknown or gone one is `not_found`. */
export async function revokeInvitation(
  context: Auth0Context,
  organizationId: string,
  invitationId: string,
  signal?: AbortSignal,
): Promise<void> {
  const invitation = await invitationOf(context, organizationId, invitationId, signal);
  await guard(context, organizationId, invitation, 'revokeInvitation', signal);
  const { api } = context;
  await api.call(
    (request) => api.client.organizations.invitations.delete(organizationId, invitationId, request),
    {},
    signal,
  );
}
