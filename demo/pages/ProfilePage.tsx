'use client';
import { useEffect } from 'react';
import {
  formatMessage,
  ProfileEditor,
  useLocalizeRole,
  useMember,
  useOrganization,
  useViewer,
} from 'teamkit';
import type { DemoStrings } from '../strings.ts';

/** Props of ProfilePage. */
export interface ProfilePageProps {
  /** Told when unsaved edits appear or go away (and that they are gone when the page closes). */
  onDirtyChange: (dirty: boolean) => void;
  /** The demo's words in the chosen language. */
  strings: DemoStrings;
}

/**
 * The signed-in person's own profile, and what belongs to them in the organization in scope (their
 * roles and team there): the part of the profile that changes with the organization switcher.
 * Leaving with unsaved edits asks first.
 */
export function ProfilePage({ onDirtyChange, strings }: ProfilePageProps) {
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  return (
    <>
      <ProfileEditor guardUnsavedChanges onDirtyChange={onDirtyChange} />
      <OrganizationMembership strings={strings} />
    </>
  );
}

/** The person's roles and team in the organization in scope; a skeleton while a switch loads them. */
function OrganizationMembership({ strings }: { strings: DemoStrings }) {
  const organization = useOrganization().data;
  const viewer = useViewer().data;
  const member = useMember(viewer?.userId ?? '').data;
  const localizeRole = useLocalizeRole();
  if (!organization || !viewer || !member) {
    return <section data-demo="membership" data-state="loading" aria-busy="true" />;
  }
  const team = member.metadata.team;
  return (
    <section data-demo="membership" data-state="ready" aria-labelledby="demo-membership-title">
      <h2 id="demo-membership-title">
        {formatMessage(strings.membershipTitle, { organization: organization.displayName })}
      </h2>
      <dl>
        <dt>{strings.membershipRoles}</dt>
        <dd data-demo="membership-roles">
          {viewer.roles.map((role) => localizeRole(role).displayName).join(', ')}
        </dd>
        <dt>{strings.membershipTeam}</dt>
        <dd data-demo="membership-team">
          {typeof team === 'string' && team !== '' ? team : strings.membershipNone}
        </dd>
      </dl>
    </section>
  );
}
