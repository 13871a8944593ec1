/**
 * Who is calling, as the host's own sign-in knows it: the handler trusts nothing else the browser
 * sends about identity. Roles are read from the backend on each request (a demotion applies at once),
 * so the session names only the person and the organization they act in.
 */
export interface TeamkitSession {
  /** The signed-in person's user ID at the identity backend. */
  userId: string;
  /** The organization they act in: every request is confined to it (unless the handler allows `memberships`). */
  organizationId: string;
}

/** The host's session lookup: the caller of `request`, or null when nobody is signed in. */
export type GetSession = (request: Request) => TeamkitSession | null | Promise<TeamkitSession | null>;
