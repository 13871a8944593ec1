import type { AttributeType } from '../../core/attribute-definition.ts';
import { BooleanControl } from './BooleanControl.tsx';
import { DateControl } from './DateControl.tsx';
import { LocalePicker } from './LocalePicker.tsx';
import { LongTextControl } from './LongTextControl.tsx';
import { MultiSelectControl } from './MultiSelectControl.tsx';
import type { FieldRenderer, ProfileFieldRenderers } from './profile-editor-types.ts';
import { SelectControl } from './SelectControl.tsx';
import { TextControl } from './TextControl.tsx';

/** The kit's control for each attribute type. */
export const defaultRenderers: Readonly<Record<AttributeType, FieldRenderer>> = {
  text: TextControl,
  long_text: LongTextControl,
  number: TextControl,
  boolean: BooleanControl,
  single_select: SelectControl,
  multi_select: MultiSelectControl,
  date: DateControl,
  url: TextControl,
  email: TextControl,
  phone: TextControl,
  locale: LocalePicker,
};

/** The control for a field: the host's for its key, else the host's for its type, else the kit's. */
export function rendererFor(
  key: string,
  type: AttributeType,
  renderers: ProfileFieldRenderers | undefined,
): FieldRenderer {
  const byKey = renderers?.byKey;
  if (byKey && Object.hasOwn(byKey, key) && byKey[key]) return byKey[key];
  return renderers?.byType?.[type] ?? defaultRenderers[type] ?? TextControl;
}
