/** The invite dialog's parts a host may give classes to through `classNames`, by their `data-part` names. */
export type InviteMemberDialogPart =
  /** The button that opens the dialog (the shared button, named). */
  | 'invite-trigger'
  /** The backdrop. */
  | 'dialog-overlay'
  /** The dialog (`data-variant` invite, `data-phase`: editing, sending or results). */
  | 'dialog-content'
  /** The form: recipients, role and options. */
  | 'invite-form'
  /** The Cancel and Send buttons, or Done after the results. */
  | 'dialog-footer'
  /** Each address's outcome after sending (`data-state`: sending or done). */
  | 'invite-results'
  /** The close button. */
  | 'dialog-close';

/** The invite dialog's other parts: styleable by `data-part`, with no class of their own. */
export type InviteMemberDialogInnerPart =
  /** Why the viewer may not invite, beside a disabled trigger. */
  | 'invite-trigger-reason'
  /** The dialog's title. */
  | 'dialog-title'
  /** The dialog's description. */
  | 'dialog-description'
  /** How many invitations have gone out while sending (`data-phase`). */
  | 'invite-progress'
  /** The progress bar. */
  | 'invite-progress-bar'
  /** The addresses box: the chips and the input (`data-invalid`). */
  | 'recipient-box'
  /** The chips. */
  | 'recipient-list'
  /** One address (`data-state`: checking, new, member or pending; `data-invalid`). */
  | 'recipient'
  /** The address. */
  | 'recipient-email'
  /** The name found for it. */
  | 'recipient-name'
  /** What was found for it (already a member, invited). */
  | 'recipient-status'
  /** Removes the address. */
  | 'recipient-remove'
  /** Where addresses are typed or pasted. */
  | 'recipient-input'
  /** How many addresses, and how many will be invited. */
  | 'recipient-summary'
  /** Says repeated addresses were dropped. */
  | 'recipient-duplicates'
  /** The role: one for everyone, or one per person. */
  | 'role-field'
  /** The role for everyone. */
  | 'role-select'
  /** The switch to one role per person. */
  | 'per-person-toggle'
  /** The roles per person. */
  | 'recipient-roles'
  /** Their list. */
  | 'recipient-role-list'
  /** One person's role. */
  | 'recipient-role'
  /** The address labelling it. */
  | 'recipient-role-email'
  /** A group's legend in the form. */
  | 'label'
  /** A group's help text in the form. */
  | 'description'
  /** The optional names of the person invited. */
  | 'invite-names'
  /** Given and family name side by side. */
  | 'name-row'
  /** Whether the backend sends the invitation email. */
  | 'send-email'
  /** The administrator-only options. */
  | 'invite-admin'
  /** The results' heading. */
  | 'invite-results-heading'
  /** The list of outcomes. */
  | 'result-list'
  /** One address's outcome (`data-state`). */
  | 'result'
  /** Its address. */
  | 'result-email'
  /** What happened. */
  | 'result-status';
