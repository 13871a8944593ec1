'use client';
import { createContext, useContext } from 'react';
import type { UseInviteMemberDialogReturn } from './use-invite-member-dialog.ts';

/** The state of the nearest InviteMemberDialog.Root, read by its parts. */
export const InviteDialogContext = createContext<UseInviteMemberDialogReturn | null>(null);

/** The nearest InviteMemberDialog.Root's state (for custom parts). Throws outside one. */
export function useInviteDialogContext(): UseInviteMemberDialogReturn {
  const value = useContext(InviteDialogContext);
  if (!value) {
    throw new Error(
      'Teamkit: InviteMemberDialog.Trigger and .Content must be inside <InviteMemberDialog.Root> ' +
        '(or use <InviteMemberDialog /> on its own).',
    );
  }
  return value;
}
