'use client';
import { useId, useState } from 'react';
import type { ViewerOrganization } from '../../core/viewer-organization.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useAcceptInvitation } from '../../react/use-accept-invitation.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import type { OrganizationSwitcherText } from './switcher-text.ts';
import { useRoleLabels } from './use-role-labels.ts';

/** Props of InvitationList. */
export interface InvitationListProps {
  /** The pending invitations to the signed-in person. */
  invitations: readonly ViewerOrganization[];
  /** The switcher's words. */
  text: OrganizationSwitcherText;
  /** Called once an invitation is accepted (the switcher then offers the organization). */
  onAccepted?: (organization: ViewerOrganization) => void;
}

/**
 * Pending invitations, each with Accept where the backend lets the person accept here (else where to
 * accept it). A failed acceptance says so in place, beside the invitation, with the reason.
 */
export function InvitationList({ invitations, text, onAccepted }: InvitationListProps) {
  const { adapter, announce } = useTeamkit();
  const accept = useAcceptInvitation();
  const roleLabels = useRoleLabels();
  const [failedId, setFailedId] = useState<string | null>(null);
  const titleId = useId();
  const canAccept = adapter.capabilities.viewerOrganizations.acceptInvitations;
  if (invitations.length === 0) return null;
  return (
    <section data-part="invitations" aria-labelledby={titleId}>
      <h3 id={titleId} data-part="invitations-title">
        {text.invitations}
      </h3>
      <ul>
        {invitations.map((invitation) => {
          const accepting = accept.isPending && accept.variables?.organizationId === invitation.id;
          const failed = failedId === invitation.id && accept.error;
          return (
            <li
              key={invitation.id}
              data-part="invitation"
              data-state={accepting ? 'accepting' : failed ? 'error' : 'idle'}
            >
              <span data-part="option-name">{invitation.displayName}</span>
              <span data-part="roles">{roleLabels(invitation.roles)}</span>
              {canAccept && invitation.invitationId ? (
                <Button
                  variant="secondary"
                  aria-label={formatMessage(text.acceptLabel, { organization: invitation.displayName })}
                  busy={accept.isPending}
                  onClick={() => {
                    setFailedId(null);
                    accept.mutate(
                      { organizationId: invitation.id, invitationId: invitation.invitationId ?? '' },
                      {
                        onSuccess: (joined) => {
                          announce(formatMessage(text.accepted, { organization: joined.displayName }));
                          onAccepted?.(joined);
                        },
                        onError: () => setFailedId(invitation.id),
                      },
                    );
                  }}
                >
                  {accepting ? text.accepting : text.accept}
                </Button>
              ) : (
                <span data-part="accept-elsewhere">{text.acceptElsewhere}</span>
              )}
              {failed ? (
                <ErrorNotice
                  error={accept.error}
                  title={formatMessage(text.acceptFailed, { organization: invitation.displayName })}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
