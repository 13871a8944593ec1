export { MetadataEditor, type MetadataEditorProps, type MetadataEditorState } from './MetadataEditor.tsx';
export { MetadataList, type MetadataListProps } from './MetadataList.tsx';
export { metadataFieldErrors } from './metadata-field-errors.ts';
export { metadataIssueText } from './metadata-issue-text.ts';
export type { MetadataRow, MetadataRowField } from './metadata-rows.ts';
export type { MetadataEditorPart } from './parts.ts';
export {
  type MetadataScope,
  type UseMetadataEditorOptions,
  type UseMetadataEditorReturn,
  useMetadataEditor,
} from './use-metadata-editor.ts';
