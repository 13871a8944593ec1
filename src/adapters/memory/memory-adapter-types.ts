import type { TeamkitAdapter } from '../../core/adapter.ts';
import type { CapabilityOverrides } from '../../core/capabilities.ts';
import type { IdempotencyStore } from '../../core/idempotency-store.ts';
import type { BackendLimits } from '../../core/limits.ts';
import type { Member } from '../../core/member.ts';
import type { OrganizationPatch } from '../../core/organization.ts';
import type { UserPatch } from '../../core/user.ts';
import type { AcceptInvitationProfile } from './backend-acceptance.ts';
import type { MemoryAdapterMethod, MemoryFaults } from './faults.ts';
import type { LatencySetting } from './latency.ts';
import type { MemoryData } from './memory-data.ts';
import type { PersistOptions } from './persistence.ts';

/** Who the memory backend treats as signed in: a seeded role, or any user ID in the data. */
export type MemoryViewer = 'admin' | 'member' | (string & {});

/** Options of `createMemoryAdapter`. */
export interface MemoryAdapterOptions {
  /** Seed of the generated members (default 1): the same seed gives the same data. */
  seed?: number;
  /** How many members Acme has, named fixtures included (default 50; 10,000 is fine). */
  memberCount?: number;
  /** Who is signed in (default `admin`, Acme's only admin). */
  viewer?: MemoryViewer;
  /** Simulated response time in ms, fixed or a range (default 0). */
  latency?: LatencySetting;
  /** Replaces the seeded attribute definitions; may be malformed on purpose (the kit sanitizes them). */
  definitions?: unknown[];
  /** Changes the seeded data before the adapter uses it (add users, metadata, memberships …). */
  prepare?: (data: MemoryData) => void;
  /** Keeps the state in storage (localStorage by default) across page loads. */
  persist?: PersistOptions;
  /** Limits to enforce instead of Scalekit's (`scalekitLimits`). */
  limits?: Partial<BackendLimits>;
  /**
   * What this backend declares it can do, over full capabilities (`fullCapabilities`); pass
   * `scalekitCapabilities` or `auth0Capabilities` (or parts) to see the kit over a limited backend.
   */
  capabilities?: CapabilityOverrides;
  /**
   * Whether inviting creates the invited user at once (default true, as Scalekit), or only an
   * invitation with an ID and an address until it is accepted (false, as Auth0: such rows have
   * `userId: null` and are resent and revoked by `invitationId`). With false, seeded invitations are
   * turned into such rows too.
   */
  invitationsCreateUsers?: boolean;
  /**
   * Where the first result of each idempotency key is kept (used only where
   * `capabilities.invitations.idempotent`); default: a store in this adapter's memory, emptied by
   * `reset()`. Pass a shared one to see a server's behaviour across adapters.
   */
  idempotencyStore?: IdempotencyStore;
}

/** One call the adapter received, as sent (deep-copied, AbortSignals left out). */
export interface RecordedCall {
  /** The method called. */
  method: MemoryAdapterMethod;
  /** Its arguments. */
  args: unknown[];
}

/**
 * The in-memory adapter: a TeamkitAdapter (with definition management, which rejects `not_supported`
 * where the configuration does not declare it) plus controls for stories and tests.
 */
export interface MemoryAdapter extends TeamkitAdapter {
  /** Every definition, disabled ones included (see `TeamkitAdapter`). */
  listManagedAttributeDefinitions: NonNullable<TeamkitAdapter['listManagedAttributeDefinitions']>;
  /** Adds a custom attribute (see `TeamkitAdapter`). */
  createAttributeDefinition: NonNullable<TeamkitAdapter['createAttributeDefinition']>;
  /** Changes, disables or enables a definition (see `TeamkitAdapter`). */
  updateAttributeDefinition: NonNullable<TeamkitAdapter['updateAttributeDefinition']>;
  /** Puts every definition in a new order (see `TeamkitAdapter`). */
  reorderAttributeDefinitions: NonNullable<TeamkitAdapter['reorderAttributeDefinitions']>;
  /** The signed-in person's organizations (see `TeamkitAdapter`). */
  listViewerOrganizations: NonNullable<TeamkitAdapter['listViewerOrganizations']>;
  /** The signed-in person accepts an invitation to them (see `TeamkitAdapter`). */
  acceptViewerInvitation: NonNullable<TeamkitAdapter['acceptViewerInvitation']>;
  /** Makes calls fail on purpose. */
  readonly faults: MemoryFaults;
  /** Every call received, oldest first (cleared by `reset()`). */
  readonly calls: RecordedCall[];
  /** The signed-in user's ID. */
  readonly viewerId: string;
  /** Signs in as someone else. */
  setViewer(viewer: MemoryViewer): void;
  /** Changes the simulated response time. */
  setLatency(latency: LatencySetting): void;
  /** Returns to the seeded data (running `prepare` again), forgets saved state, faults and calls. */
  reset(): void;
  /** A deep copy of everything the backend holds. */
  snapshot(): MemoryData;
  /** Applies a change as if made elsewhere, giving the record a new version (for conflict stories). */
  simulateExternalEdit(kind: 'user', id: string, patch: UserPatch): void;
  /** Applies a change to an organization as if made elsewhere. */
  simulateExternalEdit(kind: 'organization', id: string, patch: OrganizationPatch): void;
  /**
   * The invitee accepts an invitation, as they would in the backend's own pages: one without a user
   * (`invitationsCreateUsers: false`, Auth0) creates the user (or links the existing one), the
   * membership becomes active and the invitation accepted. Throws `not_found` for an unknown
   * invitation, `conflict` for an expired or accepted one. Returns the new member row.
   */
  acceptInvitation(organizationId: string, invitationId: string, profile?: AcceptInvitationProfile): Member;
}
