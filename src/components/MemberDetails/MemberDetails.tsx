'use client';
import { useId, useMemo } from 'react';
import type { MetadataPatch } from '../../core/json.ts';
import { memberInitials } from '../../core/member.ts';
import { metadataToEntries } from '../../core/metadata.ts';
import { revealHiddenCharacters } from '../../core/reveal-hidden-characters.ts';
import { limitsBesideOtherUserBag } from '../../core/shared-user-metadata.ts';
import { type User, userDisplayName } from '../../core/user.ts';
import { memberDetails as englishMemberDetails } from '../../i18n/en/memberDetails.ts';
import { formatMessage } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/intl.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useCapabilities } from '../../react/use-capabilities.ts';
import { useMember } from '../../react/use-member.ts';
import { useRoles } from '../../react/use-roles.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUpdateMembership } from '../../react/use-update-membership.ts';
import { useUpdateProfile } from '../../react/use-update-profile.ts';
import { useUser } from '../../react/use-user.ts';
import { useViewer } from '../../react/use-viewer.ts';
import { MetadataEditor } from '../MetadataEditor/MetadataEditor.tsx';
import { ProfileEditor } from '../ProfileEditor/ProfileEditor.tsx';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { DetailsSection } from './DetailsSection.tsx';
import { IdentityAttributes } from './IdentityAttributes.tsx';
import { MembershipSummary } from './MembershipSummary.tsx';
import type { MemberDetailsPart } from './parts.ts';
import { RawJson } from './RawJson.tsx';
import { UserExternalIdForm } from './UserExternalIdForm.tsx';

/** Props of MemberDetails. */
export interface MemberDetailsProps {
  /** The member to show (a MembersTable row's `userId`, from `onOpenMember`). */
  userId: string;
  /** Shows a close button that calls this (when the host shows the panel in a drawer or beside a list). */
  onClose?: () => void;
  /** Classes for the root. */
  className?: string;
  /** Classes for parts. */
  classNames?: Partial<Record<MemberDetailsPart, string>>;
}

/**
 * One member, for administrators: name and email, membership status, provisioning source and roles,
 * external ID, user-owned and admin-only metadata kept apart, membership metadata, the identity
 * provider's read-only attributes, the profile, and the raw record. A plain region labelled by the
 * member's name; the host decides whether it sits in a drawer. Root part `member-details` with
 * `data-state` (`loading`, `ready`, `error`).
 */
export function MemberDetails(props: MemberDetailsProps) {
  const { userId, onClose, className, classNames = {} } = props;
  const { messages, dir } = useTeamkit();
  const memberDetailsText = useAreaMessages('memberDetails', englishMemberDetails);
  const user = useUser(userId);
  const titleId = useId();

  if (!user.data) {
    return (
      <section
        data-teamkit=""
        dir={dir}
        data-part="member-details"
        data-state={user.error ? 'error' : 'loading'}
        aria-labelledby={titleId}
        aria-busy={user.error ? undefined : true}
        className={cx(classNames['member-details'], className)}
      >
        <h2 data-part="name" id={titleId} className={classNames.name}>
          {memberDetailsText.title}
        </h2>
        {user.error ? (
          <ErrorNotice error={user.error} onRetry={() => void user.refetch()} />
        ) : (
          <p data-part="loading" role="status">
            {messages.common.loading}
          </p>
        )}
        {onClose ? <CloseButton onClose={onClose} name="" /> : null}
      </section>
    );
  }
  return <MemberDetailsContent {...props} user={user.data} />;
}

function CloseButton({ onClose, name }: { onClose: () => void; name: string }) {
  const messages = useTeamkit().messages;
  const memberDetailsText = useAreaMessages('memberDetails', englishMemberDetails);
  return (
    <Button
      variant="ghost"
      data-action="close"
      aria-label={name ? formatMessage(memberDetailsText.closeLabel, { name }) : undefined}
      onClick={onClose}
    >
      {messages.common.close}
    </Button>
  );
}

function MemberDetailsContent({
  user,
  onClose,
  className,
  classNames = {},
}: MemberDetailsProps & { user: User }) {
  const { messages, dir, adapter, locale } = useTeamkit();
  const m = useAreaMessages('memberDetails', englishMemberDetails);
  const titleId = useId();
  const capabilities = useCapabilities();
  const viewer = useViewer();
  const member = useMember(user.id);
  const roles = useRoles();
  const updateProfile = useUpdateProfile(user.id);
  const updateMembership = useUpdateMembership();

  const permissions = viewer.data?.permissions;
  const isSelf = viewer.data?.userId === user.id;
  const canManageUser = permissions?.manageUsers === true;
  // The member owns their user metadata (Auth0 user_metadata); admins may change it too.
  const canEditUserMetadata = canManageUser || isSelf;
  const canEditMembership = permissions?.manageMembers === true;
  const name = userDisplayName(user);

  // Where both bags share one map (Scalekit), each may use only the pairs the other leaves free.
  // Kept per bag across renders: new limits make each editor validate its whole bag again, and this
  // panel renders again as every query resolves (a second per render with 5,000 pairs a bag).
  const { limits } = adapter;
  const { userMetadata, appMetadata } = user;
  const userBagLimits = useMemo(() => limitsBesideOtherUserBag(limits, appMetadata), [limits, appMetadata]);
  const appBagLimits = useMemo(() => limitsBesideOtherUserBag(limits, userMetadata), [limits, userMetadata]);
  const userPairs = useMemo(() => metadataToEntries(userMetadata).length, [userMetadata]);
  const appPairs = useMemo(() => metadataToEntries(appMetadata).length, [appMetadata]);
  const sharedHelp = (otherPairs: number) =>
    limits.sharedUserMetadata
      ? formatMessage(m.sharedUserMetadataHelp, {
          max: formatNumber(limits.userMetadata.maxPairs, locale),
          other: formatNumber(otherPairs, locale),
        })
      : undefined;

  // Read at save time, so a save right after another one sends the version that one produced.
  const saveUserBag = (bag: 'userMetadata' | 'appMetadata') => async (patch: MetadataPatch) => {
    await updateProfile.mutateAsync({ patch: { [bag]: patch }, expectedVersion: user.version });
  };
  const saveMembershipMetadata = async (patch: MetadataPatch) => {
    await updateMembership.mutateAsync({ userId: user.id, patch: { metadata: patch } });
  };

  return (
    <section
      data-teamkit=""
      dir={dir}
      data-part="member-details"
      data-state="ready"
      aria-labelledby={titleId}
      className={cx(classNames['member-details'], className)}
    >
      <header data-part="header" className={classNames.header}>
        <span data-part="avatar" aria-hidden="true" className={classNames.avatar}>
          {memberInitials({ name, givenName: null, familyName: null, email: user.email })}
        </span>
        <div data-part="identity-line">
          {/* Isolated inside their blocks, which keep the interface's alignment: the name in its own
              direction, the address left to right. */}
          <h2 data-part="name" id={titleId} className={classNames.name}>
            <bdi>{revealHiddenCharacters(name)}</bdi>
          </h2>
          <p data-part="email" className={classNames.email}>
            <bdi dir="ltr">{revealHiddenCharacters(user.email)}</bdi>
          </p>
        </div>
        {onClose ? <CloseButton onClose={onClose} name={name} /> : null}
      </header>

      <DetailsSection name="membership" title={m.membershipTitle} className={classNames.section}>
        {member.data ? (
          <MembershipSummary member={member.data} roles={roles.data} />
        ) : member.error ? (
          member.error.code === 'not_found' ? (
            <p data-part="empty">{m.membershipUnavailable}</p>
          ) : (
            <ErrorNotice error={member.error} onRetry={() => void member.refetch()} />
          )
        ) : (
          <p data-part="loading">{messages.common.loading}</p>
        )}
      </DetailsSection>

      <DetailsSection name="external-id" title={m.externalIdTitle} className={classNames.section}>
        <UserExternalIdForm user={user} canEdit={canManageUser} />
      </DetailsSection>

      <DetailsSection
        name="user-metadata"
        title={m.userMetadataTitle}
        help={m.userMetadataHelp}
        className={classNames.section}
      >
        <MetadataEditor
          hideLabel
          scope="user"
          label={m.userMetadataTitle}
          limits={userBagLimits}
          description={sharedHelp(appPairs)}
          value={user.userMetadata}
          readOnly={!canEditUserMetadata}
          onSave={saveUserBag('userMetadata')}
        />
      </DetailsSection>

      <DetailsSection
        name="app-metadata"
        title={m.appMetadataTitle}
        help={m.appMetadataHelp}
        className={classNames.section}
      >
        <MetadataEditor
          hideLabel
          scope="user"
          label={m.appMetadataTitle}
          limits={appBagLimits}
          description={sharedHelp(userPairs)}
          value={user.appMetadata}
          readOnly={!canManageUser}
          onSave={saveUserBag('appMetadata')}
        />
      </DetailsSection>

      {member.data ? (
        <DetailsSection
          name="membership-metadata"
          title={m.membershipMetadataTitle}
          help={capabilities.memberships.metadata ? m.membershipMetadataHelp : undefined}
          className={classNames.section}
        >
          {capabilities.memberships.metadata ? (
            <MetadataEditor
              hideLabel
              scope="membership"
              label={m.membershipMetadataTitle}
              value={member.data.metadata}
              readOnly={!canEditMembership}
              onSave={saveMembershipMetadata}
            />
          ) : (
            <p data-part="unsupported-note">{m.membershipMetadataUnsupported}</p>
          )}
        </DetailsSection>
      ) : null}

      <DetailsSection
        name="identities"
        title={m.identitiesTitle}
        help={m.identitiesHelp}
        className={classNames.section}
      >
        <IdentityAttributes identities={user.identities} />
      </DetailsSection>

      <DetailsSection name="profile" title={m.profileTitle} className={classNames.section}>
        {/* Admins edit the member's profile in admin mode; anyone else sees it as their own form allows. */}
        <ProfileEditor userId={user.id} mode={canManageUser ? 'admin' : 'self'} />
      </DetailsSection>

      <RawJson user={user} />
    </section>
  );
}
