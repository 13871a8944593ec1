import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamkitError } from '../../core/errors.ts';
import { createMemoryAdapter, memoryIds } from './index.ts';

// The memory adapter's simulated trouble: failures injected on the next call or by rule, and latency.

const org = memoryIds.organization;

afterEach(() => {
  vi.useRealTimers();
});

describe('createMemoryAdapter', () => {
  describe('faults', () => {
    it('failNext makes the next call fail with that code, then behaves normally', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failNext('network');
      const error = await adapter.getOrganization(org).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(TeamkitError);
      expect(error).toMatchObject({ code: 'network' });
      await expect(adapter.getOrganization(org)).resolves.toMatchObject({ id: org });
    });

    it('failNext with a count fails that many calls, whatever the method', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failNext('unavailable', 2);
      await expect(adapter.getViewer(org)).rejects.toMatchObject({ code: 'unavailable' });
      await expect(adapter.listRoles(org)).rejects.toMatchObject({ code: 'unavailable' });
      await expect(adapter.listRoles(org)).resolves.toHaveLength(3);
    });

    it('a rate_limited fault says how long to wait', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failNext('rate_limited');
      await expect(adapter.getViewer(org)).rejects.toMatchObject({
        code: 'rate_limited',
        retryAfterMs: expect.any(Number),
      });
    });

    it('failMethod fails only that method, every time until cleared', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failMethod('updateUser', 'conflict');
      await expect(
        adapter.updateUser(memoryIds.admin, { profile: { givenName: 'A' } }),
      ).rejects.toMatchObject({ code: 'conflict' });
      await expect(
        adapter.updateUser(memoryIds.admin, { profile: { givenName: 'B' } }),
      ).rejects.toMatchObject({ code: 'conflict' });
      await expect(adapter.getUser(memoryIds.admin)).resolves.toMatchObject({
        profile: { givenName: 'Maya' },
      });
      adapter.faults.clear();
      await expect(
        adapter.updateUser(memoryIds.admin, { profile: { givenName: 'C' } }),
      ).resolves.toMatchObject({
        profile: { givenName: 'C' },
      });
    });

    it('failMethod with times stops after that many failures', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failMethod('listRoles', 'unknown', { times: 1 });
      await expect(adapter.listRoles(org)).rejects.toMatchObject({ code: 'unknown' });
      await expect(adapter.listRoles(org)).resolves.toHaveLength(3);
    });

    it('accepts an error: a TeamkitError as is, anything else converted', async () => {
      const adapter = createMemoryAdapter();
      const conflict = new TeamkitError('validation', 'Custom', {
        fieldErrors: { givenName: 'Server says no.' },
      });
      adapter.faults.failNext(conflict);
      await expect(adapter.getViewer(org)).rejects.toBe(conflict);
      adapter.faults.failNext(new TypeError('Failed to fetch'));
      await expect(adapter.getViewer(org)).rejects.toMatchObject({ code: 'network' });
    });

    it('a failed change changes nothing', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failNext('unavailable');
      await expect(
        adapter.updateUser(memoryIds.admin, { profile: { givenName: 'Lost' } }),
      ).rejects.toBeInstanceOf(TeamkitError);
      expect((await adapter.getUser(memoryIds.admin)).profile.givenName).toBe('Maya');
    });
  });

  describe('given latency', () => {
    it('answers only after the latency has passed', async () => {
      vi.useFakeTimers();
      const adapter = createMemoryAdapter({ latency: 500 });
      const settled = vi.fn();
      adapter.getViewer(org).then(settled);
      await vi.advanceTimersByTimeAsync(499);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toHaveBeenCalledWith(expect.objectContaining({ userId: memoryIds.admin }));
    });

    it('draws each call’s latency from a range', async () => {
      vi.useFakeTimers();
      const adapter = createMemoryAdapter({ latency: { min: 200, max: 400 } });
      const settled = vi.fn();
      adapter.listRoles(org).then(settled);
      await vi.advanceTimersByTimeAsync(199);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(201);
      expect(settled).toHaveBeenCalled();
    });

    it('rejects with the signal’s reason when aborted while waiting, and changes nothing', async () => {
      vi.useFakeTimers();
      const adapter = createMemoryAdapter({ latency: 1_000 });
      const controller = new AbortController();
      const pending = adapter.updateUser(
        memoryIds.admin,
        { profile: { givenName: 'Never' } },
        { signal: controller.signal },
      );
      const reason = new DOMException('The user navigated away.', 'AbortError');
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
      adapter.setLatency(0);
      expect((await adapter.getUser(memoryIds.admin)).profile.givenName).toBe('Maya');
    });

    it('rejects at once when the signal had already aborted', async () => {
      const adapter = createMemoryAdapter();
      const controller = new AbortController();
      controller.abort('gone');
      await expect(adapter.getViewer(org, { signal: controller.signal })).rejects.toBe('gone');
    });

    it('setLatency changes it for later calls', async () => {
      vi.useFakeTimers();
      const adapter = createMemoryAdapter();
      adapter.setLatency(300);
      const settled = vi.fn();
      adapter.listRoles(org).then(settled);
      await vi.advanceTimersByTimeAsync(299);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toHaveBeenCalled();
    });
  });
});
