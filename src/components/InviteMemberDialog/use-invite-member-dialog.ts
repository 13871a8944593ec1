'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { InviteInput, InviteOutcome } from '../../core/invitation.ts';
import type { BackendLimits } from '../../core/limits.ts';
import type { Role } from '../../core/role.ts';
import { type InviteProgress, useInviteMember } from '../../react/use-invite-member.ts';
import { useRoles } from '../../react/use-roles.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useViewer } from '../../react/use-viewer.ts';
import { type UseMetadataEditorReturn, useMetadataEditor } from '../MetadataEditor/use-metadata-editor.ts';
import { useControllableState } from '../shared/use-controllable-state.ts';
import { createIdempotencyKey } from './idempotency-key.ts';
import {
  addRecipients,
  commitPendingText,
  countOutcomes,
  emptyDraft,
  failedRecipients,
  type InviteDraft,
  type InviteFields,
  isSentSuccessfully,
  keepUnfinished,
  type OutcomeCounts,
  type Recipient,
  type RecipientResult,
  removeRecipient as removeRecipientFrom,
  retryableRecipients,
  setField as setFieldOf,
  setRecipientRole as setRecipientRoleOf,
} from './invite-draft.ts';
import { addressProblemText, summaryText } from './invite-text.ts';
import { parseAddresses, splitTypedText } from './parse-addresses.ts';
import { type RecipientStanding, useRecipientLookup } from './use-recipient-lookup.ts';

/** Options of useInviteMemberDialog. */
export interface UseInviteMemberDialogOptions {
  /** Whether the dialog is open (controlled); leave undefined to let the dialog own it. */
  open?: boolean;
  /** Whether the dialog starts open (uncontrolled). */
  defaultOpen?: boolean;
  /** Called whenever the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void;
  /** Called after each send or retry with that round's outcome per address, in the order listed. */
  onInvited?: (outcomes: InviteOutcome[]) => void;
  /** How many invitations are in flight at once; 4 by default. */
  concurrency?: number;
}

/** A chip as shown: the recipient and what is known about the address. */
export interface RecipientView extends Recipient {
  /** `invalid` for a refused address, else what the members lookup found. */
  standing: RecipientStanding | 'invalid';
}

/** Why the form cannot be sent yet, per field (codes; the component words them). */
export interface InviteFormProblems {
  /** The addresses: none valid, none left to invite, or more than one request may carry. */
  recipients: 'required' | 'nothing_to_send' | 'too_many' | null;
  /** The external ID is longer than the backend allows. */
  externalId: 'too_long' | null;
  /** Some metadata row has an issue (shown on its row by the metadata editor). */
  metadata: boolean;
}

/** What useInviteMemberDialog returns: open state, the draft, derived views and every action. */
export interface UseInviteMemberDialogReturn {
  /** Whether the dialog is open. */
  open: boolean;
  /** Opens or closes it (closing keeps the draft unless everything was sent successfully). */
  setOpen: (open: boolean) => void;
  /** Everything typed and the results so far. */
  draft: InviteDraft;
  /** The chips with their standing. */
  recipients: RecipientView[];
  /** True when exactly one address is listed or being typed: names and external ID apply only then. */
  isSingle: boolean;
  /** How many addresses sending would invite (valid, not already members or invited). */
  sendableCount: number;
  /** Why the form cannot be sent, per field. */
  problems: InviteFormProblems;
  /** Whether any problem blocks sending. */
  hasProblems: boolean;
  /** The roles to choose from (empty while loading or when they failed to load). */
  roles: Role[];
  /** Whether the roles failed to load (invitations then use the organization's default role). */
  rolesFailed: boolean;
  /** Asks for the roles again after they failed to load. */
  retryRoles: () => void;
  /** The role chosen for everyone, or the organization's default; null when unknown. */
  role: string | null;
  /** Whether the viewer may set external IDs and metadata. */
  isAdmin: boolean;
  /** The metadata rows (admins). */
  metadata: UseMetadataEditorReturn;
  /** The backend's limits. */
  limits: BackendLimits;
  /** Progress of the running send, or null. */
  progress: InviteProgress | null;
  /** Counts of each outcome so far. */
  counts: OutcomeCounts;
  /** The recipients whose invitation failed, for any reason. */
  failed: Recipient[];
  /** The failed recipients "Retry failed" resends: not refusals such as `permission_denied`, which would fail again. */
  retryable: Recipient[];
  /** Sets the address input's text; finished entries (after a comma, a new line …) become chips. */
  setPendingText: (text: string) => void;
  /** Adds every address in `text` (a paste) plus what was already typed, as chips. */
  addText: (text: string) => void;
  /** Turns whatever is left in the address input into chips. */
  commitPendingText: () => void;
  /** Removes one chip. */
  removeRecipient: (id: string) => void;
  /** Removes the last chip and returns it (Backspace in an empty input), or null when there is none. */
  removeLastRecipient: () => Recipient | null;
  /** Changes one field. */
  setField: <K extends keyof InviteFields>(name: K, value: InviteFields[K]) => void;
  /** Sets one person's role. */
  setRecipientRole: (id: string, role: string) => void;
  /** Sends every valid address; resolves with the outcomes, or null when problems blocked sending. */
  send: () => Promise<InviteOutcome[] | null>;
  /** Resends only the retryable failures, with the same idempotency keys. */
  retryFailed: () => Promise<InviteOutcome[]>;
  /** Back to the form, keeping only invalid and failed addresses. */
  editAgain: () => void;
  /** Starts over with an empty draft and new idempotency keys. */
  reset: () => void;
}

/** No stored metadata: an invited user starts with only what is typed here. */
const emptyMetadata = {};

type Planned =
  | { recipient: Recipient; input: InviteInput }
  | { recipient: Recipient; outcome: InviteOutcome };

/**
 * The headless state of the invite dialog: open state (controlled or not), the address chips, the
 * role and options, the admin fields, and sending with per-address outcomes and retries. The draft
 * lives as long as the component that calls this, so closing and reopening keeps what was typed.
 * Each address gets one idempotency key per draft, reused by every retry, so a retry never invites twice.
 */
export function useInviteMemberDialog(
  options: UseInviteMemberDialogOptions = {},
): UseInviteMemberDialogReturn {
  const { concurrency = 4 } = options;
  const { adapter, messages, locale, announce } = useTeamkit();
  const limits = adapter.limits;
  const [open, setOpenState] = useControllableState({
    value: options.open,
    defaultValue: options.defaultOpen ?? false,
    onChange: options.onOpenChange,
  });
  const [draft, setDraft] = useState<InviteDraft>(emptyDraft);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const openRef = useRef(open);
  openRef.current = open;
  const onInvitedRef = useRef(options.onInvited);
  onInvitedRef.current = options.onInvited;

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

  const viewer = useViewer();
  const isAdmin = viewer.data?.permissions.manageUsers === true;
  const rolesQuery = useRoles();
  const roles = rolesQuery.data ?? [];
  const defaultRole = roles.find((candidate) => candidate.isDefault)?.name ?? roles[0]?.name ?? null;
  const role = draft.fields.role ?? defaultRole;
  const metadata = useMetadataEditor({ value: emptyMetadata, scope: 'user', limits: limits.userMetadata });
  const { inviteMany, progress } = useInviteMember();

  const validEmails = useMemo(
    () =>
      draft.recipients.filter((recipient) => recipient.problem === null).map((recipient) => recipient.email),
    [draft.recipients],
  );
  const standings = useRecipientLookup(validEmails, draft.phase === 'editing');
  const recipients = useMemo<RecipientView[]>(
    () =>
      draft.recipients.map((recipient) => ({
        ...recipient,
        standing: recipient.problem ? 'invalid' : (standings.get(recipient.id) ?? 'checking'),
      })),
    [draft.recipients, standings],
  );
  const pendingCount = useMemo(() => parseAddresses(draft.pendingText).addresses.length, [draft.pendingText]);
  const isSingle = draft.recipients.length + pendingCount === 1;
  const isSendable = (recipient: RecipientView) =>
    recipient.standing !== 'invalid' && recipient.standing !== 'member' && recipient.standing !== 'pending';
  const sendableCount = recipients.filter(isSendable).length;

  const problemsOf = (current: InviteDraft, single: boolean, views: RecipientView[]): InviteFormProblems => {
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
        isAdmin && single && current.fields.externalId.trim().length > limits.externalIdMaxLength
          ? 'too_long'
          : null,
      metadata: isAdmin && !metadata.isValid,
    };
  };
  const problems = problemsOf(draft, isSingle, recipients);
  const hasProblems = problems.recipients !== null || problems.externalId !== null || problems.metadata;

  const reset = useCallback(() => {
    keys.current = new Map();
    sentInputs.current = new Map();
    setDraft(emptyDraft());
    metadata.reset({});
  }, [metadata.reset]);

  // A draft sent successfully is not kept once the dialog is closed (also when sending finished while closed).
  useEffect(() => {
    if (!open && isSentSuccessfully(draft)) reset();
  }, [open, draft, reset]);

  const setOpen = useCallback((next: boolean) => setOpenState(next), [setOpenState]);

  const update = useCallback((change: (current: InviteDraft) => InviteDraft) => setDraft(change), []);

  const buildInput = (
    recipient: Recipient,
    current: InviteDraft,
    single: boolean,
    sendable: number,
  ): InviteInput => {
    const { fields } = current;
    // Per-person roles are offered only while several people are to be invited (RoleField does the same).
    const chosen = (fields.perPersonRoles && sendable > 1 ? recipient.role : null) ?? role;
    const input: InviteInput = {
      email: recipient.email,
      sendEmail: fields.sendEmail,
      idempotencyKey: keyFor(recipient.id),
    };
    if (chosen) input.roles = [chosen];
    const name = (single ? fields.displayName.trim() : '') || recipient.name;
    if (name) input.name = name;
    if (single && fields.givenName.trim()) input.givenName = fields.givenName.trim();
    if (single && fields.familyName.trim()) input.familyName = fields.familyName.trim();
    if (isAdmin && single && fields.externalId.trim()) input.externalId = fields.externalId.trim();
    if (isAdmin && Object.keys(metadata.patch).length > 0) input.metadata = metadata.patch;
    return input;
  };

  /** Sends `inputs`, then records their outcomes (plus `local` ones decided without the backend) and announces. */
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
    draftRef.current = next;
    setDraft(next);
    announce(summaryText(countOutcomes(next), messages, locale));
    onInvitedRef.current?.(outcomes);
    return outcomes;
  };

  const send = async (): Promise<InviteOutcome[] | null> => {
    const current = commitPendingText(draftRef.current);
    const single = current.recipients.length === 1;
    const views = current.recipients.map<RecipientView>((recipient) => ({
      ...recipient,
      standing: recipient.problem ? 'invalid' : (standings.get(recipient.id) ?? 'new'),
    }));
    const found = problemsOf(current, single, views);
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
      return { recipient, input: buildInput(recipient, current, single, sendable) };
    });
    const sending: InviteDraft = {
      ...current,
      phase: 'sending',
      attempted: false,
      results: Object.fromEntries(
        planned.map((entry) => [
          entry.recipient.id,
          'input' in entry ? { state: 'sending' } : { state: 'done', outcome: entry.outcome },
        ]),
      ),
    };
    draftRef.current = sending;
    setDraft(sending);
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
      input: sentInputs.current.get(recipient.id) ?? buildInput(recipient, current, single, retryable.length),
    }));
    const retrying: InviteDraft = {
      ...current,
      phase: 'sending',
      results: {
        ...current.results,
        ...Object.fromEntries(retryable.map((r) => [r.id, { state: 'sending' }])),
      },
    };
    draftRef.current = retrying;
    setDraft(retrying);
    return run(planned);
  };

  const setPendingText = useCallback((text: string) => {
    const { complete, rest } = splitTypedText(text);
    setDraft((current) =>
      complete.trim() === ''
        ? { ...current, pendingText: text }
        : { ...addRecipients(current, complete), pendingText: rest.replace(/^\s+/, '') },
    );
  }, []);

  const addText = useCallback((text: string) => {
    setDraft((current) => addRecipients(current, `${current.pendingText}\n${text}`));
  }, []);

  const removeLastRecipient = (): Recipient | null => {
    const last = draftRef.current.recipients.at(-1) ?? null;
    if (last) update((current) => removeRecipientFrom(current, last.id));
    return last;
  };

  return {
    open,
    setOpen,
    draft,
    recipients,
    isSingle,
    sendableCount,
    problems,
    hasProblems,
    roles,
    rolesFailed: rolesQuery.isError,
    retryRoles: () => void rolesQuery.refetch(),
    role,
    isAdmin,
    metadata,
    limits,
    progress,
    counts: countOutcomes(draft),
    failed: failedRecipients(draft),
    retryable: retryableRecipients(draft),
    setPendingText,
    addText,
    commitPendingText: () => update(commitPendingText),
    removeRecipient: (id) => update((current) => removeRecipientFrom(current, id)),
    removeLastRecipient,
    setField: (name, value) => update((current) => setFieldOf(current, name, value)),
    setRecipientRole: (id, value) => update((current) => setRecipientRoleOf(current, id, value)),
    send,
    retryFailed,
    editAgain: () => update(keepUnfinished),
    reset,
  };
}
