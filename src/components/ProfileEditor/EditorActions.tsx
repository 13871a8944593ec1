'use client';
import type { Ref } from 'react';
import { useMessages } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import type { ProfileEditorClassNames, ProfileEditorState } from './profile-editor-types.ts';

/** Props of EditorActions. */
export interface EditorActionsProps {
  /** The editor's state: picks the status words and the buttons. */
  state: ProfileEditorState;
  /** Whether there are unsaved edits (offers "Discard changes"). */
  isDirty: boolean;
  /** Throws the edits away. */
  onDiscard: () => void;
  /** Host class names. */
  classNames: ProfileEditorClassNames | undefined;
  /** The Save button, so the editor can return focus to it. */
  saveButtonRef?: Ref<HTMLButtonElement>;
}

/**
 * The form's footer: Save (a submit button, busy while saving), Discard when there are edits, and the
 * state in words, always visible (announcements go through the provider's live region, so this line
 * is not a live region itself). Parts `actions`, `status` (with `data-state`).
 */
export function EditorActions({ state, isDirty, onDiscard, classNames, saveButtonRef }: EditorActionsProps) {
  const messages = useMessages();
  const saving = state === 'saving';
  const statusWords = state === 'loading' || state === 'load-error' ? '' : messages.profile.states[state];
  return (
    <div data-part="actions" className={cx(classNames?.actions)}>
      <Button ref={saveButtonRef} type="submit" variant="primary" busy={saving} data-action="save">
        {saving ? messages.common.saving : messages.profile.save}
      </Button>
      {isDirty && !saving ? (
        <Button onClick={onDiscard} data-action="discard">
          {messages.profile.discard}
        </Button>
      ) : null}
      <p data-part="status" data-state={state} className={cx(classNames?.status)}>
        {statusWords}
      </p>
    </div>
  );
}
