'use client';
import { createContext, useContext } from 'react';
import type { FieldStore } from './field-store.ts';
import type { ProfileEditorClassNames, ProfileFieldRenderers } from './profile-editor-types.ts';

/**
 * What every field of one editor shares and rarely changes: the field store, the host's renderers and
 * class names, and the identity provider's name. Values that change per keystroke never go here, so a
 * change in one field re-renders that field alone.
 */
export interface ProfileEditorContextValue {
  /** Every field's value, error and handlers (see useFieldBinding). */
  fields: FieldStore;
  /** Host renderers by type or key. */
  renderers: ProfileFieldRenderers | undefined;
  /** Host class names per part. */
  classNames: ProfileEditorClassNames | undefined;
  /** The identity provider's display name ("Okta"), or null when the user has none. */
  providerName: string | null;
  /** Changes each time the form is loaded afresh (first load, save, reload, discard): parts reset local state. */
  epoch: number;
}

/** The nearest ProfileEditor's shared values; null outside one. */
export const ProfileEditorContext = createContext<ProfileEditorContextValue | null>(null);

/** The nearest ProfileEditor's shared values. Throws when a field part is used outside an editor. */
export function useProfileEditorContext(): ProfileEditorContextValue {
  const value = useContext(ProfileEditorContext);
  if (!value) throw new Error('Teamkit: profile field parts must be rendered inside <ProfileEditor>.');
  return value;
}
