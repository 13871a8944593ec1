/**
 * What the two Scalekit conformance runs share (the adapter directly, and behind the HTTP adapter and
 * the server handler): one fake Scalekit per file, a fresh seed per test, the suite's fixture in that
 * seed, and the check that no request the adapter sent was refused by the fake's OpenAPI validation
 * and no response of the fake broke the document.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createScalekitAdapter, type ScalekitAdapterOptions } from '../../src/adapters/scalekit/index.ts';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import type { ContractIds } from '../adapter-contract.ts';
import { type FakeScalekit, startFakeScalekit } from '../fakes/scalekit/fake-scalekit.ts';
import { type ScalekitSeed, scalekitTestDefinitions, seedScalekit } from '../fakes/scalekit/seed.ts';

/** The conformance suite's fixture in the Scalekit seed. */
export function scalekitContractIds(ids: ScalekitSeed): ContractIds {
  return {
    organizationId: ids.organizationId,
    organizationExternalId: ids.organizationExternalId,
    otherOrganizationExternalId: ids.otherOrganizationExternalId,
    adminUserId: ids.adminUserId,
    memberUserId: ids.memberUserId,
    memberExternalId: ids.memberExternalId,
    pendingInviteEmail: 'pending@acme.example',
    expiredInviteEmail: 'expired@acme.example',
    directoryManagedUserId: ids.directoryManagedUserId,
    adminRole: 'admin',
    memberRole: 'member',
    attributes: { text: 'bio', number: 'years_experience', readOnly: 'cost_center' },
  };
}

/** A fake Scalekit for the file, and a maker of a seeded adapter over it. */
export interface ScalekitContractBed {
  /** The running fake (set before the first test). */
  readonly fake: FakeScalekit;
  /** Resets and seeds the fake, and builds an adapter over it with `options`. */
  seededAdapter(options?: Partial<ScalekitAdapterOptions>): {
    adapter: TeamkitAdapter;
    ids: ContractIds;
    seed: ScalekitSeed;
  };
}

/** Registers the hooks: the fake starts once, and every test ends with no request refused by it. */
export function setUpScalekitContract(): ScalekitContractBed {
  let fake: FakeScalekit | undefined;
  beforeAll(async () => {
    fake = await startFakeScalekit();
  }, 60_000);
  afterAll(async () => {
    await fake?.close();
  });
  afterEach(() => {
    // Issue 14's "done when": nothing the adapter sends is refused by Scalekit's OpenAPI document.
    expect(fake?.rejectedRequests).toEqual([]);
    expect(fake?.responseViolations).toEqual([]);
  });
  return {
    get fake() {
      if (!fake) throw new Error('The fake Scalekit has not started.');
      return fake;
    },
    seededAdapter(options = {}) {
      const running = this.fake;
      running.reset();
      // The viewer's other organizations too, for the suite's organization-switcher cases.
      const seed = seedScalekit(running, Date.now(), { viewerOrganizations: true });
      const adapter = createScalekitAdapter({
        environmentUrl: running.url,
        clientId: running.clientId,
        clientSecret: running.clientSecret,
        definitions: scalekitTestDefinitions,
        viewerUserId: () => seed.adminUserId,
        ...options,
      });
      return { adapter, ids: scalekitContractIds(seed), seed };
    },
  };
}
