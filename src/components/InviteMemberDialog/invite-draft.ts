/**
 * The invite dialog's draft as plain data, and the pure steps that change it: add and remove
 * recipients, edit fields, record outcomes. No React: the headless hook holds one of these in state.
 */
import { isRetryableCode } from '../../core/errors.ts';
import type { InviteOutcome } from '../../core/invitation.ts';
import { type AddressProblem, addressKey, parseAddresses } from './parse-addresses.ts';

/** One address in the dialog, shown as a chip. */
export interface Recipient {
  /** Stable identity: the address compared case-insensitively. */
  id: string;
  /** The address to invite (domain lowercased). */
  email: string;
  /** What was typed for it. */
  raw: string;
  /** A name given with it ("Ada <ada@example.com>"), or null. */
  name: string | null;
  /** Why the address is refused, or null when it is valid. */
  problem: AddressProblem | null;
  /** This person's role when roles are set per person; null means the role for everyone. */
  role: string | null;
}

/** The dialog's fields besides the recipients. */
export interface InviteFields {
  /** The role for everyone (a role name); null until chosen, meaning the organization's default role. */
  role: string | null;
  /** Whether each person gets their own role. */
  perPersonRoles: boolean;
  /** First name (only sent when inviting one person). */
  givenName: string;
  /** Last name (only sent when inviting one person). */
  familyName: string;
  /** Display name (only sent when inviting one person). */
  displayName: string;
  /** Whether the backend emails the invitation. */
  sendEmail: boolean;
  /** The host's ID for the person (admins; only sent when inviting one person). */
  externalId: string;
}

/** Where one recipient stands once sending started. */
export type RecipientResult = { state: 'sending' } | { state: 'done'; outcome: InviteOutcome };

/** Where the dialog stands: filling the form, waiting for the backend, or showing what happened. */
export type InvitePhase = 'editing' | 'sending' | 'results';

/** Everything typed into the dialog, and what sending it did. */
export interface InviteDraft {
  /** The chips, in the order added. */
  recipients: Recipient[];
  /** Text in the address input not yet turned into chips. */
  pendingText: string;
  /** Addresses dropped from the last addition because they were already listed. */
  duplicates: string[];
  /** The other fields. */
  fields: InviteFields;
  /** Where the dialog stands. */
  phase: InvitePhase;
  /** Each recipient's result by recipient id, once sending started. */
  results: Readonly<Record<string, RecipientResult>>;
  /** Whether the person tried to send: from then on every problem is shown, not only touched ones. */
  attempted: boolean;
}

/** A fresh draft. */
export function emptyDraft(): InviteDraft {
  return {
    recipients: [],
    pendingText: '',
    duplicates: [],
    fields: {
      role: null,
      perPersonRoles: false,
      givenName: '',
      familyName: '',
      displayName: '',
      sendEmail: true,
      externalId: '',
    },
    phase: 'editing',
    results: {},
    attempted: false,
  };
}

/** Turns `text` into chips after the existing ones; repeats are dropped and listed in `duplicates`. */
export function addRecipients(draft: InviteDraft, text: string): InviteDraft {
  const { addresses, duplicates } = parseAddresses(
    text,
    draft.recipients.map((recipient) => recipient.email),
  );
  if (addresses.length === 0 && duplicates.length === 0) return { ...draft, pendingText: '' };
  const added = addresses.map<Recipient>((address) => ({
    id: addressKey(address.email),
    email: address.email,
    raw: address.raw,
    name: address.name,
    problem: address.problem,
    role: null,
  }));
  return { ...draft, recipients: [...draft.recipients, ...added], pendingText: '', duplicates };
}

/** Turns the text left in the address input into chips (before sending, so nothing typed is left behind). */
export function commitPendingText(draft: InviteDraft): InviteDraft {
  return draft.pendingText.trim() === '' ? draft : addRecipients(draft, draft.pendingText);
}

/** Removes one chip. */
export function removeRecipient(draft: InviteDraft, id: string): InviteDraft {
  return {
    ...draft,
    recipients: draft.recipients.filter((recipient) => recipient.id !== id),
    duplicates: [],
  };
}

/** Sets one person's role (used while roles are set per person). */
export function setRecipientRole(draft: InviteDraft, id: string, role: string): InviteDraft {
  return {
    ...draft,
    recipients: draft.recipients.map((recipient) =>
      recipient.id === id ? { ...recipient, role } : recipient,
    ),
  };
}

/** Changes one field. */
export function setField<K extends keyof InviteFields>(
  draft: InviteDraft,
  name: K,
  value: InviteFields[K],
): InviteDraft {
  return { ...draft, fields: { ...draft.fields, [name]: value } };
}

/** Counts of each outcome among finished recipients. */
export interface OutcomeCounts {
  /** Invited now. */
  invited: number;
  /** Already a member or invited before. */
  already_member: number;
  /** Refused as an address. */
  invalid: number;
  /** Failed for another reason (may succeed if retried). */
  failed: number;
}

/** How many recipients ended in each way. */
export function countOutcomes(draft: InviteDraft): OutcomeCounts {
  const counts: OutcomeCounts = { invited: 0, already_member: 0, invalid: 0, failed: 0 };
  for (const result of Object.values(draft.results)) {
    if (result.state === 'done') counts[result.outcome.status] += 1;
  }
  return counts;
}

/** The recipients whose invitation failed, for any reason. */
export function failedRecipients(draft: InviteDraft): Recipient[] {
  return draft.recipients.filter((recipient) => {
    const result = draft.results[recipient.id];
    return result?.state === 'done' && result.outcome.status === 'failed';
  });
}

/**
 * The failed recipients "Retry failed" sends again: only those whose failure may pass unchanged (a
 * network error, an outage). A refusal (`permission_denied`, `validation` …) would meet the same answer;
 * "Edit and send again" still brings those back to the form, where a different role may be allowed.
 */
export function retryableRecipients(draft: InviteDraft): Recipient[] {
  return draft.recipients.filter((recipient) => {
    const result = draft.results[recipient.id];
    return (
      result?.state === 'done' && result.outcome.status === 'failed' && isRetryableCode(result.outcome.code)
    );
  });
}

/** True when everyone listed ended invited or already a member: nothing is left to fix or retry. */
export function isSentSuccessfully(draft: InviteDraft): boolean {
  if (draft.phase !== 'results' || draft.recipients.length === 0) return false;
  return draft.recipients.every((recipient) => {
    const result = draft.results[recipient.id];
    return (
      result?.state === 'done' &&
      (result.outcome.status === 'invited' || result.outcome.status === 'already_member')
    );
  });
}

/**
 * Back to the form with only what still needs attention: invalid and failed addresses stay as chips
 * (with every field as it was); invited people and existing members are dropped.
 */
export function keepUnfinished(draft: InviteDraft): InviteDraft {
  const recipients = draft.recipients.filter((recipient) => {
    const result = draft.results[recipient.id];
    return (
      result?.state !== 'done' || result.outcome.status === 'invalid' || result.outcome.status === 'failed'
    );
  });
  // Names and external ID belong to one person: once that person is done they must not carry over.
  const fields =
    recipients.length > 0
      ? draft.fields
      : { ...draft.fields, givenName: '', familyName: '', displayName: '', externalId: '' };
  return { ...draft, recipients, fields, phase: 'editing', results: {}, duplicates: [], attempted: false };
}
