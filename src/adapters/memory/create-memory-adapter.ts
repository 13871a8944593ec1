import type { CallOptions } from '../../core/adapter.ts';
import type { AttributeDefinition } from '../../core/attribute-definition.ts';
import { resolveCapabilities } from '../../core/capabilities.ts';
import { isTeamkitError, toTeamkitError } from '../../core/errors.ts';
import {
  createMemoryIdempotencyStore,
  defaultIdempotencyTtlMs,
  type IdempotencyStore,
} from '../../core/idempotency-store.ts';
import type { InviteInput } from '../../core/invitation.ts';
import { type BackendLimits, scalekitLimits } from '../../core/limits.ts';
import type { Member } from '../../core/member.ts';
import type { OrganizationPatch } from '../../core/organization.ts';
import type { UserPatch } from '../../core/user.ts';
import { adaptSeedToBackend } from './adapt-seed.ts';
import { type BackendState, createBackend } from './backend.ts';
import { deepCopy } from './deep-copy.ts';
import { createFaultInjector, type MemoryAdapterMethod } from './faults.ts';
import { drawLatency, type LatencySetting, simulateLatency } from './latency.ts';
import type {
  MemoryAdapter,
  MemoryAdapterOptions,
  MemoryViewer,
  RecordedCall,
} from './memory-adapter-types.ts';
import type { MemoryData } from './memory-data.ts';
import { memoryIds } from './memory-ids.ts';
import { refuseUnsupportedMetadata } from './metadata-capabilities.ts';
import { clearPersisted, loadPersisted, savePersisted } from './persistence.ts';
import { mulberry32 } from './prng.ts';
import { createSeedData } from './seed-data.ts';

function viewerIdOf(viewer: MemoryViewer): string {
  if (viewer === 'admin') return memoryIds.admin;
  if (viewer === 'member') return memoryIds.member;
  return viewer;
}

/** Which options shaped the seed: saved state from other options is not reused. */
function fingerprintOf(options: MemoryAdapterOptions): string {
  return JSON.stringify([options.seed ?? 1, options.memberCount ?? 50, options.definitions ?? null]);
}

/** The arguments as recorded: deep copies, without the AbortSignal, without an empty trailing options bag. */
function recordable(args: readonly unknown[]): unknown[] {
  const copied = deepCopy([...args]);
  while (copied.length > 0) {
    const last = copied[copied.length - 1];
    const empty =
      typeof last === 'object' && last !== null && !Array.isArray(last) && Object.keys(last).length === 0;
    if (last !== undefined && !empty) break;
    copied.pop();
  }
  return copied;
}

/**
 * An identity backend in memory that behaves like a real one: seeded with Acme Corporation and its
 * members, enforcing the same validation, permissions, limits and invitation lifecycle, with simulated
 * latency, injectable faults, a record of calls and optional persistence. For stories, tests, the
 * demo, and as the reference every other adapter is checked against.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const limits: BackendLimits = Object.freeze({ ...scalekitLimits, ...options.limits });
  const capabilities = resolveCapabilities(options.capabilities);
  const invitationsCreateUsers = options.invitationsCreateUsers ?? true;
  const fingerprint = fingerprintOf(options);
  const seeded = (): MemoryData => {
    const data = createSeedData({
      seed: options.seed ?? 1,
      memberCount: options.memberCount ?? 50,
      now: Date.now(),
    });
    if (options.definitions) data.definitions = deepCopy(options.definitions);
    options.prepare?.(data);
    adaptSeedToBackend(data, { capabilities, invitationsCreateUsers });
    return data;
  };
  const persisted = options.persist ? loadPersisted(options.persist, fingerprint) : null;
  const state: BackendState = {
    data: persisted ?? seeded(),
    limits,
    capabilities,
    invitationsCreateUsers,
    viewerId: viewerIdOf(options.viewer ?? 'admin'),
    now: () => Date.now(),
    commit: () => {
      if (options.persist) savePersisted(options.persist, fingerprint, state.data);
    },
  };
  if (options.persist && !persisted) state.commit();

  const backend = createBackend(state);
  const defaultStore = () => createMemoryIdempotencyStore(state.now);
  let idempotency: IdempotencyStore = options.idempotencyStore ?? defaultStore();

  /**
   * An invite, once per idempotency key where the backend declares keys honoured: the first result is
   * kept in the store for a day and handed back to a retry. Failures are not kept, so a refused
   * attempt can be corrected and sent again with the same key.
   */
  const invite = async (organizationId: string, input: InviteInput): Promise<Member> => {
    const key =
      capabilities.invitations.idempotent &&
      typeof input?.idempotencyKey === 'string' &&
      input.idempotencyKey !== ''
        ? `invite ${organizationId} ${input.idempotencyKey}`
        : null;
    // Without a key (a plain JavaScript caller), every call is a new attempt.
    const remembered = key ? ((await idempotency.get(key)) as Member | undefined) : undefined;
    if (remembered) return remembered;
    const member = backend.inviteMember(organizationId, input);
    if (key) await idempotency.put(key, member, defaultIdempotencyTtlMs);
    return member;
  };
  const faults = createFaultInjector();
  const calls: RecordedCall[] = [];
  let latency: LatencySetting = options.latency ?? 0;
  const latencyRandom = mulberry32((options.seed ?? 1) ^ 0x5eed);

  /** Every method goes through here: record, wait, maybe fail, run the rule, hand back a copy. */
  const call = async <T>(
    method: MemoryAdapterMethod,
    args: readonly unknown[],
    callOptions: CallOptions | undefined,
    run: () => T | Promise<T>,
  ): Promise<T> => {
    calls.push({ method, args: recordable(args) });
    const fault = faults.take(method);
    await simulateLatency(drawLatency(latency, latencyRandom), callOptions?.signal);
    if (callOptions?.signal?.aborted) throw callOptions.signal.reason;
    if (fault) throw fault;
    try {
      return deepCopy(await run());
    } catch (error) {
      throw isTeamkitError(error) ? error : toTeamkitError(error);
    }
  };

  const adapter: MemoryAdapter = {
    name: 'memory',
    limits,
    capabilities,
    faults: {
      failNext: (error, count) => faults.failNext(error, count),
      failMethod: (method, error, failOptions) => faults.failMethod(method, error, failOptions),
      clear: () => faults.clear(),
    },
    calls,
    get viewerId() {
      return state.viewerId;
    },
    getViewer: (organizationId, o) =>
      call('getViewer', [organizationId, o], o, () => backend.getViewer(organizationId)),
    getCurrentUser: (o) => call('getCurrentUser', [o], o, () => backend.getCurrentUser()),
    getUser: (userId, o) => call('getUser', [userId, o], o, () => backend.getUser(userId)),
    updateUser: (userId, patch, o) =>
      call('updateUser', [userId, patch, o], o, () => {
        refuseUnsupportedMetadata(
          { userMetadata: patch?.userMetadata, appMetadata: patch?.appMetadata },
          capabilities,
        );
        return backend.updateUser(userId, patch, o);
      }),
    listAttributeDefinitions: (o) =>
      // Served as stored: untrusted, possibly malformed; the kit sanitizes what it receives.
      call(
        'listAttributeDefinitions',
        [o],
        o,
        () => backend.listAttributeDefinitions() as AttributeDefinition[],
      ),
    listMembers: (query, o) => call('listMembers', [query, o], o, () => backend.listMembers(query)),
    getMember: (organizationId, userId, o) =>
      call('getMember', [organizationId, userId, o], o, () => backend.getMember(organizationId, userId)),
    inviteMember: (organizationId, input, o) =>
      call('inviteMember', [organizationId, input, o], o, () => {
        refuseUnsupportedMetadata({ metadata: input?.metadata }, capabilities);
        return invite(organizationId, input);
      }),
    resendInvitation: (organizationId, invitationId, o) =>
      call('resendInvitation', [organizationId, invitationId, o], o, () =>
        backend.resendInvitation(organizationId, invitationId),
      ),
    revokeInvitation: (organizationId, invitationId, o) =>
      call('revokeInvitation', [organizationId, invitationId, o], o, () =>
        backend.revokeInvitation(organizationId, invitationId),
      ),
    updateMembership: (organizationId, userId, patch, o) =>
      call('updateMembership', [organizationId, userId, patch, o], o, () => {
        refuseUnsupportedMetadata({ metadata: patch?.metadata }, capabilities, { membership: true });
        return backend.updateMembership(organizationId, userId, patch, { expectedRoles: o?.expectedRoles });
      }),
    removeMember: (organizationId, userId, o) =>
      call('removeMember', [organizationId, userId, o], o, () =>
        backend.removeMember(organizationId, userId),
      ),
    listRoles: (organizationId, o) =>
      call('listRoles', [organizationId, o], o, () => backend.listRoles(organizationId)),
    getOrganization: (organizationId, o) =>
      call('getOrganization', [organizationId, o], o, () => backend.getOrganization(organizationId)),
    updateOrganization: (organizationId, patch, o) =>
      call('updateOrganization', [organizationId, patch, o], o, () => {
        refuseUnsupportedMetadata({ metadata: patch?.metadata }, capabilities);
        return backend.updateOrganization(organizationId, patch, o);
      }),
    findOrganizationByExternalId: (externalId, o) =>
      call('findOrganizationByExternalId', [externalId, o], o, () =>
        backend.findOrganizationByExternalId(externalId),
      ),
    findUserByExternalId: (organizationId, externalId, o) =>
      call('findUserByExternalId', [organizationId, externalId, o], o, () =>
        backend.findUserByExternalId(organizationId, externalId),
      ),
    listManagedAttributeDefinitions: (organizationId, o) =>
      call('listManagedAttributeDefinitions', [organizationId, o], o, () =>
        backend.listManagedAttributeDefinitions(organizationId),
      ),
    createAttributeDefinition: (organizationId, input, o) =>
      call('createAttributeDefinition', [organizationId, input, o], o, () =>
        backend.createAttributeDefinition(organizationId, input),
      ),
    updateAttributeDefinition: (organizationId, key, change, o) =>
      call('updateAttributeDefinition', [organizationId, key, change, o], o, () =>
        backend.updateAttributeDefinition(organizationId, key, change),
      ),
    reorderAttributeDefinitions: (organizationId, keys, o) =>
      call('reorderAttributeDefinitions', [organizationId, keys, o], o, () =>
        backend.reorderAttributeDefinitions(organizationId, keys),
      ),
    listViewerOrganizations: (query, o) =>
      call('listViewerOrganizations', [query, o], o, () => backend.listViewerOrganizations(query)),
    acceptViewerInvitation: (organizationId, invitationId, o) =>
      call('acceptViewerInvitation', [organizationId, invitationId, o], o, () =>
        backend.acceptViewerInvitation(organizationId, invitationId),
      ),
    setViewer(viewer) {
      state.viewerId = viewerIdOf(viewer);
    },
    setLatency(next) {
      latency = next;
    },
    reset() {
      if (options.persist) clearPersisted(options.persist);
      state.data = seeded();
      state.commit();
      if (!options.idempotencyStore) idempotency = defaultStore();
      faults.clear();
      calls.length = 0;
    },
    snapshot: () => deepCopy(state.data),
    simulateExternalEdit(kind: 'user' | 'organization', id: string, patch: UserPatch | OrganizationPatch) {
      backend.simulateExternalEdit(kind, id, patch);
    },
    acceptInvitation(organizationId, invitationId, profile) {
      return deepCopy(backend.acceptInvitation(organizationId, invitationId, profile));
    },
  };
  return adapter;
}
