'use client';
import { createContext, useContext } from 'react';
import type {
  UseInviteMemberDialogOptions,
  UseInviteMemberDialogReturn,
} from './use-invite-member-dialog.ts';

/**
 * What the always-loaded parts (Root, Trigger, Content's lazy wrapper) share: only the open state and
 * the options. The draft, the form and Radix live in the lazily loaded dialog layer, so a page pays for
 * them on first open (or when the trigger is hovered or focused), not on first render.
 */
export interface InviteDialogShell {
  /** Whether the dialog is open. */
  open: boolean;
  /** Opens or closes it. */
  setOpen: (open: boolean) => void;
  /** The options the layer's `useInviteMemberDialog()` gets (the open state comes from here). */
  options: Pick<UseInviteMemberDialogOptions, 'onInvited' | 'concurrency'>;
  /** State from the host's own `useInviteMemberDialog()` (RootProvider); the layer then keeps none. */
  value: UseInviteMemberDialogReturn | null;
  /** The dialog panel's id, for the trigger's `aria-controls`. */
  contentId: string;
  /** Whether the dialog layer has mounted (until then an opened trigger shows `data-state="loading"`). */
  ready: boolean;
  /** Called by the layer once it has mounted. */
  setReady: (ready: boolean) => void;
}

/** The nearest InviteMemberDialog.Root's shell. */
export const InviteDialogShellContext = createContext<InviteDialogShell | null>(null);

/** The nearest InviteMemberDialog.Root's shell. Throws outside one. */
export function useInviteDialogShell(): InviteDialogShell {
  const value = useContext(InviteDialogShellContext);
  if (!value) {
    throw new Error(
      'Teamkit: InviteMemberDialog.Trigger and .Content must be inside <InviteMemberDialog.Root> ' +
        '(or use <InviteMemberDialog /> on its own).',
    );
  }
  return value;
}

type DialogLayerModule = typeof import('./InviteDialogLayer.tsx');
let layerModule: Promise<DialogLayerModule> | undefined;

/** Loads the dialog layer once (on first open, or ahead of it on the trigger's hover/focus). */
export function loadInviteDialogLayer(): Promise<DialogLayerModule> {
  layerModule ??= import('./InviteDialogLayer.tsx').catch((error: unknown) => {
    // A failed chunk load (offline) may succeed on the next attempt.
    layerModule = undefined;
    throw error;
  });
  return layerModule;
}
