'use client';
import type { MetadataLimits } from '../../core/limits.ts';
import { organization as englishOrganization } from '../../i18n/en/organization.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useOrganization } from '../../react/use-organization.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useViewer } from '../../react/use-viewer.ts';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { OrganizationSettingsForm } from './OrganizationSettingsForm.tsx';
import { OrganizationSummary } from './OrganizationSummary.tsx';
import type { OrganizationSettingsPart } from './parts.ts';

/** Props of OrganizationSettings. */
export interface OrganizationSettingsProps {
  /** Metadata limits in force; the adapter's organization limits (10 pairs on Scalekit) by default. */
  metadataLimits?: MetadataLimits;
  /** Classes for the root. */
  className?: string;
  /** Classes for parts. */
  classNames?: Partial<Record<OrganizationSettingsPart, string>>;
}

/**
 * The provider's organization: display name, external ID and metadata, with one Save that sends only
 * what changed. Viewers without `permissions.updateOrganization` see the values as text. Root part
 * `organization-settings`, with `data-state` (`loading`, `idle`, `dirty`, `saving`, `saved`, `error`)
 * and `data-readonly` for viewers who may not edit.
 */
export function OrganizationSettings(props: OrganizationSettingsProps) {
  const { className, classNames = {} } = props;
  const { messages, dir } = useTeamkit();
  const organizationText = useAreaMessages('organization', englishOrganization);
  const organization = useOrganization();
  const viewer = useViewer();

  if (organization.data && viewer.data) {
    return viewer.data.permissions.updateOrganization ? (
      // Keyed by organization: a draft never follows the person into another organization.
      <OrganizationSettingsForm key={organization.data.id} {...props} organization={organization.data} />
    ) : (
      <OrganizationSummary organization={organization.data} className={className} classNames={classNames} />
    );
  }
  const failed = organization.error ?? viewer.error;
  return (
    <div
      data-teamkit=""
      dir={dir}
      data-part="organization-settings"
      data-state={failed ? 'error' : 'loading'}
      className={cx(classNames['organization-settings'], className)}
    >
      {failed ? (
        <ErrorNotice
          error={failed}
          title={organizationText.title}
          onRetry={() => {
            if (organization.error) void organization.refetch();
            if (viewer.error) void viewer.refetch();
          }}
        />
      ) : (
        <p data-part="loading" role="status">
          {messages.common.loading}
        </p>
      )}
    </div>
  );
}
