export {
  InviteMemberDialog,
  type InviteMemberDialogContentProps,
  type InviteMemberDialogProps,
  type InviteMemberDialogRootProps,
  type InviteMemberDialogRootProviderProps,
} from './InviteMemberDialog.tsx';
export type {
  InviteMemberDialogTriggerProps,
  InviteTriggerWhenNotPermitted,
} from './InviteMemberDialogTrigger.tsx';
export type {
  InviteDraft,
  InviteFields,
  InvitePhase,
  OutcomeCounts,
  Recipient,
  RecipientResult,
} from './invite-draft.ts';
export {
  type AddressProblem,
  type ParsedAddress,
  type ParsedAddresses,
  parseAddresses,
} from './parse-addresses.ts';
export type { InviteMemberDialogPart } from './parts.ts';
export {
  type InviteFormProblems,
  type RecipientView,
  type UseInviteMemberDialogOptions,
  type UseInviteMemberDialogReturn,
  useInviteMemberDialog,
} from './use-invite-member-dialog.ts';
export type { RecipientStanding } from './use-recipient-lookup.ts';
