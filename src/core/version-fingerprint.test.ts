import { describe, expect, it } from 'vitest';
import type { Organization } from './organization.ts';
import { organizationVersionFields, versionFingerprint } from './version-fingerprint.ts';

describe('versionFingerprint', () => {
  it('is the same for the same content whatever the key order, at every depth', () => {
    expect(versionFingerprint({ a: 1, b: { c: 'x', d: [1, { e: null, f: true }] } })).toBe(
      versionFingerprint({ b: { d: [1, { f: true, e: null }], c: 'x' }, a: 1 }),
    );
  });

  it('changes with any value, and tells an array’s order and an absent key from null', () => {
    const base = versionFingerprint({ a: 'x', list: [1, 2] });
    expect(versionFingerprint({ a: 'y', list: [1, 2] })).not.toBe(base);
    expect(versionFingerprint({ a: 'x', list: [2, 1] })).not.toBe(base);
    expect(versionFingerprint({ a: null })).not.toBe(versionFingerprint({}));
    expect(versionFingerprint({ a: undefined })).toBe(versionFingerprint({}));
  });

  it('is 16 hex digits, for any text (non-Latin included)', () => {
    expect(versionFingerprint({ name: 'ليلى حداد' })).toMatch(/^[0-9a-f]{16}$/);
  });

  it('covers only the fields the kit edits: a new timestamp alone is no new version', () => {
    const organization: Organization = {
      id: 'org_1',
      displayName: 'Acme',
      externalId: null,
      metadata: { plan: 'pro' },
      createdAt: null,
      updatedAt: '2026-01-01T00:00:00Z',
      version: 'v1',
    };
    const fingerprint = (value: Organization) => versionFingerprint(organizationVersionFields(value));
    expect(fingerprint({ ...organization, updatedAt: '2026-02-02T00:00:00Z', version: 'v2' })).toBe(
      fingerprint(organization),
    );
    expect(fingerprint({ ...organization, metadata: { plan: 'growth' } })).not.toBe(
      fingerprint(organization),
    );
  });
});
