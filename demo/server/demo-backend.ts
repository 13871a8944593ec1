/**
 * What the full-stack demo server needs from an identity backend: the adapter the kit's handler calls
 * with the server's own credentials, and the people its sign-in switcher offers. One file per backend
 * under `demo/server/backends/` makes one (memory, Scalekit's fake, …); `backend-registry.ts` names
 * them for `--backend`.
 */
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import type { AccessPolicy } from '../../src/core/policy/access-policy.ts';
import type { ViewerAdapterFor } from '../../src/server/organization-scope.ts';

/** Someone the demo's sign-in switcher can sign in as. */
export interface DemoPerson {
  /** The switcher's key for them (`admin`, `member`, `other-organization`): stable across restarts. */
  key: string;
  /** Their name, as the switcher shows it. */
  name: string;
  /** What they are, in a few words (`Admin at Acme Corporation`): why a person would pick them. */
  description: string;
  /** Their user ID at the backend: what the handler's session names. */
  userId: string;
  /** The organization they act in: the session confines every request to it. */
  organizationId: string;
}

/** One identity backend behind the demo server, ready to serve. */
export interface DemoBackend {
  /** What the page says it runs over (`In-memory backend`, `Scalekit (local fake)`). */
  label: string;
  /** The server-side adapter `createTeamkitHandler` calls; it may hold a secret the page never sees. */
  adapter: TeamkitAdapter;
  /** How the backend's roles map onto Teamkit's permissions (the handler's `policy`). */
  policy: AccessPolicy;
  /**
   * The backend signed in as each person, for their own organizations (the organization switcher):
   * where given, people may also act in any organization they are an active member of.
   */
  viewerAdapter?: ViewerAdapterFor;
  /** The people the switcher offers: at least an admin, a member, and a member of another organization. */
  people: readonly DemoPerson[];
  /** Stops whatever the backend started (a fake server, a connection); called once, on shutdown. */
  close(): Promise<void>;
}

/** Makes a backend; rejects with a message a person can act on when it cannot start. */
export type DemoBackendFactory = () => Promise<DemoBackend>;
