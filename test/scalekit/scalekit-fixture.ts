/**
 * One fake Scalekit per test file, reset and seeded before each test, and a Scalekit adapter pointed
 * at it. The clock is shared and can be moved forward, for token expiry.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { createScalekitAdapter, type ScalekitAdapterOptions } from '../../src/adapters/scalekit/index.ts';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import { type FakeScalekit, startFakeScalekit } from '../fakes/scalekit/fake-scalekit.ts';
import {
  type ScalekitSeed,
  type SeedOptions,
  scalekitTestDefinitions,
  seedScalekit,
} from '../fakes/scalekit/seed.ts';

/** What a test gets: the fake, the seeded IDs, an adapter, and a clock it can move. */
export interface ScalekitTestbed {
  fake: FakeScalekit;
  ids: ScalekitSeed;
  adapter: TeamkitAdapter;
  /** Builds another adapter over the same fake (other credentials, another viewer …). */
  makeAdapter(overrides?: Partial<ScalekitAdapterOptions>): TeamkitAdapter;
  /** Moves the shared clock forward. */
  advance(ms: number): void;
}

/**
 * Registers the hooks and returns the testbed, filled in before each test. Unless a test says
 * otherwise (`allowRejected`), no request the adapter sends may fail the OpenAPI check, and no
 * response of the fake may either.
 */
export function setUpScalekitTestbed(
  options: { tokenLifetimeSeconds?: number; seed?: SeedOptions } = {},
): ScalekitTestbed & {
  allowRejected(): void;
} {
  let offset = 0;
  let allowRejected = false;
  const now = () => Date.now() + offset;
  const bed = {} as ScalekitTestbed & { allowRejected(): void };
  beforeAll(async () => {
    bed.fake = await startFakeScalekit({
      now,
      ...(options.tokenLifetimeSeconds ? { tokenLifetimeSeconds: options.tokenLifetimeSeconds } : {}),
    });
  }, 60_000);
  afterAll(async () => {
    await bed.fake.close();
  });
  beforeEach(() => {
    offset = 0;
    allowRejected = false;
    bed.fake.reset();
    bed.ids = seedScalekit(bed.fake, now(), options.seed);
    bed.makeAdapter = (overrides = {}) =>
      createScalekitAdapter({
        environmentUrl: bed.fake.url,
        clientId: bed.fake.clientId,
        clientSecret: bed.fake.clientSecret,
        definitions: scalekitTestDefinitions,
        viewerUserId: () => bed.ids.adminUserId,
        now,
        ...overrides,
      });
    bed.adapter = bed.makeAdapter();
  });
  afterEach(() => {
    if (!allowRejected) expect(bed.fake.rejectedRequests).toEqual([]);
    expect(bed.fake.responseViolations).toEqual([]);
  });
  bed.advance = (ms) => {
    offset += ms;
  };
  bed.allowRejected = () => {
    allowRejected = true;
  };
  return bed;
}
