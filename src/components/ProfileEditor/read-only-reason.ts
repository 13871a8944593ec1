import type { AttributeDefinition, ProfileEditMode } from '../../core/attribute-definition.ts';
import { formatMessage } from '../../i18n/format.ts';
import type { ProvidedMessages } from '../../i18n/messages.ts';

/**
 * Why a field cannot be changed here, in words for the person: the definition's own reason when it
 * gives one ("Managed by Okta in your company directory"), else one from where the value comes from.
 */
export function readOnlyReason(
  definition: AttributeDefinition,
  mode: ProfileEditMode,
  providerName: string | null,
  messages: ProvidedMessages,
): string {
  const own = definition.policy.readOnlyReason;
  if (typeof own === 'string' && own.trim() !== '') return own;
  const words = messages.profile.readOnly;
  if (definition.policy.source === 'identity_provider') {
    return formatMessage(words.identityProvider, {
      provider: providerName ?? messages.profile.override.providerFallback,
    });
  }
  if (definition.policy.write === 'admin' && mode === 'self') return words.admin;
  return words.system;
}
