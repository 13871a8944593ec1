export { ExternalIdLookup, type ExternalIdLookupProps } from './ExternalIdLookup.tsx';
export { LookupResultCard, type LookupResultCardProps } from './LookupResultCard.tsx';
export {
  type ExternalIdKind,
  type ExternalIdLookupResult,
  type LookupResultView,
  summarizeKeys,
  viewOfResult,
} from './lookup-result.ts';
export type { ExternalIdLookupPart, ExternalIdLookupState } from './parts.ts';
