'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo, useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import type { AttributeDefinition, ProfileEditMode } from '../../core/attribute-definition.ts';
import { buildProfileSchema } from '../../core/profile-schema.ts';
import { type ProvidedMessages, validationMessagesFrom } from '../../i18n/messages.ts';
import { fieldNameOf } from './field-names.ts';
import { createFieldStore } from './field-store.ts';
import type { ProfileFormValues } from './form-values.ts';
import { loadPhoneNormalizer, normalizePhone } from './use-phone-normalizer.ts';
import type { ProfileFormOutput } from './use-profile-editor-result.ts';

/**
 * The profile editor's form: react-hook-form validated by the core's schema for the edited fields,
 * and the field store its fields bind through (see field-store.ts).
 */
export function useProfileForm(
  editable: readonly AttributeDefinition[],
  mode: ProfileEditMode,
  messages: ProvidedMessages,
  defaultValues: ProfileFormValues,
) {
  // The phone library is imported at the first validation, which waits for it, not with the form: its
  // chunk's script (~25 ms on 2 busy cores) landed in the form's first paint, and at a first focus it
  // landed in the first keystroke. Forms without a phone field never download it.
  const hasPhoneField = editable.some((definition) => definition.type === 'phone');
  const validationMessages = useMemo(() => validationMessagesFrom(messages), [messages]);
  // The core's schema, over field names instead of raw keys (see field-names.ts). Built at the first
  // validation, not with the form: a page that is only looked at never pays for 200 field schemas.
  const schema = useMemo(() => {
    let built: ReturnType<typeof buildProfileSchema> | undefined;
    return () =>
      (built ??= buildProfileSchema(
        editable.map((definition) => ({ ...definition, key: fieldNameOf(definition.key) })),
        { mode, messages: validationMessages, normalizePhone },
      ));
  }, [editable, mode, validationMessages]);
  // The resolver reads the schema through a ref: a new schema (the locale changed) applies to the next
  // validation without re-creating the form.
  const schemaRef = useRef({ schema, hasPhoneField });
  schemaRef.current = { schema, hasPhoneField };
  const resolver = useCallback<Resolver<ProfileFormValues, unknown, ProfileFormOutput>>(
    async (values, context, resolverOptions) => {
      if (schemaRef.current.hasPhoneField) await loadPhoneNormalizer();
      return (
        zodResolver(schemaRef.current.schema()) as Resolver<ProfileFormValues, unknown, ProfileFormOutput>
      )(values, context, resolverOptions);
    },
    [],
  );
  const form = useForm<ProfileFormValues, unknown, ProfileFormOutput>({
    resolver,
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: false,
    defaultValues,
  });
  const [fieldStore] = useState(() => createFieldStore(form));
  return { form, fieldStore, normalizePhone, validationMessages };
}
