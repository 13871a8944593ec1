import { describe, expect, it } from 'vitest';
import type { MembershipStatus } from '../member.ts';
import type { Role } from '../role.ts';
import type { OrganizationPermissions } from '../viewer.ts';
import type { AccessPolicy } from './access-policy.ts';
import {
  allPermissions,
  noPermissions,
  permissionNames,
  resolveViewer,
  viewerPermissions,
} from './viewer-permissions.ts';

const role = (name: string, isAdmin = false): Role => ({
  name,
  displayName: name,
  description: null,
  isDefault: false,
  isAdmin,
});
const roles = [role('admin', true), role('member'), role('billing_manager'), role('owner')];
const only = (...names: (keyof OrganizationPermissions)[]): OrganizationPermissions => ({
  ...noPermissions,
  ...Object.fromEntries(names.map((name) => [name, true])),
});
const active = (...names: string[]) => ({ status: 'active' as const, roles: names });

describe('viewerPermissions', () => {
  const policy: AccessPolicy = {
    rolePermissions: {
      member: { viewMembers: true },
      billing_manager: { viewMembers: true, updateOrganization: true },
    },
  };

  describe('given a membership that is not active', () => {
    it.each<MembershipStatus>(['inactive', 'pending_invite', 'invite_expired'])(
      'grants nothing to a %s membership, even with an admin role',
      (status) => {
        expect(viewerPermissions({ status, roles: ['admin'] }, roles, policy)).toEqual(noPermissions);
      },
    );

    it('grants nothing without a membership', () => {
      expect(viewerPermissions(undefined, roles, policy)).toEqual(noPermissions);
      expect(viewerPermissions(null, roles, policy)).toEqual(noPermissions);
    });
  });

  describe('given an active membership', () => {
    it('grants everything to an admin role, whatever else is mapped', () => {
      expect(viewerPermissions(active('member', 'admin'), roles, policy)).toEqual(allPermissions);
    });

    it('grants what each mapped role grants, joined', () => {
      expect(viewerPermissions(active('member'), roles, policy)).toEqual(only('viewMembers'));
      expect(viewerPermissions(active('member', 'billing_manager'), roles, policy)).toEqual(
        only('viewMembers', 'updateOrganization'),
      );
    });

    it('grants nothing for an unmapped role by default, and the host’s default when it gives one', () => {
      expect(viewerPermissions(active('owner'), roles, policy)).toEqual(noPermissions);
      expect(
        viewerPermissions(active('owner'), roles, {
          ...policy,
          unmappedRolePermissions: { viewMembers: true },
        }),
      ).toEqual(only('viewMembers'));
    });

    it('never lets a `false` in one role take away what another role grants', () => {
      const strict: AccessPolicy = {
        rolePermissions: { member: { viewMembers: true }, owner: { viewMembers: false } },
      };
      expect(viewerPermissions(active('member', 'owner'), roles, strict)).toEqual(only('viewMembers'));
    });

    it('reads a role named like an Object property as just another name', () => {
      expect(viewerPermissions(active('constructor', 'toString'), roles, policy)).toEqual(noPermissions);
    });

    it('maps permission strings (Scalekit’s permissions[]) onto the five flags, ignoring unknown ones', () => {
      const strings: AccessPolicy = {
        permissionStrings: {
          'members:read': ['viewMembers'],
          'members:invite': ['viewMembers', 'inviteMembers'],
          'org:write': ['updateOrganization'],
        },
      };
      expect(
        viewerPermissions(
          {
            status: 'active',
            roles: [],
            permissions: ['members:invite', 'org:write', 'billing:read', 'hasOwnProperty'],
          },
          roles,
          strings,
        ),
      ).toEqual(only('viewMembers', 'inviteMembers', 'updateOrganization'));
    });

    it('tells admin roles by name, by a test, or by role.isAdmin', () => {
      expect(viewerPermissions(active('owner'), roles, { adminRoles: ['owner'] })).toEqual(allPermissions);
      // With names, no role record is needed: a vendor adapter may know only the names.
      expect(viewerPermissions(active('owner'), [], { adminRoles: ['owner'] })).toEqual(allPermissions);
      expect(viewerPermissions(active('admin'), roles, { adminRoles: ['owner'] })).toEqual(noPermissions);
      expect(
        viewerPermissions(active('owner'), roles, { adminRoles: (r) => r.name.startsWith('own') }),
      ).toEqual(allPermissions);
      expect(viewerPermissions(active('admin'), roles, {})).toEqual(allPermissions);
      expect(viewerPermissions(active('admin'), [], {})).toEqual(noPermissions);
    });

    it('returns a fresh object each time, so a caller may change it', () => {
      const first = viewerPermissions(active('admin'), roles, policy);
      first.manageUsers = false;
      expect(viewerPermissions(active('admin'), roles, policy)).toEqual(allPermissions);
      expect(Object.isFrozen(noPermissions) && Object.isFrozen(allPermissions)).toBe(true);
    });
  });
});

describe('permissionNames', () => {
  it('names every flag of OrganizationPermissions, once', () => {
    expect([...permissionNames].sort()).toEqual(Object.keys(noPermissions).sort());
  });
});

describe('resolveViewer', () => {
  it('builds the viewer getViewer returns from a trusted session', () => {
    const session = {
      userId: 'usr_1',
      organizationId: 'org_1',
      status: 'active' as const,
      roles: ['member'],
    };
    expect(resolveViewer(session, roles, { rolePermissions: { member: { viewMembers: true } } })).toEqual({
      userId: 'usr_1',
      organizationId: 'org_1',
      roles: ['member'],
      permissions: only('viewMembers'),
    });
  });
});
