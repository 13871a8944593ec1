'use client';
import { useId } from 'react';
import type { Organization } from '../../core/organization.ts';
import { organization as englishOrganization } from '../../i18n/en/organization.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { MetadataList } from '../MetadataEditor/MetadataList.tsx';
import { cx } from '../shared/class-names.ts';
import type { OrganizationSettingsPart } from './parts.ts';

/** Props of OrganizationSummary. */
export interface OrganizationSummaryProps {
  /** The stored organization. */
  organization: Organization;
  /** Classes for the root. */
  className?: string;
  /** Classes for parts. */
  classNames?: Partial<Record<OrganizationSettingsPart, string>>;
}

/**
 * The organization settings as text, for viewers who may not change them: no inputs, and a note
 * saying who can. Root part `organization-settings` with `data-readonly`.
 */
export function OrganizationSummary({ organization, className, classNames = {} }: OrganizationSummaryProps) {
  const { dir } = useTeamkit();
  const m = useAreaMessages('organization', englishOrganization);
  const titleId = useId();
  const metadataId = useId();
  return (
    <section
      data-teamkit=""
      dir={dir}
      data-part="organization-settings"
      data-readonly=""
      data-state="idle"
      aria-labelledby={titleId}
      className={cx(classNames['organization-settings'], className)}
    >
      <h2 data-part="title" id={titleId} className={classNames.title}>
        {m.title}
      </h2>
      <p data-part="readonly-notice">{m.readOnlyNotice}</p>
      <dl data-part="summary" className={classNames.summary}>
        <div data-part="item">
          <dt>{m.displayNameLabel}</dt>
          <dd>{organization.displayName}</dd>
        </div>
        <div data-part="item">
          <dt>{m.idLabel}</dt>
          <dd>
            <code dir="ltr">{organization.id}</code>
          </dd>
        </div>
        <div data-part="item">
          <dt>{m.externalIdLabel}</dt>
          <dd>{organization.externalId ? <code dir="ltr">{organization.externalId}</code> : m.notSet}</dd>
        </div>
      </dl>
      <section data-part="metadata" aria-labelledby={metadataId}>
        <h3 data-part="section-title" id={metadataId}>
          {m.metadataLabel}
        </h3>
        <MetadataList value={organization.metadata} />
      </section>
    </section>
  );
}
