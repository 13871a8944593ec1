/**
 * What the invite form derives from the draft, as plain functions: each chip's view (its standing),
 * which addresses sending would invite, and why the form cannot be sent yet. No React.
 */
import type { BackendLimits } from '../../core/limits.ts';
import type { InviteFormProblems, RecipientView } from './invite-dialog-types.ts';
import type { InviteDraft, Recipient } from './invite-draft.ts';
import type { RecipientStanding } from './use-recipient-lookup.ts';

/** True for an address sending would invite: valid, and neither a member nor already invited. */
export function isSendable(recipient: RecipientView): boolean {
  return (
    recipient.standing !== 'invalid' && recipient.standing !== 'member' && recipient.standing !== 'pending'
  );
}

/**
 * The chips with their standing (`unknown` for an address not looked up). A view from `previous` whose
 * recipient and standing are unchanged is reused as it was, so memoized chips skip rendering: with
 * hundreds of addresses, each batch of lookup answers changes only a few.
 */
export function recipientViews(
  recipients: readonly Recipient[],
  standings: ReadonlyMap<string, RecipientStanding>,
  unknown: RecipientStanding,
  previous: readonly RecipientView[] = [],
): RecipientView[] {
  const before = new Map(previous.map((view) => [view.id, view]));
  return recipients.map((recipient) => {
    const standing = recipient.problem ? 'invalid' : (standings.get(recipient.id) ?? unknown);
    const old = before.get(recipient.id);
    if (old && old.standing === standing && sameRecipient(old, recipient)) return old;
    return { ...recipient, standing };
  });
}

function sameRecipient(view: RecipientView, recipient: Recipient): boolean {
  return (
    view.email === recipient.email &&
    view.raw === recipient.raw &&
    view.name === recipient.name &&
    view.problem === recipient.problem &&
    view.role === recipient.role
  );
}

/** What decides the form's problems besides the draft. */
export interface ProblemContext {
  /** The backend's limits. */
  limits: BackendLimits;
  /** Whether the viewer may set external IDs and metadata. */
  isAdmin: boolean;
  /** Whether the metadata rows have no issue. */
  metadataValid: boolean;
}

/** Why `draft` cannot be sent, per field, given its chips' views and whether one person is invited. */
export function inviteFormProblems(
  draft: InviteDraft,
  single: boolean,
  views: readonly RecipientView[],
  { limits, isAdmin, metadataValid }: ProblemContext,
): InviteFormProblems {
  const valid = views.filter((recipient) => recipient.standing !== 'invalid');
  const sendable = views.filter(isSendable);
  return {
    recipients:
      valid.length === 0
        ? 'required'
        : sendable.length === 0
          ? 'nothing_to_send'
          : sendable.length > limits.maxInvitesPerRequest
            ? 'too_many'
            : null,
    externalId:
      isAdmin && single && draft.fields.externalId.trim().length > limits.externalIdMaxLength
        ? 'too_long'
        : null,
    metadata: isAdmin && !metadataValid,
  };
}
