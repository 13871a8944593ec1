import { describe, expect, it } from 'vitest';
import { externalIdLookupKeys, teamkitKeys } from './query-keys.ts';

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((part, index) => JSON.stringify(key[index]) === JSON.stringify(part));

describe('teamkitKeys', () => {
  it('nests every key under the kit’s root', () => {
    for (const key of [
      teamkitKeys.viewer('org_a'),
      teamkitKeys.user('usr_1'),
      teamkitKeys.attributeDefinitions(),
      teamkitKeys.membersList({ organizationId: 'org_a' }),
      teamkitKeys.roles('org_a'),
      teamkitKeys.organization('org_a'),
    ]) {
      expect(startsWith(key, teamkitKeys.all)).toBe(true);
    }
  });

  it('puts every list and single member of an organization under members(org), for invalidation', () => {
    const members = teamkitKeys.members('org_a');
    expect(startsWith(teamkitKeys.membersList({ organizationId: 'org_a', search: 'x' }), members)).toBe(true);
    expect(startsWith(teamkitKeys.member('org_a', 'usr_1'), members)).toBe(true);
    expect(startsWith(teamkitKeys.member('org_b', 'usr_1'), members)).toBe(false);
    expect(startsWith(teamkitKeys.user('usr_1'), teamkitKeys.users())).toBe(true);
  });

  it('gives equal keys to equivalent member queries: trimmed search, filters in any order', () => {
    const a = teamkitKeys.membersList({
      organizationId: 'org_a',
      search: '  ada ',
      statuses: ['pending_invite', 'active'],
      roles: ['member', 'admin'],
    });
    const b = teamkitKeys.membersList({
      organizationId: 'org_a',
      search: 'ada',
      statuses: ['active', 'pending_invite'],
      roles: ['admin', 'member'],
    });
    expect(a).toEqual(b);
    expect(teamkitKeys.membersList({ organizationId: 'org_a' })).toEqual(
      teamkitKeys.membersList({ organizationId: 'org_a', search: '', statuses: [], roles: [] }),
    );
  });

  it('gives different keys to different sorts and page sizes', () => {
    const base = { organizationId: 'org_a' };
    expect(teamkitKeys.membersList({ ...base, sort: { field: 'email', direction: 'asc' } })).not.toEqual(
      teamkitKeys.membersList({ ...base, sort: { field: 'email', direction: 'desc' } }),
    );
    expect(teamkitKeys.membersList({ ...base, limit: 10 })).not.toEqual(
      teamkitKeys.membersList({ ...base, limit: 20 }),
    );
  });

  it('does not change the query it was given', () => {
    const statuses = ['pending_invite', 'active'] as const;
    teamkitKeys.membersList({ organizationId: 'org_a', statuses: [...statuses] });
    const query = {
      organizationId: 'org_a',
      statuses: ['pending_invite', 'active'] as ('pending_invite' | 'active')[],
    };
    teamkitKeys.membersList(query);
    expect(query.statuses).toEqual(['pending_invite', 'active']);
  });
});

describe('externalIdLookupKeys', () => {
  it('prefixes every external-ID lookup', () => {
    expect(
      startsWith(teamkitKeys.organizationByExternalId('CUST-1'), externalIdLookupKeys.organizations),
    ).toBe(true);
    expect(startsWith(teamkitKeys.userByExternalId('org_a', 'EXT-1'), externalIdLookupKeys.users)).toBe(true);
  });
});
