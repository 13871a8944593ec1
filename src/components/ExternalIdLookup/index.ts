export {
  ExternalIdLookup,
  type ExternalIdLookupPart,
  type ExternalIdLookupProps,
  type ExternalIdLookupState,
} from './ExternalIdLookup.tsx';
export { LookupResultCard, type LookupResultCardProps } from './LookupResultCard.tsx';
export {
  type ExternalIdKind,
  type ExternalIdLookupResult,
  type LookupResultView,
  summarizeKeys,
  viewOfResult,
} from './lookup-result.ts';
