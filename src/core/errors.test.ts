import { describe, expect, it } from 'vitest';
import {
  defaultErrorMessages,
  isTeamkitError,
  TeamkitError,
  type TeamkitErrorCode,
  toTeamkitError,
  validationError,
} from './errors.ts';

describe('TeamkitError', () => {
  it('carries a code, the default message for it, frozen field errors and a retry hint', () => {
    const error = new TeamkitError('rate_limited', undefined, {
      retryAfterMs: 2_000,
      fieldErrors: { email: 'Slow down.' },
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TeamkitError');
    expect(error.message).toBe(defaultErrorMessages.rate_limited);
    expect(error.retryAfterMs).toBe(2_000);
    expect(Object.isFrozen(error.fieldErrors)).toBe(true);
    expect(error.toJSON()).toEqual({
      code: 'rate_limited',
      message: defaultErrorMessages.rate_limited,
      fieldErrors: { email: 'Slow down.' },
      retryAfterMs: 2_000,
    });
  });

  it('keeps the cause, and leaves retryAfterMs out of JSON when absent', () => {
    const cause = new Error('socket hang up');
    const error = new TeamkitError('unavailable', 'Down for maintenance.', { cause });
    expect(error.cause).toBe(cause);
    expect(error.toJSON()).toEqual({
      code: 'unavailable',
      message: 'Down for maintenance.',
      fieldErrors: {},
    });
  });

  it('is retryable only for codes where sending the same request again may work', () => {
    const retryable = (code: TeamkitErrorCode) => new TeamkitError(code).retryable;
    expect(
      ['network', 'unavailable', 'rate_limited', 'unknown'].every((code) =>
        retryable(code as TeamkitErrorCode),
      ),
    ).toBe(true);
    expect(
      [
        'validation',
        'not_found',
        'conflict',
        'permission_denied',
        'already_member',
        'unauthenticated',
        'not_supported',
        'misconfigured',
      ].some((code) => retryable(code as TeamkitErrorCode)),
    ).toBe(false);
  });

  it('has a default message for every code', () => {
    for (const message of Object.values(defaultErrorMessages)) expect(message).toMatch(/\.$/);
  });
});

describe('isTeamkitError', () => {
  it('recognises instances and look-alikes from another bundle copy', () => {
    expect(isTeamkitError(new TeamkitError('conflict'))).toBe(true);
    expect(isTeamkitError({ name: 'TeamkitError', code: 'conflict', message: '' })).toBe(true);
    expect(isTeamkitError(new Error('conflict'))).toBe(false);
    expect(isTeamkitError({ name: 'TeamkitError' })).toBe(false);
    expect(isTeamkitError(null)).toBe(false);
  });
});

describe('toTeamkitError', () => {
  it('returns a TeamkitError unchanged', () => {
    const error = new TeamkitError('not_found');
    expect(toTeamkitError(error)).toBe(error);
  });

  it('turns a failed fetch into network, in every browser’s wording', () => {
    for (const message of [
      'Failed to fetch', // Chromium
      'NetworkError when attempting to fetch resource.', // Firefox
      'Load failed', // Safari
      'fetch failed', // Node
    ]) {
      expect(toTeamkitError(new TypeError(message)).code).toBe('network');
    }
  });

  it('turns anything else into unknown, keeping the original as cause', () => {
    const thrown = new RangeError('boom');
    const error = toTeamkitError(thrown);
    expect(error.code).toBe('unknown');
    expect(error.cause).toBe(thrown);
    expect(toTeamkitError('a string').code).toBe('unknown');
    expect(toTeamkitError(new TypeError('x is not a function')).code).toBe('unknown');
  });
});

describe('validationError', () => {
  it('builds a validation error with one message per field', () => {
    const error = validationError({ email: 'Enter an address.' });
    expect(error.code).toBe('validation');
    expect(error.fieldErrors).toEqual({ email: 'Enter an address.' });
  });
});
