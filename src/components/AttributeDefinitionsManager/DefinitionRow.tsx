import { useId } from 'react';
import {
  canDisable,
  definitionOrigin,
  type ManagedAttributeDefinition,
} from '../../core/managed-definition.ts';
import type { MoveDirection } from '../../core/move-definition.ts';
import type { DefinitionsManagerText } from '../../i18n/definitions-manager-text.ts';
import { formatMessage } from '../../i18n/format.ts';
import { Badge } from '../shared/Badge.tsx';
import { Button } from '../shared/Button.tsx';

/** Props of DefinitionRow. */
export interface DefinitionRowProps {
  /** The field shown. */
  definition: ManagedAttributeDefinition;
  /** The manager's words. */
  text: DefinitionsManagerText;
  /** Whether it can move up / down within its group. */
  canMove: Record<MoveDirection, boolean>;
  /** Whether a change is being saved (buttons stay focusable, clicks wait). */
  busy: boolean;
  /** Opens the edit form. */
  onEdit(): void;
  /** Moves it. */
  onMove(direction: MoveDirection): void;
  /** Disables or enables it. */
  onToggle(): void;
  /** Classes of the row and its actions. */
  classNames: { definition?: string | undefined; actions?: string | undefined };
}

const originWords = {
  identity_provider: 'originIdentityProvider',
  system: 'originSystem',
  custom: 'originCustom',
} as const;

/**
 * One field in the manager: its name, key, type and where it comes from, with keyboard-reachable
 * buttons to edit, move up or down, and disable or enable it. Part `definition`, with `data-origin`
 * and `data-disabled`; actions in `definition-actions`.
 */
export function DefinitionRow(props: DefinitionRowProps) {
  const { definition, text, canMove, busy, onEdit, onMove, onToggle, classNames } = props;
  const origin = definitionOrigin(definition);
  const label = { label: definition.label };
  // A custom attribute the host's store defines and the backend does not yet: its values are refused
  // there, so the administrator is told where to create it (profiles show it read-only meanwhile).
  const absent = definition.notInBackend ?? null;
  const statusId = useId();
  return (
    <li
      data-part="definition"
      data-key={definition.key}
      data-origin={origin}
      data-disabled={!definition.enabled || undefined}
      data-backend={absent ? 'missing' : undefined}
      className={classNames.definition}
    >
      <div data-part="definition-summary">
        <span data-part="definition-label">
          <bdi>{definition.label}</bdi>
        </span>
        <span data-part="definition-meta">
          <span>
            {text.keyCaption}: <code data-part="definition-key">{definition.key}</code>
          </span>
          <span>{text.types[definition.type]}</span>
          <Badge tone={origin === 'custom' ? 'accent' : 'neutral'} value={origin}>
            {text[originWords[origin]]}
          </Badge>
          {definition.required ? <Badge value="required">{text.required}</Badge> : null}
          {definition.enabled ? null : (
            <Badge tone="warning" value="disabled">
              {text.disabled}
            </Badge>
          )}
          {absent ? (
            <Badge tone="warning" value="not-in-backend">
              {formatMessage(text.notInBackend, { platform: absent.platform })}
            </Badge>
          ) : null}
        </span>
        {absent ? (
          <p id={statusId} data-part="definition-status">
            {formatMessage(text.notInBackendNote, { platform: absent.platform, key: definition.key })}
          </p>
        ) : null}
      </div>
      <div data-part="definition-actions" className={classNames.actions}>
        <Button
          variant="ghost"
          busy={busy}
          aria-label={formatMessage(text.editLabel, label)}
          aria-describedby={absent ? statusId : undefined}
          onClick={onEdit}
        >
          {text.edit}
        </Button>
        <Button
          variant="ghost"
          busy={busy}
          data-move="up"
          // Not \`disabled\`: the button keeps focus when its field reaches the end of its group.
          aria-disabled={!canMove.up || undefined}
          aria-label={formatMessage(text.moveUpLabel, label)}
          onClick={() => canMove.up && onMove('up')}
        >
          {text.moveUp}
        </Button>
        <Button
          variant="ghost"
          busy={busy}
          data-move="down"
          // Not \`disabled\`: the button keeps focus when its field reaches the end of its group.
          aria-disabled={!canMove.down || undefined}
          aria-label={formatMessage(text.moveDownLabel, label)}
          onClick={() => canMove.down && onMove('down')}
        >
          {text.moveDown}
        </Button>
        {canDisable(definition) ? (
          <Button
            variant="ghost"
            busy={busy}
            aria-label={formatMessage(definition.enabled ? text.disableLabel : text.enableLabel, label)}
            onClick={onToggle}
          >
            {definition.enabled ? text.disable : text.enable}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
