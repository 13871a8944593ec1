'use client';
import { type RefObject, useCallback, useRef } from 'react';
import type { InviteInput, InviteOutcome } from '../../core/invitation.ts';
import { type InviteProgress, useInviteMember } from '../../react/use-invite-member.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import type { UseMetadataEditorReturn } from '../MetadataEditor/use-metadata-editor.ts';
import { buildInviteInput } from './build-invite-input.ts';
import { createIdempotencyKey } from './idempotency-key.ts';
import {
  commitPendingText,
  countOutcomes,
  type InviteDraft,
  type Recipient,
  type RecipientResult,
  retryableRecipients,
} from './invite-draft.ts';
import { inviteFormProblems, isSendable, type ProblemContext, recipientViews } from './invite-problems.ts';
import { addressProblemText, summaryText } from './invite-text.ts';
import type { RecipientStanding } from './use-recipient-lookup.ts';

/** What sending reads from the dialog, as it is when Send is pressed. */
export interface UseInviteSendingOptions {
  /** The draft as last set (read at send time, so a send right after a change sees it). */
  draftRef: RefObject<InviteDraft>;
  /** Replaces the draft (and `draftRef`). */
  setDraft: (draft: InviteDraft) => void;
  /** What each address's lookup found. */
  standings: ReadonlyMap<string, RecipientStanding>;
  /** The limits, the viewer's rights and the metadata's validity. */
  problems: ProblemContext;
  /** The role for everyone; null when unknown. */
  role: string | null;
  /** The metadata rows (admins). */
  metadata: UseMetadataEditorReturn;
  /** How many invitations are in flight at once. */
  concurrency: number;
  /** Called after each send or retry with that round's outcomes. */
  onInvitedRef: RefObject<((outcomes: InviteOutcome[]) => void) | undefined>;
}

/** What useInviteSending returns. */
export interface UseInviteSendingReturn {
  /** Progress of the running send, or null. */
  progress: InviteProgress | null;
  /** Sends every valid address; resolves with the outcomes, or null when problems blocked sending. */
  send: () => Promise<InviteOutcome[] | null>;
  /** Resends only the retryable failures, with the same idempotency keys. */
  retryFailed: () => Promise<InviteOutcome[]>;
  /** Forgets the keys and what was sent: the next draft's addresses get new keys. */
  forget: () => void;
}

type Planned =
  | { recipient: Recipient; input: InviteInput }
  | { recipient: Recipient; outcome: InviteOutcome };

/**
 * Sending the invite dialog's draft with per-address outcomes, and retrying the failures. Each
 * address gets one idempotency key per draft, and a retry resends exactly the input sent before,
 * so a retry never invites anyone twice.
 */
export function useInviteSending(options: UseInviteSendingOptions): UseInviteSendingReturn {
  const { draftRef, setDraft, standings, problems, role, metadata, concurrency, onInvitedRef } = options;
  const { messages, locale, announce } = useTeamkit();
  const { inviteMany, progress } = useInviteMember();
  // One key per address per draft; what was sent per address, so a retry resends exactly that.
  const keys = useRef(new Map<string, string>());
  const sentInputs = useRef(new Map<string, InviteInput>());
  const keyFor = (id: string) => {
    let key = keys.current.get(id);
    if (!key) {
      key = createIdempotencyKey();
      keys.current.set(id, key);
    }
    return key;
  };
  const inputFor = (recipient: Recipient, current: InviteDraft, single: boolean, sendable: number) =>
    buildInviteInput(recipient, current.fields, {
      single,
      sendable,
      role,
      isAdmin: problems.isAdmin,
      metadata: metadata.patch,
      idempotencyKey: keyFor(recipient.id),
    });
  const replace = (next: InviteDraft) => {
    draftRef.current = next;
    setDraft(next);
  };

  /** Sends the planned inputs, then records their outcomes (plus those decided without the backend) and announces. */
  const run = async (planned: Planned[]): Promise<InviteOutcome[]> => {
    const toSend = planned.filter(
      (entry): entry is Extract<Planned, { input: InviteInput }> => 'input' in entry,
    );
    for (const entry of toSend) sentInputs.current.set(entry.recipient.id, entry.input);
    let sent: InviteOutcome[];
    try {
      sent = await inviteMany(
        toSend.map((entry) => entry.input),
        { concurrency },
      );
    } catch {
      // useInviteMember turns every refusal into an outcome; this only guards against a broken hook.
      sent = toSend.map((entry) => ({
        email: entry.recipient.email,
        status: 'failed',
        code: 'unknown',
        message: messages.common.errors.unknown,
      }));
    }
    const byId = new Map<string, InviteOutcome>();
    let index = 0;
    const outcomes = planned.map((entry) => {
      const outcome = 'input' in entry ? (sent[index++] as InviteOutcome) : entry.outcome;
      byId.set(entry.recipient.id, outcome);
      return outcome;
    });
    const next: InviteDraft = {
      ...draftRef.current,
      phase: 'results',
      results: {
        ...draftRef.current.results,
        ...Object.fromEntries(
          Array.from(byId, ([id, outcome]) => [id, { state: 'done', outcome } as RecipientResult]),
        ),
      },
    };
    replace(next);
    announce(summaryText(countOutcomes(next), messages, locale));
    onInvitedRef.current?.(outcomes);
    return outcomes;
  };

  const send = async (): Promise<InviteOutcome[] | null> => {
    const current = commitPendingText(draftRef.current);
    const single = current.recipients.length === 1;
    const views = recipientViews(current.recipients, standings, 'new');
    const found = inviteFormProblems(current, single, views, problems);
    if (found.recipients || found.externalId || found.metadata) {
      metadata.revealIssues();
      setDraft({ ...current, attempted: true });
      return null;
    }
    const sendable = views.filter(isSendable).length;
    const planned = views.map<Planned>((recipient) => {
      if (recipient.problem) {
        const message = addressProblemText(recipient.problem, messages);
        return { recipient, outcome: { email: recipient.email, status: 'invalid', message } };
      }
      if (recipient.standing === 'member' || recipient.standing === 'pending') {
        return { recipient, outcome: { email: recipient.email, status: 'already_member' } };
      }
      return { recipient, input: inputFor(recipient, current, single, sendable) };
    });
    replace({
      ...current,
      phase: 'sending',
      attempted: false,
      results: Object.fromEntries(
        planned.map((entry) => [
          entry.recipient.id,
          'input' in entry ? { state: 'sending' } : { state: 'done', outcome: entry.outcome },
        ]),
      ),
    });
    return run(planned);
  };

  const retryFailed = async (): Promise<InviteOutcome[]> => {
    const current = draftRef.current;
    const retryable = retryableRecipients(current);
    if (retryable.length === 0) return [];
    const single = current.recipients.length === 1;
    const planned = retryable.map<Planned>((recipient) => ({
      recipient,
      // The very input sent before: same idempotency key, same content.
      input: sentInputs.current.get(recipient.id) ?? inputFor(recipient, current, single, retryable.length),
    }));
    replace({
      ...current,
      phase: 'sending',
      results: {
        ...current.results,
        ...Object.fromEntries(retryable.map((r) => [r.id, { state: 'sending' }])),
      },
    });
    return run(planned);
  };

  const forget = useCallback(() => {
    keys.current = new Map();
    sentInputs.current = new Map();
  }, []);

  return { progress, send, retryFailed, forget };
}
