// @vitest-environment node
/**
 * The conformance suite over the Scalekit adapter against the fake Scalekit, with the capabilities the
 * adapter declares (`scalekitCapabilities`). One fake serves the file; every test gets it reset and
 * seeded, and a fresh adapter; no request may be refused by the fake's OpenAPI check.
 */
import { resolveCapabilities, scalekitCapabilities } from '../../src/core/capabilities.ts';
import { createMemoryIdempotencyStore } from '../../src/core/idempotency-store.ts';
import { describeAdapterContract } from '../adapter-contract.ts';
import { setUpScalekitContract } from './scalekit-contract.ts';

const bed = setUpScalekitContract();

describeAdapterContract('scalekit (over the fake Scalekit)', scalekitCapabilities, async () =>
  bed.seededAdapter(),
);
describeAdapterContract(
  'scalekit with an idempotency store',
  resolveCapabilities({ invitations: { idempotent: true } }, scalekitCapabilities),
  async () => bed.seededAdapter({ idempotencyStore: createMemoryIdempotencyStore() }),
);
