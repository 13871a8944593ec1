'use client';
import { memo, type ReactNode } from 'react';
import {
  type AttributeDefinition,
  canOverride,
  canWrite,
  type ProfileEditMode,
} from '../../core/attribute-definition.ts';
import { cx } from '../shared/class-names.ts';
import { EditableField } from './EditableField.tsx';
import { EmailRow } from './EmailRow.tsx';
import { OverrideField } from './OverrideField.tsx';
import { useProfileEditorContext } from './profile-editor-context.ts';
import { ReadOnlyField } from './ReadOnlyField.tsx';

/** Props of ProfileField. */
export interface ProfileFieldProps {
  /** The field. */
  definition: AttributeDefinition;
  /** Who is editing. */
  mode: ProfileEditMode;
  /** The value shown when the field is read-only (the override when there is one, else the stored value). */
  shownValue: unknown;
  /** The stored (identity provider's) value, for an overridable field. */
  providerValue: unknown;
  /** For the email row: whether the address is confirmed. */
  emailVerified: boolean;
}

const sources = { identity_provider: 'idp', user: 'user', system: 'system' } as const;

/**
 * One field of the profile, in the form its policy allows: the email row, an identity-provider field
 * with an override, an editable field, or a read-only one. Memoised: its props only change when the
 * saved profile does, so a keystroke elsewhere never re-renders it. Part `profile-field`, with
 * `data-key`, `data-type` and `data-source` (`idp`, `user`, `system`).
 */
export const ProfileField = memo(function ProfileField(props: ProfileFieldProps) {
  const { definition, mode, shownValue, providerValue, emailVerified } = props;
  const { classNames } = useProfileEditorContext();
  let content: ReactNode;
  if (definition.key === 'email' && definition.scope === 'standard') {
    content = <EmailRow definition={definition} email={shownValue} verified={emailVerified} />;
  } else if (canOverride(definition)) {
    content = <OverrideField definition={definition} providerValue={providerValue} />;
  } else if (canWrite(definition, mode)) {
    content = <EditableField definition={definition} />;
  } else {
    content = <ReadOnlyField definition={definition} value={shownValue} mode={mode} />;
  }
  return (
    <div
      data-part="profile-field"
      data-key={definition.key}
      data-type={definition.type}
      data-source={sources[definition.policy.source] ?? 'system'}
      className={cx(classNames?.['profile-field'])}
    >
      {content}
    </div>
  );
});
