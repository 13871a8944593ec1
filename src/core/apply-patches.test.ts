import { describe, expect, it } from 'vitest';
import { applyMembershipPatch } from './apply-membership-patch.ts';
import { applyOrganizationPatch } from './apply-organization-patch.ts';
import type { AttributeDefinition } from './attribute-definition.ts';
import { isEmptyPatch } from './is-empty-patch.ts';
import type { Organization } from './organization.ts';
import { overrideDefinition } from './override-definition.ts';

const organization: Organization = {
  id: 'org_1',
  displayName: 'Acme',
  externalId: 'CUST-1',
  metadata: { plan: 'pro', region: 'eu' },
  createdAt: null,
  updatedAt: null,
  version: '1',
};

describe('applyOrganizationPatch', () => {
  it('replaces what is sent, clears the external ID on null, merges metadata by key', () => {
    expect(
      applyOrganizationPatch(organization, { externalId: null, metadata: { plan: 'growth', region: null } }),
    ).toEqual({ ...organization, externalId: null, metadata: { plan: 'growth' } });
    expect(applyOrganizationPatch(organization, { displayName: 'Acme Inc.' }).displayName).toBe('Acme Inc.');
    expect(applyOrganizationPatch(organization, {})).toEqual(organization);
  });
});

describe('applyMembershipPatch', () => {
  it('replaces the roles with the set sent and merges metadata, keeping everything else', () => {
    const membership = { roles: ['member'], metadata: { team: 'a' }, userId: 'usr_1' };
    expect(applyMembershipPatch(membership, { roles: ['admin'], metadata: { seat: '1' } })).toEqual({
      roles: ['admin'],
      metadata: { team: 'a', seat: '1' },
      userId: 'usr_1',
    });
  });
});

describe('isEmptyPatch', () => {
  it('is true when every part is absent or an empty record', () => {
    expect(isEmptyPatch({})).toBe(true);
    expect(isEmptyPatch({ metadata: {}, displayName: undefined })).toBe(true);
    expect(isEmptyPatch({ externalId: null })).toBe(false);
    expect(isEmptyPatch({ roles: ['admin'] })).toBe(false);
  });
});

describe('overrideDefinition', () => {
  it('is the definition with required dropped: clearing an override returns to the provider’s value', () => {
    const definition = { key: 'name', required: true } as AttributeDefinition;
    expect(overrideDefinition(definition)).toEqual({ key: 'name', required: false });
    const optional = { key: 'name', required: false } as AttributeDefinition;
    expect(overrideDefinition(optional)).toBe(optional);
  });
});
