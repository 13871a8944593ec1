import type { TeamkitErrorCode } from '../../core/errors.ts';
import type { Member } from '../../core/member.ts';
import type { Role } from '../../core/role.ts';
import type { Viewer } from '../../core/viewer.ts';

/**
 * An action waiting for the viewer's yes: the question the confirm dialog asks. `roles` is a change
 * that adds or drops a role beside another (said in words first); `demoteSelf` and `removeSelf` are
 * the viewer's own row.
 */
export type MemberConfirmation =
  | { kind: 'remove'; member: Member }
  | { kind: 'removeSelf'; member: Member }
  | { kind: 'revoke'; member: Member }
  | { kind: 'roles'; member: Member; roles: readonly string[] }
  | { kind: 'demoteSelf'; member: Member; roles: readonly string[] };

/** A row action that can fail, as a failure notice retries it. */
export type MemberRowAction =
  | { kind: 'roles'; roles: readonly string[] }
  | { kind: 'remove' }
  | { kind: 'revoke' }
  | { kind: 'resend' };

/** A row action the backend refused, shown where the person is looking until retried or dismissed. */
export interface MemberActionFailure {
  /** Unique among this table's failures. */
  id: number;
  /** The member it was about. */
  member: Member;
  /** What was tried. */
  action: MemberRowAction;
  /** What happened and why, the same words as announced ("Jonas was not removed. You do not …"). */
  message: string;
  /** The error code. */
  code: TeamkitErrorCode;
  /** Whether trying the same thing again may work (never for `permission_denied`, `validation` …). */
  retryable: boolean;
}

/** Options of useMemberActions. */
export interface UseMemberActionsOptions {
  /** The signed-in person (to spot a self-demotion); undefined while loading. */
  viewer: Viewer | undefined;
  /** The organization's roles (display names, and which ones are admin roles). */
  roles: readonly Role[];
  /** How long after a resend the backend refuses another, in milliseconds. */
  resendCooldownMs: number;
  /** Called when a confirmed remove or revoke takes a row away, so focus can move to a neighbour. */
  onRowLeaving?: (member: Member) => void;
}

/** What the row actions need: the requests, the pending confirmation and each row's resend cooldown. */
export interface UseMemberActionsResult {
  /** The action waiting for confirmation, or null. */
  confirmation: MemberConfirmation | null;
  /** Runs the confirmed action (the dialog closes at once: the change is optimistic). */
  confirm: () => void;
  /** Drops the pending confirmation. */
  cancel: () => void;
  /** Asks to remove a member (in words of its own when it is the viewer). */
  requestRemove: (member: Member) => void;
  /** Asks to revoke an invitation. */
  requestRevoke: (member: Member) => void;
  /**
   * Gives a member exactly these roles. Asks first when viewers demote themselves, and when the
   * change adds or drops a role beside another, saying which; a plain swap of one role runs at once.
   */
  changeRoles: (member: Member, roles: readonly string[]) => void;
  /** Sends an invitation again. */
  resend: (member: Member) => void;
  /** When a member's resend cooldown ends (epoch ms), or null when no resend is known. */
  resendAvailableAt: (member: Member) => number | null;
  /** Rows with a request in flight, by `memberKey`. */
  busyUserIds: ReadonlySet<string>;
  /** A role's display name (the name itself when the role is unknown). */
  roleLabel: (name: string) => string;
  /** Role names as one list in the locale ("Member and Billing manager"). */
  roleList: (names: readonly string[]) => string;
  /** Row actions that failed, newest first, until retried or dismissed. */
  failures: readonly MemberActionFailure[];
  /** Runs a failed action again (the notice goes; a new failure brings it back). */
  retry: (failure: MemberActionFailure) => void;
  /** Drops a failure notice. */
  dismiss: (failure: MemberActionFailure) => void;
}
