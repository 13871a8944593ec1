'use client';
import { useMemo } from 'react';
import { isStaleVersion } from '../../core/edit-session/edit-session.ts';
import type { MetadataLimits } from '../../core/limits.ts';
import type { Organization } from '../../core/organization.ts';
import type { PatchClash } from '../../core/rebase-patch.ts';
import { type SaveOutcome, type UseEditSessionResult, useEditSession } from '../../react/use-edit-session.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUpdateOrganization } from '../../react/use-update-organization.ts';
import { withoutReservedKeys } from '../MetadataEditor/metadata-rows.ts';
import type { UseMetadataEditorReturn } from '../MetadataEditor/use-metadata-editor.ts';
import { metadataOfValues, useMetadataInSession } from '../MetadataEditor/use-metadata-in-session.ts';
import {
  metadataPrefix,
  type OrganizationValues,
  organizationEquals,
  organizationPatch,
  organizationPath,
  organizationValues,
} from './organization-draft.ts';

/** What useOrganizationSession returns: the session, the metadata rows in it, and the ways to move it. */
export interface OrganizationSession
  extends Pick<UseEditSessionResult<OrganizationValues>, 'session' | 'changed' | 'edit' | 'discard'> {
  /** The metadata editor's rows; their changes are fields `metadata.<key>` of the session. */
  metadata: UseMetadataEditorReturn;
  /**
   * Saves the changed fields. Refused with `conflict` because someone saved first, it reads the latest
   * version: where they changed none of these fields the edits go again over it once, else the
   * conflict review opens.
   */
  save: () => Promise<SaveOutcome>;
  /** In a conflict: saves the person's edits over the latest version. */
  keepMine: () => Promise<SaveOutcome>;
  /** In a conflict: drops the edits and shows the latest version. */
  takeTheirs: () => void;
  /** In a conflict with the latest version known: each field both changed, with both values. */
  clashes: readonly PatchClash[] | null;
}

const fieldsOptions = {
  equals: organizationEquals,
  // The name, the external ID and the metadata keys are shown; any other path goes in the notice.
  fieldOfPath: (path: string) =>
    path === 'displayName' || path === 'externalId' || path.startsWith('metadata.') ? path : null,
};

/**
 * The organization settings on the shared edit session: name, external ID and every metadata key as
 * its fields, saved with the version the values were read at.
 */
export function useOrganizationSession(
  organization: Organization,
  metadataLimits: MetadataLimits | undefined,
): OrganizationSession {
  const { adapter } = useTeamkit();
  const update = useUpdateOrganization();
  const storedMetadata = useMemo(() => withoutReservedKeys(organization.metadata), [organization.metadata]);
  const base = useMemo(
    () => organizationValues(organization, storedMetadata),
    [organization, storedMetadata],
  );
  const edits = useEditSession(base, fieldsOptions);
  const { session, edit } = edits;
  const metadata = useMetadataInSession(
    { scope: 'organization', limits: metadataLimits },
    session,
    edit,
    metadataPrefix,
  );

  const write = async (values: OrganizationValues, changed: readonly string[]) => {
    const saved = await update.mutateAsync({
      patch: organizationPatch(values, changed),
      expectedVersion: values.version,
    });
    return organizationValues(saved, withoutReservedKeys(saved.metadata));
  };

  const save = async (): Promise<SaveOutcome> => {
    const outcome = await edits.save(write);
    if (outcome.status !== 'failed' || !isStaleVersion(outcome.error)) return outcome;
    const latest = await adapter.getOrganization(organization.id).catch(() => null);
    if (!latest) return outcome;
    const clashing = edits.review(organizationValues(latest, withoutReservedKeys(latest.metadata)));
    // Someone else's save changed none of these fields: both edits are kept by sending again, once.
    return clashing.length === 0 ? edits.keepMine(write) : outcome;
  };

  const latest = session.conflict?.latest ?? null;
  const clashes = latest
    ? (session.conflict?.fields ?? []).map((field) => ({
        path: organizationPath(field),
        yours: session.draft[field] ?? null,
        theirs: latest[field] ?? null,
      }))
    : null;

  return {
    session,
    changed: edits.changed,
    edit,
    metadata,
    save,
    keepMine: () => edits.keepMine(write),
    takeTheirs: () => {
      edits.takeTheirs();
      metadata.reset(latest ? metadataOfValues(latest, metadataPrefix) : undefined);
    },
    discard: () => {
      edits.discard();
      metadata.reset();
    },
    clashes,
  };
}
