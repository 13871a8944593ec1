// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scalekitTestDefinitions } from '../../../test/fakes/scalekit/seed.ts';
import { decodeCustomAttribute } from './attribute-strings.ts';
import { toInvitation, toMember, toMembershipStatus, toProvisioningMethod } from './map-member.ts';
import { toOrganization, toRole } from './map-organization.ts';
import { toUser } from './map-user.ts';
import { scalekitError, teamkitFieldOf } from './scalekit-errors.ts';

const allowed = { allowed: true } as const;
const actions = {
  changeRoles: allowed,
  remove: allowed,
  resendInvitation: allowed,
  revokeInvitation: allowed,
};

describe('Scalekit mappings', () => {
  it('reads given/family name, falling back to the deprecated first/last name, and "" as absent', () => {
    const user = toUser(
      {
        id: 'usr_1',
        email: 'a@b.example',
        external_id: '',
        user_profile: { first_name: 'Grace', last_name: 'Hopper', given_name: '', name: '' } as never,
      },
      scalekitTestDefinitions,
    );
    expect(user.profile).toMatchObject({ givenName: 'Grace', familyName: 'Hopper', name: null });
    expect(user.externalId).toBeNull();
  });

  it('reads custom attributes by their definition’s type, and keeps text it cannot parse', () => {
    const number = scalekitTestDefinitions.find((definition) => definition.key === 'years_experience');
    expect(decodeCustomAttribute(number, '12')).toBe(12);
    expect(decodeCustomAttribute(number, 'twelve')).toBe('twelve');
    expect(decodeCustomAttribute({ ...number!, type: 'boolean' }, 'true')).toBe(true);
    expect(decodeCustomAttribute({ ...number!, type: 'multi_select' }, '["a","b"]')).toEqual(['a', 'b']);
    expect(decodeCustomAttribute({ ...number!, type: 'multi_select' }, 'a,b')).toBe('a,b');
    expect(decodeCustomAttribute(undefined, '7')).toBe('7');
  });

  it('maps membership statuses in any case, and an unspecified one to inactive', () => {
    expect(toMembershipStatus('PENDING_INVITE')).toBe('pending_invite');
    expect(toMembershipStatus('invite_expired')).toBe('invite_expired');
    expect(toMembershipStatus('Membership_Status_UNSPECIFIED')).toBe('inactive');
    expect(toMembershipStatus(undefined)).toBe('inactive');
  });

  it('maps every provisioning method', () => {
    expect(
      ['invitation', 'jit_using_sso', 'org_creator', 'allowed_email_domain', 'direct_provision', 'new'].map(
        toProvisioningMethod,
      ),
    ).toEqual(['invitation', 'jit_sso', 'org_creator', 'allowed_email_domain', 'direct', 'unknown']);
  });

  it('gives an invitation row its user ID as invitation ID, and an active row none', () => {
    const user = { id: 'usr_1', email: 'a@b.example' };
    const pending = toMember(
      user,
      { organization_id: 'org_1', membership_status: 'PENDING_INVITE' },
      actions,
    );
    const active = toMember(
      user,
      { organization_id: 'org_1', membership_status: 'ACTIVE', join_time: '2026-01-01T00:00:00Z' },
      actions,
    );
    expect(pending).toMatchObject({ invitationId: 'usr_1', joinedAt: null });
    expect(active).toMatchObject({ invitationId: null, joinedAt: '2026-01-01T00:00:00Z' });
  });

  it('reads an Invite’s free-string status in either case', () => {
    const invite = { organization_id: 'org_1', user_id: 'usr_1', resent_count: 2 };
    expect(toInvitation({ ...invite, status: 'PENDING_INVITE' }, 'a@b.example')).toMatchObject({
      id: 'usr_1',
      status: 'pending',
      resentCount: 2,
    });
    expect(toInvitation({ ...invite, status: 'invite_expired' }, '').status).toBe('expired');
    expect(toInvitation({ ...invite, status: 'ACCEPTED' }, '').status).toBe('accepted');
  });

  it('maps organizations without dates to null dates, and roles with the host’s admin roles', () => {
    expect(toOrganization({ id: 'org_1', display_name: 'Acme', create_time: '' })).toMatchObject({
      createdAt: null,
      updatedAt: null,
      externalId: null,
    });
    const admins = new Set(['owner']);
    expect(toRole({ name: 'owner', display_name: '', default_member: false }, admins)).toMatchObject({
      displayName: 'owner',
      isAdmin: true,
      isDefault: false,
    });
  });

  it('names Scalekit’s field paths as the kit’s fields', () => {
    expect(teamkitFieldOf('user.user_profile.custom_attributes["zip"]')).toBe('zip');
    expect(teamkitFieldOf('user_profile.custom_attributes.zip')).toBe('zip');
    expect(teamkitFieldOf('user.metadata["plan"]', { metadataField: 'appMetadata' })).toBe(
      'appMetadata.plan',
    );
    // The provider's raw map is never written by the kit: its path stays Scalekit's.
    expect(teamkitFieldOf('user.user_profile.metadata["team"]')).toBe('user.user_profile.metadata["team"]');
    // Both user bags share `user.metadata`: the prefixed keys are the user's own.
    expect(teamkitFieldOf('user.metadata["u:team"]', { metadataField: 'appMetadata' })).toBe(
      'userMetadata.team',
    );
    expect(teamkitFieldOf('user.metadata["plan"]', { metadataField: 'appMetadata' })).toBe(
      'appMetadata.plan',
    );
    expect(teamkitFieldOf('organization.metadata')).toBe('metadata');
    expect(teamkitFieldOf('user.user_profile.last_name')).toBe('familyName');
    expect(teamkitFieldOf('membership.roles[0].name')).toBe('roles');
    expect(teamkitFieldOf('query')).toBe('search');
    expect(teamkitFieldOf('user.something_new')).toBe('user.something_new');
  });

  it('keeps an error body without details or with no body at all typed by status', () => {
    expect(scalekitError(400, 'not json')).toMatchObject({ code: 'validation', fieldErrors: {} });
    expect(scalekitError(409, { code: 6, message: 'taken' }, { conflictField: 'externalId' })).toMatchObject({
      code: 'conflict',
      fieldErrors: { externalId: 'taken' },
    });
    expect(scalekitError(504, null).code).toBe('unavailable');
  });
});
