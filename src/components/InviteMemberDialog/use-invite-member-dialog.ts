'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useRoles } from '../../react/use-roles.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useViewer } from '../../react/use-viewer.ts';
import { useMetadataEditor } from '../MetadataEditor/use-metadata-editor.ts';
import { useControllableState } from '../shared/use-controllable-state.ts';
import type {
  RecipientView,
  UseInviteMemberDialogOptions,
  UseInviteMemberDialogReturn,
} from './invite-dialog-types.ts';
import {
  addRecipients,
  commitPendingText,
  countOutcomes,
  emptyDraft,
  failedRecipients,
  type InviteDraft,
  isSentSuccessfully,
  keepUnfinished,
  type Recipient,
  removeRecipient as removeRecipientFrom,
  retryableRecipients,
  setField as setFieldOf,
  setRecipientRole as setRecipientRoleOf,
} from './invite-draft.ts';
import { inviteFormProblems, isSendable, type ProblemContext, recipientViews } from './invite-problems.ts';
import { parseAddresses, splitTypedText } from './parse-addresses.ts';
import { useInviteSending } from './use-invite-sending.ts';
import { useRecipientLookup } from './use-recipient-lookup.ts';

export type {
  InviteFormProblems,
  RecipientView,
  UseInviteMemberDialogOptions,
  UseInviteMemberDialogReturn,
} from './invite-dialog-types.ts';

/** No stored metadata: an invited user starts with only what is typed here. */
const emptyMetadata = {};

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
  const { adapter } = useTeamkit();
  const limits = adapter.limits;
  const [open, setOpenState] = useControllableState({
    value: options.open,
    defaultValue: options.defaultOpen ?? false,
    onChange: options.onOpenChange,
  });
  const [draft, setDraft] = useState<InviteDraft>(emptyDraft);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const onInvitedRef = useRef(options.onInvited);
  onInvitedRef.current = options.onInvited;

  const viewer = useViewer();
  const isAdmin = viewer.data?.permissions.manageUsers === true;
  const rolesQuery = useRoles();
  const roles = rolesQuery.data ?? [];
  const defaultRole = roles.find((candidate) => candidate.isDefault)?.name ?? roles[0]?.name ?? null;
  const role = draft.fields.role ?? defaultRole;
  const metadata = useMetadataEditor({ value: emptyMetadata, scope: 'user', limits: limits.userMetadata });

  const validEmails = useMemo(
    () =>
      draft.recipients.filter((recipient) => recipient.problem === null).map((recipient) => recipient.email),
    [draft.recipients],
  );
  const standings = useRecipientLookup(validEmails, draft.phase === 'editing');
  // Views of unchanged chips keep their identity from one render to the next (memoized chips).
  const previousViews = useRef<RecipientView[]>([]);
  const recipients = useMemo(() => {
    previousViews.current = recipientViews(draft.recipients, standings, 'checking', previousViews.current);
    return previousViews.current;
  }, [draft.recipients, standings]);
  const pendingCount = useMemo(() => parseAddresses(draft.pendingText).addresses.length, [draft.pendingText]);
  const isSingle = draft.recipients.length + pendingCount === 1;
  const sendableCount = recipients.filter(isSendable).length;
  const problemContext: ProblemContext = { limits, isAdmin, metadataValid: metadata.isValid };
  const problems = inviteFormProblems(draft, isSingle, recipients, problemContext);
  const hasProblems = problems.recipients !== null || problems.externalId !== null || problems.metadata;

  const { progress, send, retryFailed, forget } = useInviteSending({
    draftRef,
    setDraft,
    standings,
    problems: problemContext,
    role,
    metadata,
    concurrency,
    onInvitedRef,
  });

  const reset = useCallback(() => {
    forget();
    setDraft(emptyDraft());
    metadata.reset({});
  }, [forget, metadata.reset]);

  // A draft sent successfully is not kept once the dialog is closed (also when sending finished while closed).
  useEffect(() => {
    if (!open && isSentSuccessfully(draft)) reset();
  }, [open, draft, reset]);

  const setOpen = useCallback((next: boolean) => setOpenState(next), [setOpenState]);
  const update = useCallback((change: (current: InviteDraft) => InviteDraft) => setDraft(change), []);

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
