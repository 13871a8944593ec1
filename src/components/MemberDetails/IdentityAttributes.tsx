'use client';
import { useId } from 'react';
import type { IdentityProviderLink } from '../../core/user.ts';
import { memberDetails as englishMemberDetails } from '../../i18n/en/memberDetails.ts';
import { formatDateTime } from '../../i18n/intl.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { MetadataList } from '../MetadataEditor/MetadataList.tsx';

/** Props of IdentityAttributes. */
export interface IdentityAttributesProps {
  /** The identity providers linked to the user. */
  identities: readonly IdentityProviderLink[] | undefined;
}

/**
 * The attributes each identity provider asserted, read-only, under the provider's name, with the
 * user's ID there and the last sync. Parts `identity`, `identity-title`, `identity-fields`.
 */
export function IdentityAttributes({ identities }: IdentityAttributesProps) {
  const m = useAreaMessages('memberDetails', englishMemberDetails);
  const list = identities ?? [];
  if (list.length === 0) return <p data-part="empty">{m.noIdentities}</p>;
  return (
    <>
      {list.map((identity) => (
        <IdentityCard key={`${identity.provider}:${identity.providerUserId ?? ''}`} identity={identity} />
      ))}
    </>
  );
}

function IdentityCard({ identity }: { identity: IdentityProviderLink }) {
  const { locale } = useTeamkit();
  const m = useAreaMessages('memberDetails', englishMemberDetails);
  const titleId = useId();
  const name = identity.displayName || identity.provider;
  return (
    <section data-part="identity" data-provider={identity.provider} aria-labelledby={titleId}>
      <h4 data-part="identity-title" id={titleId}>
        {name}
      </h4>
      <dl data-part="identity-fields">
        <div data-part="item">
          <dt>{m.providerUserIdLabel}</dt>
          <dd>{identity.providerUserId ? <code dir="ltr">{identity.providerUserId}</code> : m.notSet}</dd>
        </div>
        <div data-part="item">
          <dt>{m.lastSyncedLabel}</dt>
          <dd>{formatDateTime(identity.lastSyncedAt, locale) || m.never}</dd>
        </div>
      </dl>
      <MetadataList value={identity.attributes} emptyText={m.noAttributes} />
    </section>
  );
}
