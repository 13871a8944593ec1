import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../adapters/memory/index.ts';
import { auth0Limits, scalekitLimits } from '../core/limits.ts';
import { createTeamkitHandler } from './create-teamkit-handler.ts';
import { limitsWithinBody } from './published-limits.ts';

describe('the limits the handler publishes', () => {
  it('tighten a bag larger than a body the handler reads (Auth0 user metadata: 16 MiB)', () => {
    const published = limitsWithinBody(auth0Limits, 64 * 1024);
    expect(published.userMetadata.maxBytes).toBe(60 * 1024);
    expect(published.userMetadata.valueMaxLength).toBe(60 * 1024);
    // Everything else is the backend's own.
    expect(published.userMetadata.maxPairs).toBe(auth0Limits.userMetadata.maxPairs);
    expect(published.organizationMetadata.valueMaxLength).toBe(255);
    expect(published.externalIdMaxLength).toBe(auth0Limits.externalIdMaxLength);
  });

  it('leave limits that fit as they are, and bound the bag’s bytes', () => {
    const published = limitsWithinBody(scalekitLimits, 64 * 1024);
    expect(published.userMetadata.valueMaxLength).toBe(scalekitLimits.userMetadata.valueMaxLength);
    expect(published.userMetadata.maxBytes).toBe(60 * 1024);
  });

  it('are what GET /capabilities answers, for the body limit the host set', async () => {
    const adapter = createMemoryAdapter({ limits: auth0Limits });
    const handler = createTeamkitHandler({ adapter, getSession: () => null, maxBodyBytes: 32 * 1024 });
    const response = await handler(new Request('http://teamkit.test/capabilities'));
    const body = (await response.json()) as { limits: typeof auth0Limits };
    expect(body.limits.userMetadata.maxBytes).toBe(28 * 1024);
    expect(body.limits).toEqual(limitsWithinBody(auth0Limits, 32 * 1024));
  });
});
