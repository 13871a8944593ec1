// @vitest-environment node
/** The HTTP adapter's viewer-organization methods against a scripted fetch: their requests and retries. */
import { describe, expect, it } from 'vitest';
import { fullCapabilities } from '../../core/capabilities.ts';
import { scalekitLimits } from '../../core/limits.ts';
import { createHttpAdapter } from './create-http-adapter.ts';

const description = { name: 'memory', limits: scalekitLimits, capabilities: fullCapabilities };
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const page = { organizations: [], invitations: [], nextCursor: null, totalCount: 0 };

async function scripted(answers: Response[]) {
  const seen: { url: URL; init: RequestInit }[] = [];
  const fetch = async (url: string | URL | Request, init: RequestInit = {}) => {
    if (String(url).endsWith('/capabilities')) return json(200, description);
    seen.push({ url: new URL(String(url)), init });
    const next = answers.shift();
    if (!next) throw new Error('No more scripted answers');
    return next;
  };
  const adapter = await createHttpAdapter({ baseUrl: 'https://app.test/api', fetch, retryDelayMs: 1 });
  return { adapter, seen };
}

describe('the HTTP adapter’s viewer organizations', () => {
  it('sends the search, cursor and limit as parameters, and retries a listing after 503', async () => {
    const { adapter, seen } = await scripted([
      json(503, { code: 'unavailable', message: 'x' }),
      json(200, page),
    ]);
    const answer = await adapter.listViewerOrganizations?.({ search: 'a&b', cursor: 'vo1.2.a', limit: 5 });
    expect(answer).toEqual(page);
    expect(seen).toHaveLength(2);
    const url = seen[1]?.url;
    expect(url?.pathname).toBe('/api/viewer/organizations');
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({
      search: 'a&b',
      cursor: 'vo1.2.a',
      limit: '5',
    });
  });

  it('leaves out what the query does not give', async () => {
    const { adapter, seen } = await scripted([json(200, page)]);
    await adapter.listViewerOrganizations?.({ cursor: null });
    expect(seen[0]?.url.search).toBe('');
  });

  it('accepts with the CSRF header and a JSON body, never repeated after a failure', async () => {
    const { adapter, seen } = await scripted([json(503, { code: 'unavailable', message: 'Try again.' })]);
    await expect(adapter.acceptViewerInvitation?.('org_umbrella', 'inv_1')).rejects.toMatchObject({
      code: 'unavailable',
    });
    expect(seen).toHaveLength(1);
    const [call] = seen;
    expect(call?.init.method).toBe('POST');
    expect(call?.url.pathname).toBe('/api/viewer/invitation-acceptances');
    expect(new Headers(call?.init.headers).get('x-teamkit-request')).toBe('1');
    expect(JSON.parse(String(call?.init.body))).toEqual({
      organizationId: 'org_umbrella',
      invitationId: 'inv_1',
    });
  });
});
