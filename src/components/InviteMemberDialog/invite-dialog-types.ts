/**
 * The public types of the invite dialog's headless hook: its options, what it returns, and the views
 * it derives (a chip with its standing, the form's problems per field).
 */
import type { InviteOutcome } from '../../core/invitation.ts';
import type { BackendLimits } from '../../core/limits.ts';
import type { Role } from '../../core/role.ts';
import type { InviteProgress } from '../../react/use-invite-member.ts';
import type { UseMetadataEditorReturn } from '../MetadataEditor/use-metadata-editor.ts';
import type { InviteDraft, InviteFields, OutcomeCounts, Recipient } from './invite-draft.ts';
import type { RecipientStanding } from './use-recipient-lookup.ts';

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

/** A chip's standing, as `data-state` on its `recipient` part: a refused address, or what its lookup found. */
export type RecipientChipState = 'checking' | 'new' | 'member' | 'pending' | 'invalid';

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
