'use client';
import { useId } from 'react';
import { formatMessage } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { Field } from '../shared/Field.tsx';
import { useInviteDialogContext } from './invite-dialog-context.ts';

/**
 * The role to grant: one native select for everyone, or, with "Set role per person" (offered once
 * there are several people to invite), one select per address. While the roles load, or if they fail
 * to, the only choice is the organization's default role (sent as no role at all).
 * Parts: `role-field`, `role-select`, `per-person-toggle`, `recipient-roles`, `recipient-role`.
 */
export function RoleField() {
  const dialog = useInviteDialogContext();
  const { messages } = useTeamkit();
  const m = messages.invite.role;
  const id = useId();
  const { roles, role, draft } = dialog;
  // Only the people who will be invited get a role of their own: not invalid addresses, not members.
  const valid = dialog.recipients.filter(
    (recipient) =>
      recipient.standing !== 'invalid' && recipient.standing !== 'member' && recipient.standing !== 'pending',
  );
  const perPerson = draft.fields.perPersonRoles && valid.length > 1;

  const options =
    roles.length > 0 ? (
      roles.map((candidate) => (
        <option key={candidate.name} value={candidate.name}>
          {candidate.displayName || candidate.name}
        </option>
      ))
    ) : (
      <option value="">{m.defaultRole}</option>
    );

  return (
    <div data-part="role-field">
      {perPerson ? null : (
        <Field label={m.label} description={m.description} name="role">
          {(control) => (
            <select
              {...control}
              data-part="role-select"
              value={role ?? ''}
              onChange={(event) => dialog.setField('role', event.target.value || null)}
            >
              {options}
            </select>
          )}
        </Field>
      )}
      {dialog.rolesFailed ? (
        <p data-part="description">
          {m.loadError} <Button onClick={dialog.retryRoles}>{messages.common.retry}</Button>
        </p>
      ) : null}
      {valid.length > 1 ? (
        <div data-part="per-person-toggle">
          <input
            id={`${id}-per-person`}
            type="checkbox"
            checked={draft.fields.perPersonRoles}
            onChange={(event) => dialog.setField('perPersonRoles', event.target.checked)}
          />
          <label htmlFor={`${id}-per-person`}>{m.perPerson}</label>
        </div>
      ) : null}
      {perPerson ? (
        <fieldset data-part="recipient-roles">
          <legend data-part="label">{m.label}</legend>
          <ul data-part="recipient-role-list">
            {valid.map((recipient) => (
              <li key={recipient.id} data-part="recipient-role">
                <label htmlFor={`${id}-${recipient.id}`} data-part="recipient-role-email" dir="ltr">
                  {recipient.email}
                </label>
                <select
                  id={`${id}-${recipient.id}`}
                  aria-label={formatMessage(m.perPersonLabel, { email: recipient.email })}
                  value={recipient.role ?? role ?? ''}
                  onChange={(event) => dialog.setRecipientRole(recipient.id, event.target.value)}
                >
                  {options}
                </select>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </div>
  );
}
