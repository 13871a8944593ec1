/** ProfileEditor: the component, its headless hook, and the parts a host may reuse or replace. */
export { defaultRenderers } from './default-renderers.ts';
export { fieldNameOf, keyOfFieldName } from './field-names.ts';
export type { FormInputValue, ProfileFormValues } from './form-values.ts';
export { ProfileEditor } from './ProfileEditor.tsx';
export type { ProfileDifference } from './profile-differences.ts';
export type {
  FieldRenderer,
  FieldRendererProps,
  GroupContent,
  ProfileEditorClassNames,
  ProfileEditorPart,
  ProfileEditorProps,
  ProfileEditorState,
  ProfileFieldRenderers,
  UseProfileEditorOptions,
} from './profile-editor-types.ts';
export {
  type ProfileConflict,
  type ProfileFormOutput,
  type ProfileGroup,
  type UseProfileEditorResult,
  useProfileEditor,
} from './use-profile-editor.ts';
export type {
  ProfileFieldProps,
  ProfileFormProps,
  ProfileInputProps,
} from './use-profile-prop-getters.ts';
export { type UnsavedChangesGuardOptions, useUnsavedChangesGuard } from './use-unsaved-changes-guard.ts';
