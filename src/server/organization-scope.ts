/**
 * Which organizations a signed-in person may act in over HTTP, and the backend as that person for
 * their own organizations. Both decide what one tenant can reach of another's, so both refuse
 * rather than guess.
 */
import type { TeamkitAdapter } from '../core/adapter.ts';
import { isTeamkitError, TeamkitError } from '../core/errors.ts';
import type { TeamkitSession } from './session.ts';

/**
 * Where a session may act: `session`, its own organization only (the default); `memberships`, any
 * organization the backend says the person is an active member of (the organization switcher).
 */
export type OrganizationScope = 'session' | 'memberships';

/** The host's backend signed in as the session's person, for their own organizations. */
export type ViewerAdapterFor = (
  session: TeamkitSession,
  request: Request,
) => TeamkitAdapter | Promise<TeamkitAdapter>;

/**
 * The session a request acts with, for the organization its URL names (`requested`). In its own
 * organization, as it is. Elsewhere, with `memberships`, only where the backend (called with the
 * server's credentials, so nothing the browser says counts) has the person as an active member: an
 * invitation not yet accepted, a suspension or no membership at all is refused, and refused the same
 * way as an organization that does not exist, so the answer tells nothing of other tenants. The
 * membership is read on every request, so a removal applies at once, as it does in the session's own
 * organization (create-teamkit-handler.ts `viewerOf`).
 */
export async function sessionFor(
  scope: OrganizationScope,
  session: TeamkitSession,
  requested: string | undefined,
  adapter: TeamkitAdapter,
  signal: AbortSignal,
): Promise<TeamkitSession> {
  if (requested === undefined || requested === session.organizationId) return session;
  if (scope !== 'memberships') throw new TeamkitError('permission_denied');
  try {
    const membership = await adapter.getMember(requested, session.userId, { signal });
    if (membership.userId !== session.userId || membership.status !== 'active') {
      throw new TeamkitError('permission_denied');
    }
  } catch (error) {
    if (isTeamkitError(error) && (error.code === 'not_found' || error.code === 'validation')) {
      throw new TeamkitError('permission_denied');
    }
    throw error;
  }
  return { ...session, organizationId: requested };
}

/**
 * The backend as the session's person, once it has shown it is signed in as them: an adapter signed
 * in as someone else (the server's own account, another user) would list their organizations to this
 * caller, so it is the host's mistake, reported as a failure (`onError`), never served.
 */
export async function checkedViewerAdapter(
  viewerAdapter: ViewerAdapterFor,
  session: TeamkitSession,
  request: Request,
): Promise<TeamkitAdapter> {
  const backend = await viewerAdapter(session, request);
  const user = await backend.getCurrentUser({ signal: request.signal });
  if (user.id !== session.userId) {
    throw new Error(
      `teamkit: viewerAdapter is signed in as ${JSON.stringify(user.id)}, not as the session's user; give one per session.`,
    );
  }
  return backend;
}
