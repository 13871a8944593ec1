import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import type { TeamkitAdapter } from './adapter.ts';
import { defaultErrorMessages, errorSentence, isTeamkitError, TeamkitError } from './errors.ts';
import { type MutationHooks, type MutationOutcome, withMutationHooks } from './mutation-hooks.ts';

const org = memoryIds.organization;
const sent = (adapter: ReturnType<typeof createMemoryAdapter>, method: string) =>
  adapter.calls.filter((call) => call.method === method);

async function rejection(promise: Promise<unknown>): Promise<TeamkitError> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  if (!isTeamkitError(error)) throw error;
  return error;
}

describe('withMutationHooks', () => {
  it('sends the arguments a before hook returns instead of the ones given', async () => {
    const backend = createMemoryAdapter({ seed: 3 });
    const adapter = withMutationHooks(backend, () => ({
      inviteMember: {
        before: ([organizationId, input, options]) => [
          organizationId,
          { ...input, email: input.email.toLowerCase() },
          options,
        ],
      },
    }));
    const member = await adapter.inviteMember(org, { email: 'New.Person@Example.com', idempotencyKey: 'k1' });
    expect(member.email).toBe('new.person@example.com');
    expect(sent(backend, 'inviteMember')).toHaveLength(1);
  });

  it('sends nothing when a before hook cancels, and rejects `cancelled` with the host’s words', async () => {
    const backend = createMemoryAdapter({ seed: 3 });
    const after = vi.fn();
    const adapter = withMutationHooks(backend, () => ({
      inviteMember: { before: () => ({ cancel: 'Invitations are paused until Monday.' }), after },
    }));
    const error = await rejection(
      adapter.inviteMember(org, { email: 'x@example.com', idempotencyKey: 'k2' }),
    );
    expect(error.code).toBe('cancelled');
    expect(error.retryable).toBe(false);
    expect(errorSentence(error, defaultErrorMessages)).toBe('Invitations are paused until Monday.');
    expect(sent(backend, 'inviteMember')).toHaveLength(0);
    expect(after).toHaveBeenCalledTimes(1);
    const outcome = after.mock.calls[0]?.[0] as MutationOutcome<'inviteMember'>;
    expect(outcome).toMatchObject({ mutation: 'inviteMember', ok: false });
    expect(outcome.ok === false && outcome.error.code).toBe('cancelled');
  });

  it('uses the catalogue’s sentence for a cancel without words', async () => {
    const backend = createMemoryAdapter({ seed: 3 });
    const adapter = withMutationHooks(backend, () => ({ removeMember: { before: () => ({ cancel: '' }) } }));
    const error = await rejection(adapter.removeMember(org, memoryIds.member));
    const texts = { ...defaultErrorMessages, cancelled: 'Nada enviado.' };
    expect(errorSentence(error, texts)).toBe('Nada enviado.');
    expect(sent(backend, 'removeMember')).toHaveLength(0);
  });

  it('turns a before hook that throws into a cancel with the kit’s sentence, keeping the cause', async () => {
    const backend = createMemoryAdapter({ seed: 3 });
    const bug = new Error('audit service unreachable');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const adapter = withMutationHooks(backend, () => ({
      updateOrganization: {
        before: async () => {
          throw bug;
        },
      },
    }));
    const error = await rejection(adapter.updateOrganization(org, { displayName: 'Acme 2' }));
    expect(error.code).toBe('cancelled');
    expect(error.cause).toBe(bug);
    expect(errorSentence(error, defaultErrorMessages)).toBe(defaultErrorMessages.cancelled);
    // The developer sees why; the person does not see the host's internal message.
    expect(consoleError).toHaveBeenCalledWith('Teamkit: a mutation hook failed.', bug);
    expect(sent(backend, 'updateOrganization')).toHaveLength(0);
    consoleError.mockRestore();
  });

  it('cancels when a before hook returns something that is neither arguments nor a cancel', async () => {
    const backend = createMemoryAdapter({ seed: 3 });
    const adapter = withMutationHooks(backend, () => ({
      // A host mistake the types forbid: the input object instead of the argument list.
      revokeInvitation: { before: () => ({ invitationId: 'x' }) as never },
    }));
    const error = await rejection(adapter.revokeInvitation(org, 'inv_1'));
    expect(error.code).toBe('cancelled');
    expect(errorSentence(error, defaultErrorMessages)).toBe(defaultErrorMessages.cancelled);
    expect(sent(backend, 'revokeInvitation')).toHaveLength(0);
  });

  it('waits for an asynchronous before hook (the host asking the person) before sending', async () => {
    const backend = createMemoryAdapter({ seed: 3 });
    let answer: (value: undefined) => void = () => {};
    const adapter = withMutationHooks(backend, () => ({
      updateMembership: { before: () => new Promise<undefined>((resolve) => (answer = resolve)) },
    }));
    const pending = adapter.updateMembership(org, memoryIds.member, { roles: ['admin'] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent(backend, 'updateMembership')).toHaveLength(0);
    answer(undefined);
    expect((await pending).roles).toEqual(['admin']);
    expect(sent(backend, 'updateMembership')).toHaveLength(1);
  });

  it('shows after the result and the arguments as sent, and ignores an after hook that fails', async () => {
    const backend = createMemoryAdapter({ seed: 3 });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: MutationOutcome<'updateUser'>[] = [];
    const adapter = withMutationHooks(backend, () => ({
      updateUser: {
        after: async (outcome) => {
          seen.push(outcome);
          throw new Error('analytics down');
        },
      },
    }));
    const user = await adapter.updateUser(memoryIds.member, { profile: { givenName: 'Ada' } });
    expect(user.profile.givenName).toBe('Ada');
    await vi.waitFor(() => expect(consoleError).toHaveBeenCalled());
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      mutation: 'updateUser',
      ok: true,
      args: [memoryIds.member, { profile: { givenName: 'Ada' } }],
    });
    expect(seen[0]?.ok && seen[0].result.id).toBe(memoryIds.member);
    consoleError.mockRestore();
  });

  it('passes the backend’s own failure through unchanged, and shows it to after', async () => {
    const backend = createMemoryAdapter({ seed: 3 });
    backend.faults.failMethod('resendInvitation', 'rate_limited');
    const after = vi.fn(() => {
      throw new Error('a synchronous throw is ignored too');
    });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const adapter = withMutationHooks(backend, () => ({ resendInvitation: { after } }));
    const error = await rejection(adapter.resendInvitation(org, 'inv_any'));
    expect(error.code).toBe('rate_limited');
    expect(after).toHaveBeenCalledWith(expect.objectContaining({ ok: false, error }));
    consoleError.mockRestore();
  });

  it('leaves reads and unhooked mutations alone, and reads the hooks afresh on every call', async () => {
    const backend = createMemoryAdapter({ seed: 3 });
    let hooks: MutationHooks | undefined;
    const adapter = withMutationHooks(backend, () => hooks);
    expect(adapter.name).toBe(backend.name);
    expect(adapter.capabilities).toBe(backend.capabilities);
    expect((await adapter.getUser(memoryIds.member)).id).toBe(memoryIds.member);
    await adapter.updateUser(memoryIds.member, { profile: { givenName: 'Bo' } });
    hooks = { updateUser: { before: () => ({ cancel: 'Not today.' }) } };
    expect((await rejection(adapter.updateUser(memoryIds.member, { profile: {} }))).message).toBe(
      'Not today.',
    );
    expect(sent(backend, 'updateUser')).toHaveLength(1);
  });

  it('keeps `this` for an adapter written as a class with private fields', async () => {
    const backend = createMemoryAdapter({ seed: 3 });
    class ClassAdapter {
      readonly #inner = backend;
      get name() {
        return 'class';
      }
      removeMember(organizationId: string, userId: string) {
        return this.#inner.removeMember(organizationId, userId);
      }
      getUser(userId: string) {
        return this.#inner.getUser(userId);
      }
    }
    const after = vi.fn();
    const adapter = withMutationHooks(new ClassAdapter() as unknown as TeamkitAdapter, () => ({
      removeMember: { after },
    }));
    expect(adapter.name).toBe('class');
    expect((await adapter.getUser(memoryIds.member)).id).toBe(memoryIds.member);
    await adapter.removeMember(org, memoryIds.member);
    expect(after).toHaveBeenCalledWith(expect.objectContaining({ ok: true, mutation: 'removeMember' }));
  });
});

describe('errorSentence', () => {
  it('gives the catalogue’s sentence for every other code, whatever the message says', () => {
    const error = new TeamkitError('conflict', 'vendor text, not for people');
    expect(errorSentence(error, { ...defaultErrorMessages, conflict: 'Geändert.' })).toBe('Geändert.');
    expect(errorSentence(new Error('boom'), defaultErrorMessages)).toBe(defaultErrorMessages.unknown);
  });
});
