// @vitest-environment node
/**
 * The fake's request and response shapes come from the `auth0` SDK's own types: a field Auth0 does
 * not have fails `tsc` (each `@ts-expect-error` below fails the build if the types stop refusing it),
 * and the lists of accepted fields the fake checks at run time are those same keys.
 */
import type { Management } from 'auth0';
import { describe, expect, it } from 'vitest';
import {
  createInvitationFields,
  type FakeInvitation,
  type FakeMemberRow,
  updateOrganizationFields,
  updateUserFields,
} from '../fakes/auth0/fake-auth0-wire.ts';

/** Shapes that are wrong for Auth0: it exists for the type check (each line must fail it). */
function wrongShapesFailTheTypeCheck(): unknown[] {
  // @ts-expect-error `locale` is not a root attribute PATCH /users takes (the adapter keeps it in user_metadata)
  const userFields: keyof Management.UpdateUserRequestContent = 'locale';
  // @ts-expect-error a member row's roles are `{ id, name }` objects, not role IDs
  const row: FakeMemberRow = { user_id: 'auth0|x', roles: ['rol_1'] };
  const invitation: Management.CreateOrganizationInvitationRequestContent = {
    // @ts-expect-error Auth0's inviter is a free-text name, not an email field
    inviter: { email: 'ada@acme.example' },
    invitee: { email: 'new@acme.example' },
    client_id: 'app',
  };
  // @ts-expect-error an invitation has no `status`: it exists while pending and is deleted otherwise
  const stored: Pick<FakeInvitation, 'status'> = { status: 'pending' };
  // @ts-expect-error organization metadata values are strings
  const metadata: Management.OrganizationMetadata = { seats: 10 };
  return [userFields, row, invitation, stored, metadata];
}

describe('the fake Auth0’s accepted fields', () => {
  it('are checked by tsc against the SDK’s types (the wrong shapes above compile only as errors)', () => {
    expect(wrongShapesFailTheTypeCheck()).toHaveLength(5);
  });

  it('are the SDK’s request keys, which leave out what Auth0 refuses', () => {
    expect(updateUserFields).not.toContain('locale');
    expect(updateUserFields).toContain('user_metadata');
    expect(updateOrganizationFields).toEqual(expect.arrayContaining(['display_name', 'name', 'metadata']));
    expect(createInvitationFields).toEqual(
      expect.arrayContaining([
        'inviter',
        'invitee',
        'client_id',
        'roles',
        'ttl_sec',
        'send_invitation_email',
      ]),
    );
  });
});
