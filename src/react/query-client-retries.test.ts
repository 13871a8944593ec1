// The kit's query client and an adapter that retries its own reads (the HTTP adapter): the person waits
// for the adapter's attempts, not for them multiplied by the query client's.
import { describe, expect, it } from 'vitest';
import { TeamkitError } from '../core/errors.ts';
import { createTeamkitQueryClient } from './TeamkitProvider.tsx';

/** Fetches one query with the kit's retry rule (no delay between retries) and counts the query's runs. */
async function runsUntilFailure(error: () => unknown): Promise<number> {
  const client = createTeamkitQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retryDelay: 0 } });
  let runs = 0;
  await expect(
    client.fetchQuery({
      queryKey: ['read'],
      queryFn: () => {
        runs += 1;
        throw error();
      },
    }),
  ).rejects.toBeInstanceOf(Error);
  return runs;
}

describe('the kit’s query client retries', () => {
  it('a passing failure of a read sent once, twice more', async () => {
    expect(await runsUntilFailure(() => new TeamkitError('network'))).toBe(3);
  });

  it('not a read the adapter already retried (three sendings stay three, not nine)', async () => {
    expect(await runsUntilFailure(() => new TeamkitError('network', undefined, { attempts: 3 }))).toBe(1);
  });

  it('never a refusal that would meet the same answer', async () => {
    expect(await runsUntilFailure(() => new TeamkitError('permission_denied'))).toBe(1);
  });
});
