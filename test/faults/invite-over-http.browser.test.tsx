// A bulk invitation over the wire, through faults at the proxy: each address's outcome is reported,
// retrying the failed ones invites nobody twice, and idempotency keys hold end to end, also across two
// handler instances sharing one Redis store.
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { InviteMemberDialog } from '../../src/components/InviteMemberDialog/InviteMemberDialog.tsx';
import { paste, resultOf } from '../../src/components/InviteMemberDialog/invite-dialog-test-setup.tsx';
import '../../src/styles/index.css';
import type { FaultScenario } from '../support/fault-scenario.ts';
import { renderOverHttp, testTimeoutMs } from './render-over-http.tsx';

let scenario: FaultScenario | undefined;
afterEach(async () => {
  cleanup();
  await scenario?.close();
  scenario = undefined;
});

const addresses = ['ann@example.com', 'ben@example.com', 'cat@example.com', 'dan@example.com'];

/** How many memberships of Acme hold each address, read from the backend itself. */
async function membershipsByEmail(current: FaultScenario): Promise<Record<string, number>> {
  const state = await current.state();
  const counts: Record<string, number> = {};
  for (const membership of state.memberships) {
    if (membership.organizationId !== 'org_acme') continue;
    const email = membership.email ?? (membership.userId ? state.users[membership.userId]?.email : null);
    if (email) counts[email.toLowerCase()] = (counts[email.toLowerCase()] ?? 0) + 1;
  }
  return counts;
}

async function inviteThroughFaults(instances: 1 | 2) {
  const rendered = await renderOverHttp(<InviteMemberDialog />, { instances });
  scenario = rendered.scenario;
  const current = rendered.scenario;
  const [ann, ben, cat, dan] = addresses as [string, string, string, string];
  // ann: every attempt lands and its answer is lost (Chromium itself may resend a POST whose reused
  // connection dropped, so more requests than the adapter's attempts); ben: the server is down;
  // cat: the answer comes after the adapter gave up; dan: the answer is cut in half.
  await current.fail({ kind: 'drop', reached: true }, { method: 'POST', body: ann, times: 10 });
  await current.fail({ kind: 'status', status: 503 }, { method: 'POST', body: ben, times: 10 });
  await current.fail({ kind: 'slow', delayMs: testTimeoutMs + 500 }, { method: 'POST', body: cat });
  await current.fail({ kind: 'truncated' }, { method: 'POST', body: dan });

  await userEvent.click(await screen.findByRole('button', { name: 'Invite teammate' }));
  await screen.findByRole('dialog', { name: 'Invite teammates' });
  paste(addresses.join(' '));
  await userEvent.click(screen.getByRole('button', { name: 'Send 4 invitations' }));

  const retry = await screen.findByRole('button', { name: 'Retry 2 failed' }, { timeout: 15_000 });
  expect(resultOf(ann)).toHaveTextContent('Failed: We could not reach the server');
  expect(resultOf(ben)).toHaveTextContent('Failed: The service is temporarily unavailable');
  expect(resultOf(cat)).toHaveTextContent('Invited');
  expect(resultOf(dan)).toHaveTextContent('Invited');

  await current.clearFaults();
  await userEvent.click(retry);
  await waitFor(() => expect(resultOf(ann)).toHaveTextContent('Invited'), { timeout: 10_000 });
  expect(resultOf(ben)).toHaveTextContent('Invited');
  expect(screen.queryByRole('button', { name: /Retry/ })).toBeNull();

  // Nobody twice, read from the backend: ann's first attempt landed, and every repeat was answered
  // from its idempotency key.
  const counts = await membershipsByEmail(current);
  for (const email of addresses) expect(counts[email], email).toBe(1);
  // And the backend was asked once per address: the handler answered every repeat from the key.
  const asked = (await current.backendCalls())
    .filter((call) => call.method === 'inviteMember')
    .map((call) => (call.args[1] as { email: string }).email);
  expect(asked.sort()).toEqual([...addresses].sort());

  // Every attempt for one address carried one key, and no two addresses shared a key.
  const posts = await current.requests('POST', '/invitations');
  const keys = addresses.map((email) => {
    const sent = posts.filter((entry) => entry.requestBody?.includes(email));
    expect(sent.length, email).toBeGreaterThan(0);
    return new Set(sent.map((entry) => entry.idempotencyKey));
  });
  for (const set of keys) expect(set.size).toBe(1);
  expect(new Set(keys.flatMap((set) => [...set])).size).toBe(addresses.length);
  return { current, posts };
}

describe('a bulk invitation over HTTP, through faults', { timeout: 60_000 }, () => {
  it('reports each address, and retrying the failed ones invites nobody twice', async () => {
    const { posts } = await inviteThroughFaults(1);
    expect(posts.length).toBeGreaterThan(4);
  });

  it('holds across two handler instances sharing one Redis store', async () => {
    const { posts } = await inviteThroughFaults(2);
    expect(new Set(posts.map((entry) => entry.instance).filter((i) => i !== null))).toEqual(new Set([0, 1]));
  });
});
